/**
 * Cutting a page's blocks into stories. Newspapers mark a story's start with furniture,
 * not with blank lines: a headline stack (kicker, headline, subhead) followed by a byline,
 * a wire dateline, a photo caption ending in a credit, or text that begins mid-sentence
 * because the page cut it. A lone heading-like line with none of that after it is a
 * crosshead inside the running story.
 */
import type { ParsedStory } from '../../../shared/domain/story';
import type { Block } from './types';
import { importNote, type ImportNote } from '../../../shared/import-notes';
import {
  foldFurniture,
  isCreditLine,
  isRoleLine,
  leadingDate,
  parseBylineLine,
  parseCredit,
  parseOpener,
  trailingCredit,
  type BylineLine,
  type Opener,
} from './bylines';
import {
  COMMENTARY_KICKER,
  hanCount,
  hasHeadlineSpaces,
  isChinese,
  isClosed,
  isHeadingCandidate,
  isKickerLike,
  isListLeadIn,
  langOf,
  leavesListOpen,
  startsMidSentence,
  textLength,
  wordCount,
} from './signals';
import { isoDate } from './metadata';

interface Draft {
  stack: Block[];
  standfirst: Block | null;
  body: Block[];
  /** Text before the first headline: the tail of a story from another page. */
  continuation: boolean;
  /** Resumed from another page after a 上接 jump line: its beginning is elsewhere. */
  jumpedIn?: boolean;
  /** Headings read as crossheads inside this story so far. */
  crossheads?: number;
}

export interface Segmented {
  stories: ParsedStory[];
  /** Sentences for ParsedPage.assumed: what segmentation inferred or moved. */
  notes: ImportNote[];
}

const MAX_STACK = 4;
const PHOTO_LOOKAHEAD = 5;

function isHeading(b: Block | undefined): boolean {
  if (!b || b.tableRow) return false;
  // a caption ending in its credit (…Guildford. Photograph: X/Agency) is never a headline
  if (parseBylineLine(b.text) || isRoleLine(b.text) || isCreditLine(b.text) || (b.kind !== 'heading' && parseCredit(b.text))) return false;
  if (b.kind !== 'heading' && isListLeadIn(b.text)) return false;
  return isHeadingCandidate(b);
}

/** A headline over a byline or a news opener starts the next story, list or no list. */
function overFurniture(next: Block | undefined): boolean {
  return next !== undefined && (parseBylineLine(next.text) !== null || parseOpener(next.text) !== null || next.jumpIn === true);
}

/** How many plain (not format-marked) headline-shaped lines run from `from`. */
function plainHeadingRun(blocks: Block[], from: number): number {
  let k = from;
  while (k < blocks.length && isHeading(blocks[k]) && blocks[k]!.kind !== 'heading' && !blocks[k]!.afterJumpOut && !blocks[k]!.jumpIn) k++;
  return k - from;
}

/** An English standfirst: one or two sentences between the headline and the byline. */
function isStandfirst(b: Block): boolean {
  return !isChinese(b.text) ? wordCount(b.text) <= 45 : hanCount(b.text) <= 60;
}

function endsInCredit(b: Block): boolean {
  return parseCredit(b.text) !== null;
}

/** Captions then a credit, then the next headline or the end of the page: a photo story. */
function photoAhead(blocks: Block[], from: number): boolean {
  for (let k = from; k < Math.min(blocks.length, from + PHOTO_LOOKAHEAD); k++) {
    const b = blocks[k]!;
    if (parseBylineLine(b.text) || parseOpener(b.text)) return false;
    if (endsInCredit(b)) {
      const after = blocks[k + 1];
      return !after || isHeading(after);
    }
    if (k > from && isHeading(b)) return false;
  }
  return false;
}

/**
 * A Chinese news lead names where the news came from: 「记者近日从北京边检总站获悉」
 * 「记者5日从商务部了解到」. Inside a feature the reporter speaks without a source
 * (记者在采访中了解到), so 从 is what marks a lead.
 */
const ZH_SOURCED_LEAD = /^[^。！？]{0,12}?记者[^。！？，]{0,10}?从[^。！？]{2,30}?(?:获悉|了解到|获知)/;
/** A lead that opens on the day (3月4日，…): weaker, since features put dates after crossheads too. */
const ZH_DATED_LEAD = /^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚|早|凌晨)?[，,]|^(?:近日|日前|昨天|昨日)[，,]/;

/** The current story has come to an end: its last block is a finished sentence or a photo credit. */
function storyFinished(cur: Draft | null): boolean {
  const last = cur?.body[cur.body.length - 1];
  if (!last) return false;
  return isClosed(last.text) || endsInCredit(last);
}

/**
 * A caption ending in its credit that stands on its own: the story before it has finished
 * and a headline (or the end of the page) follows. Between paragraphs it is the story's
 * own picture instead (see buildStory).
 */
function captionStandsAlone(blocks: Block[], i: number, cur: Draft): boolean {
  const b = blocks[i]!;
  if (!endsInCredit(b) || isCreditLine(b.text) || !storyFinished(cur)) return false;
  const after = blocks[i + 1];
  return !after || isHeading(after);
}

/** The current story is signed (a byline line or an attributed opener): the kind that has crossheads. */
function isSigned(cur: Draft): boolean {
  const first = cur.body[0]?.text ?? '';
  return parseBylineLine(first) !== null || parseOpener(first) !== null;
}

/**
 * A lone headline with no byline can still start a story after one that has finished.
 * Crossheads look the same, so it takes context: right after a photo credit; in Chinese,
 * over a sourced lead, or over a dated lead when the line is headline-long and the story
 * has used no crossheads yet; in English, a whole clause over a full paragraph — longer
 * under a signed story, where crossheads of five or six words are common.
 */
function leadAfterFinished(blocks: Block[], stack: Block[], next: number, cur: Draft | null): boolean {
  const nb = blocks[next];
  if (!cur || !nb || isHeading(nb) || stack.length !== 1 || !storyFinished(cur)) return false;
  // a heading straight after a photo credit: the picture story is over
  if (endsInCredit(cur.body[cur.body.length - 1]!)) return true;
  const head = stack[0]!.text.trim();
  const lead = nb.text.trim();
  if (isChinese(head)) {
    if (ZH_SOURCED_LEAD.test(lead)) return true;
    return ZH_DATED_LEAD.test(lead) && hanCount(head) >= 10 && (cur.crossheads ?? 0) === 0;
  }
  return wordCount(head) >= (isSigned(cur) ? 8 : 6) && wordCount(lead) >= 20;
}

function startsStory(blocks: Block[], stack: Block[], next: number, standfirst: boolean, cur: Draft | null): boolean {
  if (!cur || standfirst) return true;
  const nb = blocks[next];
  if (stack[0]!.afterJumpOut || nb?.jumpIn) return true;
  if (leadAfterFinished(blocks, stack, next, cur)) return true;
  if (nb && (parseBylineLine(nb.text) || parseOpener(nb.text))) return true;
  if (stack.length >= 2) return true;
  if (stack.some((s) => s.kind === 'heading' && (s.level ?? 1) <= 2)) return true;
  if (nb && !isHeading(nb) && startsMidSentence(nb.text, true)) return true;
  return photoAhead(blocks, next);
}

/** Section labels over a run of unsigned briefs: every heading under one starts a story. */
const BRIEFS_LABEL =
  /^(?:in brief|news in brief|briefs?|briefly|round-?up|[\u4e00-\u9fff]{0,4}(?:简讯|快讯|短讯|速览|简报|速递|簡訊|快訊|短訊|速覽|簡報)|简明新闻|消息树)$/i;

/**
 * A brief whose bold lead-in headline runs into its text on the same line: 「广州南沙港新开3条
 * 外贸航线 3月11日，记者从…」 (set off by an ideographic space) or 「【lead-in】text」. Only read this way inside a briefs
 * section, where every paragraph is a story of its own.
 */
function splitLeadIn(b: Block): [Block, Block] | null {
  const t = b.text.trim();
  if (parseOpener(t) || parseBylineLine(t)) return null;
  const m = /^【([^】]{2,30})】\s*(.+)$/.exec(t) ?? /^(?:[■▲●◆◇□]\s*)?([^\s，。；：！？、,.;:!?]{4,25})\s+(\S.+)$/.exec(t);
  if (!m || !isChinese(m[1]!)) return null;
  const rest = m[2]!;
  if (!isClosed(rest) || hanCount(rest) < 12) return null;
  return [
    { ...b, text: m[1]!, kind: 'heading' },
    { text: rest, blankBefore: 0 },
  ];
}

function collectDrafts(blocks: Block[], notes: ImportNote[]): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  let inBriefs = false;
  /** The text so far ends inside a list its lead-in opened. */
  let listOpen = false;
  let i = 0;
  while (i < blocks.length) {
    const wasOpen = listOpen;
    listOpen = false;
    if (BRIEFS_LABEL.test(blocks[i]!.text.trim())) {
      notes.push(importNote('briefs', { heading: blocks[i]!.text.trim() }));
      inBriefs = true;
      i++;
      continue;
    }
    if (inBriefs && !isHeading(blocks[i]) && !blocks[i]!.jumpIn) {
      const split = splitLeadIn(blocks[i]!);
      if (split) {
        cur = { stack: [split[0]], standfirst: null, body: [split[1]], continuation: false };
        drafts.push(cur);
        i++;
        continue;
      }
    }
    if (blocks[i]!.jumpIn && !isHeading(blocks[i]) && !(cur && cur.stack.length && !cur.body.length)) {
      // text resumed from another page with no headline repeated over it
      inBriefs = false;
      cur = { stack: [], standfirst: null, body: [blocks[i]!], continuation: true, jumpedIn: true };
      drafts.push(cur);
      i++;
      continue;
    }
    const run = isHeading(blocks[i]) ? plainHeadingRun(blocks, i) : 0;
    if (run > 0 && (wasOpen || (run > MAX_STACK && !inBriefs))) {
      // items of a list (after a lead-in, or more short lines than any headline stack has):
      // body text, up to a last line that heads the next story over its byline
      const items = overFurniture(blocks[i + run]) ? run - 1 : run;
      if (items > 0) {
        if (!wasOpen) notes.push(importNote('list_lines', { count: items, opening: blocks[i]!.text.trim().slice(0, 16) }));
        if (!cur && items > 1) {
          // at the top of the page the first line heads the list: 「“十四五”规划目标中的民生关切」 over its points
          cur = { stack: [blocks[i]!], standfirst: null, body: blocks.slice(i + 1, i + items), continuation: false };
          drafts.push(cur);
        } else {
          if (!cur) {
            cur = { stack: [], standfirst: null, body: [], continuation: true };
            drafts.push(cur);
          }
          cur.body.push(...blocks.slice(i, i + items));
        }
        i += items;
        continue;
      }
    }
    if (isHeading(blocks[i])) {
      let j = i;
      // a heading after a jump line belongs to the next story, not to the stack above it
      while (j < blocks.length && j - i < MAX_STACK && isHeading(blocks[j]) && (j === i || !blocks[j]!.afterJumpOut)) j++;
      const stack = blocks.slice(i, j);
      const maybeStandfirst = blocks[j];
      const standfirst =
        maybeStandfirst &&
        !isHeading(maybeStandfirst) &&
        !parseBylineLine(maybeStandfirst.text) &&
        blocks[j + 1] &&
        parseBylineLine(blocks[j + 1]!.text) &&
        isStandfirst(maybeStandfirst)
          ? maybeStandfirst
          : null;
      const next = standfirst ? j + 1 : j;
      if (inBriefs || startsStory(blocks, stack, next, standfirst !== null, cur)) {
        const nb = blocks[next];
        // a fully furnished story, or one resumed from another page, ends the briefs section
        if (nb && (parseBylineLine(nb.text) || parseOpener(nb.text) || nb.jumpIn)) inBriefs = false;
        cur = { stack, standfirst, body: [], continuation: false, jumpedIn: nb?.jumpIn === true };
        drafts.push(cur);
        i = next;
        continue;
      }
      cur!.body.push(...stack);
      cur!.crossheads = (cur!.crossheads ?? 0) + 1;
      i = j;
      continue;
    }
    if (cur && isSigned(cur) && captionStandsAlone(blocks, i, cur)) {
      // a picture printed with only a caption and its credit, after a signed story has ended
      notes.push(importNote('photo', { opening: blocks[i]!.text.trim().slice(0, 16) }));
      cur = { stack: [], standfirst: null, body: [blocks[i]!], continuation: false };
      drafts.push(cur);
      i++;
      continue;
    }
    if (!cur) {
      cur = { stack: [], standfirst: null, body: [], continuation: true };
      drafts.push(cur);
    }
    cur.body.push(blocks[i]!);
    listOpen = leavesListOpen(blocks[i]!.text, wasOpen);
    i++;
  }
  return drafts;
}

/**
 * Chinese papers set an intro line (引题) above the main headline (主题) and a subtitle (副题)
 * below it; English broadsheets set a strapline above the headline and a standfirst below.
 * Without type sizes the shape tells: three lines whose last is a real line of text (not a
 * campaign logo) and whose middle is not the longest — the middle one is the headline. Two
 * lines are an intro over a headline only when the second is a short, punchy line with no
 * figures under a clause with a comma, or a spaced headline under an unspaced slogan — the
 * reverse of headline + data-laden 副题.
 */
function isIntroStack(texts: string[]): boolean {
  const len = texts.map(textLength);
  if (texts.length === 3 && len[2]! > 12 && len[1]! <= Math.max(len[0]!, len[2]!)) return true;
  if (texts.length === 2 && isChinese(texts[0]!)) {
    const [a, b] = texts as [string, string];
    if (/[，,、：:\d]/.test(b)) return false;
    // a clause with a comma over a short line, or a plain slogan over a headline set in
    // spaced phrases (城市更新 让老街区焕发新活力) — mainland 主题 are spaced, 引题 are not
    return (/[，,]/.test(a) && len[1]! <= 12 && len[1]! * 1.5 <= len[0]!) || (!hasHeadlineSpaces(a) && hasHeadlineSpaces(b));
  }
  return false;
}

interface Heads {
  kicker: string | null;
  headline: string;
  subhead: string | null;
  tags: string[];
}

function splitStack(stack: Block[]): Heads {
  const texts = stack.map((b) => b.text.trim());
  if (!texts.length) return { kicker: null, headline: '', subhead: null, tags: [] };
  let h = 0;
  let hEnd = 1;
  const sizes = stack.map((b) => b.fontSize ?? 0);
  const levels = stack.map((b) => (b.kind === 'heading' ? (b.level ?? 1) : 99));
  if (sizes.some((s) => s > 0) && new Set(sizes).size > 1) {
    // the biggest type is the headline; a headline set on two lines comes as adjacent equal sizes
    const max = Math.max(...sizes);
    h = sizes.indexOf(max);
    hEnd = h + 1;
    while (hEnd < sizes.length && Math.abs(sizes[hEnd]! - max) < 0.5) hEnd++;
  } else if (new Set(levels).size > 1) {
    h = levels.indexOf(Math.min(...levels));
    hEnd = h + 1;
  } else if (texts.length >= 2 && isKickerLike(texts[0]!) && textLength(texts[1]!) > textLength(texts[0]!)) {
    h = 1;
    hEnd = 2;
  } else if (isIntroStack(texts)) {
    h = 1;
    hEnd = 2;
  }
  const joiner = (parts: string[]) => parts.join(isChinese(parts.join('')) ? ' ' : ' ');
  const kicker = h > 0 ? joiner(texts.slice(0, h)) : null;
  const headline = joiner(texts.slice(h, hEnd));
  const rest = texts.slice(hEnd);
  let subhead: string | null = rest[0] ?? null;
  const tags: string[] = [];
  for (const r of rest.slice(1)) {
    // A short line after the subhead is a campaign logo (新时代新征程新重庆), not text.
    if (textLength(r) <= 12) tags.push(r);
    else subhead = `${subhead} ${r}`;
  }
  return { kicker, headline, subhead, tags };
}

const CONCLUSION = /就一定|一定能|一定会|必将|必定|定能|必然能|才能真正/;

/**
 * Boxed commentaries are often dumped with their last column out of order, leaving the
 * conclusion (which echoes the headline: 「抓住科技创新这个关键变量…就一定能…」) in the
 * middle. Move it back to the end, only when both signals agree.
 */
function restoreConclusion(paras: string[], headline: string): { paras: string[]; moved: string | null } {
  if (paras.length < 3) return { paras, moved: null };
  const key = headline.replace(/\s+/g, '');
  const last = paras[paras.length - 1]!;
  if (key.length < 4 || CONCLUSION.test(last) || last.includes(key)) return { paras, moved: null };
  const idx = paras.findIndex((p, k) => k < paras.length - 1 && k > 0 && p.includes(key) && CONCLUSION.test(p));
  if (idx < 0) return { paras, moved: null };
  const out = paras.slice();
  const [moved] = out.splice(idx, 1);
  out.push(moved!);
  return { paras: out, moved: moved! };
}

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 「2月23日」 against the page date: a month after the page's month is last year's. */
export function resolveDateline(dateline: string | null, pageDate: string | null): string | null {
  if (!dateline || !pageDate) return null;
  const [py, pm, pd] = pageDate.split('-').map(Number) as [number, number, number];
  let m = /(\d{1,2})月(\d{1,2})日/.exec(dateline);
  let month: number | null = null;
  let day: number | null = null;
  if (m) {
    month = +m[1]!;
    day = +m[2]!;
  } else if ((m = /^(\d{1,2})日$/.exec(dateline))) {
    day = +m[1]!;
    month = day > pd ? (pm === 1 ? 12 : pm - 1) : pm;
  } else {
    const en = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3})/.exec(dateline);
    if (en) {
      const mon = EN_MONTHS.indexOf((en[1] ?? en[4]!).toLowerCase()) + 1;
      if (mon > 0) {
        month = mon;
        day = +(en[2] ?? en[3]!);
      }
    }
  }
  if (month === null || day === null) return null;
  const year = month > pm ? py - 1 : py;
  return isoDate(year, month, day);
}

/**
 * The longest line a headline runs to: Chinese headlines, 副题 included, stay near 30
 * characters, so a line past 40 is a sentence that lost its full stop. English web
 * headlines run to 18 words (「Sunak promises to halve inflation this year as he sets out
 * his vision ahead of the next election」), so length alone says little under 20 words;
 * there the grammar of reported speech tells.
 */
const HEADLINE_MAX_HAN = 40;
const HEADLINE_MAX_WORDS = 20;

/**
 * Reported speech is sentence grammar, not headline grammar: a Chinese headline credits its
 * source with a colon (国家统计局：…), a lead with a verb and a comma (国家统计局公布，…);
 * an English headline says 'says', a sentence 'said' or 'on Thursday'.
 */
const ZH_REPORTING_LEAD = /^[^，。：:,]{2,24}?(?:公布|发布|發佈|發布|显示|顯示|表示|指出|获悉|獲悉|了解到|瞭解到|介绍|介紹|透露|宣布|称|稱)[，,]/;
const EN_REPORTED = /\b(?:said|told|announced|reported|according to)\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** A line set like a headline that is in fact a sentence missing its full stop. */
function readsAsSentence(text: string): boolean {
  if (isChinese(text)) return hanCount(text) > HEADLINE_MAX_HAN || ZH_REPORTING_LEAD.test(text) || ZH_SOURCED_LEAD.test(text);
  return wordCount(text) > HEADLINE_MAX_WORDS || EN_REPORTED.test(text);
}

/**
 * A headline is a short line set over a body. A stack with no text under it (a one-line
 * brief, two unpunctuated lines, a bare statistics sentence) or whose headline line is a
 * whole sentence is not a headline stack: its lines are the story's text, and figures are
 * read from the body only. A long heading the format marked (HTML, Markdown, DOCX styles)
 * is still a headline. The story keeps an empty headline, as a continuation does, so the
 * review asks the editor for one instead of showing a made-up one (and the figures get no
 * false lead). When no story on the page has a headline left, the text before the first
 * one is not the tail of a story from another page but a story printed without a headline.
 */
function keepHeadlessTextAsBody(drafts: Draft[], notes: ImportNote[]): void {
  for (const d of drafts) {
    if (!d.stack.length) continue;
    const bodyless = !d.standfirst && !d.body.some((b) => b.text.trim());
    const marked = d.stack.some((b) => b.kind === 'heading');
    const first = d.stack[0]!;
    const opening = first.text.trim().slice(0, 16);
    if (bodyless && d.stack.length >= 2 && (marked || !readsAsSentence(first.text))) {
      // lines with no text under them: the first is the headline, the others its text
      notes.push(importNote('lines_as_text', { opening }));
      d.body = d.stack.slice(1);
      d.stack = [first];
      continue;
    }
    if (!bodyless && (marked || !readsAsSentence(splitStack(d.stack).headline))) continue;
    notes.push(importNote(bodyless ? 'only_text' : 'sentence_not_headline', { opening }));
    d.body = [...d.stack, ...(d.standfirst ? [d.standfirst] : []), ...d.body];
    d.stack = [];
    d.standfirst = null;
  }
  if (drafts.some((d) => d.stack.length)) return;
  for (const d of drafts) {
    if (!d.continuation) continue;
    d.continuation = false;
    if (d.jumpedIn) continue;
    const opening = d.body.find((b) => b.text.trim())?.text.trim().slice(0, 16) ?? '';
    notes.push(importNote('no_headline', { opening }));
  }
}

/** The credit with roles of whichever attribution gave the byline: the byline line, the opening bracket or the closing one. */
function creditOf(byline: string | null, sources: Array<{ names: string | null; credit?: string } | null>): { credit?: string } {
  const source = sources.find((s) => s?.credit && s.names === byline);
  return byline && source?.credit ? { credit: source.credit } : {};
}

function buildStory(d: Draft, pageDate: string | null, notes: ImportNote[]): ParsedStory {
  const heads = splitStack(d.stack);
  let subhead = heads.subhead;
  if (d.standfirst) subhead = subhead ? `${subhead} ${d.standfirst.text.trim()}` : d.standfirst.text.trim();
  if (heads.tags.length) notes.push(importNote('campaign_logo', { tags: heads.tags.map((t) => `「${t}」`).join(' '), headline: heads.headline }));

  const body = d.body.slice();
  let bylineLine: BylineLine | null = null;
  // Bylines printed on a line of their own (□张燕, By Jane Smith) are furniture, not body text.
  // …and so is a role printed under the name (By Laura Bennett / Chief Reporter).
  while (body.length && (parseBylineLine(body[0]!.text) || isRoleLine(body[0]!.text))) {
    const text = body.shift()!.text;
    const parsed = parseBylineLine(text);
    if (!parsed) {
      // The role under the name is part of the credit: By Laura Bennett / Chief Reporter.
      if (bylineLine && !bylineLine.credit) bylineLine = Object.assign({}, bylineLine, { credit: `${bylineLine.names}, ${text.trim()}` });
      continue;
    }
    if (!bylineLine) bylineLine = parsed;
    else {
      const credit = bylineLine.credit || parsed.credit ? `${bylineLine.credit ?? bylineLine.names} ${parsed.credit ?? parsed.names}` : undefined;
      bylineLine = Object.assign({}, bylineLine, { names: `${bylineLine.names}、${parsed.names}` }, credit ? { credit } : {});
    }
  }
  const first = body[0]?.text.trim() ?? '';
  const opener: Opener | null = first ? parseOpener(first) : null;
  if (bylineLine || opener) {
    // A picture caption set between the paragraphs of a signed story (…。 Photograph: X/Agency)
    // belongs to the picture, not to the text: leave it out and say so.
    for (let k = body.length - 2; k >= 1; k--) {
      const b = body[k]!;
      if (endsInCredit(b) && !isHeading(body[k + 1]) && (isChinese(b.text) ? hanCount(b.text) <= 80 : wordCount(b.text) <= 50)) {
        notes.push(importNote('caption_left_out', { caption: b.text.trim().slice(0, 24), headline: heads.headline }));
        body.splice(k, 1);
      }
    }
  }
  const credit = body.map((b) => parseCredit(b.text)).filter((c) => c !== null);
  const isPhoto = !bylineLine && !opener && credit.length > 0 && endsInCredit(body[body.length - 1] ?? { text: '', blankBefore: 0 });

  let trailing: string | null = null;
  let trailingRoles: string | undefined;
  if (!bylineLine && !opener?.names && body.length) {
    const tc = trailingCredit(body[body.length - 1]!.text);
    if (tc) {
      trailing = tc.names;
      trailingRoles = tc.credit;
      body[body.length - 1] = { ...body[body.length - 1]!, text: tc.rest };
    }
  }
  let byline = bylineLine?.names ?? opener?.names ?? trailing;
  if (!byline && isPhoto) byline = credit[credit.length - 1]!.names;
  const dateline = opener?.dateline ?? bylineLine?.dateline ?? leadingDate(first);

  const kicker = heads.kicker;
  const commentary =
    (kicker !== null && COMMENTARY_KICKER.test(foldFurniture(kicker))) || (bylineLine?.signature === true && !opener && !dateline);
  const genre: ParsedStory['genre'] = isPhoto ? 'photo' : commentary ? 'commentary' : 'news';

  let paras = body.map((b) => b.text.trim()).filter(Boolean);
  if (genre === 'commentary') {
    const r = restoreConclusion(paras, heads.headline);
    if (r.moved) {
      paras = r.paras;
      notes.push(importNote('moved_conclusion', { opening: r.moved.slice(0, 16), headline: heads.headline }));
    }
  }

  const truncated =
    d.continuation ||
    d.jumpedIn === true ||
    (genre === 'news' && !byline && !opener && !dateline && first !== '' && startsMidSentence(first, true));
  if (d.jumpedIn) notes.push(importNote('jumped_in', { headline: heads.headline || first.slice(0, 16) }));
  else if (d.continuation) notes.push(importNote('continuation', { opening: first.slice(0, 16) }));

  const text = [heads.headline, ...paras].join('\n');
  return {
    headline: heads.headline,
    subhead,
    kicker,
    byline,
    ...creditOf(byline, [bylineLine, opener, { names: trailing, credit: trailingRoles }]),
    dateline,
    datelineDate: resolveDateline(dateline, pageDate),
    body: paras.join('\n'),
    truncated,
    genre,
    language: langOf(text),
  };
}

export function segment(blocks: Block[], pageDate: string | null): Segmented {
  const notes: ImportNote[] = [];
  const drafts = collectDrafts(blocks, notes);
  keepHeadlessTextAsBody(drafts, notes);
  const stories = drafts
    .filter((d) => d.stack.length || d.body.some((b) => b.text.trim()))
    .map((d) => buildStory(d, pageDate, notes))
    .filter((s) => s.headline || s.body);
  return { stories, notes };
}

