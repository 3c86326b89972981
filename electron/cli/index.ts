/**
 * The command-line front of the core: `npm run cli -- [--db FILE] <command> ...`.
 * Exit codes: 0 ok, 1 bad input (a file failed, a story is missing), 2 bad usage, 130 import cancelled.
 * With --json, stdout carries only JSON; messages go to stderr, and an error is one line of
 * JSON there: {"error": {code, message, params}}.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../core/db/connection';
import { createRepositories, type Repositories } from '../core/db/repositories';
import { resolveDbPath } from '../core/paths';
import { importInWorker } from './import-worker';
import { searchArchive } from '../core/archive/search';
import { searchIndexIsCurrent } from '../core/archive/search-upgrade';
import { runReindex } from '../core/jobs/reindex-job';
import { toAppError } from '../core/invoke';
import { AppFailure } from '../../shared/result';
import { archiveProblemMessage, isArchiveProblem } from '../../shared/archive-problems';
import { archiveFailureFrom } from '../core/db/errors';
import { IsoDate, type Story } from '../../shared/domain/story';
import { extractFigures } from '../core/figures/extract';
import { parseFile } from '../core/archive/parse';
import type { Figure } from '../../shared/domain/figure';
import { cityFor } from '../core/settings';
import { openIndicatorKeys } from '../core/targets/rekey';
import { markInterruptedImports, resumeRequest } from '../core/jobs/recovery';
import type { ImportOptions, ImportSource } from '../../shared/domain/archive';
import { backupCommand } from './backup';
import { annotationsCommand, checkCommand, exportCommand, targetsCommand, UsageError } from './tracking';

const USAGE = `Figure Desk command line

Usage: npm run cli -- [--db FILE] <command> [options]

Commands:
  import <path>... [--publication NAME] [--date YYYY-MM-DD] [--json]
                         Import files or folders (txt, md, html, docx, pdf) into the archive
  imports [--json]       Recent imports and how they ended (an interrupted one says how to resume it)
  imports resume <id> [--json]
                         Run an interrupted import's files again; what it had stored is kept, the rest is filled in
  stories [--json]       List the stories in the archive
  show <storyId> [--json]
                         Print one story
  search <query> [--limit N] [--json]
                         Full-text search (Chinese of any length, English words, "phrases", OR, -exclude)
  figures <storyId|file> [--json]
                         The figures in a stored story, or read from a file without storing it
  targets [--json]       The target register with statuses
  targets add --figure <figureId> [--json]
                         Track a figure of kind target as a target
  targets export --format csv|json [--out FILE [--force]]
  targets export --format summary-csv|summary-xlsx [--out FILE [--force]]
                         One row per target for the desk (xlsx needs --out)
  targets import FILE [--format csv|json] [--mode merge|replace]
  check <storyId> [--attach] [--json]
                         Compare a story's figures with targets and earlier reporting
                         (--attach links confident matches as evidence)
  export draft <id> --format docx|md|html|pdf --out FILE [--force]
  export story <id> [--annotated] --format docx|html|pdf --out FILE [--force]
  annotations export --out FILE [--force]
                         All annotations as W3C Web Annotation JSON-LD
  backup --out FILE [--force]
                         A safe copy of the archive while it is in use (SQLite online backup), checked
  restore FILE           Replace the archive with a backup after checking it; the current one is kept
                         aside as archive.before-restore-<time>.db
  export-all --out FILE.zip [--force]
                         Everything as one zip: stories, figures, register, annotations, drafts, manifest
  import-all FILE.zip    Put an export-all zip back into an empty archive

Options:
  --db FILE              The archive to use (default: $FIGURE_DESK_DB, else the app's own archive)
  --json                 Print JSON only on stdout
  -h, --help             Show this help
`;


/** Chinese when the terminal's language is Chinese, else English. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): 'en' | 'zh-CN' {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

function storyJson(story: Story) {
  return {
    id: story.id,
    publication: story.publication,
    date: story.date,
    headline: story.headline,
    subhead: story.subhead,
    kicker: story.kicker,
    byline: story.byline,
    dateline: story.dateline,
    body: story.body,
    truncated: story.truncated,
    genre: story.genre,
    language: story.language,
    sourcePath: story.sourcePath,
  };
}

function figureJson(f: Omit<Figure, 'id' | 'storyId' | 'review' | 'source'> & Partial<Pick<Figure, 'id' | 'storyId' | 'source'>>) {
  return {
    id: f.id ?? null,
    storyId: f.storyId ?? null,
    quote: f.quote,
    start: f.start,
    end: f.end,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    currency: f.currency,
    qualifier: f.qualifier,
    kind: f.kind,
    change: f.change,
    metric: f.metric,
    entity: f.entity,
    period: f.period,
    confidence: f.confidence,
    rule: f.rule,
    source: f.source ?? 'auto',
  };
}

function storyIdArg(value: string | undefined): number {
  if (!value) throw new UsageError('Give a story id, e.g. `show 12`.');
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`"${value}" is not a story id (a positive whole number).`);
  return id;
}

function needStory(repos: Repositories, id: number): Story {
  const story = repos.stories.get(id);
  if (!story) throw new AppFailure('not_found', `Story ${id} is not in the archive. List stories with \`stories\`.`);
  return story;
}

export async function runCli(argv: string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        publication: { type: 'string' },
        date: { type: 'string' },
        limit: { type: 'string' },
        figure: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        mode: { type: 'string' },
        force: { type: 'boolean', default: false },
        attach: { type: 'boolean', default: false },
        annotated: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  const json = values.json ?? false;
  const print = (data: unknown, human: () => string) => io.out(json ? `${JSON.stringify(data, null, 2)}\n` : human());

  let db;
  let dbPath: string | undefined;
  try {
    const commands = ['import', 'imports', 'backup', 'restore', 'export-all', 'import-all', 'stories', 'show', 'search', 'figures', 'targets', 'check', 'export', 'annotations'];
    if (!commands.includes(command)) throw new UsageError(`Unknown command "${command}". Commands: ${commands.join(', ')}.`);
    if (values.date !== undefined && !IsoDate.safeParse(values.date).success) {
      throw new UsageError(`--date must be a date like 2023-02-24; got "${values.date}".`);
    }
    dbPath = resolveDbPath(values.db);
    db = openDatabase(dbPath);
    const repos = createRepositories(db);
    openIndicatorKeys(repos);
    markInterruptedImports(repos);
    // Asked before anything is imported: a new archive is indexed by this version already.
    const searchCurrent = searchIndexIsCurrent(repos);

    const tracking = { args, values, print, out: io.out, err: io.err };
    /**
     * Imports `sources` (a re-run of `resumes` when given) and prints the report. The import runs in
     * the jobs worker, as in the app: Ctrl+C and SIGTERM stop it within two seconds, keeping what was
     * committed (exit 130).
     */
    const importInto = async (sources: ImportSource[], options: ImportOptions, resumes?: number): Promise<number> => {
      const report = await importInWorker(dbPath!, { kind: 'import', sources, options, ...(resumes !== undefined ? { resumes } : {}) }, json, io);
      if (!report) return 130;
      if (!json && process.stderr.isTTY) io.err('\r\x1b[K');
      for (const note of report.assumed) io.err(`assumed: ${note}\n`);
      const imported = report.imported.map((s) => storyJson(repos.stories.get(s.id)!));
      print(
        { imported, skipped: report.skipped, failed: report.failed.map(({ path, error }) => ({ path, error })) },
        () =>
          [
            `Imported ${imported.length} ${imported.length === 1 ? 'story' : 'stories'} into ${dbPath}`,
            ...imported.map((s) => `  ${s.id}\t${s.date ?? '—'}\t${s.headline}`),
            ...report.skipped.map((s) => `skipped: ${s.reason}`),
            ...report.failed.map((f) => `failed: ${f.error}`),
            report.cancelled ? 'Cancelled: the files after the last one listed were not imported.' : '',
          ]
            .filter(Boolean)
            .join('\n') + '\n',
      );
      return report.cancelled ? 130 : report.failed.length > 0 ? 1 : 0;
    };

    switch (command) {
      case 'targets':
        return await targetsCommand(repos, tracking);
      case 'check':
        return checkCommand(repos, tracking);
      case 'export':
        return await exportCommand(repos, tracking);
      case 'annotations':
        return await annotationsCommand(repos, tracking);
      case 'import': {
        if (args.length === 0) throw new UsageError('Give one or more files or folders to import.');
        const sources = args.map((p) => ({ kind: 'path' as const, path: resolve(p) }));
        const options = { ...(values.publication ? { publication: values.publication } : {}), ...(values.date ? { date: values.date } : {}) };
        return await importInto(sources, options);
      }
      case 'imports': {
        if (args[0] === 'resume') {
          const batchId = Number(args[1]);
          if (!Number.isInteger(batchId) || batchId <= 0) throw new UsageError('Give the number of an interrupted import, e.g. `imports resume 3` (list them with `imports`).');
          const { sources, options } = resumeRequest(repos, batchId);
          return await importInto(sources, options, batchId);
        }
        if (args.length > 0) throw new UsageError(`Unknown imports command "${args[0]}". Use \`imports\` or \`imports resume <id>\`.`);
        const batches = repos.importBatches.recent(values.limit === undefined ? 20 : Math.max(1, Number(values.limit) || 20));
        print(batches, () =>
          batches.length
            ? batches
                .map((b) => `${b.id}\t${b.startedAt}\t${b.status}${b.resumedBy !== null ? ` (resumed by ${b.resumedBy})` : ''}\t${b.files} ${b.files === 1 ? 'file' : 'files'}, ${b.stories} ${b.stories === 1 ? 'story' : 'stories'}${b.resumable ? `\tresume with: imports resume ${b.id}` : ''}`)
                .join('\n') + '\n'
            : 'No imports yet.\n',
        );
        return 0;
      }
      case 'backup':
      case 'restore':
      case 'export-all':
      case 'import-all':
        return await backupCommand(command, repos, dbPath, { args, values, print, err: io.err, json });
      case 'stories': {
        const total = repos.stories.count();
        const items = repos.stories.list(0, Math.max(total, 1));
        print(items, () => (items.length ? items.map((s) => `${s.id}\t${s.date ?? '—'}\t${s.publication ?? '—'}\t${s.headline}`).join('\n') + '\n' : 'The archive is empty.\n'));
        return 0;
      }
      case 'show': {
        const story = needStory(repos, storyIdArg(args[0]));
        print(storyJson(story), () =>
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
      case 'search': {
        const query = args.join(' ');
        if (!query.trim()) throw new UsageError('Give a search query, e.g. `search 重庆`.');
        const limit = values.limit === undefined ? 20 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError(`--limit must be a whole number from 1 to 500; got "${values.limit}".`);
        if (!searchCurrent) {
          io.err('This archive was indexed by an earlier version of Figure Desk; rebuilding its search index first…\n');
          runReindex(repos, { search: true, figures: false }, () => undefined, () => false);
        }
        const result = searchArchive(repos, { query, limit, offset: 0 });
        const hits = result.hits.map((h) => ({
          storyId: h.storyId,
          headline: h.headline,
          date: h.date,
          snippet: h.snippet.map((r) => r.text).join(''),
          score: h.score,
        }));
        print(hits, () =>
          hits.length
            ? result.hits
                .map((h) => `${h.storyId}\t${h.date ?? '—'}\t${h.headline}\n\t${h.snippet.map((r) => (r.hit ? `[${r.text}]` : r.text)).join('')}`)
                .join('\n') + '\n'
            : `Nothing found for "${query}".\n`,
        );
        return 0;
      }
      case 'figures': {
        const target = args[0];
        if (!target) throw new UsageError('Give a story id or a file, e.g. `figures 12` or `figures page.txt`.');
        let figures: ReturnType<typeof figureJson>[];
        if (/^\d+$/.test(target)) {
          const story = needStory(repos, storyIdArg(target));
          figures = repos.figures.byStory(story.id).map(figureJson);
        } else {
          const page = await parseFile(resolve(target), {
            ...(values.publication ? { publication: values.publication } : {}),
            ...(values.date ? { date: values.date } : {}),
          });
          const city = cityFor(repos, page.publication);
          figures = page.stories.flatMap((s) => extractFigures(s.body, { date: page.date, city, language: s.language }).map(figureJson));
        }
        print(figures, () =>
          figures.length
            ? figures
                .map((f) => `${f.quote}\t${f.value}${f.valueMax !== null ? `–${f.valueMax}` : ''} ${f.unit}\t${f.qualifier}\t${f.kind}\t${f.metric}\t${f.entity ?? '—'}\t${f.period?.label ?? '—'}`)
                .join('\n') + '\n'
            : 'No figures found.\n',
        );
        return 0;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      if (json) io.err(`${JSON.stringify({ error: { code: 'invalid_input', message: error.message } })}\n`);
      else io.err(`${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    const appError = toAppError((dbPath && archiveFailureFrom(error, dbPath)) || error);
    if (json) io.err(`${JSON.stringify({ error: appError })}\n`);
    else io.err(`${isArchiveProblem(appError.code) ? archiveProblemMessage(appError.code, appError.params ?? {}, cliLocale()) : appError.message}\n`);
    return 1;
  } finally {
    db?.close();
  }
}

