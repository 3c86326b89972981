import {
  ANNO_CONTEXT,
  AnnotationImportOptions,
  DEFAULT_ANNOTATION_TYPES,
  FD_NAMESPACE,
  W3CAnnotation,
  W3CReply,
  type Annotation,
  type AnnotationReply,
  type AnnotationImportReport,
  type AnnotationTypeDef,
  type TextQuoteSelector,
  type W3CAnnotationCollection,
} from '../../../shared/domain/annotation';
import { AppFailure } from '../../../shared/result';
import type { AnnotationStore, StoryIdentity } from '../db/repositories/types';
import { anchorAnnotation } from './anchor';
import type { AnnotationDeps } from './service';

/** The W3C exchange needs nothing beyond the annotations' own store. */
export type W3CDeps = AnnotationDeps;

const CONTEXT = [ANNO_CONTEXT, { fd: FD_NAMESPACE }];

export const storyUrn = (id: number) => `urn:figure-desk:story:${id}`;

/** One stored annotation as a W3C Web Annotation (without @context; the collection carries it). */
export function toW3C(a: Annotation, story: StoryIdentity, figureQuote: { quote: string; start: number } | null): W3CAnnotation {
  const body: W3CAnnotation['body'] = [];
  if (a.comment !== '') body.push({ type: 'TextualBody', value: a.comment, purpose: 'commenting', format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  body.push({ type: 'TextualBody', value: a.type, purpose: 'classifying' });
  if (a.figureId !== null) {
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: `urn:figure-desk:figure:${a.figureId}`,
      ...(figureQuote ? { 'fd:quote': figureQuote.quote, 'fd:start': figureQuote.start } : {}),
    });
  }
  if (a.targetId !== null) body.push({ type: 'SpecificResource', purpose: 'linking', source: `urn:figure-desk:target:${a.targetId}` });
  return {
    id: `urn:uuid:${a.uuid}`,
    type: 'Annotation',
    motivation: a.comment !== '' ? 'commenting' : 'highlighting',
    body,
    target: {
      source: storyUrn(story.id),
      'fd:contentHash': story.contentHash,
      'fd:headline': story.headline,
      'fd:date': story.date,
      'fd:sourcePath': story.sourcePath,
      selector: [a.quote, a.position],
    },
    created: a.createdAt,
    modified: a.updatedAt,
    ...(a.author ? { creator: { type: 'Person', name: a.author } } : {}),
    'fd:type': a.type,
    'fd:orphaned': a.orphaned,
  };
}

/** A reply as a W3C annotation whose target is the annotation it answers. */
export function replyToW3C(r: AnnotationReply, parentUuid: string): W3CReply {
  return {
    id: `urn:uuid:${r.uuid}`,
    type: 'Annotation',
    motivation: 'replying',
    body: [{ type: 'TextualBody', value: r.text, purpose: 'replying', format: 'text/plain' }],
    target: `urn:uuid:${parentUuid}`,
    created: r.createdAt,
    modified: r.createdAt,
    ...(r.author ? { creator: { type: 'Person', name: r.author } } : {}),
  };
}

/** The archive's annotations (or those of some stories) as a W3C AnnotationCollection; each one's replies follow it. */
export async function exportAnnotationsW3C(deps: W3CDeps, options: { storyIds?: number[]; label?: string } = {}): Promise<W3CAnnotationCollection> {
  const { annotations } = deps.stores;
  const list = options.storyIds ? await annotations.byStories(options.storyIds) : await annotations.all();
  // The stories and figures they point at, asked for once each rather than once per annotation.
  const storyIds = [...new Set(list.map((a) => a.storyId))];
  const figureIds = [...new Set(list.flatMap((a) => (a.figureId !== null ? [a.figureId] : [])))];
  const identities = new Map((await annotations.storyIdentities(storyIds)).map((s) => [s.id, s]));
  const figures = new Map((await annotations.figureQuotes(figureIds)).map((f) => [f.id, f]));
  const items = list.flatMap((a): Array<W3CAnnotation | W3CReply> => {
    const figure = a.figureId !== null ? figures.get(a.figureId) : undefined;
    return [toW3C(a, identities.get(a.storyId)!, figure ? { quote: figure.quote, start: figure.start } : null), ...a.replies.map((r) => replyToW3C(r, a.uuid))];
  });
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: options.label ?? 'Figure Desk annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

interface Problem {
  path: string;
  message: string;
}

/** Accepts a collection, a page, an array or a single annotation. */
function itemsOf(json: unknown): { items: unknown[]; base: string } {
  if (Array.isArray(json)) return { items: json, base: '' };
  if (json && typeof json === 'object') {
    const o = json as Record<string, unknown>;
    if (o.type === 'AnnotationCollection') {
      const first = o.first as Record<string, unknown> | undefined;
      if (!first || !Array.isArray(first.items)) {
        throw new AppFailure('invalid_input', 'The collection has no first.items list of annotations.', 'first.items');
      }
      return { items: first.items, base: 'first.' };
    }
    if (o.type === 'AnnotationPage') {
      if (!Array.isArray(o.items)) throw new AppFailure('invalid_input', 'The page has no items list.', 'items');
      return { items: o.items, base: '' };
    }
    if (o.type === 'Annotation') return { items: [json], base: '' };
    if (o['@context'] !== undefined && o['@context'] !== ANNO_CONTEXT && !(Array.isArray(o['@context']) && o['@context'][0] === ANNO_CONTEXT)) {
      throw new AppFailure('invalid_input', `This is not a W3C annotation file: @context must be ${ANNO_CONTEXT}.`, '@context');
    }
  }
  throw new AppFailure('invalid_input', 'Expected a W3C AnnotationCollection, AnnotationPage, Annotation or a list of annotations.');
}

function zodPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

async function resolveStory(annotations: AnnotationStore, t: W3CAnnotation['target']): Promise<number | null> {
  const hash = t['fd:contentHash'];
  if (hash) {
    const id = await annotations.storyByHash(hash);
    if (id !== null) return id;
  }
  const headline = t['fd:headline'];
  if (headline !== undefined) {
    const path = t['fd:sourcePath'];
    if (path) {
      const byPath = await annotations.storiesBySourcePath(path, headline);
      if (byPath.length === 1) return byPath[0]!;
    }
    const byHeadline = await annotations.storiesByHeadlineDate(headline, t['fd:date'] ?? null);
    if (byHeadline.length === 1) return byHeadline[0]!;
    return null;
  }
  // Without identity the urn id is only trusted when nothing else is offered (same archive).
  const id = Number(t.source.slice(t.source.lastIndexOf(':') + 1));
  return (await annotations.storyExists(id)) ? id : null;
}

/** Every item checked before anything is written: annotations and replies apart, or the problems named by item and field. */
function validateItems(items: unknown[], base: string, types: readonly AnnotationTypeDef[]): { parsed: W3CAnnotation[]; replies: Array<{ index: number; reply: W3CReply }> } {
  const problems: Problem[] = [];
  const parsed: W3CAnnotation[] = [];
  const replies: Array<{ index: number; reply: W3CReply }> = [];
  items.forEach((item, i) => {
    const at = `${base}items[${i}]`;
    if (item && typeof item === 'object' && (item as Record<string, unknown>).motivation === 'replying') {
      const reply = W3CReply.safeParse(item);
      if (reply.success && reply.data.body.every((b) => b.value.trim() === '')) problems.push({ path: `${at}.body`, message: 'the reply has no text' });
      else if (reply.success) replies.push({ index: i, reply: reply.data });
      else for (const issue of reply.error.issues) problems.push({ path: `${at}${zodPath(issue.path)}`, message: issue.message });
      return;
    }
    const r = W3CAnnotation.safeParse(item);
    if (!r.success) {
      for (const issue of r.error.issues) problems.push({ path: `${at}${zodPath(issue.path)}`, message: issue.message });
      return;
    }
    const a = r.data;
    if (!types.some((t) => t.id === a['fd:type'])) {
      problems.push({ path: `${at}.fd:type`, message: `unknown annotation type "${a['fd:type']}" (known: ${types.map((t) => t.id).join(', ')})` });
    }
    if (a.body.filter((b) => b.type === 'TextualBody' && b.purpose === 'commenting').length > 1) {
      problems.push({ path: `${at}.body`, message: 'more than one commenting body' });
    }
    parsed.push(a);
  });
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map((p) => `${p.path}: ${p.message}`);
    if (problems.length > 10) shown.push(`… and ${problems.length - 10} more`);
    throw new AppFailure('invalid_input', `The annotation file has ${problems.length} problem(s); nothing was imported.\n${shown.join('\n')}`, problems[0]!.path);
  }
  return { parsed, replies };
}

/**
 * Imports W3C annotations into this archive in one transaction. Every item is validated
 * first; any invalid item fails the whole import with the item and field named. Items
 * already present (same uuid) are left alone; items whose text is gone from this
 * archive's copy of the story are imported orphaned.
 */
export async function importAnnotationsW3C(
  deps: W3CDeps,
  json: unknown,
  options: AnnotationImportOptions = {},
  types: readonly AnnotationTypeDef[] = DEFAULT_ANNOTATION_TYPES,
): Promise<AnnotationImportReport> {
  const opts = AnnotationImportOptions.parse(options);
  const { items, base } = itemsOf(json);
  const { parsed, replies } = validateItems(items, base, types);

  const report: AnnotationImportReport = { imported: 0, existing: 0, skipped: [], orphaned: 0, warnings: [] };
  await deps.stores.transaction(async (tx) => {
    const run: ImportRun = { annotations: tx.annotations, opts, base, report, seen: new Set<string>() };
    for (const [i, a] of parsed.entries()) await importOne(run, a, i);
    // Replies after every annotation, so a reply finds its annotation wherever it sits in the file.
    for (const { index, reply } of replies) await importReply(run, reply, index);
  });
  return report;
}

/** One import under way: where it writes, what it was asked, and what it has met so far. */
interface ImportRun {
  annotations: AnnotationStore;
  opts: AnnotationImportOptions;
  base: string;
  report: AnnotationImportReport;
  /** The uuids of the file's items already taken in. */
  seen: Set<string>;
}

/** Skips the item (when asked to skip what matches nothing) or fails the whole import. */
function unmatched(run: ImportRun, index: number, id: string, reason: string): void {
  if (run.opts.skipUnmatched) {
    run.report.skipped.push({ index, id, reason });
    return;
  }
  const at = `${run.base}items[${index}].target`;
  throw new AppFailure('invalid_input', `${at}: ${reason}; nothing was imported.`, at);
}

async function importOne(run: ImportRun, a: W3CAnnotation, i: number): Promise<void> {
  const { annotations, report } = run;
  const uuid = a.id.slice('urn:uuid:'.length).toLowerCase();
  if (run.seen.has(uuid) || (await annotations.byUuid(uuid))) {
    report.existing++;
    return;
  }
  run.seen.add(uuid);
  const storyId = await resolveStory(annotations, a.target);
  const body = storyId === null ? null : await annotations.storyBody(storyId);
  if (storyId === null || body === null) {
    unmatched(run, i, a.id, `no story in this archive matches "${a.target['fd:headline'] ?? a.target.source}"`);
    return;
  }
  const { quote, position } = selectorsOf(a, report);
  const anchor = anchorAnnotation(body, { quote, position });
  if (anchor.orphaned) report.orphaned++;

  let figureId: number | null = null;
  let targetId: number | null = null;
  for (const b of a.body) {
    if (b.type !== 'SpecificResource') continue;
    const id = Number(b.source.slice(b.source.lastIndexOf(':') + 1));
    if (b.source.startsWith('urn:figure-desk:figure:')) {
      figureId = await resolveFigure(annotations, storyId, id, b['fd:quote'], b['fd:start']);
      if (figureId === null) report.warnings.push(`${a.id}: figure ${id} is not in this archive; the link was dropped.`);
    } else if (await annotations.targetExists(id)) {
      targetId = id;
    } else {
      report.warnings.push(`${a.id}: target ${id} is not in this archive; the link was dropped.`);
    }
  }
  const textual = a.body.filter((b) => b.type === 'TextualBody');
  await annotations.insert({
    uuid,
    storyId,
    type: a['fd:type'],
    comment: textual.find((b) => b.purpose === 'commenting')?.value ?? '',
    tags: textual.filter((b) => b.purpose === 'tagging').map((b) => b.value),
    figureId,
    targetId,
    quote,
    position:
      anchor.orphaned && position
        ? { type: 'TextPositionSelector', ...position }
        : { type: 'TextPositionSelector', start: anchor.start, end: anchor.orphaned ? anchor.start + quote.exact.length : anchor.end },
    orphaned: anchor.orphaned,
    createdAt: a.created,
    updatedAt: a.modified,
    author: typeof a.creator === 'string' ? a.creator : (a.creator?.name ?? ''),
  });
  report.imported++;
}

async function importReply(run: ImportRun, reply: W3CReply, index: number): Promise<void> {
  const { annotations, report } = run;
  const uuid = reply.id.slice('urn:uuid:'.length).toLowerCase();
  if (run.seen.has(uuid) || (await annotations.replyByUuid(uuid))) {
    report.existing++;
    return;
  }
  run.seen.add(uuid);
  const parent = await annotations.byUuid(reply.target.slice('urn:uuid:'.length).toLowerCase());
  if (!parent) {
    unmatched(run, index, reply.id, `it replies to ${reply.target}, which is neither in this file nor in this archive`);
    return;
  }
  await annotations.insertReply({
    uuid,
    annotationId: parent.id,
    text: reply.body.map((b) => b.value).join('\n'),
    createdAt: reply.created,
    author: typeof reply.creator === 'string' ? reply.creator : (reply.creator?.name ?? ''),
  });
  report.imported++;
}

/**
 * The quote and (when it agrees with the quote's length) the position. A position that
 * spans a different length was probably counted in code points by another tool: it is
 * ignored and the quote decides.
 */
function selectorsOf(a: W3CAnnotation, report: AnnotationImportReport) {
  const quote = a.target.selector.find((x) => x.type === 'TextQuoteSelector') as TextQuoteSelector;
  const pos = a.target.selector.find((x) => x.type === 'TextPositionSelector');
  let position: { start: number; end: number } | null = pos ? { start: pos.start, end: pos.end } : null;
  if (position && position.end - position.start !== quote.exact.length) {
    report.warnings.push(`${a.id}: its TextPositionSelector does not span the quoted text; the quote was used.`);
    position = null;
  }
  return { quote, position };
}

/** The same figure in this archive: same id and quote, else the same quote nearest the old offset. */
async function resolveFigure(annotations: AnnotationStore, storyId: number, id: number, quote: string | undefined, start: number | undefined): Promise<number | null> {
  const [same] = await annotations.figureQuotes([id]);
  if (same && same.storyId === storyId && (quote === undefined || same.quote === quote)) return id;
  if (quote === undefined) return null;
  const candidates = await annotations.figuresByQuote(storyId, quote);
  if (candidates.length === 0) return null;
  candidates.sort((x, y) => Math.abs(x.start - (start ?? 0)) - Math.abs(y.start - (start ?? 0)));
  return candidates[0]!.id;
}
