/**
 * Readings that only make sense once the figure's words around it are known, kept as a
 * table of named rules run after the metric is read and before the kind is chosen:
 *
 * - a goal word read as the unit ('our 20,000 target', 'the 6,000 target pledged'): the
 *   number is the goal itself, counted in whatever the goal counts;
 * - a figure straight after 'target of' is the goal's value, whatever is said of the goal;
 * - a share names its indicator after 'of' when the words before it name none;
 * - a share of GDP takes the spending or borrowing it is a share of ('R&D expenditure … 3% of GDP');
 * - a metric that points back (「该指标」, 「这一比例」, 'this measure'): it is the indicator
 *   named last before it.
 */
import type { FigureKind } from '../../../shared/domain/figure';
import { findIndicator } from '../metrics/lexicon/lookup';
import { CLAUSE_COMMA } from './metric-en-named-nearby';
import { zhChangeMetric } from './metric-zh-count';
import type { RawFigure } from './scan-zh';

export interface Refinable {
  raw: RawFigure;
  metric: string;
  baseMetric: string;
  paragraph: { start: number; end: number };
  sentence: { start: number; end: number };
  /** A kind the words force, whatever the cues around say, with the word that forces it. */
  forcedKind?: { kind: FigureKind; cue: string };
}

interface RefineRule {
  name: string;
  language: 'zh' | 'en' | 'both';
  apply(w: Refinable, folded: string): void;
}

const ZH_BARE_VERB_METRIC = /^(?:是|为)?(?:建立|建成|建设|达到|达|实现|完成|新增|累计)*$/;
const GOAL_NOUN_UNIT = /^(?:targets?|goals?|pledges?|ambitions?|commitments?|promises?|objectives?)\b/i;
/** Verbs of a goal reached, in every form the rules below meet ('has met', 'after reaching', 'surpassed'). */
const REACHED_VERB = '(?:reached|reaching|met|meeting|hit|hitting|surpassed|surpassing|exceeded|exceeding|achieved|achieving|beat|beaten|beating|smashed|fulfilled|accomplished)';
/** 'after reaching its previous 2GW target', 'has met its 20,000 pledge': the goal named is the one reached. */
const REACHED_BEFORE_GOAL = new RegExp(`\\b${REACHED_VERB}\\s+(?:(?:the|its|his|her|their|our|this|that|a)\\s+)?(?:(?:previous|original|earlier|old|former|initial|first|official|own)\\s+)?$`, 'i');

/**
 * 'its renewable energy target of 1.75 lakh megawatt', 'its initial target of building 1000 homes': the figure
 * is the goal's own value, whatever is said of the goal around it (fall short of, deny, revise).
 */
const GOAL_OF_BEFORE = /\b(?:targets?|goals?|pledges?|promises?|ambitions?|aims?|objectives?)\s+(?:of|to)\s+(?:[a-z]+ing\s+)?(?:(?:about|around|some|at least|more than|over|nearly|almost|up to|just over|just under)\s+)?(?:(?:an?|the)\s+(?:additional|extra|further)\s+)?$/i;
/** Where the goal named is one that was reached ('has surpassed the target of starting 116,000 homes'), the cues decide. */
const REACHED_GOAL_OF = new RegExp(`(?<!\\b(?:to|will|would|could|can|may|might|should|shall)\\s)\\b${REACHED_VERB}\\s+(?:\\S+\\s+){0,4}?(?:targets?|goals?|pledges?|promises?|ambitions?|aims?|objectives?)\\s+(?:of|to)\\s`, 'i');

/** The population a share is taken of, not what it measures. */
const EN_SHARE_BASE = /^(?:(?:all|the|uk|us|u\.s\.|eu|its|their)\s+)*(?:homes?|households?|premises|properties|people|adults?|children|pupils|population|residents)\b/i;
const EN_TOWARDS_GOAL = /^[^.;]{0,60}?\btowards?\s+(?:the|its|their|our|a)\s+(?:[\d,.]+\s*(?:million|bn|billion|m|k)?\s+)?([a-z][a-z&' -]{2,60}?)\s+(?:targets?|goals?|pledges?|commitments?|ambitions?)\b/i;
const EN_BELOW_BASE_YEAR = /^\s*(?:below|under|lower than|less than|down on|down from)\s+(?:the\s+)?(?:(?:19|20)\d{2}|baseline)(?:\s+|-)levels?\b/i;

/** How far back a pointing metric looks for the indicator it points at. */
const ANAPHORA_REACH = 600;
const ZH_POINTING_METRIC = /^(?:该|这一|这个|此|上述)(?:指标|比例|比重|比率|数字|数据|数值)$/;
const EN_POINTING_METRIC = /^(?:(?:this|that|the)\s+(?:measure|figure|indicator|rate|ratio|share)|(?:this|that)\s+(?:portion|proportion|percentage|number|total|level))$/i;

function lastIndicatorBefore(folded: string, pos: number, language: 'zh' | 'en'): string | null {
  const window = folded.slice(Math.max(0, pos - ANAPHORA_REACH), pos);
  const sentences = window.split(language === 'zh' ? /[。！？\n]/ : /[.!?\n]\s/);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const hit = findIndicator(sentences[i]!, language);
    if (hit) return hit.matched;
  }
  return null;
}

/**
 * What is spent or borrowed, as a share of GDP: '3% of GDP' after 'R&D expenditure' is R&D
 * intensity, after 'defence spending' the NATO measure. The subject is the last of these named
 * in the sentence before the figure.
 */
const SHARE_OF_GDP_SUBJECTS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:r\s?&\s?d|research and development|research & development)\b/gi, 'r&d spending'],
  [/\bdefen[cs]e\b/gi, 'defence spending'],
  [/\beducation\b/gi, 'public education spending'],
  [/\bdeficit\b/gi, 'deficit'],
  [/\bborrowing\b/gi, 'borrowing'],
  [/\bdebt\b/gi, 'debt'],
  [/\btax(?:es|ation)?\b/gi, 'tax'],
];
const OF_GDP = /^(?:of\s+)?(?:the\s+)?(?:(?:eu|uk|us|national|the country's|its)\s+)?(?:gdp|gross domestic product)\b/i;

function shareOfGdpSubject(sentenceBefore: string): string | null {
  let best: { at: number; subject: string } | null = null;
  for (const [re, subject] of SHARE_OF_GDP_SUBJECTS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentenceBefore); m; m = re.exec(sentenceBefore)) if (!best || m.index > best.at) best = { at: m.index, subject };
  }
  return best?.subject ?? null;
}

/** The words after 'N% of' up to where the clause turns to time or place ('… within four hours by March 2024'). */
const EN_SHARE_OF = new RegExp(String.raw`^\s*(?:of\s+)?(?:all\s+|the\s+)?((?:(?!${CLAUSE_COMMA})[^.;:!?(]){3,120}?)(?=\s+(?:by|in|before|during|for|from|compared|up|down)\s|\s*[.;:!?(]|${CLAUSE_COMMA}|$)`, 'i');
/** The words to the clause's end ('wait for 18 weeks or less'). */
const EN_CLAUSE_REST = new RegExp(String.raw`^\s*(?:of\s+)?((?:(?!${CLAUSE_COMMA})[^.;:!?(]){3,120})`, 'i');

/** A value right after a place and a verb of being: 海南为9.5%左右, 江西、新疆为7%左右. */
const ZH_ITEM_VALUE_BEFORE = /(?:为|是|均为|则为|则是)$/;
/** How far back a passage may have named the goal its list gives values of. */
const GOAL_TOPIC_REACH = 200;
/** What closes a quoted slogan of goals: “保8%、争9%”的目标. */
const ZH_SLOGAN_NAMED_GOAL = /^[^”」]{0,10}[”」]的?(?:目标|任务)/;
const ZH_NAMED_GOAL = /([A-Za-z\u4e00-\u9fff]{1,12}?)(?:增长|增速)?(?:预期)?目标/g;

/** The indicator the passage last named as a goal (从各地GDP目标来看 → GDP), as printed, or null. */
function lastNamedGoal(passage: string): { name: string; unitClass: string } | null {
  let found: { name: string; unitClass: string } | null = null;
  for (const m of passage.matchAll(ZH_NAMED_GOAL)) {
    const hit = findIndicator(m[1]!, 'zh');
    if (hit) found = { name: hit.indicator.zh.find((n) => n.toLowerCase() === hit.matched.toLowerCase()) ?? hit.matched, unitClass: hit.indicator.unitClass };
  }
  return found;
}

export const REFINE_RULES: readonly RefineRule[] = [
  {
    // 从各地GDP目标来看…其中，海南为9.5%左右，江西、新疆为7%左右: the items of a list of places take the measure
    // the passage named as their goal; a goal of a sum given in percent is its growth.
    name: 'list-item-takes-named-goal',
    language: 'zh',
    apply(w, folded) {
      // 南阳更是提出了“保8%、争9%”的目标: a value in a quoted slogan named as a goal is such an item too, whatever words precede it.
      const slogan = /[“「][^”」]{0,8}$/.test(folded.slice(Math.max(w.sentence.start, w.raw.start - 8), w.raw.start)) && ZH_SLOGAN_NAMED_GOAL.test(folded.slice(w.raw.end, w.raw.end + 16));
      if (!slogan && !ZH_ITEM_VALUE_BEFORE.test(folded.slice(Math.max(w.sentence.start, w.raw.start - 4), w.raw.start))) return;
      const goal = lastNamedGoal(folded.slice(Math.max(0, w.sentence.start - GOAL_TOPIC_REACH), w.raw.start));
      // An item after the first carries the first one's measure as it was named (GDP): it is read the same way.
      if (!goal || (!slogan && w.metric && w.baseMetric.toLowerCase() !== goal.name.toLowerCase())) return;
      const growth = w.raw.unit === '%' && goal.unitClass === 'money';
      if (growth && w.raw.change === 'level') w.raw.change = 'increase';
      w.baseMetric = goal.name;
      w.metric = growth ? zhChangeMetric(goal.name, 'increase', '%') : goal.name;
    },
  },
  {
    // '76% of patients being admitted, transferred or discharged within four hours', '63.4% treated within
    // 18 weeks': a share names its indicator after it; taken only when the lexicon knows it and the words
    // before named none.
    name: 'share-named-after-of',
    language: 'en',
    apply(w, folded) {
      if (w.raw.unit !== '%' || findIndicator(w.metric, 'en')) return;
      // 'U.S. adults', 'U.K. homes': the dots of an abbreviation do not end the clause.
      const rest = folded.slice(w.raw.end, Math.min(folded.length, w.raw.end + 160)).replace(/\b([A-Z])\.([A-Z])\.?(?=\s)/g, '$1$2');
      const after = EN_SHARE_OF.exec(rest);
      if (!after || OF_GDP.test(after[1]!)) return;
      // The words to the clause's end ('wait for 18 weeks or less'), if the shorter span names nothing.
      const whole = EN_CLAUSE_REST.exec(rest)?.[1] ?? '';
      const hit = findIndicator(after[1]!, 'en') ?? findIndicator(whole, 'en');
      if (!hit) return;
      // 'gigabit-capable broadband to 85 per cent of UK homes': homes are what the share is taken of; the
      // indicator is the one the words before named.
      const before = EN_SHARE_BASE.test(after[1]!) ? findIndicator(folded.slice(w.sentence.start, w.raw.start), 'en') : null;
      w.metric = (before ?? hit).matched;
      w.baseMetric = w.metric;
    },
  },
  {
    name: 'share-of-gdp',
    language: 'en',
    apply(w, folded) {
      const after = folded.slice(w.raw.end, w.raw.end + 40).replace(/^\s+/, '');
      if (w.raw.unit !== '%' || !(OF_GDP.test(w.raw.ofHint ?? '') || OF_GDP.test(after))) return;
      const subject = shareOfGdpSubject(folded.slice(w.sentence.start, w.raw.start));
      // 'keeping the deficit at 3% of GDP': the metric already names what the share is of.
      // A metric that is GDP itself ('… at 5.9 percent of GDP' read as GDP) names the denominator, not the share.
      if (!subject || (findIndicator(w.metric, 'en') && !OF_GDP.test(w.metric)) || shareOfGdpSubject(w.metric)) return;
      w.metric = `${subject} as a share of gdp`;
      w.baseMetric = w.metric;
    },
  },
  {
    name: 'goal-of-figure',
    language: 'en',
    apply(w, folded) {
      if (w.forcedKind) return;
      const before = folded.slice(Math.max(w.sentence.start, w.raw.start - 90), w.raw.start);
      const goal = GOAL_OF_BEFORE.exec(before);
      if (!goal || REACHED_GOAL_OF.test(before)) return;
      w.forcedKind = { kind: 'target', cue: goal[0].trim() };
    },
  },
  {
    name: 'goal-word-as-unit',
    language: 'en',
    apply(w, folded) {
      if (!GOAL_NOUN_UNIT.test(w.raw.unit)) return;
      const word = w.raw.unit;
      w.raw = { ...w.raw, unit: '' };
      const reached = REACHED_BEFORE_GOAL.exec(folded.slice(Math.max(w.sentence.start, w.raw.start - 60), w.raw.start));
      w.forcedKind = reached ? { kind: 'actual', cue: reached[0].trim() } : { kind: 'target', cue: word };
      // The goal word is not what is counted: 'our 20,000 target' says nothing of homes or officers.
      if (GOAL_NOUN_UNIT.test(w.metric.trim())) {
        w.metric = '';
        w.baseMetric = '';
      }
    },
  },
  {
    // 台湾发展离岸风电十年…目标是2025年建立5.6GW装置容量: a bare verb before the figure names nothing;
    // the indicator is the one its sentence is about.
    name: 'verb-only-metric',
    language: 'zh',
    apply(w, folded) {
      if (!ZH_BARE_VERB_METRIC.test(w.metric)) return;
      const hit = findIndicator(folded.slice(w.sentence.start, w.raw.start), 'zh');
      if (hit) {
        w.metric = hit.matched;
        w.baseMetric = hit.matched;
      }
    },
  },
  {
    // '42.6% below 2005 levels by 2030', '30% lower than 1990 levels': the share is the cut from a base year.
    name: 'cut-below-base-year',
    language: 'en',
    apply(w, folded) {
      if (w.raw.unit !== '%' || !w.metric || /\b(?:reductions?|cuts?)\b/i.test(w.metric)) return;
      if (!EN_BELOW_BASE_YEAR.test(folded.slice(w.raw.end, w.raw.end + 40))) return;
      w.metric = `${w.metric} reduction`;
      w.baseMetric = w.metric;
    },
  },
  {
    // '15,765 homes have been delivered towards the 110,000 affordable homes target': progress counts what the goal counts.
    name: 'progress-towards-named-goal',
    language: 'en',
    apply(w, folded) {
      const named = EN_TOWARDS_GOAL.exec(folded.slice(w.raw.end, w.raw.end + 160));
      const hit = named ? findIndicator(named[1]!, 'en') : null;
      if (!hit || findIndicator(w.metric, 'en')?.indicator.id === hit.indicator.id) return;
      w.metric = named![1]!.trim();
      w.baseMetric = w.metric;
    },
  },
  {
    // 'the Housing For All target of building 33,450 units': bare units in a sentence about housing are homes.
    name: 'housing-units',
    language: 'en',
    apply(w, folded) {
      if (!/^(?:units?|dwellings? units?)$/i.test(w.metric.trim() || w.raw.unit)) return;
      if (!/\b(?:housing|homes?|dwellings?|residential)\b/i.test(folded.slice(w.sentence.start, w.sentence.end))) return;
      w.metric = 'housing units';
      w.baseMetric = w.metric;
    },
  },
  {
    name: 'pointing-metric',
    language: 'both',
    apply(w, folded) {
      const pointing = ZH_POINTING_METRIC.test(w.metric) || EN_POINTING_METRIC.test(w.metric.trim());
      if (!pointing) return;
      const named = lastIndicatorBefore(folded, w.raw.start, /[\u4e00-\u9fff]/.test(w.metric) ? 'zh' : 'en');
      if (named) {
        w.metric = named;
        w.baseMetric = named;
      }
    },
  },
];

export function refine(w: Refinable, folded: string, language: 'zh' | 'en'): void {
  for (const rule of REFINE_RULES) if (rule.language === 'both' || rule.language === language) rule.apply(w, folded);
}
