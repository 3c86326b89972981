import type { Figure } from '../../../shared/domain/figure';
import type { Accumulation, Binding, Comparator, Direction } from '../../../shared/domain/target';
import { foldTraditional, unitKey } from '../metrics/match-key';
import { indicatorFor } from '../metrics/key';
import { REDUCTION_OF } from '../metrics/lexicon/lookup';
import type { MeasureType } from '../metrics/lexicon/types';

// Quantities where less is better: for these an approximate target (「涨幅3%左右」,
// 「失业率5.5%左右」) is a ceiling, not a band. Not 'zero-emission vehicles' or 零排放车辆: more of those is better.
const CEILING_METRIC =
  /失业率|物价|cpi|居民消费价格|消费价格涨幅|通胀|能耗|(?<!零|低|超低)排放|赤字率|赤字|负债率|债务率|死亡率|事故|污染|pm2\.?5|unemployment|jobless|inflation|deficit|(?<!zero[- ]|low[- ])emission|debt ratio|rough sleep|homeless|waiting list|mortality/i;
// Quantities where more is better: growth, counts, investment, output.
const FLOOR_METRIC =
  /增速|增长|增幅|企业|数量|总数|投资|投入|强度|收入|产值|成交额|营业|生产总值|gdp|销售|出口|进口|规模|人数|家|个|新增|建成|覆盖率|达标率|旅客|游客|访客|人次|growth|homes|dwellings|investment|output|revenue|jobs|number|share|sales|exports|visitors|tourists|arrivals/i;
/** Indicators measured as the size of a fall (单位GDP能耗降低13.5%): more is better, of the fall. */
const REDUCTION_INDICATORS = new Set(Object.values(REDUCTION_OF));
const CEILING_CUES = /控制在|以内|以下|不超过|不高于|(?<!不)低于|no more than|at most|or less/i;
/**
 * A level a goal brings the measure down or up to (浓度降至8微克, 'cut the rate to 4%', 覆盖率提高到60%): the verb
 * says which side is better, whatever the measure is called.
 */
const FALL_TO_CUE = /(?:下降|降低|减少|回落|压减|压降|缩小|下调|降|减)(?:至|到)|\b(?:cut(?:ting)?|reduc(?:e|ed|es|ing)|lower(?:ed|ing|s)?|bring(?:ing)? down|brought down)\b/i;
const RISE_TO_CUE = /(?:增长|增加|提高|提升|上升|扩大|增)(?:至|到)|\b(?:rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|boost(?:ed|ing|s)?|expand(?:ed|ing|s)?)\b/i;

/**
 * gt/gte are floors and lt/lte ceilings whatever the metric; approx, eq and range take
 * the metric's sense (and explicit cues like 控制在…以内), and a band when nothing says
 * which side is better.
 */
export function inferDirection(comparator: Comparator, metric: string, context: string, unit?: string, change?: string): Direction {
  // 下降3%以上, 降幅控制在3%以内, a reduction indicator's 'more is better': these speak of the size of a fall,
  // while a fall is held as a negative number (-3): at least 3 down is at most -3.
  const ofFall = (d: Direction): Direction => (change !== 'decrease' ? d : d === 'floor' ? 'ceiling' : d === 'ceiling' ? 'floor' : d);
  if (comparator === 'gt' || comparator === 'gte') return ofFall('floor');
  if (comparator === 'lt' || comparator === 'lte') return ofFall('ceiling');
  const text = foldTraditional(metric);
  if (CEILING_CUES.test(context)) return ofFall('ceiling');
  if (change === 'level' && FALL_TO_CUE.test(context) && !RISE_TO_CUE.test(context)) return 'ceiling';
  if (change === 'level' && RISE_TO_CUE.test(context) && !FALL_TO_CUE.test(context)) return 'floor';
  // The indicator knows which way is better: less unemployment, more output.
  const indicator = indicatorFor(metric);
  const better = indicator?.better;
  const sizeOfFall = indicator !== null && indicator !== undefined && REDUCTION_INDICATORS.has(indicator.id);
  if (better === 'lower') return sizeOfFall ? ofFall('ceiling') : 'ceiling';
  if (better === 'higher') return sizeOfFall ? ofFall('floor') : 'floor';
  if (CEILING_METRIC.test(text)) return 'ceiling';
  if (FLOOR_METRIC.test(text)) return 'floor';
  // A bare number of things to deliver ('aims to admit 485,000 new permanent residents') is reached or not:
  // 483,395 falls short. Only an approximate goal (about, 左右) has a tolerance on either side.
  if (comparator === 'eq' && unit !== undefined && unit !== '' && !RATE_UNITS.has(unitKey(unit))) return 'floor';
  return 'band';
}

const BINDING_CUES = /确保|必须|务必|坚决|保证|ensure|must|will deliver|guarantee|legally binding|mandatory/i;
const ASPIRATIONAL_CUES = /力争|争取|努力|力求|有望|目标是|\baim|strive|seek|hope|ambition|aspire/i;

export function inferBinding(context: string): Binding {
  if (BINDING_CUES.test(context)) return 'binding';
  if (ASPIRATIONAL_CUES.test(context)) return 'aspirational';
  return 'unknown';
}

const RATE_UNITS = new Set(['%', 'pp', '倍', '‰']);
/** Names of a share or a coverage: a part of a whole, standing at a level. */
const SHARE_NAME = /比重|占比|比例|覆盖率|普及率|达标率|优良率|城镇化率|入学率|入园率|\bshare\b|\bproportion\b|\bpercentage of\b/i;
// Counts of things added over the period rather than standing at its end.
const FLOW_CUES = /新增|新建|建成|累计|完成|引进|培育|招引|build|deliver|new |additional|cumulative|add /i;
const FLOW_METRIC = /额|收入|产值|产量|投资|总值|销售|出口|进口|营收|利润|税收|支出|revenue|output|investment|sales|exports|spending/i;

/**
 * Stock vs flow decides how a part-year figure reads: 「1-6月技术合同成交额400亿元」 is
 * progress toward 750亿 (flow), while 「高新技术企业6800家」 in June is a level (stock).
 * Money is a flow; counts are stocks unless the wording adds them up (新增, build).
 */
/**
 * What a measure type means for a part-period reading: a share or an intensity stands at a
 * level (森林覆盖率 24% mid-plan is where it is, not a pace); a growth rate is a rate.
 */
const ACCUMULATION_OF_MEASURE: Record<MeasureType, Accumulation | null> = {
  level: 'stock', count: 'stock', share: 'stock', intensity: 'stock', ratio: 'stock', rank: 'stock', index: 'stock',
  growth_rate: 'rate', flow: 'flow', money: null, duration: 'stock',
};

/**
 * A rate to be brought to a level by a date ('cut the rate of inflation from more than 10% to 5%
 * by the end of 2023', 「年底前将失业率降到5%」) is a level to reach, not the rate of a whole
 * period: once a reading is there, it has been reached.
 */
const RATE_BROUGHT_TO_LEVEL = /\b(?:cut|cuts|bring|brought|reduce|lower|get|push|halve|halving)\b|\bby the end of\b|(?:降到|降至|降低到|回落到|回落至|压降到|(?:年底|年末)前)/i;

export function inferAccumulation(unit: string, currency: string | null, metric: string, context: string): Accumulation {
  const measure = indicatorFor(metric, { unit, currency, change: 'level' })?.measure;
  const fromMeasure = measure ? ACCUMULATION_OF_MEASURE[measure] : null;
  if (fromMeasure === 'rate' && RATE_BROUGHT_TO_LEVEL.test(context)) return 'stock';
  // A % change of anything is a rate, whatever the indicator's level is.
  if (fromMeasure && !(fromMeasure === 'stock' && /增长|增速|增幅|growth/.test(foldTraditional(metric)))) return fromMeasure;
  // 非博彩业增加值比重, 森林覆盖率 outside the lexicon: a share stands at a level, as the lexicon's shares do.
  if (SHARE_NAME.test(foldTraditional(metric)) && !/增长|增速|增幅|growth/i.test(foldTraditional(metric))) return 'stock';
  if (RATE_UNITS.has(unitKey(unit))) return 'rate';
  if (currency) return 'flow';
  const name = foldTraditional(metric);
  if (FLOW_CUES.test(context) || FLOW_CUES.test(name) || FLOW_METRIC.test(name)) return 'flow';
  return 'stock';
}

/** The words around a figure that carry cues: its quote, cue list and rule name. */
export function figureContext(figure: Pick<Figure, 'quote' | 'cues' | 'rule'>): string {
  return [figure.quote, ...figure.cues, figure.rule].join(' ');
}
