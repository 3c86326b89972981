/**
 * Hand-built stories and figures for the register and check tests: nothing here runs
 * the extractor, so these tests hold whatever state the extractor is in.
 */
import type { ExtractedFigure, Figure } from '../../../shared/domain/figure';
import type { Repositories } from '../../../electron/core/db/repositories';
import { textKey } from '../../../electron/core/metrics/key';

let offset = 0;
let hashes = 0;

export type FigureSpec = Partial<ExtractedFigure> & Pick<ExtractedFigure, 'quote' | 'value' | 'metric'> & { year?: number };

export function year(y: number, label = `${y}年`) {
  return { from: `${y}-01-01`, to: `${y}-12-31`, label };
}

export function figureOf(spec: FigureSpec): ExtractedFigure {
  const start = (offset += 10);
  const { year: y, ...rest } = spec;
  return {
    start,
    end: start + spec.quote.length,
    valueMax: null,
    unit: '家',
    currency: null,
    qualifier: 'eq',
    kind: 'actual',
    change: 'level',
    metricKey: textKey(spec.metric),
    entity: '重庆市',
    period: y !== undefined ? year(y) : null,
    confidence: 0.9,
    rule: 'hand',
    cues: [],
    ...rest,
  };
}

/** Stores a story and its figures; returns the story id and the stored figures in order. */
export function addStory(
  repos: Repositories,
  story: { date: string | null; headline: string; language?: 'zh' | 'en' },
  specs: FigureSpec[],
): { storyId: number; figures: Figure[] } {
  const now = new Date().toISOString();
  const { id } = repos.stories.insert(
    {
      publicationId: null,
      date: story.date,
      headline: story.headline,
      subhead: null,
      kicker: null,
      byline: null,
      dateline: null,
      body: specs.map((s) => s.quote).join('，'),
      truncated: false,
      genre: 'news',
      language: story.language ?? 'zh',
      sourcePath: null,
      importBatchId: null,
      contentHash: `test-${++hashes}-${story.headline}`,
    },
    now,
  );
  // Editor-sourced so a later replaceAuto for the same story keeps them.
  repos.figures.replaceAuto(id, specs.map((s) => ({ ...figureOf(s), source: 'editor' }) as ExtractedFigure), now);
  return { storyId: id, figures: repos.figures.byStory(id) };
}
