import { coreFailure } from '../../../shared/core-errors';
import { randomUUID } from 'node:crypto';
import {
  AnnotationPatch,
  DEFAULT_ANNOTATION_TYPES,
  NewAnnotation,
  NewAnnotationReply,
  type Annotation,
  type AnnotationTypeDef,
  type ReanchorReport,
} from '../../../shared/domain/annotation';
import type { Story } from '../../../shared/domain/story';
import type { Repositories } from '../db/repositories';
import type { AnnotationRepository } from '../db/repositories/annotations';
import { nowIso } from '../clock';
import { parseInput } from '../drafts/service';
import { anchorAnnotation, selectSpan } from './anchor';
import { needStory } from '../need';

/**
 * What the annotation functions need from the repositories. The full `Repositories`
 * satisfies it once `annotations` is registered there.
 */
export interface AnnotationDeps {
  transaction: Repositories['transaction'];
  stories: { get(id: number): Story | null };
  annotations: AnnotationRepository;
}

function checkType(type: string, types: readonly AnnotationTypeDef[]): void {
  if (!types.some((t) => t.id === type)) {
    throw coreFailure('invalid_input', 'unknown_annotation_type', { type, types: types.map((t) => t.id).join(', ') }, 'type');
  }
}

function checkRange(story: Story, start: number, end: number, path: string): void {
  if (end > story.body.length) {
    throw coreFailure('invalid_input', 'selection_past_end', { end, length: story.body.length }, path);
  }
  if (story.body.slice(start, end).trim() === '') {
    throw coreFailure('invalid_input', 'selection_blank', {}, path);
  }
}

function checkLinks(deps: AnnotationDeps, storyId: number, figureId: number | null, targetId: number | null): void {
  if (figureId !== null) {
    const owner = deps.annotations.figureStory(figureId);
    if (owner === null) throw coreFailure('not_found', 'figure_not_found', { id: figureId }, 'figureId');
    if (owner !== storyId) throw coreFailure('invalid_input', 'figure_in_other_story', { id: figureId, storyId: owner }, 'figureId');
  }
  if (targetId !== null && !deps.annotations.targetExists(targetId)) {
    throw coreFailure('not_found', 'target_not_found', { id: targetId }, 'targetId');
  }
}

function getStory(deps: AnnotationDeps, id: number): Story {
  return needStory(deps.stories, id);
}

export function createAnnotation(
  deps: AnnotationDeps,
  input: NewAnnotation,
  types: readonly AnnotationTypeDef[] = DEFAULT_ANNOTATION_TYPES,
): Annotation {
  const a = parseInput(NewAnnotation, input, 'annotation');
  checkType(a.type, types);
  return deps.transaction(() => {
    const story = getStory(deps, a.storyId);
    checkRange(story, a.start, a.end, 'end');
    checkLinks(deps, a.storyId, a.figureId, a.targetId);
    const span = selectSpan(story.body, a.start, a.end);
    const now = nowIso();
    const id = deps.annotations.insert({
      uuid: randomUUID(),
      storyId: a.storyId,
      type: a.type,
      comment: a.comment,
      tags: dedupeTags(a.tags),
      figureId: a.figureId,
      targetId: a.targetId,
      quote: span.quote,
      position: { type: 'TextPositionSelector', start: span.start, end: span.end },
      orphaned: false,
      createdAt: now,
      updatedAt: now,
    });
    return deps.annotations.get(id)!;
  });
}

export function updateAnnotation(
  deps: AnnotationDeps,
  id: number,
  patch: AnnotationPatch,
  types: readonly AnnotationTypeDef[] = DEFAULT_ANNOTATION_TYPES,
): Annotation {
  const p = parseInput(AnnotationPatch, patch, 'annotation change');
  if (p.type !== undefined) checkType(p.type, types);
  return deps.transaction(() => {
    const current = deps.annotations.get(id);
    if (!current) throw coreFailure('not_found', 'annotation_not_found', { id });
    const next: Annotation = {
      ...current,
      ...(p.type !== undefined ? { type: p.type } : {}),
      ...(p.comment !== undefined ? { comment: p.comment } : {}),
      ...(p.tags !== undefined ? { tags: dedupeTags(p.tags) } : {}),
      ...(p.figureId !== undefined ? { figureId: p.figureId } : {}),
      ...(p.targetId !== undefined ? { targetId: p.targetId } : {}),
      updatedAt: nowIso(),
    };
    if (p.figureId !== undefined || p.targetId !== undefined) checkLinks(deps, current.storyId, next.figureId, next.targetId);
    if (p.range) {
      const story = getStory(deps, current.storyId);
      checkRange(story, p.range.start, p.range.end, 'range');
      const span = selectSpan(story.body, p.range.start, p.range.end);
      next.quote = span.quote;
      next.position = { type: 'TextPositionSelector', start: span.start, end: span.end };
      next.orphaned = false;
    }
    deps.annotations.update(next);
    return deps.annotations.get(id)!;
  });
}

export function deleteAnnotation(deps: AnnotationDeps, id: number): boolean {
  return deps.annotations.delete(id);
}

/** Adds the editor's reply under an annotation; returns the annotation with its thread. */
export function replyToAnnotation(deps: AnnotationDeps, input: NewAnnotationReply): Annotation {
  const r = parseInput(NewAnnotationReply, input, 'reply');
  return deps.transaction(() => {
    if (!deps.annotations.get(r.annotationId)) throw coreFailure('not_found', 'annotation_not_found', { id: r.annotationId }, 'annotationId');
    deps.annotations.insertReply({ uuid: randomUUID(), annotationId: r.annotationId, text: r.text, createdAt: nowIso() });
    return deps.annotations.get(r.annotationId)!;
  });
}

/** Removes one reply; returns the annotation it was under, or null when there was no such reply. */
export function deleteAnnotationReply(deps: AnnotationDeps, id: number): Annotation | null {
  return deps.transaction(() => {
    const reply = deps.annotations.reply(id);
    if (!reply) return null;
    deps.annotations.deleteReply(id);
    return deps.annotations.get(reply.annotationId);
  });
}

/** A story's annotations, anchored spans first in reading order, orphaned ones last. */
export function listAnnotations(deps: AnnotationDeps, storyId: number): Annotation[] {
  return deps.annotations.byStory(storyId);
}

/**
 * Re-finds every annotation of a story after its body changed (an edit, a re-import) and
 * stores the new offsets and orphaned flags. The quote selector keeps the text as it was
 * annotated, so an annotation can still be re-found if the wording comes back.
 */
export function reanchorStory(deps: AnnotationDeps, storyId: number): ReanchorReport {
  return deps.transaction(() => {
    const story = getStory(deps, storyId);
    const report: ReanchorReport = { storyId, total: 0, moved: 0, fuzzy: 0, orphaned: 0, restored: 0 };
    for (const a of deps.annotations.byStory(storyId)) {
      report.total++;
      const r = anchorAnnotation(story.body, { quote: a.quote, position: a.position });
      if (r.method === 'fuzzy') report.fuzzy++;
      if (r.orphaned) report.orphaned++;
      if (!r.orphaned && a.orphaned) report.restored++;
      const moved = !r.orphaned && (r.start !== a.position.start || r.end !== a.position.end);
      if (moved) report.moved++;
      if (moved || r.orphaned !== a.orphaned) {
        deps.annotations.setAnchor(a.id, {
          start: r.orphaned ? a.position.start : r.start,
          end: r.orphaned ? a.position.end : r.end,
          prefix: a.quote.prefix,
          suffix: a.quote.suffix,
          orphaned: r.orphaned,
        });
      }
    }
    return report;
  });
}

function dedupeTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags.map((x) => x.trim())) {
    const key = t.normalize('NFKC').toLowerCase();
    if (t === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
