/**
 * CLI commands for the tracking side: targets, check, exports, annotations.
 * Each returns an exit code; output goes through the same print() as the rest of the CLI.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Repositories } from '../core/db/repositories';
import { listTargets, targetFromFigure } from '../core/targets/register';
import { exportRegister, importRegister } from '../core/targets/transfer';
import { summaryCsv, summaryXlsx } from '../core/targets/summary';
import { checkStory } from '../core/check/check-story';
import { exportAnnotationsW3C, listAnnotations } from '../core/annotations';
import { getDraft } from '../core/drafts';
import { renderDraft, renderStory, type ExportFormat } from '../core/export';
import { chromiumPdfRenderer } from '../core/export/pdf';
import { writeExport } from '../core/export/write';
import { readSettings } from '../core/settings';
import { AppFailure } from '../../shared/result';

export class UsageError extends Error {}

export interface TrackingArgs {
  args: string[];
  values: { json?: boolean; figure?: string; format?: string; out?: string; force?: boolean; attach?: boolean; annotated?: boolean; mode?: string };
  print(data: unknown, human: () => string): void;
  out(text: string): void;
  err(text: string): void;
}

function positiveId(value: string | undefined, what: string): number {
  const id = Number(value);
  if (!value || !Number.isInteger(id) || id <= 0) throw new UsageError(`Give a ${what} id (a positive whole number)${value ? `; got "${value}"` : ''}.`);
  return id;
}

const EXPORT_FORMATS: Record<string, ExportFormat> = { docx: 'docx', md: 'markdown', markdown: 'markdown', html: 'html', pdf: 'pdf' };

function exportFormat(value: string | undefined, allowed: string[]): ExportFormat {
  if (!value || !allowed.includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')}${value ? `; got "${value}"` : ''}.`);
  return EXPORT_FORMATS[value]!;
}

async function writeOut(out: string | undefined, bytes: Uint8Array, force: boolean | undefined, err: (t: string) => void): Promise<string> {
  if (!out) throw new UsageError('Give the file to write with --out FILE.');
  const path = resolve(out);
  // The folder the editor named is the one exports may go to; --force allows replacing a file.
  try {
    await writeExport(path, bytes, { allowedDir: dirname(path), overwrite: force ?? false });
  } catch (error) {
    // The core's wording asks the app's user to confirm; on the command line that is --force.
    if (error instanceof AppFailure && error.code === 'conflict') throw new AppFailure('conflict', `${path} exists; add --force to replace it, or choose another --out.`, 'path');
    throw error;
  }
  err(`wrote ${path} (${bytes.byteLength.toLocaleString('en')} bytes)\n`);
  return path;
}

export async function targetsCommand(repos: Repositories, a: TrackingArgs): Promise<number> {
  const [sub, ...rest] = a.args;
  const tolerance = { approxTolerance: readSettings(repos).approxTolerance };
  if (!sub) {
    const targets = listTargets(repos, {});
    a.print(targets, () =>
      targets.length
        ? targets
            .map((t) => `${t.id}\t${t.status}\t${t.entity ?? '—'}\t${t.metric}\t${t.comparator} ${t.value}${t.valueMax !== null ? `–${t.valueMax}` : ''} ${t.unit}\tdue ${t.deadline ?? '—'}\t${t.explanation?.zh ?? ''}`)
            .join('\n') + '\n'
        : 'No targets yet. Add one from a figure: targets add --figure <figureId>\n',
    );
    return 0;
  }
  if (sub === 'add') {
    const target = targetFromFigure(repos, positiveId(a.values.figure, 'figure (--figure)'), tolerance);
    a.print(target, () => `Target ${target.id}: ${target.metric} ${target.comparator} ${target.value} ${target.unit}, due ${target.deadline ?? '—'} (${target.status})\n`);
    return 0;
  }
  if (sub === 'export') {
    const format = a.values.format;
    // the desk's summary, one row per target; in English, as the CLI speaks
    if (format === 'summary-csv') {
      const text = summaryCsv(repos, 'en');
      if (a.values.out) await writeOut(a.values.out, new TextEncoder().encode(text), a.values.force, a.err);
      else a.out(text);
      return 0;
    }
    if (format === 'summary-xlsx') {
      if (!a.values.out) throw new UsageError('An .xlsx file is binary: give --out FILE.xlsx to write it.');
      await writeOut(a.values.out, await summaryXlsx(repos, 'en'), a.values.force, a.err);
      return 0;
    }
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv, json, summary-csv or summary-xlsx.');
    const text = exportRegister(repos, format);
    if (a.values.out) await writeOut(a.values.out, new TextEncoder().encode(text), a.values.force, a.err);
    else a.out(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  }
  if (sub === 'import') {
    const file = rest[0];
    if (!file) throw new UsageError('Give the file to import: targets import FILE.csv|FILE.json');
    const format = a.values.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
    if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json.');
    const mode = a.values.mode ?? 'merge';
    if (mode !== 'merge' && mode !== 'replace') throw new UsageError('--mode must be merge or replace.');
    const result = importRegister(repos, await readFile(resolve(file), 'utf8'), format, { mode });
    a.print(result, () => [`Imported ${result.imported} targets.`, ...result.warnings.map((w) => `warning: ${w}`)].join('\n') + '\n');
    return 0;
  }
  throw new UsageError(`Unknown targets command "${sub}". Use: targets, targets add --figure ID, targets export --format csv|json|summary-csv|summary-xlsx, targets import FILE.`);
}

export function checkCommand(repos: Repositories, a: TrackingArgs): number {
  const storyId = positiveId(a.args[0], 'story');
  if (!repos.stories.get(storyId)) throw new AppFailure('not_found', `Story ${storyId} is not in the archive. List stories with \`stories\`.`);
  const checks = checkStory(repos, storyId, { attach: a.values.attach ?? false, approxTolerance: readSettings(repos).approxTolerance });
  a.print(checks, () =>
    checks
      .map(({ figure, verdicts }) =>
        [`${figure.quote}\t(${figure.metric})`, ...verdicts.map((v) => `  ${v.verdict}${v.suggestion ? ' (suggestion)' : ''}\t${v.explanation?.zh ?? ''}${v.source ? `\t← ${v.source.date ?? ''} ${v.source.headline}` : ''}`)].join('\n'),
      )
      .join('\n') + '\n',
  );
  return 0;
}

export async function exportCommand(repos: Repositories, a: TrackingArgs): Promise<number> {
  const [what, idArg] = a.args;
  const pdfRenderer = chromiumPdfRenderer();
  if (what === 'draft') {
    const draft = getDraft(repos, positiveId(idArg, 'draft'));
    const artifact = await renderDraft(draft, exportFormat(a.values.format, ['docx', 'md', 'html', 'pdf']), { pdfRenderer });
    await writeOut(a.values.out, artifact.bytes, a.values.force, a.err);
    return 0;
  }
  if (what === 'story') {
    const storyId = positiveId(idArg, 'story');
    const story = repos.stories.get(storyId);
    if (!story) throw new AppFailure('not_found', `Story ${storyId} is not in the archive.`);
    const settings = readSettings(repos);
    const artifact = await renderStory(
      {
        story,
        annotations: a.values.annotated ? listAnnotations(repos, storyId) : [],
        types: settings.annotationTypes,
        language: settings.locale ?? (story.language === 'en' ? 'en' : 'zh-CN'),
      },
      exportFormat(a.values.format, ['docx', 'html', 'pdf', 'md']),
      { pdfRenderer },
    );
    await writeOut(a.values.out, artifact.bytes, a.values.force, a.err);
    return 0;
  }
  throw new UsageError('Use: export draft ID --format docx|md|html|pdf --out FILE, or export story ID [--annotated] --format docx|html|pdf --out FILE.');
}

export async function annotationsCommand(repos: Repositories, a: TrackingArgs): Promise<number> {
  if (a.args[0] !== 'export') throw new UsageError('Use: annotations export --out FILE');
  const collection = exportAnnotationsW3C(repos);
  await writeOut(a.values.out, new TextEncoder().encode(JSON.stringify(collection, null, 2)), a.values.force, a.err);
  return 0;
}
