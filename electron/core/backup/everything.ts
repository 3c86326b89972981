/**
 * "Export everything": the whole archive as one zip that people and other programs can
 * read, and that puts an empty archive back exactly.
 *
 *   manifest.json        what is inside, with counts
 *   stories.json         every story
 *   figures.json         every figure, with the editor's reviews and corrections
 *   register.csv/.json   the target register
 *   annotations.jsonld   W3C Web Annotations
 *   drafts/<id> <title>.html/.docx
 *   data/<table>.json    every table's rows, for putting the archive back as it was
 */
import JSZip from 'jszip';
import { AppFailure } from '../../../shared/result';
import type { Story } from '../../../shared/domain/story';
import type { Repositories } from '../db/repositories';
import type { TableDump } from '../db/repositories/tables';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { exportRegister } from '../targets/transfer';
import { exportAnnotationsW3C } from '../annotations/w3c';
import { getDraft } from '../drafts/service';
import { renderDraft } from '../export';
import { safeFileName } from '../export/exported-file';

export const EXPORT_FORMAT = 'figure-desk-export';
const EXPORT_VERSION = 1;

export interface Manifest {
  format: typeof EXPORT_FORMAT;
  version: number;
  schemaVersion: number;
  app: string;
  exportedAt: string;
  counts: Record<string, number>;
  tables: string[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export interface ExportOptions {
  app: string;
  now: Date;
  onProgress?(p: { done: number; total: number; message: string }): void;
}

/** The whole archive as a zip (see the top of this file for what is inside). */
export async function exportEverything(repos: Repositories, options: ExportOptions): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const zip = new JSZip();
  // One read transaction: every file describes the same moment of the archive. Domains not
  // yet on the storage interfaces read through the synchronous repositories inside it.
  const snapshot = await repos.stores.snapshot(async (tx) => {
    const storyIds = await tx.stories.allIds();
    const stories: Story[] = [];
    for (const id of storyIds) stories.push((await tx.stories.get(id))!);
    const figures = storyIds.flatMap((id) => repos.figures.byStory(id));
    const tables = repos.tables.dataTables();
    return {
      stories,
      figures,
      registerCsv: exportRegister(repos, 'csv'),
      registerJson: exportRegister(repos, 'json'),
      annotations: await exportAnnotationsW3C({ stores: tx }),
      draftIds: repos.drafts.allIds(),
      tables,
      dumps: tables.map((t) => [t, repos.tables.dump(t)] as const),
    };
  });
  // Asked for all at once: SQLite answers each at the call, so no edit lands between them.
  const drafts = await Promise.all(snapshot.draftIds.map((id) => getDraft(repos, id)));
  const total = drafts.length + 1;
  zip.file('stories.json', json(snapshot.stories));
  zip.file('figures.json', json(snapshot.figures));
  zip.file('register.csv', snapshot.registerCsv);
  zip.file('register.json', snapshot.registerJson);
  zip.file('annotations.jsonld', json(snapshot.annotations));
  for (const [table, dump] of snapshot.dumps) zip.file(`data/${table}.json`, JSON.stringify(dump));
  for (const [i, draft] of drafts.entries()) {
    options.onProgress?.({ done: i, total, message: draft.title });
    for (const format of ['html', 'docx'] as const) {
      const artifact = await renderDraft(draft, format);
      zip.file(`drafts/${safeFileName(`${draft.id} ${draft.title}`, artifact.extension)}`, artifact.bytes);
    }
  }
  const manifest: Manifest = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    app: options.app,
    exportedAt: options.now.toISOString(),
    counts: {
      stories: snapshot.stories.length,
      figures: snapshot.figures.length,
      targets: (JSON.parse(snapshot.registerJson) as { targets?: unknown[] }).targets?.length ?? 0,
      annotations: snapshot.annotations.total,
      drafts: drafts.length,
      ...Object.fromEntries(snapshot.dumps.map(([t, d]) => [`rows.${t}`, d.rows.length])),
    },
    tables: snapshot.tables,
  };
  zip.file('manifest.json', json(manifest));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  options.onProgress?.({ done: total, total, message: 'manifest.json' });
  return { bytes, manifest };
}

/** What makes an archive not empty for putting an export back: anything an editor made. */
const EDITOR_CONTENT = ['stories', 'targets', 'annotations', 'drafts'];

/**
 * Puts an "export everything" zip back into an empty archive: every table's rows with
 * their ids (so figures, annotations, drafts and targets still point at the right
 * stories), then the search index rebuilt from the stories. One transaction: all or nothing.
 */
export async function importEverything(repos: Repositories, bytes: Uint8Array, name: string): Promise<Manifest> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppFailure('invalid_input', `${name} is not a zip file. Choose a file made by "Export everything".`);
  }
  const manifestFile = zip.file('manifest.json');
  const manifest = manifestFile ? (JSON.parse(await manifestFile.async('string')) as Manifest) : null;
  if (!manifest || manifest.format !== EXPORT_FORMAT) {
    throw new AppFailure('invalid_input', `${name} was not made by Figure Desk's "Export everything" (it has no Figure Desk manifest).`);
  }
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppFailure('invalid_input', `${name} was exported by a newer version of Figure Desk (schema ${manifest.schemaVersion}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Figure Desk to import it.`);
  }
  const busy = EDITOR_CONTENT.filter((t) => repos.tables.rowCount(t) > 0);
  if (busy.length > 0) {
    throw new AppFailure('conflict', `The archive is not empty (it has ${busy.join(', ')}). Import "${name}" into a new archive (--db NEW.db), or restore a backup instead.`);
  }
  const ours = new Set(repos.tables.dataTables());
  const dumps: Array<[string, TableDump]> = [];
  for (const table of manifest.tables) {
    if (!ours.has(table)) continue; // a table this version does not have
    const file = zip.file(`data/${table}.json`);
    if (!file) throw new AppFailure('invalid_input', `${name} is incomplete: data/${table}.json is missing.`);
    dumps.push([table, JSON.parse(await file.async('string')) as TableDump]);
  }
  // The stories are read back through their store; the table rows and the search index are
  // not on the storage interfaces yet and are written through their synchronous repositories,
  // inside the same transaction.
  await repos.stores.transaction(async (tx) => {
    // Rows go in table by table; references between them are checked at commit.
    repos.tables.replaceRows(dumps);
    repos.searchIndex.clear();
    for (const id of await tx.stories.allIds()) {
      const story = (await tx.stories.get(id))!;
      repos.searchIndex.index(id, story.headline, story.body);
    }
  });
  return manifest;
}
