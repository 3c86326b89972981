import type { FigureChange, Qualifier } from '../../../shared/domain/figure';

/**
 * Qualifier and change wording next to a number. Prefix patterns are matched
 * against the few characters before the number and anchored at its start, so
 * a cue only counts when it is adjacent (超过4.8万家), never when it sits
 * earlier in the clause (高于全市平均水平1.1个百分点 stays eq).
 */

const ZH_QUALIFIER_WORDS: Array<[string, Qualifier]> = [
  ['不超过', 'lte'], ['不高于', 'lte'], ['不多于', 'lte'], ['最多', 'lte'], ['至多', 'lte'], ['上限为', 'lte'], ['上限', 'lte'], ['最高', 'lte'],
  ['不低于', 'gte'], ['不少于', 'gte'], ['至少', 'gte'], ['最少', 'gte'], ['达到', 'gte'], ['最低', 'gte'],
  ['不到', 'lt'], ['不足', 'lt'], ['低于', 'lt'], ['少于', 'lt'], ['未满', 'lt'], ['未达', 'lt'],
  ['超过', 'gt'], ['突破', 'gt'], ['多于', 'gt'], ['高于', 'gt'], ['大于', 'gt'], ['超', 'gt'], ['逾', 'gt'],
  ['大约', 'approx'], ['约占', 'approx'], ['大概', 'approx'], ['约为', 'approx'], ['将近', 'approx'], ['接近', 'approx'], ['近', 'approx'], ['约', 'approx'],
];
const ZH_CHANGE_WORDS: Array<[string, FigureChange]> = [
  ['增长', 'increase'], ['增加', 'increase'], ['提高', 'increase'], ['提升', 'increase'], ['上升', 'increase'], ['上涨', 'increase'],
  ['扩大', 'increase'], ['成长', 'increase'], ['攀升', 'increase'], ['多出', 'increase'], ['增', 'increase'], ['涨', 'increase'],
  ['下降', 'decrease'], ['减少', 'decrease'], ['降低', 'decrease'], ['下跌', 'decrease'], ['回落', 'decrease'], ['缩小', 'decrease'],
  ['缩减', 'decrease'], ['下滑', 'decrease'], ['减', 'decrease'], ['降', 'decrease'], ['跌', 'decrease'],
  // Hong Kong and Macau reports: 按季急升5.3%, 上一季收缩4.1%, 赌收反弹.
  ['净增', 'increase'], ['净减', 'decrease'], ['回升', 'increase'], ['急升', 'increase'], ['飙升', 'increase'], ['大增', 'increase'], ['反弹', 'increase'],
  ['急跌', 'decrease'], ['大跌', 'decrease'], ['下挫', 'decrease'], ['收缩', 'decrease'],
];

export const ZH_QUALIFIER = new Map<string, Qualifier>(ZH_QUALIFIER_WORDS);
export const ZH_CHANGE = new Map<string, FigureChange>(ZH_CHANGE_WORDS);

const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');

/**
 * Before the number: [同比|环比] change-verb [了] [至|到 → a new level] qualifier.
 * Groups: cmp, chg, to, q.
 */
export const ZH_PREFIX_RE = new RegExp(
  // 增长介乎2%至3% (Hong Kong): 介乎/介于 opens a range and leaves the change word in force.
  `(?:(?<cmp>同比|环比)?(?<chg>${alt(ZH_CHANGE_WORDS.map((w) => w[0]))})了?)?(?:介乎|介于)?(?<to>至|到)?(?<q>${alt(ZH_QUALIFIER_WORDS.map((w) => w[0]))})?$`,
);

/** Between number and unit: 4000多家, 10余个, 十来个. */
export const ZH_INFIX_RE = /(?:多|余|来)/y;
/** After the unit: 15%以上, 2.35%左右, 5.5%以内. */
export const ZH_SUFFIX_RE = /(?:以上|以下|以内|左右|上下|之多|多|余|许)/y;
export const ZH_SUFFIX_QUALIFIER: Record<string, Qualifier> = {
  以上: 'gte', 以下: 'lte', 以内: 'lte', 左右: 'approx', 上下: 'approx', 许: 'approx', 之多: 'eq', 多: 'gt', 余: 'gt', 来: 'approx',
};

const EN_QUALIFIER_WORDS: Array<[string, Qualifier]> = [
  ['more than', 'gt'], ['over', 'gt'], ['exceed', 'gt'], ['exceeds', 'gt'], ['exceeded', 'gt'], ['above', 'gt'], ['exceeding', 'gt'], ['in excess of', 'gt'], ['upwards of', 'gt'], ['just over', 'gt'],
  ['at least', 'gte'], ['no less than', 'gte'], ['no fewer than', 'gte'], ['a minimum of', 'gte'], ['not less than', 'gte'],
  ['less than', 'lt'], ['fewer than', 'lt'], ['under', 'lt'], ['below', 'lt'], ['just under', 'lt'],
  ['up to', 'lte'], ['no more than', 'lte'], ['at most', 'lte'], ['a maximum of', 'lte'], ['not more than', 'lte'],
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['nearly', 'approx'],
  ['almost', 'approx'], ['some', 'approx'], ['an estimated', 'approx'], ['close to', 'approx'], ['circa', 'approx'], ['approx.', 'approx'],
];
export const EN_QUALIFIER = new Map<string, Qualifier>(EN_QUALIFIER_WORDS);

const EN_CHANGE_WORDS: Array<[string, FigureChange]> = [
  ['rose', 'increase'], ['rise', 'increase'], ['rises', 'increase'], ['risen', 'increase'], ['rising', 'increase'],
  ['increased', 'increase'], ['increase', 'increase'], ['increases', 'increase'], ['grew', 'increase'], ['grow', 'increase'],
  ['grown', 'increase'], ['up', 'increase'], ['gained', 'increase'], ['gain', 'increase'], ['jumped', 'increase'], ['climbed', 'increase'],
  ['surged', 'increase'], ['soared', 'increase'], ['added', 'increase'], ['advanced', 'increase'], ['boost', 'increase'], ['boosted', 'increase'],
  ['raise', 'increase'], ['raised', 'increase'],
  ['fell', 'decrease'], ['fall', 'decrease'], ['fallen', 'decrease'], ['falls', 'decrease'], ['dropped', 'decrease'], ['drop', 'decrease'],
  ['declined', 'decrease'], ['decline', 'decrease'], ['down', 'decrease'], ['slipped', 'decrease'], ['slumped', 'decrease'],
  ['decreased', 'decrease'], ['decrease', 'decrease'], ['lost', 'decrease'], ['shrank', 'decrease'], ['contracted', 'decrease'],
  ['cut', 'decrease'], ['cuts', 'decrease'], ['reduce', 'decrease'], ['reduced', 'decrease'], ['lower', 'decrease'], ['lowered', 'decrease'],
  ['tumbled', 'decrease'], ['plunged', 'decrease'], ['halve', 'decrease'],
  ['expanded', 'increase'], ['expanding', 'increase'], ['widened', 'increase'], ['accelerated', 'increase'],
  ['narrowed', 'decrease'], ['narrow', 'decrease'], ['narrowing', 'decrease'], ['widen', 'increase'], ['eased', 'decrease'], ['slowed', 'decrease'], ['contracting', 'decrease'], ['shrinking', 'decrease'],
];
export const EN_CHANGE = new Map<string, FigureChange>(EN_CHANGE_WORDS);

/**
 * Before an English number: change-verb [by|to] qualifier [$£€]. Groups chg, prep, q.
 * Matched on lower-cased text ending at the number (currency symbol excluded).
 */
export const EN_PREFIX_RE = new RegExp(
  `(?:\\b(?<chg>${alt(EN_CHANGE_WORDS.map((w) => w[0]))})\\s+(?:(?<prep>by|to|from)\\s+)?)?(?:\\b(?<q>${alt(EN_QUALIFIER_WORDS.map((w) => w[0]).map((w) => w.replace('.', '\\.')))})\\s+)?(?:(?:a|an|the|just|only)\\s+)?(?:record\\s+)?$`,
);
/** A change noun right after the figure: 'a 10% rise', 'a 3% fall'. */
export const EN_CHANGE_NOUN_RE = /\s+(?:(?<mod>[a-z]+)\s+(?=(?:rise|increase|hike|cut)\b))?(?<noun>hike|rise|increase|gain|jump|growth|fall|drop|decline|decrease|cut|reduction)\b/y;
