import { coreFailure } from '../../../shared/core-errors';
import type { Draft, DraftLanguage, ScaffoldItem, ScaffoldOptions } from '../../../shared/domain/draft';
import type { Repositories } from '../db/repositories';
import { readSettings } from '../settings';
import { sentenceAround } from '../text/sentence';
import { scaffoldFollowUp } from './scaffold';
import { createDraft } from './service';

/** The sentence a stored figure stands in, from its story's text and the figure's offsets. */
async function sentenceOf(repos: Repositories, storyId: number, figureId: number | null, bodies: Map<number, string>): Promise<string | undefined> {
  if (figureId === null) return undefined;
  const figure = repos.figures.get(figureId);
  if (!figure) return undefined;
  if (!bodies.has(storyId)) bodies.set(storyId, (await repos.stores.stories.get(storyId))?.body ?? '');
  return sentenceAround(bodies.get(storyId)!, figure.start, figure.end) || undefined;
}

/** The register's targets and their evidence, as the plain data the follow-up scaffold takes. */
export async function scaffoldItemsFor(repos: Repositories, targetIds: number[]): Promise<ScaffoldItem[]> {
  const { stories } = repos.stores;
  const bodies = new Map<number, string>();
  const items: ScaffoldItem[] = [];
  for (const id of targetIds) {
    const target = repos.targets.get(id);
    if (!target) throw coreFailure('not_found', 'target_not_found', { id }, 'targetIds');
    const source = target.sourceStoryId !== null ? await stories.get(target.sourceStoryId) : null;
    const evidence: ScaffoldItem['evidence'] = [];
    for (const e of repos.targets.evidence(id).slice().sort((a, b) => (b.storyDate ?? '').localeCompare(a.storyDate ?? ''))) {
      const story = await stories.summary(e.storyId);
      evidence.push({
        storyId: e.storyId,
        figureId: e.figureId,
        headline: e.headline,
        date: e.storyDate,
        publication: story?.publication ?? null,
        value: e.value,
        unit: e.unit,
        quote: e.quote,
        sentence: await sentenceOf(repos, e.storyId, e.figureId, bodies),
        period: e.period,
      });
    }
    items.push({
      target: {
        id: target.id,
        metric: target.metric,
        entity: target.entity,
        value: target.value,
        valueMax: target.valueMax,
        unit: target.unit,
        comparator: target.comparator,
        status: target.status,
        explanation: target.explanation ? { zh: target.explanation.zh, en: target.explanation.en } : null,
        deadline: target.deadline,
        sourceStory: source
          ? { id: source.id, headline: source.headline, date: source.date, publication: source.publication }
          : target.sourceStoryId !== null
            ? { id: target.sourceStoryId, headline: target.sourceHeadline ?? '', date: target.sourceDate, publication: null }
            : null,
        sourceFigureId: target.sourceFigureId,
        quote: target.quote,
        sentence: target.sourceStoryId !== null ? await sentenceOf(repos, target.sourceStoryId, target.sourceFigureId, bodies) : undefined,
      },
      evidence,
    });
  }
  return items;
}

/** A follow-up draft from tracked targets, created as a new draft; the desk's own papers are named as such. */
export async function scaffoldDraft(repos: Repositories, targetIds: number[], language: DraftLanguage, options: ScaffoldOptions): Promise<Draft> {
  const { ownPublications } = await readSettings(repos);
  const { title, doc } = scaffoldFollowUp(await scaffoldItemsFor(repos, targetIds), language, { ...options, ownPublications });
  return createDraft(repos, { title, language, doc });
}
