import { coreFailure } from '../../../shared/core-errors';
import type { z } from 'zod';
import {
  NewDraft,
  type DraftDoc,
  SaveDraftInput,
  type Draft,
  type DraftSummary,
  type DraftVersion,
  type DraftVersionSummary,
} from '../../../shared/domain/draft';
import { AppFailure } from '../../../shared/result';
import type { DraftRow, DraftVersionRow, StoresOf } from '../db/repositories/types';
import { countDoc } from './text';

/** Drafts are written against the storage interfaces: any engine's draft store will do. */
export interface DraftDeps {
  stores: StoresOf<'drafts'>;
}

export interface DraftClockOptions {
  /** Injected so tests can step through autosave intervals. */
  now?: () => Date;
  /** Autosaves keep at most one version per this many minutes. */
  versionIntervalMinutes?: number;
}

export const DEFAULT_VERSION_INTERVAL_MINUTES = 5;

const stamp = (o: DraftClockOptions) => (o.now ? o.now() : new Date()).toISOString();

function toDraft({ updatedBy: _by, ...row }: DraftRow): Draft {
  return { ...row, counts: countDoc(row.doc) };
}

function toVersionSummary(v: DraftVersionRow): DraftVersionSummary {
  return { id: v.id, draftId: v.draftId, title: v.title, reason: v.reason, counts: countDoc(v.doc), createdAt: v.createdAt, author: v.author };
}

/** zod's first issue as an AppFailure naming the field (doc.content[0].marks[0].attrs.href). */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  throw new AppFailure('invalid_input', `The ${what} is not valid${path ? ` at ${path}` : ''}: ${issue.message}`, path || undefined);
}

export async function createDraft(deps: DraftDeps, input: NewDraft, options: DraftClockOptions = {}): Promise<Draft> {
  const d = parseInput(NewDraft, input, 'draft');
  const doc = d.doc as DraftDoc;
  return deps.stores.transaction(async (tx) => {
    const now = stamp(options);
    const id = await tx.drafts.insert({ title: d.title, language: d.language, doc }, now);
    await tx.drafts.addVersion({ draftId: id, title: d.title, doc, reason: 'created' }, now);
    return toDraft((await tx.drafts.get(id))!);
  });
}

export async function getDraft(deps: DraftDeps, id: number): Promise<Draft> {
  const row = await deps.stores.drafts.get(id);
  if (!row) throw coreFailure('not_found', 'draft_not_found', { id });
  return toDraft(row);
}

export async function listDrafts(deps: DraftDeps, offset = 0, limit = 200): Promise<{ total: number; items: DraftSummary[] }> {
  const { drafts } = deps.stores;
  const [total, rows] = [await drafts.count(), await drafts.list(offset, limit)];
  return {
    total,
    items: rows.map((r) => {
      const { doc: _doc, ...rest } = toDraft(r);
      return rest;
    }),
  };
}

export function deleteDraft(deps: DraftDeps, id: number): Promise<boolean> {
  return deps.stores.drafts.delete(id);
}

/**
 * Writes the doc (autosave and explicit save alike). An explicit save always keeps a
 * version; autosaves keep one when the newest version is older than the interval, so a
 * long editing session leaves a version every few minutes rather than one per keystroke.
 * A save based on an older revision than the stored one is refused: two windows on the
 * same draft must not overwrite each other silently.
 */
export async function saveDraft(deps: DraftDeps, input: SaveDraftInput, options: DraftClockOptions = {}): Promise<Draft> {
  const s = parseInput(SaveDraftInput, input, 'draft');
  const doc = s.doc as DraftDoc;
  return deps.stores.transaction(async (tx) => {
    const current = await tx.drafts.get(s.id);
    if (!current) throw coreFailure('not_found', 'draft_not_found', { id: s.id });
    if (s.baseRevision !== undefined && s.baseRevision !== current.revision) {
      // Who saved since, when, and what they saved: the editor compares it with theirs and keeps one.
      const params = {
        id: s.id,
        by: current.updatedBy,
        at: current.updatedAt,
        revision: current.revision,
        base: s.baseRevision,
        title: current.title,
        doc: JSON.stringify(current.doc),
      };
      throw coreFailure('conflict', 'draft_saved_elsewhere', params, 'baseRevision');
    }
    const title = s.title ?? current.title;
    const nowDate = options.now ? options.now() : new Date();
    const now = nowDate.toISOString();
    await tx.drafts.update(s.id, { title, doc }, now);
    if (s.explicit) {
      await tx.drafts.addVersion({ draftId: s.id, title, doc, reason: 'save' }, now);
    } else {
      const latest = await tx.drafts.latestVersion(s.id);
      const interval = (options.versionIntervalMinutes ?? DEFAULT_VERSION_INTERVAL_MINUTES) * 60_000;
      const due = !latest || nowDate.getTime() - Date.parse(latest.createdAt) >= interval;
      const changed = !latest || latest.title !== title || JSON.stringify(latest.doc) !== JSON.stringify(doc);
      if (due && changed) await tx.drafts.addVersion({ draftId: s.id, title, doc, reason: 'autosave' }, now);
    }
    return toDraft((await tx.drafts.get(s.id))!);
  });
}

export async function listDraftVersions(deps: DraftDeps, draftId: number, limit = 500): Promise<DraftVersionSummary[]> {
  const { drafts } = deps.stores;
  if (!(await drafts.get(draftId))) throw coreFailure('not_found', 'draft_not_found', { id: draftId });
  return (await drafts.versions(draftId, limit)).map(toVersionSummary);
}

export async function getDraftVersion(deps: DraftDeps, versionId: number): Promise<DraftVersion> {
  const v = await deps.stores.drafts.version(versionId);
  if (!v) throw coreFailure('not_found', 'version_not_found', { id: versionId });
  return { ...toVersionSummary(v), doc: v.doc };
}

/** Restoring is a new save of the old content, so the history never loses the newer versions. */
export async function restoreDraftVersion(deps: DraftDeps, draftId: number, versionId: number, options: DraftClockOptions = {}): Promise<Draft> {
  return deps.stores.transaction(async (tx) => {
    const v = await tx.drafts.version(versionId);
    if (!v || v.draftId !== draftId) throw coreFailure('not_found', 'version_not_found', { id: versionId });
    const now = stamp(options);
    await tx.drafts.update(draftId, { title: v.title, doc: v.doc }, now);
    await tx.drafts.addVersion({ draftId, title: v.title, doc: v.doc, reason: 'restore' }, now);
    return toDraft((await tx.drafts.get(draftId))!);
  });
}
