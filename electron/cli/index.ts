/**
 * The command-line front of the core: `npm run cli -- [--db FILE] <command> ...`.
 * Exit codes: 0 ok, 1 bad input (a file failed, a story is missing), 2 bad usage, 130 import cancelled.
 * With --json, stdout carries only JSON; messages go to stderr, and an error is one line of
 * JSON there: {"error": {code, message, params}}.
 * Each command calls the contract's channels through invoke(), as the app's transports do,
 * and prints their output schema (cli/output.ts); only the commands that copy or replace
 * the archive file itself (cli/backup.ts) work on it directly.
 */
import { openRepositories, type Repositories } from '../core/db/repositories';
import { resolveDbPath } from '../core/paths';
import { searchIndexIsCurrent } from '../core/archive/search-upgrade';
import { createHandlers } from '../core/handlers';
import { invoke, toAppError } from '../core/invoke';
import { JobRunner } from '../core/jobs/runner';
import { chromiumPdfRenderer } from '../core/export/pdf';
import { packageVersion } from '../core/app-version';
import { openIndicatorKeys } from '../core/targets/rekey';
import { markInterruptedImports } from '../core/jobs/recovery';
import { archiveFailureFrom } from '../core/db/errors';
import { AppFailure, type ErrorCode } from '../../shared/result';
import { archiveProblemMessage, isArchiveProblem } from '../../shared/archive-problems';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { figuresCommand, importCommand, importsCommand, searchCommand, showCommand, storiesCommand } from './archive';
import { backupCommand } from './backup';
import { printer, type CliContext, type Io } from './context';
import { importProgress } from './import-worker';
import { parseCliArgs, UsageError } from './options';
import { annotationsCommand, checkCommand, exportCommand, targetsCommand } from './tracking';

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

/** Each command, given the archive's state on opening: whether its search index is current. */
const COMMANDS: Record<string, (c: CliContext, searchCurrent: boolean) => Promise<number>> = {
  import: importCommand,
  imports: importsCommand,
  stories: storiesCommand,
  show: showCommand,
  search: searchCommand,
  figures: figuresCommand,
  targets: targetsCommand,
  check: checkCommand,
  export: exportCommand,
  annotations: annotationsCommand,
  backup: (c) => backupCommand('backup', c),
  restore: (c) => backupCommand('restore', c),
  'export-all': (c) => backupCommand('export-all', c),
  'import-all': (c) => backupCommand('import-all', c),
};

export async function runCli(argv: string[], io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }): Promise<number> {
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
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

  let repos: Repositories | undefined;
  let jobs: JobRunner | undefined;
  let dbPath: string | undefined;
  try {
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    dbPath = resolveDbPath(values.db);
    repos = openRepositories(dbPath);
    await openIndicatorKeys(repos);
    await markInterruptedImports(repos);
    // Asked before anything is imported: a new archive is indexed by this version already.
    const searchCurrent = await searchIndexIsCurrent(repos);
    // Imports run in the jobs worker, as in the app: Ctrl+C and SIGTERM stop them within two seconds.
    jobs = new JobRunner({ dbPath, emit: importProgress(json, io) });
    const handlers = createHandlers({
      repos,
      jobs,
      transport: 'ipc', // in-process, as the desktop app's handlers are; only app:info reports it
      dbPath,
      version: packageVersion(),
      systemLocale: cliLocale(),
      emit: () => undefined,
      pdfRenderer: chromiumPdfRenderer(),
    });
    const call = async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
      const result = await invoke(handlers, channel, input);
      if (!result.ok) {
        const { code, message, path, params, reason } = result.error;
        throw new AppFailure(code as ErrorCode, message, path, params, reason);
      }
      return result.data as OutputOf<C>;
    };
    return await run({ args, values, json, dbPath, repos, jobs, call, print: printer(json, io), out: io.out, err: io.err }, searchCurrent);
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
    await jobs?.close();
    repos?.close();
  }
}
