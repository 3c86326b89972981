/**
 * The line under a verdict that says what was compared with what: the indicator, the
 * target's and the figure's entity and period, and the rule that decided, in both
 * languages. An editor should never have to guess why two numbers met.
 */
import type { Period } from '../../../shared/domain/figure';
import type { Explanation, Target } from '../../../shared/domain/target';
import { indicatorOfKey } from '../metrics/key';

interface Side {
  entity: string | null;
  period: Period | null;
}

const RULES: Record<string, { zh: string; en: string }> = {
  approx: { zh: '约数目标：指标有利一侧或差距不超过目标值的容差', en: 'approximate target: the good side, or short by no more than the tolerance' },
  floor: { zh: '下限目标：达到或超过即完成', en: 'floor: met at or above' },
  ceiling: { zh: '上限目标：不超过即完成', en: 'ceiling: met at or below' },
  band: { zh: '区间目标：落在区间内即完成', en: 'band: met inside the range' },
  final: { zh: '期末数据', en: 'final reading' },
  preliminary: { zh: '期末后的初步数据', en: 'preliminary estimate after the period' },
  projection: { zh: '期限前的预测', en: 'projection before the deadline' },
  partial: { zh: '期限前的阶段数据', en: 'part-period reading before the deadline' },
  part_of_whole: { zh: '部分与整体不可比', en: 'a part is not the whole' },
  whole_of_part: { zh: '整体与部分不可比', en: 'the whole is not a part' },
  average_of_years: { zh: '多年平均与单年目标不可比', en: 'an average over years is not one year' },
  different_period: { zh: '时期不同，不比较', en: 'another period, not compared' },
  rounding_consistent: { zh: '按所述精度比较：区间重叠即一致', en: 'compared at the stated precision: overlapping ranges agree' },
  rounding_conflict: { zh: '按所述精度比较：区间不重叠即矛盾', en: 'compared at the stated precision: ranges that do not overlap conflict' },
  restated: { zh: '同一目标再次表述', en: 'the same goal stated again' },
  revised: { zh: '目标数字改变即为修改', en: 'a changed goal is a revision' },
  forecast_revised: { zh: '预测数字改变即为修改', en: 'a changed forecast is a revision' },
};

function ruleOf(explanation: Explanation, target: Pick<Target, 'comparator' | 'direction'>): Array<keyof typeof RULES> {
  const code = explanation.code;
  if (RULES[code]) return [code];
  const sense = target.comparator === 'approx' ? 'approx' : target.direction;
  const timing = code.startsWith('preliminary_') ? 'preliminary' : code.startsWith('projection_') ? 'projection' : code.startsWith('partial_') || code.endsWith('_pace') || code === 'already_reached' || code === 'level_below_before_deadline' ? 'partial' : 'final';
  return [sense, timing];
}

function periodText(p: Period | null, lang: 'zh' | 'en'): string {
  if (!p) return lang === 'zh' ? '时期未注明' : 'period not stated';
  const span = p.from.slice(0, 4) === p.to.slice(0, 4) && p.from.endsWith('-01-01') && p.to.endsWith('-12-31') ? p.from.slice(0, 4) : `${p.from}–${p.to}`;
  // The wording that set the period (今年, “十四五”, by the end of the Parliament), unless it only repeats the year.
  const label = p.label.trim();
  if (!label || label.replace(/年$/, '') === span || span.includes(label)) return span;
  return lang === 'zh' ? `${span}（${label}）` : `${span} (${label})`;
}

function entityText(e: string | null, lang: 'zh' | 'en'): string {
  return e ?? (lang === 'zh' ? '主体未注明' : 'entity not stated');
}

/** The basis of a verdict against a target, for its explanation. */
export function verdictBasis(
  key: string,
  metric: string,
  figure: Side,
  other: Side & Pick<Target, 'comparator' | 'direction'>,
  explanation: Explanation,
  against: 'target' | 'earlier' = 'target',
): { zh: string; en: string } {
  const indicator = indicatorOfKey(key);
  const rules = ruleOf(explanation, other).map((r) => RULES[r]!);
  const otherZh = against === 'target' ? '目标' : '此前报道';
  const otherEn = against === 'target' ? 'target' : 'earlier report';
  return {
    zh: `指标：${indicator?.zh[0] ?? metric}；${otherZh}：${entityText(other.entity, 'zh')}，${periodText(other.period, 'zh')}；数字：${entityText(figure.entity, 'zh')}，${periodText(figure.period, 'zh')}；规则：${rules.map((r) => r.zh).join('，')}`,
    en: `Indicator: ${indicator?.en[0] ?? metric}; ${otherEn}: ${entityText(other.entity, 'en')}, ${periodText(other.period, 'en')}; figure: ${entityText(figure.entity, 'en')}, ${periodText(figure.period, 'en')}; rule: ${rules.map((r) => r.en).join(', ')}`,
  };
}
