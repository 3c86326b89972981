/** Reading a headline stack: which line is the kicker, which the headline, which the subhead. */
import type { Block } from './types';
import { hasHeadlineSpaces, isChinese, isKickerLike, textLength } from './signals';

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

export interface Heads {
  kicker: string | null;
  headline: string;
  subhead: string | null;
  tags: string[];
}

export function splitStack(stack: Block[]): Heads {
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
