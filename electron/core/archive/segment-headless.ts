/** Headline stacks that are not headlines: lines with no text under them, or whole sentences. */
import { importNote, type ImportNote } from '../../../shared/import-notes';
import { hanCount, isChinese, wordCount } from './signals';
import { ZH_SOURCED_LEAD, type Draft } from './segment-drafts';
import { splitStack } from './segment-heads';

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
export function keepHeadlessTextAsBody(drafts: Draft[], notes: ImportNote[]): void {
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
