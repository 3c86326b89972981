/** What a Chinese figure measures, read from the words before it in its clause. */
import type { FigureChange } from '../../../shared/domain/figure';
import type { EntityMention } from './entities';
import { cleanZhMetric, endsWithIntakeVerb, isZhVerbOnly, splitZhCoordination, zhChangeMetric, zhCountedWorks, zhFollowingNoun, zhGrowthAsRate } from './metric';
import type { PeriodMention } from './periods';
import { afterZhOpener, isZhWeakMetric, namesZhIndicator, zhIndicatorNamedBefore } from './metric-zh-weak';
import { lowerBound } from './segment';
import { lastBefore, type Working } from './working';

/** The economy as the subject of a growth the sentence goes on to quantify (the last such subject before the figure). */
const ZH_ECONOMY_SUBJECT = /(?:^|[^\u4e00-\u9fff]|[\u4e00-\u9fff]{0,4}?)(经济)(?!.*经济)[^。；]{0,16}(?:增长|增速|增幅|扩张)/;

/** 录得2.5%的温和增长, 錄得3.2%實質增長: a rate followed by the change it measures. */
const ZH_CHANGE_AFTER_RATE: readonly [RegExp, FigureChange][] = [
  [/^的?(?:实质|温和|强劲|轻微|显著|按年|同比|可比)?(?:增长|增幅|升幅|扩张)/, 'increase'],
  [/^的?(?:实质|温和|轻微|显著|按年|同比|可比)?(?:下降|下跌|跌幅|降幅|收缩|萎缩)/, 'decrease'],
];

function zhChangeAfterRate(folded: string, end: number): FigureChange | null {
  const after = folded.slice(end, end + 8);
  return ZH_CHANGE_AFTER_RATE.find(([pattern]) => pattern.test(after))?.[1] ?? null;
}

const ZH_LIST_VERB = /^(新增|新建|净增|累计新增)(?=[\u4e00-\u9fff]{2})/;

/** The head of a share after the whole it is of: 占澳门GDP比例, 占全省生产总值比重. */
const ZH_SHARE_HEAD = /^[\u4e00-\u9fffA-Za-z]{0,8}?(?:比重|比例|份额)/;

const ZH_SPEECH_VERB_END = /(?:表示|指出|宣示|宣布|强调|坦言|透露|预告|直言|称|说)$/;

const ZH_BALANCE_AFTER_SUM = /^的?((?:综合|财政|贸易|经常账)?(?:赤字|盈余|顺差|逆差|财赤))/;

/** The opening of a bracketed former value: （原统计为, （原为, （修正前, or a bare （ right after a figure. */
export const ZH_FORMER_VALUE_ASIDE = /(?:[（(](?:原[\u4e00-\u9fff]{0,4}?|修正前|修订前)(?:为|是)?|[%％\d][（(])$/;

/** A metric that is only where (行政区, 29个行政区, 全市各区): the counted noun comes after the count. */
const ZH_PLACE_ONLY = /^(?:[\d一二三四五六七八九十两]+个)?(?:各|全市|全区|全县|全省)?(?:行政区|区|县|市|镇|乡|街道|社区|村)$/;
/** The rest of a quoted slogan, closed and followed by the goal it names: …」的公宅目标. */
export const ZH_SLOGAN_GOAL_AFTER = /^[^」”。\n]{0,30}[」”]的?([\u4e00-\u9fff]{2,8}?)(?:建设|兴建)?目标/;
/** What is said of a crop or a product: its total, its yield, its area; and the changes in them. */
const ZH_ASPECT_ONLY = /^(?:总产量?|单产|产量|播种面积|种植面积)$/;
const ZH_ASPECT_END = /(?:总产量?|单产|产量|播种面积|种植面积|面积|增产|减产|新增|增加|减少|增长|下降)$/;
const ZH_SPAN_OR_TITLE_ONLY = /^(?:[\d一二三四五六七八九十两]+年|[「“『][^」”』]{1,16}[」”』]的?)$/;
const ZH_BASE_OR_DEADLINE_END = /(?:比(?:\d{4}年?|上年|去年|前年)(?:同期)?|(?:于|在|到|至)年?(?:底|末)前?|年?(?:底|末)前)$/;

export function zhMetric(w: Working, prev: Working | null, folded: string, mentions: EntityMention[], periods: PeriodMention[]): void {
  const fig = w.raw;
  // Read once: it makes a bare rate a change (录得2.5%的温和增长), and lets that change belong to the economy named before it.
  const changeAfter = zhChangeAfterRate(folded, fig.end);
  if (fig.change === 'level' && fig.unit === '%' && changeAfter) fig.change = changeAfter;
  const from = prev && prev.clause === w.clause ? Math.max(w.clause.start, prev.raw.end) : w.clause.start;
  let rawText = folded.slice(from, fig.start);
  // What follows the last named subject in the clause is the metric (邻近的成都高新区上半年实现地区生产总值 → 地区生产总值).
  let lastMention = lastBefore(mentions, fig.start, from);
  // 非博彩业占澳门GDP比例: a place after 占 names the whole of a share; the part before 占 is what is measured.
  if (lastMention && /占$/.test(folded.slice(lastMention.start - 1, lastMention.start)) && ZH_SHARE_HEAD.test(folded.slice(lastMention.end, fig.start))) {
    lastMention = lastBefore(mentions, lastMention.start, from);
    rawText = (lastMention ? folded.slice(lastMention.end, fig.start) : rawText);
  }
  if (lastMention) rawText = folded.slice(lastMention.end, fig.start);
  const base = rawText.length === folded.slice(from, fig.start).length ? from : lastMention!.end;
  // Drop embedded time words (香港经济去年增长 → 香港经济增长).
  let text = '';
  let cursor = base;
  for (let i = lowerBound(periods, base); i < periods.length && periods[i]!.start < fig.start; i++) {
    const p = periods[i]!;
    if (p.start < cursor) continue;
    text += folded.slice(cursor, p.start);
    cursor = p.end;
  }
  text += folded.slice(cursor, fig.start);
  text = text.replace(/预计|预测|预估|力争|力拼|确保|争取|有望|可望|上看|扣除价格因素|按不变价格计算|按可比价格计算/g, '');
  // 国内生产总值比2010年翻一番, 黑点数目于2023年底前减半: the base compared with and the deadline (its year already dropped) are not the metric.
  text = text.replace(ZH_BASE_OR_DEADLINE_END, '');
  // 年增8万人, 年减9.8%: 年 is the year-on-year comparison, not part of the metric.
  // 季增12.8%, 月减3% (Taiwan): the quarter-on-quarter or month-on-month comparison, likewise.
  if (fig.change !== 'level') text = text.replace(/(?<![\u4e00-\u9fff]年|按)年$/, '').replace(/(?<![\d一二三四五六七八九十本上下当同每首]|按)[季月]$/, '');
  // 年均增长: an average rate of the metric, kept apart so the level figures after it share the bare metric.
  // 年均增长, and Hong Kong's 平均每年实质增长: an average rate of the metric.
  const average = ZH_AVERAGE.test(text);
  text = text.replace(ZH_AVERAGE, '').replace(/(?:分别)?(?:是|为|相当于)的$/, '');
  const prevSameSentence = prev && prev.sentence === w.sentence ? prev : null;
  let metric: string;
  const plan = /(?:完成|占)((?:年度|全年)?)(?:投资)?(计划|目标|任务)的?$/.exec(text);
  if (plan && prevSameSentence) {
    metric = `${prevSameSentence.baseMetric}${plan[1]}${plan[2] === '计划' ? '计划' : plan[2]}完成率`;
    w.baseMetric = metric;
    w.metric = metric;
    return;
  }
  // 喊出「4年2万户、8年5万户」的公宅目标: figures of a quoted slogan measure what the goal after it names.
  const sloganGoal = ZH_SLOGAN_GOAL_AFTER.exec(folded.slice(fig.end, fig.end + 40));
  if (sloganGoal && /[「“][^」”]*$/.test(folded.slice(Math.max(0, fig.start - 30), fig.start))) {
    w.baseMetric = sloganGoal[1]!;
    w.metric = sloganGoal[1]!;
    return;
  }
  // 较原来预算多出一倍: the words name the comparison base, not the metric.
  metric = ZH_COMPARISON_OPENER.test(text) ? '' : cleanZhMetric(text, []);
  // 蒋万安也在宣示今年底达到1000辆电动公车目标: who spoke, and the verb of speaking, are not what is counted.
  if (ZH_SPEECH_VERB_END.test(metric)) metric = '';
  // 新增上市企业6家、国家高新技术企业341家: the verb before a list of counts governs each count in it.
  const listVerb = prevSameSentence && /^、/.test(folded.slice(prevSameSentence.raw.end, fig.start)) ? ZH_LIST_VERB.exec(prevSameSentence.baseMetric) : null;
  if (listVerb && metric && !metric.startsWith(listVerb[1]!)) metric = listVerb[1]! + metric;
  // 由248亿元增加到386亿元: a bare change verb points back at what was just counted.
  if (ZH_CHANGE_VERB_ONLY.test(metric)) metric = '';
  // 按年平均汇率折算为17644美元: a conversion of the figure before it.
  if (/折算|折合|换算/.test(metric)) metric = '';
  // 占全县规模以上工业产值的比重提高到六成: a share of the subject named before it.
  if (metric.startsWith('占')) {
    metric = metric.replace(/^占(?:全市|全县|全省|全区|全国|全港)/, '占');
    if (prevSameSentence && prevSameSentence.baseMetric && !prevSameSentence.baseMetric.includes('占')) metric = prevSameSentence.baseMetric + metric;
  }
  if (/^(?:总数|总量|总额|规模|数量|总计|合计)$/.test(metric) && prevSameSentence) metric = prevSameSentence.baseMetric.replace(/总数$/, '') + metric;
  // 粮食播种面积4440万亩，…粮食增产42.2亿斤，总产466亿斤: an aspect alone is the aspect of the thing the sentence is about.
  else if (ZH_ASPECT_ONLY.test(metric) && prevSameSentence) {
    const thing = prevSameSentence.baseMetric.replace(ZH_ASPECT_END, '');
    if (thing.length >= 2 && thing !== prevSameSentence.baseMetric) metric = thing + metric;
  }
  // 动力电池壳体、电驱系统等6条生产线: after an enumeration closed by 等, the counted noun follows.
  // 29个行政区只有48个公托: a place (or a count of places) before the count says where; the noun after it says what.
  // 8年5万户的公宅目标, 「公托倍倍增」的60处公共托育中心: a span of years or a plan's quoted name before the count says when or under what.
  if (fig.classifier && (fig.countInWords || isZhVerbOnly(metric) || /等$/.test(metric) || endsWithIntakeVerb(metric) || ZH_PLACE_ONLY.test(metric) || ZH_SPAN_OR_TITLE_ONLY.test(metric))) {
    const noun = zhFollowingNoun(folded, fig.unitEnd);
    if (noun) metric = zhCountedWorks(noun, metric);
  }
  // 录得803亿港元赤字, 转为录得29亿元盈余, 由原来预算约670亿元赤字: a sum followed straight by the balance it is (deficit,
  // surplus) names what it measures, whatever verb or plan the words before it hold.
  const balance = fig.currency && !/赤字|盈余|顺差|逆差|财赤/.test(metric) ? ZH_BALANCE_AFTER_SUM.exec(folded.slice(fig.end, fig.end + 6)) : null;
  if (balance) metric = balance[1]!;
  if (!metric && prevSameSentence) metric = prevSameSentence.baseMetric;
  // 预测香港经济2025年继续温和增长，全年实质增长介乎2%至3%: a bare growth rate is the growth of the economy named before it.
  // 香港经济…稳步发展，录得2.5%的温和增长: the change word may follow the rate.
  if (!metric && fig.change !== 'level') {
    const before = folded.slice(w.sentence.start, fig.start);
    metric = (ZH_ECONOMY_SUBJECT.exec(before) ?? (changeAfter ? /(经济)(?!.*经济)[^。；]*$/.exec(before) : null))?.[1] ?? '';
  }
  let qualifierWord = '';
  // 扣除价格因素实际增长6.1%: real (or nominal) growth of the metric just named.
  // 一般公共预算收入累计完成118.6亿元 → 累计一般公共预算收入: a running total, named as one.
  const total = /^(.{2,}?)累计(?:完成|实现|达到)?$/.exec(metric);
  if (total) metric = `累计${total[1]}`;
  if (average) qualifierWord = '年均';
  if (/^(?:名义|实际)$/.test(metric)) {
    qualifierWord = metric;
    metric = prevSameSentence ? prevSameSentence.baseMetric : '';
  }
  if (isZhWeakMetric(metric)) {
    // 即博彩税收: the words after the opener, when they name a measure; 亦低于当局: the measure the sentence names.
    const rest = afterZhOpener(metric);
    const quantity = { unit: fig.unit ?? '', currency: fig.currency, change: fig.change };
    const named = rest && namesZhIndicator(rest) ? rest : zhIndicatorNamedBefore(folded.slice(w.sentence.start, fig.start), quantity);
    const following = !named && fig.classifier ? zhFollowingNoun(folded, fig.unitEnd) : '';
    // 五百站目标持续前进: the words after a count may be a goal's frame, not the thing counted.
    const counted = /^[\u4e00-\u9fff]{2}/.test(following) && !isZhWeakMetric(following) && !/^目标/.test(following) ? following : '';
    metric = named || counted || rest || metric;
  }
  if (fig.change === 'level') metric = zhGrowthAsRate(metric, fig.unit);
  w.baseMetric = metric;
  const named = metric + qualifierWord;
  w.metric = fig.change === 'level' ? named : zhChangeMetric(named, fig.change, fig.unit);
  // 地区生产总值和规模以上工业总产值都突破1万亿元: the value is said of each subject.
  const subjects = ZH_SAID_OF_EACH.test(text) ? splitZhCoordination(named) : null;
  if (subjects) {
    const asMetric = (s: string): string => (fig.change === 'level' ? s : zhChangeMetric(s, fig.change, fig.unit));
    w.baseMetric = subjects[0]!;
    w.metric = asMetric(subjects[0]!);
    w.alsoOf = subjects.slice(1).map(asMetric);
  }
}

const ZH_AVERAGE = /(?:年均|(?:为)?平均每年?(?:实质|实际)?)$/;
/** 较…, 远好于上一季的收缩4.1%: the words name a comparison base, and the metric is the one just counted. */
const ZH_COMPARISON_OPENER = /^\s*(?:较|比|与|同|(?:远|明显|略|稍)?(?:好于|优于|高于|低于|快于|慢于|胜于))/;

/** 都, 均, 双双 before the verb: what comes next is said of each coordinated subject. */
const ZH_SAID_OF_EACH = /(?:都|均|双双|皆)(?:将|已经|已|可|能|会)?$/;

const ZH_CHANGE_VERB_ONLY = /^(?:增加|增长|提高|提升|下降|减少|上升|降低|扩大|缩小|回落|升|降|增|减)(?:了)?(?:到|至)?$/;
