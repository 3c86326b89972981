/**
 * Where a Chinese number's scale and unit are: the scale characters after it (万, 亿), the unit
 * they let follow (万千瓦 = 万 + 千瓦), a typesetting gap (增長 5%), and 多, 余 or 来 beside the
 * scale (1270多万人, 1万多人). scan-zh.ts reads numbers with these.
 */
import type { Qualifier } from '../../../shared/domain/figure';
import { readZhShape } from './numerals/shapes-zh';
import { ZH_SUFFIX_QUALIFIER } from './qualifiers';
import { type UnitInfo, ZH_UNIT_RE, zhUnit } from './units';

export const SCALE_RUN = /[十百千万亿兆]*/y;
const INFIX_APPROXIMATOR = /^[多余来]$/;

/**
 * Taiwan and Hong Kong papers (and digests of them) set Arabic numbers apart with spaces:
 * 增長 5%, 1,267 萬人, 2% 左右, 人民幣 2,300 億元. A space or two between a number and its
 * unit, cue or suffix joins them as if it were not there; a newline never does.
 */
const TYPESET_GAP = /[ \t]{1,2}/y;
/** Suffix qualifiers that may stand a space after their unit (2% 左右); 多/余 must touch it. */
export const SPACED_SUFFIX = /[ \t]{1,2}(?=以上|以下|以内|左右|上下)/y;

/** Length of a typesetting gap at `pos` that a scale or unit follows, else 0. */
export function gapBeforeUnit(folded: string, pos: number): number {
  TYPESET_GAP.lastIndex = pos;
  const gap = TYPESET_GAP.exec(folded);
  if (!gap) return 0;
  const at = pos + gap[0].length;
  SCALE_RUN.lastIndex = at;
  return matchScaleAndUnit(folded, at) || SCALE_RUN.exec(folded)![0].length > 0 ? gap[0].length : 0;
}

/** Where the words before a number end, past a typesetting gap (增長 5% → after 增長). */
export function wordsEndBefore(folded: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 2 && (folded[i - 1] === ' ' || folded[i - 1] === '\t')) i--;
  return i > 0 && /[\u4e00-\u9fff$¥£€%]/.test(folded[i - 1]!) ? i : at;
}

export interface UnitHit {
  scaleLen: number;
  surface: string;
  info: UnitInfo;
}

/** The shortest scale run that lets a unit follow (万千瓦 = 万 + 千瓦, 3千米 = 3 + 千米). */
export function matchScaleAndUnit(folded: string, pos: number): UnitHit | null {
  SCALE_RUN.lastIndex = pos;
  const scaleMax = SCALE_RUN.exec(folded)![0].length;
  for (let k = 0; k <= scaleMax; k++) {
    ZH_UNIT_RE.lastIndex = pos + k;
    const m = ZH_UNIT_RE.exec(folded);
    if (m) return { scaleLen: k, surface: m[0], info: zhUnit(m[0])! };
  }
  return null;
}

export function parseWithScale(num: string, scale: string): number | null {
  // Most numbers have no separators and no scale: the token itself is read, with no string built for it.
  const digits = num.includes(',') ? num.replace(/,/g, '') : num;
  return readZhShape(scale ? digits + scale : digits)?.value ?? null;
}

/** Where 多, 余 or 来 stands beside a scale: before it (3200余万人) or after it (1万多人). */
export interface ScaleApproximator {
  qualifier: Qualifier;
  /** The unit after it, or null when the scale closes the number (减少6800多万，). */
  unit: UnitHit | null;
  scaleStart: number;
  scaleLen: number;
}

/**
 * Reads an approximator between a number and its unit: right after the number (10余个,
 * 1270多万人, 十来万家, 6800多万) or after its scale (1万多人); null when neither a unit nor
 * a scale follows. 来 only stands straight after the number (十来万, never 万来).
 */
export function approximatorBesideScale(folded: string, pos: number, scaleLen: number): ScaleApproximator | null {
  const first = folded[pos] ?? '';
  if (scaleLen === 0 && INFIX_APPROXIMATOR.test(first)) {
    const after = matchScaleAndUnit(folded, pos + 1);
    if (after) return { qualifier: ZH_SUFFIX_QUALIFIER[first]!, unit: after, scaleStart: pos + 1, scaleLen: after.scaleLen };
    SCALE_RUN.lastIndex = pos + 1;
    const scale = SCALE_RUN.exec(folded)![0];
    if (/^[万亿]/.test(scale)) return { qualifier: ZH_SUFFIX_QUALIFIER[first]!, unit: null, scaleStart: pos + 1, scaleLen: scale.length };
  }
  const next = folded[pos + scaleLen] ?? '';
  if (scaleLen > 0 && (next === '多' || next === '余')) {
    const after = matchScaleAndUnit(folded, pos + scaleLen + 1);
    if (after && after.scaleLen === 0) return { qualifier: 'gt', unit: after, scaleStart: pos, scaleLen };
  }
  return null;
}

/** 朝千万人次目标迈进, 冲刺百万辆大关: a round scale named as the mark to reach is that many. */
const MARK_BEFORE = /(?:朝|向|迈向|冲刺|冲击|挑战|跨越|站上|迈上)$/;
const MARK_AFTER = /^[\u4e00-\u9fff]{1,3}?(?:目标|大关|关口)/;

/** 跨过3个万亿元大关: marks counted, not one mark. */
const MARKS_COUNTED_BEFORE = /[\d一二两三四五六七八九十]个$/;

export function namedAsMark(folded: string, start: number, end: number): boolean {
  if (MARKS_COUNTED_BEFORE.test(folded.slice(Math.max(0, start - 3), start))) return false;
  return MARK_BEFORE.test(folded.slice(Math.max(0, start - 2), start)) || MARK_AFTER.test(folded.slice(end, end + 6));
}
