/** Whether a figure is an outcome, a goal, a forecast or a budget, read from the cue words around it. */
import { ZH_SLOGAN_GOAL_AFTER } from './figure-metric-zh';
import { goalValueSpent } from './figure-kind-goal-value';
import { EN_BUDGET_RE, type KindCue, ZH_BUDGET_RE, ZH_PLAN_LAYS_DOWN } from './kind';
import type { LeadFacts } from './lead';
import type { RawFigure } from './scan-zh';
import { firstAfter, lastBefore, MONEY_UNITS, type Working } from './working';


/** Longest line ending in 。 that still reads as an item of a list rather than a paragraph of prose. */
const LIST_ITEM_MAX = 80;
/** Longest stretch stepped back over as one item of a list. */
const LIST_ITEM_REACH = 160;
/** What ends the item before: ；;:：。 or a line break (as character codes, looked at one by one). */
const ITEM_END = new Set([...'；;:：。\n'].map((c) => c.charCodeAt(0)));

/** A line opened by a dash (——, －－) is an item of a list; where the line holding `at` starts, if it is one. */
const DASH_ITEM = /^[ \t\u3000]*(?:——|－－|--|—)/;
function dashItemStart(folded: string, at: number): number | null {
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  return DASH_ITEM.test(folded.slice(lineStart, lineStart + 6)) ? lineStart : null;
}

/**
 * A list item takes the kind of the words that introduce the list: 「今年发展主要预期目标是：」 then
 * 「国内生产总值增长5.5%左右；城镇新增就业1100万人以上；…」, on one line or a line each. Walks back
 * from the figure's sentence over items (ending in ；/; or a line break) to a colon, and reads the
 * strong cue of the words before it; the lead-in may be the line printed above the text.
 */
/** What a walk back over list items gives from one item's start: its answer, and how many steps it took. */
export interface ListWalk { cue: KindCue | undefined; steps: number }

/** How many items the walk back steps over before it gives up. */
const LIST_ITEMS_MAX = 40;

export function listLeadCue(cues: KindCue[], folded: string, from: number, lead: LeadFacts, walks: Map<number, ListWalk> = new Map()): KindCue | undefined {
  // 「——产业结构显著提升。供给侧…，科技进步贡献率达66%」: an item set off by a dash at the start of its line is one
  // item however many sentences it holds, under the lead-in 「今后五年…的主要目标是：」 above the first.
  const walk = walkFrom(cues, folded, dashItemStart(folded, from) ?? from, lead, walks);
  return walk.steps <= LIST_ITEMS_MAX ? walk.cue : undefined;
}

/**
 * The walk back from the item starting at `start`: each step either ends it (with the lead-in's cue or
 * none) or moves to the item above. Every sentence of a list walks the same items, so each item's walk
 * is kept in `walks` and a later sentence's walk stops where it meets one already taken. `steps`
 * counts the steps to the answer, so a walk joined partway still gives up after as many items.
 */
function walkFrom(cues: KindCue[], folded: string, start: number, lead: LeadFacts, walks: Map<number, ListWalk>): ListWalk {
  const path: number[] = [];
  let pos = start;
  let end: ListWalk;
  for (;;) {
    const known = walks.get(pos);
    if (known) { end = known; break; }
    // A walk that has not ended within the items it may step over gives up; what the items above would give is not learnt.
    if (path.length === LIST_ITEMS_MAX) return { cue: undefined, steps: LIST_ITEMS_MAX + 1 };
    path.push(pos);
    const step = stepBack(cues, folded, pos, lead);
    if (typeof step !== 'number') { end = { cue: step.cue, steps: 1 }; walks.set(pos, end); path.pop(); break; }
    pos = step;
  }
  for (let i = path.length - 1; i >= 0; i--) {
    end = { cue: end.cue, steps: end.steps + 1 };
    walks.set(path[i]!, end);
  }
  return end;
}

/** One step of the walk back from the item starting at `pos`: the start of the item above, or the walk's answer. */
function stepBack(cues: KindCue[], folded: string, pos: number, lead: LeadFacts): number | { cue: KindCue | undefined } {
  let j = pos - 1;
  let lineBreak = false;
  while (j >= 0 && /\s/.test(folded[j]!)) {
    if (folded[j] === '\n') lineBreak = true;
    j--;
  }
  if (j < 0) return { cue: lead.listCue };
  const ch = folded[j]!;
  const itemAbove = lineBreak ? dashItemStart(folded, j) : null;
  if (itemAbove !== null) return itemAbove;
  if (ch === ':' || ch === '：') {
    const leadStart = Math.max(folded.lastIndexOf('\n', j - 1), folded.lastIndexOf('。', j - 1), folded.lastIndexOf('；', j - 1)) + 1;
    return { cue: lastBefore(cues, j, leadStart, (c) => c.strong) ?? undefined };
  }
  if (ch !== '；' && ch !== ';' && !lineBreak) return { cue: undefined };
  // A paragraph of full sentences above is prose, not an item of the list: the figures below it are its own.
  if (ch === '。' && j - folded.lastIndexOf('\n', j) > LIST_ITEM_MAX) return { cue: undefined };
  // Step back over the item before this one; an item longer than LIST_ITEM_REACH is no item, so the walk stops there.
  let k = j - 1;
  while (k >= 0 && j - k <= LIST_ITEM_REACH && !ITEM_END.has(folded.charCodeAt(k))) k--;
  if (k >= 0 && folded[k] === '。') return { cue: undefined };
  if (j - k > LIST_ITEM_REACH) return { cue: undefined };
  return k + 1;
}

const isStrong = (c: KindCue): boolean => c.strong;

export function chooseKind(w: Working, cues: KindCue[], listLead: (sentenceStart: number) => KindCue | undefined, language: 'zh' | 'en', folded: string): void {
  const fig = w.raw;
  if (w.forcedKind) { w.kind = w.forcedKind.kind; w.kindCue = w.forcedKind.cue; return; }
  if (fig.countInWords && !isCreationCount(folded, fig)) { w.kind = 'other'; return; }
  const clauseBefore = folded.slice(w.clause.start, fig.start);
  if (MONEY_UNITS.test(fig.unit)) {
    const budget = language === 'zh' ? ZH_BUDGET_RE.exec(clauseBefore + w.baseMetric) : EN_BUDGET_RE.exec(folded.slice(Math.max(w.sentence.start, fig.start - 60), Math.min(w.sentence.end, fig.end + 40)));
    if (budget) { w.kind = 'budget'; w.kindCue = budget[0]; return; }
  }
  // 有望达到4,900万的目标: a figure that names the goal itself is the goal, whatever is said of reaching it.
  // 'the inflation target is 2%', 'the targets are maintained at 3.25% and 3%': the goal's own value, whatever verb holds it.
  // 「4年2万户、8年5万户」的公宅目标: every figure of a quoted slogan is the goal it is named as.
  const namesGoal =
    language === 'zh'
      ? (ZH_FIGURE_NAMES_GOAL.exec(folded.slice(fig.end, fig.end + 10)) ?? ZH_GOAL_IS.exec(clauseBefore) ?? (/[「“][^」”]*$/.test(folded.slice(Math.max(0, fig.start - 30), fig.start)) ? ZH_SLOGAN_GOAL_AFTER.exec(folded.slice(fig.end, fig.end + 40)) : null))
      : (EN_GOAL_IS.exec(clauseBefore) ?? (EN_GOAL_REACHED_BEFORE.test(clauseBefore) ? null : EN_FIGURE_NAMES_GOAL.exec(folded.slice(fig.end, fig.end + 40))));
  if (namesGoal) { w.kind = 'target'; w.kindCue = namesGoal[0].trim(); return; }
  // 成长3.54%(上修0.73个百分点)，CPI上涨1.61%: a cue inside a closed aside speaks of the figure it glosses only.
  // 'Against an official target of 95% a total of 36.5% …': a goal noun spent on its own value does not tell the figures after it.
  const strongOutsideAside = (c: KindCue): boolean => isStrong(c) && !inClosedAside(folded, c.start, fig.start) && !(language === 'en' && goalValueSpent(c, folded, fig.start));
  const cue =
    lastBefore(cues, fig.start, w.clause.start, strongOutsideAside) ??
    // 'less than 10% of children … (currently 22%)': a cue in a later aside glosses the aside's own figure.
    firstAfter(cues, fig.end, w.clause.end, (c) => isStrong(c) && !inNumberedAside(folded, fig.end, c.start)) ??
    // 会上获悉，至“十四五”末，江西将实现…突破7000公里: the clause's own 将 or 计划 decides, not how the reporter learned it.
    (language === 'zh' ? zhClauseFuture(cues, fig.start, w) : null) ??
    lastBefore(cues, fig.start, w.sentence.start, strongOutsideAside) ??
    listLead(w.sentence.start) ??
    (language === 'zh' ? amongCue(cues, folded, w.sentence.start) : undefined);
  if (cue && cue.kind === 'projection' && language === 'en' && goalGovernsModal(cue, folded, w, fig)) { w.kind = 'target'; w.kindCue = cue.word; return; }
  if (cue) { w.kind = cue.kind; w.kindCue = cue.word; w.kindCueAt = cue.start; return; }
  // 政府工作报告提出，…。今年城镇新增就业1100万人以上: a paragraph opened by what a report lays down goes on laying it down.
  const opener = language === 'zh' ? lastBefore(cues, w.sentence.start, w.paragraph.start, (c) => c.strong) : null;
  if (opener && opener.kind === 'target' && ZH_PLAN_LAYS_DOWN.test(opener.word)) { w.kind = 'target'; w.kindCue = opener.word; return; }
  w.kind = 'actual';
  w.kindCue = null;
}

/** Weak cues of a plan in a figure's own clause: 将 (will), 计划. */
const ZH_CLAUSE_FUTURE = /^(?:将|计划)$/;
/** Strong cues that say how a report was learned or where it came from, not when its figures stand. */
const ZH_REPORTED_NOT_TENSE = /^(?:获悉|了解到|数据显示|统计显示|资料显示)$/;
/**
 * 目前，我国仍有1660万农村贫困人口，今年将继续减贫1000万人以上: "now" dates its own clause's reading; a later clause
 * that says what will be done is a plan.
 */
const ZH_STANDS_NOW = /^(?:目前|当前|现阶段)$/;

/**
 * The clause's own 将 or 计划, when the sentence's nearest strong cue only says how the report was learned, or
 * stands in an earlier clause and says only how things stand now.
 */
function zhClauseFuture(cues: KindCue[], at: number, w: Working): KindCue | null {
  const reported = lastBefore(cues, at, w.sentence.start, (c) => c.strong);
  if (!reported || !(ZH_REPORTED_NOT_TENSE.test(reported.word) || (ZH_STANDS_NOW.test(reported.word) && reported.end <= w.clause.start))) return null;
  return lastBefore(cues, at, w.clause.start, (c) => !c.strong && c.kind === 'target' && ZH_CLAUSE_FUTURE.test(c.word));
}

/**
 * Whether `at` stands in an aside opened after the figure at `from`, not right after it, that holds a number of its
 * own ('less than 10% of children … (currently 22%)'). An aside right after the figure glosses it: 成长7.37%(上修2.92个百分点).
 */
function inNumberedAside(folded: string, from: number, at: number): boolean {
  const open = Math.max(folded.lastIndexOf('(', at), folded.lastIndexOf('（', at));
  if (open < from || !/\S/.test(folded.slice(from, open)) || /[)）]/.test(folded.slice(open, at))) return false;
  const close = folded.slice(open).search(/[)）]/);
  return /\d/.test(folded.slice(open, close < 0 ? folded.length : open + close));
}

/** A goal as the subject, then its value (or values): 'the target is', 'the targets are maintained at 3.25% and', 'its goal remains'. */
const EN_GOAL_IS = /\b(?:targets?|goals?)\s+(?:is|are|was|were|remains?|remained|stays?|stayed|stands?|stood|will be|would be)\s+(?:(?:maintained|kept|held|set|fixed|unchanged|pegged|pencilled)\s+)?(?:at|to|as)?\s*(?:(?:about|around|roughly)\s+)?(?:[$£€¥]?\d[\d.,]*\s*(?:%|per ?cent|percent)?(?:,\s*|\s+and\s+|\s+or\s+))*$/i;

/**
 * 'has made major targets … under which it would welcome 17.5 million visitors', 'the intent of the
 * initiative is that … exports would rise from $1.57 trillion to $3.14 trillion': a bare modal after
 * a goal named earlier in the sentence tells the goal, not a forecast. No other value may stand
 * between the goal and the figure (years and the 'from' value of a change aside), so 'the target of
 * 2% will be missed, and inflation will reach 4%' keeps its forecast.
 */
/** An earlier goal of the same list, with its deadline: '17.5 million visitors by 2026, and …'. */
const EN_EARLIER_GOAL_ITEM = /[$£€¥]?\d[\d.,]*(?:\s*(?:million|billion|trillion|m|bn|%|per ?cent|percent))?(?:\s+[a-z]+){0,2}\s+by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/gi;
const EN_BARE_MODAL = /^(?:would|will|shall|'ll)$/i;
const EN_GOAL_NOUN = /\b(?:targets?|goals?|aims?|intent|intention|ambitions?|pledges?|promises?|commitments?)\b/gi;
function goalGovernsModal(cue: KindCue, folded: string, w: Working, fig: RawFigure): boolean {
  if (!EN_BARE_MODAL.test(cue.word.trim())) return false;
  const before = folded.slice(w.sentence.start, cue.start);
  const goals = [...before.matchAll(EN_GOAL_NOUN)];
  const goal = goals[goals.length - 1];
  if (!goal) return false;
  // 'the 800,000 homes target … would achieve just 577,200': a goal printed with its own value is not this figure.
  if (/\d[\d.,]*(?:\s+[A-Za-z]+){0,2}\s*$/.test(before.slice(Math.max(0, goal.index! - 24), goal.index!))) return false;
  // 'the pledges which would … materialise in 2022 represent a 17% increase': a modal of a relative clause tells its noun, not the figure.
  if (/\b(?:which|that|who)\s+$/i.test(before)) return false;
  // The value a change starts from is its baseline, not the goal: 'would rise from $1.57 trillion to …'.
  if (/\bfrom\s*$/i.test(folded.slice(Math.max(0, fig.start - 6), fig.start))) return false;
  const between = folded
    .slice(w.sentence.start + goal.index! + goal[0].length, fig.start)
    .replace(EN_EARLIER_GOAL_ITEM, '')
    .replace(/\b(?:19|20)\d\d\b/g, '')
    .replace(/\bfrom\s+[$£€¥]?\d[\d.,]*(?:\s*(?:million|billion|trillion|m|bn|%|per ?cent|percent))?\s+to\s*$/i, '');
  return !/\d/.test(between);
}

const ASIDE_REACH = 40;

/** Whether `at` lies inside brackets that close before `figStart`: (上修0.73个百分点) before the next figure. */
function inClosedAside(folded: string, at: number, figStart: number): boolean {
  // The nearest opening bracket at most ASIDE_REACH before `at`, looked for only that far back, not to the story's start.
  let open = -1;
  for (let k = at; k >= 0 && at - k <= ASIDE_REACH; k--) {
    const c = folded.charCodeAt(k);
    if (c === 0x28 || c === 0xff08) { open = k; break; }
  }
  if (open < 0) return false;
  const close = folded.slice(at, figStart).search(/[)）]/);
  return close >= 0 && !/[(（]/.test(folded.slice(open + 1, at));
}

const ZH_FIGURE_NAMES_GOAL = /^\s*的(?:年度|全年|预期)?目标(?!任务|的?\d)/;
/**
 * 'their $100 billion commitment', 'the 50 per cent target', 'a 20,000-home pledge': the figure is the goal's own value.
 * Not after a verb of reaching it ('after reaching its previous 2GW target'): what was reached is the reading.
 */
const EN_GOAL_REACHED_BEFORE = /\b(?:reach(?:ed|es|ing)?|met|meets?|meeting|hit(?:s|ting)?|achiev(?:ed|es|ing))\b[^.;]*$/i;
const EN_FIGURE_NAMES_GOAL = /^\s*(?:(?!(?:and|or|but|the|a|an|of|to|than|while|with|against|compared|versus|vs|below|above|under|over|short|ahead|behind|towards?|was|were|is|are|its|their|his|her|this|that|in|on|for|by|at|from|as)\b)[a-z-]+\s+){0,2}?(?:targets?|goals?|pledges?|commitments?|promises?|ambitions?|objectives?)\b/i;
/**
 * A goal as the subject of its clause, then its value: 目标年底将上看1.5万枪, 目标是到2025年达到, 目标为突破.
 * The forecast verb (上看, 将达到) says how the goal is put, not that the figure is a forecast.
 */
const ZH_GOAL_IS = /(?<![完实达超未如])(?:目标|目标值)(?:是|为|定为|设定为)?[，,]?(?:(?:今|明|本|当)?年(?:底|末|内|度)?前?|(?:到|至|于)?\d{4}年(?:底|末)?前?)?(?:将|要|可|能|预计)?(?:上看|达到?|突破|超过|实现|增至|增加到|提高到|提升至|降至|降到|控制在)?\s*$/;

/** 其中 opens a sentence that picks items from the one before (提出…主要预期目标。其中，国内生产总值增长5.5%左右): it takes that sentence's kind. */
const ZH_AMONG = /^\s*(?:其中|这其中|当中)/;
function amongCue(cues: KindCue[], folded: string, sentenceStart: number): KindCue | undefined {
  if (!ZH_AMONG.test(folded.slice(sentenceStart, sentenceStart + 6))) return undefined;
  let prevStart = sentenceStart - 1;
  while (prevStart > 0 && /[\s。！？!?]/.test(folded[prevStart - 1]!)) prevStart--;
  while (prevStart > 0 && !'。！？!?\n'.includes(folded[prevStart - 1]!)) prevStart--;
  return lastBefore(cues, sentenceStart, prevStart, (c) => c.strong) ?? undefined;
}

/** 新建三个产业园区: a small count after a verb of building is a goal or an outcome, not a description. */
function isCreationCount(folded: string, fig: RawFigure): boolean {
  if (!fig.countInWords) return false;
  const before = folded.slice(Math.max(0, fig.numStart - 4), fig.numStart);
  if (!/(?:新建|建成|新增|新开工|改造|引进|培育|打造|建设|新开)$/.test(before) || /共建$/.test(before)) return false;
  // 三大平台，即… / 四项政策：… are enumerations that describe, not counts to check.
  return !/^[\u4e00-\u9fff“”]{0,14}(?:[，,]即|[：:]|包括)/.test(folded.slice(fig.end, fig.end + 20));
}
