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
import type { AnnotationAnchor, AnnotationStore, StoresOf } from '../db/repositories/types';
import { nowIso } from '../clock';
import { parseInput } from '../drafts/service';
import { anchorAnnotation, selectSpan } from './anchor';
import { need } from '../need';

/** Annotations are written against the storage interfaces: any engine's `Stores` will do. */
export interface AnnotationDeps {
  stores: StoresOf<'annotations'>;
}

function checkType(type: string, types: readonly AnnotationTypeDef[]): void {
  if (!types.some((t) => t.id === type)) {
    throw coreFailure('invalid_input', 'unknown_annotation_type', { type, types: types.map((t) => t.id).join(', ') }, 'type');
  }
}

function checkRange(body: string, start: number, end: number, path: string): void {
  if (end > body.length) {
    throw coreFailure('invalid_input', 'selection_past_end', { end, length: body.length }, path);
  }
  if (body.slice(start, end).trim() === '') {
    throw coreFailure('invalid_input', 'selection_blank', {}, path);
  }
}

async function checkLinks(annotations: AnnotationStore, storyId: number, figureId: number | null, targetId: number | null): Promise<void> {
  if (figureId !== null) {
    const owner = await annotations.figureStory(figureId);
    if (owner === null) throw coreFailure('not_found', 'figure_not_found', { id: figureId }, 'figureId');
    if (owner !== storyId) throw coreFailure('invalid_input', 'figure_in_other_story', { id: figureId, storyId: owner }, 'figureId');
  }
  if (targetId !== null && !(await annotations.targetExists(targetId))) {
    throw coreFailure('not_found', 'target_not_found', { id: targetId }, 'targetId');
  }
}

/** The body of the story `storyId`, the text its annotations anchor in. */
async function storyBody(annotations: AnnotationStore, storyId: number): Promise<string> {
  return need(await annotations.storyBody(storyId), 'story_not_found', storyId, 'storyId');
}

export async function createAnnotation(
  deps: AnnotationDeps,
  input: NewAnnotation,
  types: readonly AnnotationTypeDef[] = DEFAULT_ANNOTATION_TYPES,
): Promise<Annotation> {
  const a = parseInput(NewAnnotation, input, 'annotation');
  checkType(a.type, types);
  return deps.stores.transaction(async (tx) => {
    const body = await storyBody(tx.annotations, a.storyId);
    checkRange(body, a.start, a.end, 'end');
    await checkLinks(tx.annotations, a.storyId, a.figureId, a.targetId);
    const span = selectSpan(body, a.start, a.end);
    const now = nowIso();
    const id = await tx.annotations.insert({
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
    return (await tx.annotations.get(id))!;
  });
}

export async function updateAnnotation(
  deps: AnnotationDeps,
  id: number,
  patch: AnnotationPatch,
  types: readonly AnnotationTypeDef[] = DEFAULT_ANNOTATION_TYPES,
): Promise<Annotation> {
  const p = parseInput(AnnotationPatch, patch, 'annotation change');
  if (p.type !== undefined) checkType(p.type, types);
  return deps.stores.transaction(async (tx) => {
    const current = await tx.annotations.get(id);
    if (!current) throw coreFailure('not_found', 'annotation_not_found', { id });
    if (p.baseRevision !== undefined && p.baseRevision !== current.revision) {
      // Who changed it since, when, and their note: the editor compares it with theirs and keeps one.
      const params = {
        id,
        by: current.updatedBy || current.author,
        at: current.updatedAt,
        revision: current.revision,
        base: p.baseRevision,
        comment: current.comment,
        type: current.type,
      };
      throw coreFailure('conflict', 'annotation_changed_elsewhere', params, 'baseRevision');
    }
    const next: Annotation = {
      ...current,
      ...(p.type !== undefined ? { type: p.type } : {}),
      ...(p.comment !== undefined ? { comment: p.comment } : {}),
      ...(p.tags !== undefined ? { tags: dedupeTags(p.tags) } : {}),
      ...(p.figureId !== undefined ? { figureId: p.figureId } : {}),
      ...(p.targetId !== undefined ? { targetId: p.targetId } : {}),
      updatedAt: nowIso(),
    };
    if (p.figureId !== undefined || p.targetId !== undefined) await checkLinks(tx.annotations, current.storyId, next.figureId, next.targetId);
    if (p.range) {
      const body = await storyBody(tx.annotations, current.storyId);
      checkRange(body, p.range.start, p.range.end, 'range');
      const span = selectSpan(body, p.range.start, p.range.end);
      next.quote = span.quote;
      next.position = { type: 'TextPositionSelector', start: span.start, end: span.end };
      next.orphaned = false;
    }
    await tx.annotations.update(next);
    return (await tx.annotations.get(id))!;
  });
}

export function deleteAnnotation(deps: AnnotationDeps, id: number): Promise<boolean> {
  return deps.stores.annotations.delete(id);
}

/** Adds the editor's reply under an annotation; returns the annotation with its thread. */
export async function replyToAnnotation(deps: AnnotationDeps, input: NewAnnotationReply): Promise<Annotation> {
  const r = parseInput(NewAnnotationReply, input, 'reply');
  return deps.stores.transaction(async (tx) => {
    if (!(await tx.annotations.get(r.annotationId))) throw coreFailure('not_found', 'annotation_not_found', { id: r.annotationId }, 'annotationId');
    await tx.annotations.insertReply({ uuid: randomUUID(), annotationId: r.annotationId, text: r.text, createdAt: nowIso() });
    return (await tx.annotations.get(r.annotationId))!;
  });
}

/** Removes one reply; returns the annotation it was under, or null when there was no such reply. */
export function deleteAnnotationReply(deps: AnnotationDeps, id: number): Promise<Annotation | null> {
  return deps.stores.transaction(async (tx) => {
    const reply = await tx.annotations.reply(id);
    if (!reply) return null;
    await tx.annotations.deleteReply(id);
    return tx.annotations.get(reply.annotationId);
  });
}

/** A story's annotations, anchored spans first in reading order, orphaned ones last. */
export function listAnnotations(deps: AnnotationDeps, storyId: number): Promise<Annotation[]> {
  return deps.stores.annotations.byStory(storyId);
}

/**
 * Re-finds every annotation of a story after its body changed (an edit, a re-import) and
 * stores the new offsets and orphaned flags. The quote selector keeps the text as it was
 * annotated, so an annotation can still be re-found if the wording comes back.
 */
export function reanchorStory(deps: AnnotationDeps, storyId: number): Promise<ReanchorReport> {
  return deps.stores.transaction(async (tx) => {
    const body = await storyBody(tx.annotations, storyId);
    const report: ReanchorReport = { storyId, total: 0, moved: 0, fuzzy: 0, orphaned: 0, restored: 0 };
    const anchors: AnnotationAnchor[] = [];
    for (const a of await tx.annotations.byStory(storyId)) {
      report.total++;
      const r = anchorAnnotation(body, { quote: a.quote, position: a.position });
      if (r.method === 'fuzzy') report.fuzzy++;
      if (r.orphaned) report.orphaned++;
      if (!r.orphaned && a.orphaned) report.restored++;
      const moved = !r.orphaned && (r.start !== a.position.start || r.end !== a.position.end);
      if (moved) report.moved++;
      if (moved || r.orphaned !== a.orphaned) {
        anchors.push({
          id: a.id,
          start: r.orphaned ? a.position.start : r.start,
          end: r.orphaned ? a.position.end : r.end,
          prefix: a.quote.prefix,
          suffix: a.quote.suffix,
          orphaned: r.orphaned,
        });
      }
    }
    if (anchors.length > 0) await tx.annotations.setAnchors(anchors);
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
