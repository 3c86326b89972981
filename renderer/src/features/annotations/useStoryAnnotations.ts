import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../../../shared/domain/annotation';
import { api, type ApiError } from '../../api';
import { useApiQuery } from '../../useApiQuery';

export interface StoryAnnotations {
  annotations: Annotation[] | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
  /** annotations:create; added to the list. Throws on failure. */
  create: (input: Omit<NewAnnotation, 'storyId'>) => Promise<Annotation>;
  update: (id: number, patch: AnnotationPatch) => Promise<Annotation>;
  remove: (id: number) => Promise<void>;
  /** annotations:reply; the annotation comes back with its whole thread. */
  reply: (annotationId: number, text: string) => Promise<Annotation>;
  removeReply: (replyId: number) => Promise<void>;
}

/** A story's annotations, kept up to date with the editor's changes. */
export function useStoryAnnotations(storyId: number): StoryAnnotations {
  const query = useApiQuery('annotations:list', { storyId });
  const [annotations, setAnnotations] = useState<Annotation[] | undefined>(undefined);
  // Each answer is taken while rendering, not in an effect, which rendered and committed the whole reader a second time.
  const [taken, setTaken] = useState<Annotation[] | undefined>(undefined);
  if (query.data && query.data !== taken) {
    setTaken(query.data);
    setAnnotations(query.data);
  }
  useEffect(() => setAnnotations(undefined), [storyId]);
  // The copy the editor is changing: a change is sent with its revision, so one made after
  // another editor's is refused (annotation_changed_elsewhere) instead of overwriting it.
  const shown = useRef(annotations);
  shown.current = annotations;

  const create = useCallback(
    async (input: Omit<NewAnnotation, 'storyId'>) => {
      const saved = await api.call('annotations:create', { ...input, storyId });
      setAnnotations((now) => [...(now ?? []).filter((a) => a.id !== saved.id), saved]);
      return saved;
    },
    [storyId],
  );

  const update = useCallback(async (id: number, patch: AnnotationPatch) => {
    const baseRevision = patch.baseRevision ?? shown.current?.find((a) => a.id === id)?.revision;
    const saved = await api.call('annotations:update', { id, patch: baseRevision !== undefined ? { ...patch, baseRevision } : patch });
    setAnnotations((now) => now?.map((a) => (a.id === id ? saved : a)));
    return saved;
  }, []);

  const remove = useCallback(async (id: number) => {
    await api.call('annotations:delete', { id });
    setAnnotations((now) => now?.filter((a) => a.id !== id));
  }, []);

  const reply = useCallback(async (annotationId: number, text: string) => {
    const saved = await api.call('annotations:reply', { annotationId, text });
    setAnnotations((now) => now?.map((a) => (a.id === annotationId ? saved : a)));
    return saved;
  }, []);

  const removeReply = useCallback(async (replyId: number) => {
    const saved = await api.call('annotations:deleteReply', { id: replyId });
    if (saved) setAnnotations((now) => now?.map((a) => (a.id === saved.id ? saved : a)));
  }, []);

  return {
    annotations,
    error: annotations ? null : query.error,
    loading: query.loading && !annotations,
    reload: query.reload,
    create,
    update,
    remove,
    reply,
    removeReply,
  };
}
