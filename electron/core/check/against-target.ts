/** What one figure says of one registered target: a verdict, a reason it is not compared, or nothing. */
import type { EvidenceLink, Explanation, Target } from '../../../shared/domain/target';
import type { CheckVerdict, Verdict } from '../../../shared/domain/check';
import type { Repositories } from '../db/repositories';
import type { SourcedFigure } from '../db/repositories/check-figures';
import type { MatchRejection } from '../db/repositories/metric-aliases';
import { countedAsTarget } from '../targets/counted';
import { comparableUnits, quantityKey } from '../metrics/match-key';
import { placeRelation } from '../metrics/places';
import { metricIndex } from './metric-index';
import { verdictBasis } from './basis';
import { asPercentChange, baselineNote, isRelativeTarget, isRelativeTo, resolveRelative } from './relative';
import { outlookAround, type ReadOutlook } from './outlook';
import { readingTiming } from './timing';
import { isGrowthOf, ownerScore, round, type KeyMatch } from './candidate-score';
import { averageOfYearsExplanation, differentIndicatorExplanation, differentPeriodExplanation, distinctIndicators, partWholeExplanation, spansMoreYears } from './comparability';
import { restatement, sameStatedTerms } from './consistency';
import { verdictAgainstTarget } from './target-verdict';

function outlookExplanation(said: ReadOutlook, base: Explanation): Pick<Explanation, 'code' | 'zh' | 'en'> {
  const on = said.outlook === 'on_track';
  return {
    code: on ? 'reported_on_track' : 'reported_off_track',
    zh: `${base.zh}；报道对前景的判断是“${said.words}”，因此${on ? '进度正常' : '进度落后'}`,
    en: `${base.en}; the story says "${said.words}", so ${on ? 'on track' : 'off track'}`,
  };
}

/** Says why a reading of another period was compared at all. */
function timingNote(timing: 'before_deadline' | 'as_of_story', base: Explanation): Pick<Explanation, 'zh' | 'en'> {
  return timing === 'before_deadline'
    ? { zh: `${base.zh}（期限前的阶段读数）`, en: `${base.en} (a reading before the deadline)` }
    : { zh: `${base.zh}（未注明时期的累计数，按报道日期计）`, en: `${base.en} (a running count with no period of its own, taken as of the story date)` };
}

export interface TargetContext {
  repos: Repositories;
  storyId: number;
  storyToday: string;
  threshold: number;
  attach: boolean;
  body: () => string;
  /** Targets the editor rejected for this figure, with when and by whom. */
  rejectedTargets: Map<number, MatchRejection>;
  /** Evidence links of this figure, by target: settled matches say who settled them and when. */
  links: Map<number, EvidenceLink>;
  /** Rejected matches, listed after the others. */
  rejectedVerdicts: CheckVerdict[];
  attachments: Array<{ targetId: number; figureId: number; verdict: Verdict; score: number }>;
}

/** What one figure says of one registered target, or null when the two cannot be held together at all. */
export function againstTarget(ctx: TargetContext, figure: SourcedFigure, target: Target, km: KeyMatch): CheckVerdict | null {
  const { repos } = ctx;
  if (target.sourceFigureId === figure.id) return null;
  if (figure.kind === 'target' && target.sourceStoryId === ctx.storyId) return null;
  // A relative target (halve) takes its unit from the baseline it is resolved against.
  if (!isRelativeTo(target, figure) && !comparableUnits(asPercentChange(target, figure), countedAsTarget(target, [figure], km.key)[0]!)) return null;
  const places = placeRelation(figure.entity, target.entity);
  if (places === 'different') return null;
  const es = places === 'same' ? 1 : places === 'unknown' ? ownerScore(figure.entity, target.entity) : 1;
  if (!es) return null;
  const { timing, score: ps } = readingTiming(figure, target);
  const source = { storyId: target.sourceStoryId, headline: target.sourceHeadline, date: target.sourceDate, quote: target.quote };
  const explained = (e: Explanation): Explanation => ({ ...e, basis: verdictBasis(km.key, target.metric, figure, target, e) });
  // Candidates the check will not hold against the target are listed with the reason, never dropped.
  // A neighbouring indicator of the lexicon, found by a near key, is another definition: listed with the
  // reason, never judged. A target found by the words of the figure's sentence was not found by its key at all.
  const otherIndicator = km.near && !km.byWording && !isGrowthOf(quantityKey(figure), km.key) ? distinctIndicators(quantityKey(figure), km.key) : null;
  const notComparable = otherIndicator
    ? differentIndicatorExplanation(otherIndicator)
    : !ps
    ? differentPeriodExplanation(figure, target)
    : spansMoreYears(figure, target)
      ? averageOfYearsExplanation(figure, target) // 「十四五」年均增长5.5% is five years' average, not one year's growth
      : places === 'part' || places === 'whole'
        ? partWholeExplanation(places, figure.entity!, target.entity!) // a city's figure is not its country's
        : null;
  const score = round(km.score * es * (ps || 0.5));
  const rejection = ctx.rejectedTargets.get(target.id);
  const link = ctx.links.get(target.id);
  const settled = link ? { decision: link.confirmedBy === 'editor' ? ('confirmed' as const) : ('attached' as const), author: link.author, at: link.createdAt } : null;
  if (notComparable) {
    if (figure.kind === 'target') return null;
    // Another indicator is offered for the editor to confirm as the same; another period, place or span is settled by the text.
    const v: CheckVerdict = { against: 'target', id: target.id, verdict: 'not_comparable', explanation: explained(notComparable), score, suggestion: !!otherIndicator && !link, source, relatedFigureIds: [], attached: false, settled: null };
    if (rejection !== undefined) {
      ctx.rejectedVerdicts.push({ ...v, suggestion: false, settled: { decision: 'rejected', author: rejection.author, at: rejection.at } });
      return null;
    }
    // The editor may still have confirmed it: it stays confirmed, and says who did.
    return { ...v, attached: link !== undefined, settled };
  }
  let verdict: Verdict;
  let explanation: Explanation;
  if (figure.kind === 'target') {
    const same = sameStatedTerms(figure, target);
    verdict = same ? 'consistent' : 'revised';
    explanation = restatement(figure, target, same);
  } else {
    const relative = isRelativeTo(target, figure) ? resolveRelative(repos, [...metricIndex(repos).rawKeys(km.key), target.metricKey, figure.metricKey], target, figure) : null;
    // A level against a goal of growth says nothing without the level before it: no verdict, rather than a request
    // for a baseline beside the growth rate its own sentence usually prints (达到8374.2亿元、增长0.7%).
    if (relative && 'needsBaseline' in relative && !isRelativeTarget(target)) return null;
    if (relative && 'needsBaseline' in relative) {
      verdict = 'too_early';
      explanation = explained(relative.needsBaseline);
    } else {
      const read = verdictAgainstTarget(relative ? relative.terms : asPercentChange(target, figure), figure, ctx.storyToday);
      verdict = read.verdict;
      explanation = explained(read.assessment.explanation);
      // Short of the goal before its deadline: what the story says of the goal's prospects decides the direction.
      if (verdict === 'too_early' && figure.kind === 'actual') {
        const said = outlookAround(ctx.body(), figure.start, figure.end);
        if (said) {
          verdict = said.outlook;
          explanation = { ...explanation, ...outlookExplanation(said, explanation) };
        }
      }
      if (timing === 'before_deadline' || timing === 'as_of_story') explanation = { ...explanation, ...timingNote(timing, explanation) };
      if (relative) {
        const note = baselineNote(target, relative.baseline, relative.terms.value);
        explanation = { ...explanation, zh: explanation.zh + note.zh, en: explanation.en + note.en };
      }
    }
  }
  if (rejection !== undefined) {
    ctx.rejectedVerdicts.push({ against: 'target', id: target.id, verdict, explanation, score, suggestion: false, source, relatedFigureIds: [], attached: false, settled: { decision: 'rejected', author: rejection.author, at: rejection.at } });
    return null;
  }
  const suggestion = score < ctx.threshold;
  const linked = link !== undefined;
  if (ctx.attach && !suggestion && !linked && figure.kind !== 'target') ctx.attachments.push({ targetId: target.id, figureId: figure.id, verdict, score });
  return { against: 'target', id: target.id, verdict, explanation, score, suggestion: suggestion && !linked, source, relatedFigureIds: [], attached: linked, settled };
}
