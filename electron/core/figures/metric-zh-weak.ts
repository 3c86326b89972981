/**
 * When the words before a Chinese figure name no measure, the sentence often does.
 *
 * 「…亦低于当局预计的1,300亿元」 leaves an adverb and a comparison; 「朝下一阶段五百站目标迈进」 a preposition;
 * 「各部门确定约600个黑点」 a clause that ends in its verb. None is what was counted, and a later report of
 * the same quantity can never be connected to them. The indicator the sentence names before the
 * figure, when its unit class fits, is the better reading; failing that, the noun the count counts.
 *
 * Only weak metrics are replaced (the rows below, each named): a metric that names a thing the lexicon
 * does not know (公宅, 简约公屋单位) is kept.
 */
import { indicatorFor } from '../metrics/key';
import { findIndicator } from '../metrics/lexicon/lookup';

/** Metrics that name no measure, as named rows. */
export const ZH_WEAK_METRICS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  // 朝下一阶段, 及6200辆自行车, 亦低于当局: a preposition, a conjunction or an adverb opens no noun phrase.
  // Not 更新 (renewal), 就业 (jobs), 并网 (grid connection), 往年 or 朝阳: words that open with the same character.
  { name: 'opens with a preposition, conjunction or adverb', pattern: /^(?:朝(?!阳)|向着|及|以及|并且|而且?|但是?|则|亦|也|又|更(?:是|以|为|加)|即(?!将|使|便|时)|才|且)/ },
  // 各部门确定, 单位落成是个挑战, 目标迈进: the clause ends in what someone did or said, not in a thing.
  { name: 'ends with a verb of deciding, saying or moving', pattern: /(?:确定|表示|指出|认为|宣示|宣布|称|说|透露|是个?挑战|迈进|前进|努力)$/ },
  // 低于当局, 未达累计预算分配数, 放缓至: a comparison or a change opens no noun phrase either.
  { name: 'opens with a comparison or a change', pattern: /^(?:低于|高于|多于|少于|未达|未及|放缓|略|超征|只是|较|比|可)/ },
  // 当中, 其中: a word that points into a list names nothing itself.
  { name: 'a word pointing into a list', pattern: /^(?:当中|其中|之中|其余)$/ },
];

export function isZhWeakMetric(metric: string): boolean {
  return ZH_WEAK_METRICS.some((row) => row.pattern.test(metric));
}

/** 即博彩税收, 且GDP规模: the words after an opening adverb or conjunction; '' when it opens none. */
export function afterZhOpener(metric: string): string {
  const rest = metric.replace(ZH_WEAK_METRICS[0]!.pattern, '');
  return rest !== metric && /^[\u4e00-\u9fffA-Za-z]{2}/.test(rest) && !isZhWeakMetric(rest) ? rest : '';
}

/** Whether the lexicon knows a measure these words name (博彩税收 holds 税收). */
export function namesZhIndicator(words: string): boolean {
  return !!findIndicator(words, 'zh');
}

/** The indicator the words before the figure in its sentence name last, when it can take the figure's quantity; null when none does. */
export function zhIndicatorNamedBefore(text: string, quantity: { unit: string; currency: string | null; change: string }): string | null {
  // Nearest first: the shortest tail of the sentence that names an indicator.
  for (let from = Math.max(0, text.length - 12); from >= 0; from -= 6) {
    const hit = findIndicator(text.slice(from), 'zh');
    if (hit && indicatorFor(hit.matched, quantity)) return hit.matched;
  }
  return null;
}
