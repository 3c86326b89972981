/** Why a candidate target is listed but not compared: another period, an average of years, a part against its whole. */
import type { Explanation, Target } from '../../../shared/domain/target';
import type { SourcedFigure } from '../db/repositories/check-figures';
import type { Indicator } from '../metrics/lexicon/types';
import { indicatorOfKey } from '../metrics/key';

const yearSpan = (p: { from: string; to: string }): number => Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1;

const AVERAGE_WORDS = /年均|平均|average|on average|a year over/i;

/**
 * An average over several years (「十四五」以来年均增长5.5%) against a target for one year of them.
 * Only where the wording says average: a figure merely carrying a plan period from its paragraph is one year's.
 */
export function spansMoreYears(figure: SourcedFigure, target: { period: { from: string; to: string } | null }): boolean {
  if (!figure.period || !target.period || yearSpan(figure.period) <= 1 || yearSpan(target.period) !== 1) return false;
  return AVERAGE_WORDS.test([figure.metric, figure.quote, ...figure.cues].join(' '));
}

export function differentPeriodExplanation(figure: SourcedFigure, target: Target): Explanation {
  const f = figure.period!;
  const t = target.period!;
  return {
    code: 'different_period',
    zh: `未比较：该数字是${f.label}（${f.from}至${f.to}）的，目标是${t.label}（${t.from}至${t.to}）的`,
    en: `Not compared: the figure is for ${f.label} (${f.from} to ${f.to}), the target for ${t.label} (${t.from} to ${t.to})`,
  };
}

export function averageOfYearsExplanation(figure: SourcedFigure, target: Target): Explanation {
  const f = figure.period!;
  const t = target.period!;
  return {
    code: 'average_of_years',
    zh: `未比较：该数字是${f.from.slice(0, 4)}—${f.to.slice(0, 4)}年的（${f.label}），而目标只针对${t.to.slice(0, 4)}年`,
    en: `Not compared: the figure covers ${f.from.slice(0, 4)}–${f.to.slice(0, 4)} (${f.label}), the target ${t.to.slice(0, 4)} alone`,
  };
}

export function partWholeExplanation(relation: 'part' | 'whole', figureEntity: string, targetEntity: string): Explanation {
  return relation === 'part'
    ? {
        code: 'part_of_whole',
        zh: `未比较：该数字是关于${figureEntity}的，而目标是${targetEntity}的；部分的数字不能说明整体的目标`,
        en: `Not compared: the figure is about ${figureEntity}, the target about ${targetEntity}, of which it is a part`,
      }
    : {
        code: 'whole_of_part',
        zh: `未比较：该数字是关于${figureEntity}整体的，而目标只是其中${targetEntity}的`,
        en: `Not compared: the figure is about ${figureEntity} as a whole, the target about ${targetEntity} within it`,
      };
}

/**
 * Two indicators of the lexicon, when a figure of one is offered against a target of the other
 * (core inflation against headline inflation, 规模以上工业增加值 against all industry): they
 * are different definitions, however alike their names, so the candidate is listed, not judged.
 */
export function distinctIndicators(figureKey: string, targetKey: string): [Indicator, Indicator] | null {
  if (figureKey === targetKey) return null;
  const a = indicatorOfKey(figureKey);
  const b = indicatorOfKey(targetKey);
  return a && b && a.id !== b.id ? [a, b] : null;
}

export function differentIndicatorExplanation([figure, target]: [Indicator, Indicator]): Explanation {
  return {
    code: 'different_indicator',
    zh: `未比较：该数字是“${figure.zh[0]}”，目标是“${target.zh[0]}”，两者口径不同；若确为同一指标，请确认匹配`,
    en: `Not compared: the figure is ${figure.en[0]}, the target ${target.en[0]}, which are defined differently; confirm the match if they are the same`,
  };
}
