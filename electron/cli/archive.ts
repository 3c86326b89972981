/** The CLI's commands over the archive's stories: import, imports, stories, show, search, figures. */
import { resolve } from 'node:path';
import type { ImportReport } from '../../shared/domain/archive';
import type { Story } from '../../shared/domain/story';
import { runReindex } from '../core/jobs/reindex-job';
import type { CliContext } from './context';
import { followImport } from './import-worker';
import { positiveId, required, UsageError, wholeNumber } from './options';

/** Follows import job `jobId` to its end and prints the report, each story in full. Exit 130 when it was stopped. */
async function reportImport(c: CliContext, jobId: string): Promise<number> {
  const report: ImportReport | null = await followImport(c.jobs, jobId, c.json, c);
  if (!report) return 130;
  if (!c.json && process.stderr.isTTY) c.err('\r\x1b[K');
  for (const note of report.assumed) c.err(`assumed: ${note}\n`);
  const imported: Story[] = [];
  for (const { id } of report.imported) imported.push(await c.call('archive:get', { id }));
  c.print('import', { ...report, imported }, () =>
    [
      `Imported ${imported.length} ${imported.length === 1 ? 'story' : 'stories'} into ${c.dbPath}`,
      ...imported.map((s) => `  ${s.id}\t${s.date ?? '—'}\t${s.headline}`),
      ...report.skipped.map((s) => `skipped: ${s.reason}`),
      ...report.failed.map((f) => `failed: ${f.error}`),
      report.cancelled ? 'Cancelled: the files after the last one listed were not imported.' : '',
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
  return report.cancelled ? 130 : report.failed.length > 0 ? 1 : 0;
}

const pageOptions = (c: CliContext) => ({
  ...(c.values.publication ? { publication: c.values.publication } : {}),
  ...(c.values.date ? { date: c.values.date } : {}),
});

export async function importCommand(c: CliContext): Promise<number> {
  if (c.args.length === 0) throw new UsageError('Give one or more files or folders to import.');
  const sources = c.args.map((p) => ({ kind: 'path' as const, path: resolve(p) }));
  const { jobId } = await c.call('archive:import', { sources, options: pageOptions(c) });
  return reportImport(c, jobId);
}

export async function importsCommand(c: CliContext): Promise<number> {
  const [sub, id] = c.args;
  if (sub === 'resume') {
    const batchId = positiveId(id, 'import', 'E.g. `imports resume 3` (list them with `imports`).');
    const { jobId } = await c.call('imports:resume', { batchId });
    return reportImport(c, jobId);
  }
  if (sub !== undefined) throw new UsageError(`Unknown imports command "${sub}". Use \`imports\` or \`imports resume <id>\`.`);
  const batches = await c.call('imports:list', { limit: wholeNumber(c.values.limit, '--limit', 1, 200, 20) });
  c.print('imports', batches, () =>
    batches.length
      ? batches
          .map((b) => `${b.id}\t${b.startedAt}\t${b.status}${b.resumedBy !== null ? ` (resumed by ${b.resumedBy})` : ''}\t${b.files} ${b.files === 1 ? 'file' : 'files'}, ${b.stories} ${b.stories === 1 ? 'story' : 'stories'}${b.resumable ? `\tresume with: imports resume ${b.id}` : ''}`)
          .join('\n') + '\n'
      : 'No imports yet.\n',
  );
  return 0;
}

const LIST_PAGE = 1000;

export async function storiesCommand(c: CliContext): Promise<number> {
  const first = await c.call('archive:list', { offset: 0, limit: LIST_PAGE });
  const items = [...first.items];
  while (items.length < first.total) {
    const page = await c.call('archive:list', { offset: items.length, limit: LIST_PAGE });
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  c.print('stories', items, () => (items.length ? items.map((s) => `${s.id}\t${s.date ?? '—'}\t${s.publication ?? '—'}\t${s.headline}`).join('\n') + '\n' : 'The archive is empty.\n'));
  return 0;
}

export async function showCommand(c: CliContext): Promise<number> {
  const story = await c.call('archive:get', { id: positiveId(c.args[0], 'story', 'E.g. `show 12`.') });
  c.print('show', story, () =>
    [
      story.kicker ? `【${story.kicker}】` : '',
      story.headline,
      story.subhead ?? '',
      [story.publication, story.date, story.byline && `记者/By ${story.byline}`].filter(Boolean).join(' · '),
      story.truncated ? '(the beginning of this story was cut off on the page)' : '',
      '',
      story.body,
      '',
    ]
      .filter((line, i) => line !== '' || i >= 5)
      .join('\n'),
  );
  return 0;
}

/** `searchCurrent`: whether the archive was indexed by this version; if not, the index is rebuilt first. */
export async function searchCommand(c: CliContext, searchCurrent: boolean): Promise<number> {
  const query = required(c.args.join(' '), 'Give a search query, e.g. `search 重庆`.');
  const limit = wholeNumber(c.values.limit, '--limit', 1, 500, 20);
  if (!searchCurrent) {
    c.err('This archive was indexed by an earlier version of Figure Desk; rebuilding its search index first…\n');
    await runReindex(c.repos, { search: true, figures: false }, () => undefined, () => false);
  }
  const result = await c.call('archive:search', { query, limit, offset: 0 });
  const hits = result.hits.map((h) => ({ ...h, snippet: h.snippet.map((r) => r.text).join('') }));
  c.print('search', hits, () =>
    hits.length
      ? result.hits
          .map((h) => `${h.storyId}\t${h.date ?? '—'}\t${h.headline}\n\t${h.snippet.map((r) => (r.hit ? `[${r.text}]` : r.text)).join('')}`)
          .join('\n') + '\n'
      : `Nothing found for "${query}".\n`,
  );
  return 0;
}

export async function figuresCommand(c: CliContext): Promise<number> {
  const target = required(c.args[0], 'Give a story id or a file, e.g. `figures 12` or `figures page.txt`.');
  const human = (figures: Array<{ quote: string; value: number; valueMax: number | null; unit: string; qualifier: string; kind: string; metric: string; entity: string | null; period: { label: string } | null }>) => () =>
    figures.length
      ? figures
          .map((f) => `${f.quote}\t${f.value}${f.valueMax !== null ? `–${f.valueMax}` : ''} ${f.unit}\t${f.qualifier}\t${f.kind}\t${f.metric}\t${f.entity ?? '—'}\t${f.period?.label ?? '—'}`)
          .join('\n') + '\n'
      : 'No figures found.\n';
  if (/^\d+$/.test(target)) {
    const figures = await c.call('figures:list', { storyId: positiveId(target, 'story') });
    c.print('figures', figures, human(figures));
  } else {
    const figures = await c.call('figures:read', { sources: [{ kind: 'path', path: resolve(target) }], options: pageOptions(c) });
    c.print('figures file', figures, human(figures));
  }
  return 0;
}
