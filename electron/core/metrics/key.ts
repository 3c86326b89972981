/**
 * One key for "the same quantity", used by figures, targets, checks and charts.
 *
 * A metric is an indicator identity where the lexicon knows it: 「国内生产总值增长」,
 * 「GDP增速」, 'economic growth' and 'the economy expanded' (a % change of GDP) all key
 * as `@gdp-growth`. Where it does not, the key is the noun phrase the figure counts,
 * folded: simplified characters, lower case, affixes that name the same count dropped
 * (科技型企业数量 = 科技型企业), English plurals singular.
 *
 * Identity needs the quantity as well as the words: a % change of a level is its
 * growth, a fall of an intensity is its reduction, and a reading whose unit class the
 * indicator never takes (money for a count of firms) is not that indicator.
 */
import { placeOf } from './places';
import { toSimplified } from '../text/simplify';
import { indicatorById } from './lexicon/index';
import { findIndicator, GROWTH_OF, INCREMENT_OF, REDUCTION_OF, SHARE_OF_GDP } from './lexicon/lookup';
import type { Indicator, UnitClass } from './lexicon/types';

/** Bump when the way keys are made changes: stored targets are re-keyed on open. */
export const KEY_VERSION = 6;

export interface Quantity {
  unit: string;
  currency: string | null;
  change: string;
}

// ---- the text key: what is left when no indicator is known ----

const ZH_SUFFIXES = ['数量', '总数', '总量', '个数', '数目', '家数', '总计'];
const ZH_PREFIXES = ['全市', '全区', '全省', '全县', '全国', '我市', '本市', '我区', '本区', '我省', '本省', '本港', '全港', '我国'];
const ZH_SYNONYMS: Array<[RegExp, string]> = [
  [/研究与试验发展|研究与开发|r&d/g, '研发'],
  [/国内生产总值|地区生产总值|本地生产总值|生产总值|\bgdp\b|gross domestic product/g, 'gdp'],
  [/居民消费价格指数|居民消费价格|\bcpi\b|consumer prices?/g, 'cpi'],
];
const ZH_SHARE_OF_ECONOMY = /^(.{2,}?)(?:增加值)?(?:占(?:[\u4e00-\u9fff]{0,4}?)(?:gdp|经济总量|经济)的?)?(?:比重|比例|占比|份额)$/;
// Rate words at the end name how a quantity changed, not which quantity it is.
const RATE_SUFFIX = /(?:增长速度|增长率|增速|增幅|涨幅|降幅|跌幅|降低率|growthrate|growth|rate)$/;
const EN_DROP = /\b(the|total|number of|count of|of|a|an)\b/g;

/** The folded noun phrase: 科技型企業數量 → 科技型企业, 'the number of new homes' → 'new home'. */
/** Abbreviations the press uses without defining them: 'GHG emissions' and 'greenhouse gas emissions' are one measure. */
const EN_ABBREVIATIONS: Array<[RegExp, string]> = [[/\bghg\b/g, 'greenhouse gas']];

export function textKey(metric: string): string {
  let s = toSimplified(metric.normalize('NFKC')).toLowerCase();
  s = s.replace(/（[^）]*）|\([^)]*\)/g, '');
  if (/[a-z]/.test(s) && !/[\u4e00-\u9fff]/.test(s)) {
    s = s.replace(/[\p{P}\p{S}]+/gu, ' ').replace(EN_DROP, ' ').replace(/\s+/g, ' ').trim();
    for (const [re, to] of ZH_SYNONYMS) s = s.replace(re, to);
    for (const [re, to] of EN_ABBREVIATIONS) s = s.replace(re, to);
    s = s.replace(/\s*(?:growth rate|growth|rate)$/, '').trim();
    return s
      .split(' ')
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w))
      .join(' ');
  }
  s = s.replace(/[\s\p{P}\p{S}]+/gu, '');
  for (const p of ZH_PREFIXES) if (s.startsWith(p) && s.length > p.length + 1) s = s.slice(p.length);
  for (const [re, to] of ZH_SYNONYMS) s = s.replace(re, to);
  // 非博彩业增加值比重, 非博彩业占澳门gdp比例, 服务业占比: one share of the economy, however the whole is named.
  s = s.replace(ZH_SHARE_OF_ECONOMY, '$1比重');
  s = s.replace(RATE_SUFFIX, '');
  for (const x of ZH_SUFFIXES) if (s.endsWith(x) && s.length > x.length + 1) s = s.slice(0, -x.length);
  return s;
}

// ---- unit classes ----

const MASS = new Set(['吨', '公斤', '克', '斤', 'tonne', 'ton', 'kg']);
const AREA = new Set(['亩', '公顷', '平方米', '平方公里', 'hectare', 'acre', 'square metre']);
const ENERGY = new Set(['千瓦时', '度', 'kwh', 'mwh', 'gwh', 'twh', '吨标准煤']);
const POWER = new Set(['千瓦', '兆瓦', '吉瓦', 'kw', 'mw', 'gw']);
const DURATION = new Set(['分钟', '小时', '天', '周', '月', '年', '岁', '周岁', 'minute', 'hour', 'day', 'week', 'month', 'year']);
const LENGTH = new Set(['公里', '米', 'km', 'mile', 'kilometre']);
const VOLUME = new Set(['立方米', '升', '标准箱', 'teu']);

/** The class of a figure's unit, or null where the unit says nothing (a bare number). */
export function unitClassOf(q: Pick<Quantity, 'unit' | 'currency'>): UnitClass | null {
  const u = toSimplified(q.unit).trim().toLowerCase();
  if (q.currency) return 'money';
  if (u === '%' || u === '‰' || u === '个百分点' || u === 'percentage point' || u === 'pp') return 'percent';
  if (u === '倍' || u === 'ratio') return 'ratio';
  if (!u) return null;
  // English units are printed in the plural as often as not: 'tonnes', 'hectares', 'kilometres'.
  const one = /[a-z]s$/.test(u) ? u.slice(0, -1) : u;
  const isIn = (set: ReadonlySet<string>): boolean => set.has(u) || set.has(one);
  if (isIn(MASS)) return 'mass';
  if (isIn(AREA)) return 'area';
  if (isIn(ENERGY)) return 'energy';
  if (isIn(POWER)) return 'power';
  if (DURATION.has(one)) return 'duration';
  if (isIn(LENGTH)) return 'length';
  if (isIn(VOLUME)) return 'volume';
  if (/微克|μg|mg\/m|ug\/m/.test(u)) return 'concentration';
  return 'count';
}

/** Whether a reading of this unit class can be a value of the indicator. */
export function fitsIndicator(indicator: Indicator, q: Pick<Quantity, 'unit' | 'currency'>): boolean {
  const cls = unitClassOf(q);
  if (cls === null) return true;
  if (cls === indicator.unitClass) return true;
  // A multiple or fraction of the quantity itself (halve inflation, 翻一番) belongs to it.
  if (cls === 'ratio') return true;
  // Counts per head and index points read as plain numbers with a counting word.
  if (cls === 'count' && (indicator.unitClass === 'ratio' || indicator.unitClass === 'index' || indicator.unitClass === 'rank')) return true;
  // Power capacity is often printed in energy-like words (万千瓦) and the reverse.
  if ((cls === 'power' && indicator.unitClass === 'energy') || (cls === 'energy' && indicator.unitClass === 'power')) return true;
  return false;
}

const LEVEL_MEASURES = new Set(['level', 'count', 'flow', 'money', 'index', 'intensity', 'ratio']);

/**
 * The indicator a metric names for a reading of this quantity: a % change of a level is
 * its growth (GDP + 增长5.2% → GDP growth); a fall of an intensity its reduction.
 */
/**
 * The economy as a whole, named without an indicator: 'China's economy expanded 3 percent',
 * 「香港整体经济增幅3.5%」. Only a % change of it is an indicator (GDP growth); matched
 * whole, never inside a longer name (数字经济, the digital economy are other things).
 */
const WHOLE_ECONOMY = /^(?:(?:the|its|their|our|overall|whole|national|domestic|local|(?:[a-z]+ )?[a-z]+'s|[\u4e00-\u9fff]{2,3}?(?:的)?)\s?)?(?:economy|economic output|经济|整体经济|实质经济)$/i;

function wholeEconomyGrowth(metric: string, q?: Quantity): Indicator | null {
  if (!q || unitClassOf(q) !== 'percent' || (q.change !== 'increase' && q.change !== 'decrease')) return null;
  const name = toSimplified(metric).trim().replace(/\s+/g, ' ');
  return WHOLE_ECONOMY.test(name) && !/数字|实体|民营|海洋|数码|digital|green|private/.test(name) ? (indicatorById('gdp-growth') ?? null) : null;
}

const ZH_INCREMENT_PREFIX = /^(?:新增|净增|新认定|累计新增)/;

/** 'share of renewable energy in Scotland's electricity needs': a place's possessive inside a name says whose, not what. */
const EN_POSSESSIVE = /\b([a-z][a-z.-]*(?: [a-z][a-z.-]*){0,2})(?:['’]s| s) /gi;

function withoutPlacePossessives(metric: string): string {
  if (!/[a-z](?:['’]s| s) /i.test(metric)) return metric;
  return metric.replace(EN_POSSESSIVE, (all, name: string) => {
    // The longest tail of the words before the possessive that names a place ('nova scotia', not 'of nova scotia').
    const words = name.split(' ');
    for (let i = 0; i < words.length; i++) if (placeOf(words.slice(i).join(' '))?.id) return `${words.slice(0, i).join(' ')}${i ? ' ' : ''}`;
    return all;
  });
}

export function indicatorFor(metric: string, q?: Quantity): Indicator | null {
  const hit = findIndicator(withoutPlacePossessives(metric));
  if (!hit) return wholeEconomyGrowth(metric, q);
  let indicator = hit.indicator;
  // 新增国高企业: a short name of the stock after 新增 is its increment, as the long name 新增国家高新技术企业 is.
  if (hit.how === 'contains' && ZH_INCREMENT_PREFIX.test(toSimplified(metric).trim()) && INCREMENT_OF[indicator.id]) {
    indicator = indicatorById(INCREMENT_OF[indicator.id]!) ?? indicator;
  }
  if (q) {
    const percentChange = unitClassOf(q) === 'percent' && (q.change === 'increase' || q.change === 'decrease');
    if (percentChange && LEVEL_MEASURES.has(indicator.measure) && indicator.unitClass !== 'percent') {
      const table = q.change === 'decrease' ? REDUCTION_OF : GROWTH_OF;
      const to = table[indicator.id] ?? GROWTH_OF[indicator.id];
      const changed = to ? indicatorById(to) : undefined;
      if (changed) indicator = changed;
    }
    // 'increase police numbers by 20,000', 「新增高新技术企业」: a rise in a count is the increment, not the stock.
    if (!percentChange && q.change === 'increase' && unitClassOf(q) === 'count' && INCREMENT_OF[indicator.id]) {
      indicator = indicatorById(INCREMENT_OF[indicator.id]!) ?? indicator;
    }
    // 'a fiscal deficit of 5.9 percent of GDP': a sum stated as a percentage is its share of GDP.
    if (!percentChange && unitClassOf(q) === 'percent' && indicator.unitClass === 'money' && SHARE_OF_GDP[indicator.id]) {
      indicator = indicatorById(SHARE_OF_GDP[indicator.id]!) ?? indicator;
    }
    if (!fitsIndicator(indicator, q)) return null;
  }
  return indicator;
}

/** The matching key: `@<indicator id>` where the lexicon knows the quantity, else the text key. */
export function metricIdentity(metric: string, q?: Quantity): string {
  if (metric.startsWith('@')) return metric;
  const indicator = indicatorFor(metric, q);
  return indicator ? `@${indicator.id}` : textKey(metric);
}

/** The indicator behind a key made by metricIdentity, if any. */
export function indicatorOfKey(key: string): Indicator | null {
  return key.startsWith('@') ? (indicatorById(key.slice(1)) ?? null) : null;
}
