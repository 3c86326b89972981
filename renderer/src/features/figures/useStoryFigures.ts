import { useCallback, useState } from 'react';
import type { FigurePatch } from '../../../../shared/contract';
import type { Figure } from '../../../../shared/domain/figure';
import { api, type ApiError } from '../../api';
import { useApiQuery } from '../../useApiQuery';

export interface StoryFigures {
  figures: Figure[] | undefined;
  error: ApiError | null;
  loading: boolean;
  /** figures:update; the answer replaces the figure in the list. Throws on failure. */
  update: (id: number, patch: FigurePatch) => Promise<Figure>;
  /** figures:reextract; the answer replaces the list. Throws on failure. */
  reextract: () => Promise<Figure[]>;
}

/** A story's figures, kept up to date with the editor's changes. */
export function useStoryFigures(storyId: number): StoryFigures {
  const query = useApiQuery('figures:list', { storyId });
  const [figures, setFigures] = useState<Figure[] | undefined>(undefined);
  // Each answer is taken while rendering, not in an effect, which rendered and committed the whole reader a second time.
  const [taken, setTaken] = useState<Figure[] | undefined>(undefined);
  if (query.data && query.data !== taken) {
    setTaken(query.data);
    setFigures(query.data);
  }

  const update = useCallback(async (id: number, patch: FigurePatch) => {
    const saved = await api.call('figures:update', { id, patch });
    setFigures((now) => now?.map((f) => (f.id === id ? saved : f)));
    return saved;
  }, []);

  const reextract = useCallback(async () => {
    const list = await api.call('figures:reextract', { storyId });
    setFigures(list);
    return list;
  }, [storyId]);

  return { figures, error: figures ? null : query.error, loading: query.loading && !figures, update, reextract };
}
