/**
 * Cutting a page's blocks into draft stories: where each story starts, and which of its
 * heading-like lines are its headline stack and which are crossheads inside it (see segment.ts).
 */
import type { Block } from './types';
import { importNote, type ImportNote } from '../../../shared/import-notes';
import { isCreditLine, isRoleLine, parseBylineLine, parseCredit, parseOpener } from './bylines';
import {
  hanCount,
  isChinese,
  isClosed,
  isHeadingCandidate,
  isListLeadIn,
  leavesListOpen,
  startsMidSentence,
  wordCount,
} from './signals';

export interface Draft {
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

const MAX_STACK = 4;
const PHOTO_LOOKAHEAD = 5;

export function isHeading(b: Block | undefined): boolean {
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

export function endsInCredit(b: Block): boolean {
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
export const ZH_SOURCED_LEAD = /^[^。！？]{0,12}?记者[^。！？，]{0,10}?从[^。！？]{2,30}?(?:获悉|了解到|获知)/;
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

export function collectDrafts(blocks: Block[], notes: ImportNote[]): Draft[] {
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
