/**
 * Text repairs between reading a file and cutting it into stories: drop page furniture
 * and layout noise, and re-join sentences that the page layout split across columns.
 */
import type { Block } from './types';
import { isCreditLine, leadingDate, parseBylineLine, parseOpener } from './bylines';
import {
  hanCount,
  hasHeadlineSpaces,
  hasInnerSentenceEnd,
  isChinese,
  isClosed,
  isDangling,
  isHeadingCandidate,
  joinBroken,
  startsMidSentence,
  startsWithConnective,
  tidy,
  wordCount,
} from './signals';
import { furnitureDate } from './metadata';

const NOISE: RegExp[] = [
  // QR codes and sign-up forms printed beside stories
  /扫一扫|扫码|扫描二维码|二维码|长按识别/,
  /报名表$|报名方式$/,
  /(?:下载|关注).{0,12}(?:客户端|APP|App|公众号|视频号)/,
  // jump lines
  /^[（(]?\s*(?:下|上)转第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]?$/,
  /^[（(]?\s*(?:紧接|接|转)第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]?$/,
  // desk credits
  /^(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|版式设计|版式|视觉设计|制图|图片编辑|本版编辑|值班编辑|审读|组版)\s*[:：\s]\s*\S/,
  /^第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{0,6}$/,
  /^(?:广告|ADVERTISEMENT|Advertisement)$/,
  // web-page controls on press releases: 【打印】【关闭】【字体：大 中 小】
  /^(?:【[^】]{1,12}】\s*)+$/,
  /^(?:来源|作者|浏览次数|阅读次数)\s*[:：]/,
  // English furniture
  /^continued (?:on|from) (?:page|p\.?)\s*\d+/i,
  /^(?:see|turn to|more on) page \d+/i,
  /^(?:page|p\.)\s*\d+$/i,
  /^\d{1,3}$/,
  /^(?:share|share this(?: article)?|follow us\b.*|sign up\b.*newsletter.*|read more:?.*|click here\b.*)$/i,
];

const INLINE_JUMP = /\s*(?:[（(]\s*(?:下|上)转第?\s*[\d一二三四五六七八九十]+\s*版\s*[）)]|\((?:continued|turn to|see) (?:on )?page \d+\)|(?:Continued on page \d+\.?))\s*$/i;

export interface Cleaned {
  blocks: Block[];
  dropped: string[];
  /** Dates read off page furniture (2023年2月24日 星期五) before it was dropped. */
  furnitureDates: string[];
  /** The lines that carried those dates (mastheads, folios), which may also name the paper. */
  furniture: string[];
}

export function isNoiseLine(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (Array.from(t).length > 60) return false;
  if (isClosed(t) && !/^continued/i.test(t) && !/^(?:see|turn to)/i.test(t)) return false;
  return NOISE.some((re) => re.test(t)) || furnitureDate(t) !== null;
}

export function dropNoise(blocks: Block[]): Cleaned {
  const out: Block[] = [];
  const dropped: string[] = [];
  const furnitureDates: string[] = [];
  const furniture: string[] = [];
  let carryBlank = 0;
  for (const b of blocks) {
    const text = tidy(b.text);
    const fd = furnitureDate(text);
    if (fd) {
      furnitureDates.push(fd);
      furniture.push(text);
    }
    if (isNoiseLine(text)) {
      if (text) dropped.push(text);
      carryBlank = Math.max(carryBlank, b.blankBefore + 1);
      continue;
    }
    const stripped = text.replace(INLINE_JUMP, '');
    if (stripped !== text) dropped.push(text.slice(stripped.length).trim());
    out.push({ ...b, text: stripped, blankBefore: Math.max(b.blankBefore, carryBlank) });
    carryBlank = 0;
  }
  return { blocks: out, dropped, furnitureDates, furniture };
}

function isAttribution(t: string): boolean {
  return parseBylineLine(t) !== null || isCreditLine(t);
}

/** Does `a` read like running text (so a break after it is a layout break), not a heading? */
function bodyLike(a: string): boolean {
  if (isChinese(a)) {
    if (hasHeadlineSpaces(a)) return false;
    return /[，,]/.test(a) || hanCount(a) > 25 || startsWithConnective(a);
  }
  return !/^[A-Z0-9 '’:&-]+$/.test(a);
}

function shouldJoin(prev: Block | undefined, a: Block, b: Block): boolean {
  if (a.kind === 'heading' || b.kind === 'heading') return false;
  const at = a.text;
  const bt = b.text;
  if (isClosed(at) || isAttribution(at) || isAttribution(bt) || parseOpener(bt)) return false;
  if (isDangling(at)) return true;
  if (hasInnerSentenceEnd(at) || parseOpener(at) || leadingDate(at)) return true;
  const zh = isChinese(at);
  if (zh ? hanCount(at) > 60 : wordCount(at) > 25) return true;
  // Right under another heading line it is a subhead, whatever follows it.
  if (prev && isHeadingCandidate(prev) && !isAttribution(prev.text)) return false;
  if (zh && (at.match(/[，,]/g)?.length ?? 0) >= 2) return true;
  return startsMidSentence(bt) && bodyLike(at);
}

/**
 * Re-join paragraphs split by the page layout (「聚焦前沿、新兴、交叉领域，」+ blank lines +
 * 「加快在脑科学…」). Runs after noise removal so a caption between the halves doesn't block it.
 */
export function joinLayoutBreaks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const a = out[out.length - 1];
    if (a && shouldJoin(out[out.length - 2], a, b)) {
      out[out.length - 1] = { ...a, text: joinBroken(a.text, b.text) };
    } else {
      out.push({ ...b });
    }
  }
  return out;
}
