/**
 * CLI commands for the tracking side: targets, check, exports, annotations.
 * Each returns an exit code; output goes through the same print() as the rest of the CLI.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { ExportedFile, ExportFormat } from '../../shared/contract';
import { AppFailure } from '../../shared/result';
import { writeExport } from '../core/export/write';
import type { CliContext } from './context';
import { oneOf, positiveId, required, UsageError } from './options';

const bytesOf = (file: ExportedFile): Uint8Array => new Uint8Array(Buffer.from(file.dataBase64, 'base64'));

async function writeOut(c: CliContext, bytes: Uint8Array): Promise<string> {
  if (!c.values.out) throw new UsageError('Give the file to write with --out FILE.');
  const path = resolve(c.values.out);
  // The folder the editor named is the one exports may go to; --force allows replacing a file.
  try {
    await writeExport(path, bytes, { allowedDir: dirname(path), overwrite: c.values.force ?? false });
  } catch (error) {
    // The core's wording asks the app's user to confirm; on the command line that is --force.
    if (error instanceof AppFailure && error.code === 'conflict') throw new AppFailure('conflict', `${path} exists; add --force to replace it, or choose another --out.`, 'path');
    throw error;
  }
  c.err(`wrote ${path} (${bytes.byteLength.toLocaleString('en')} bytes)\n`);
  return path;
}

const REGISTER_FORMATS = ['csv', 'json', 'summary-csv', 'summary-xlsx'] as const;

export async function targetsCommand(c: CliContext): Promise<number> {
  const [sub, file] = c.args;
  if (!sub) {
    const targets = await c.call('targets:list', {});
    c.print('targets', targets, () =>
      targets.length
        ? targets
            .map((t) => `${t.id}\t${t.status}\t${t.entity ?? '—'}\t${t.metric}\t${t.comparator} ${t.value}${t.valueMax !== null ? `–${t.valueMax}` : ''} ${t.unit}\tdue ${t.deadline ?? '—'}\t${t.explanation?.en ?? ''}`)
            .join('\n') + '\n'
        : 'No targets yet. Add one from a figure: targets add --figure <figureId>\n',
    );
    return 0;
  }
  if (sub === 'add') {
    const target = await c.call('targets:fromFigure', { figureId: positiveId(c.values.figure, 'figure (--figure)') });
    c.print('targets add', target, () => `Target ${target.id}: ${target.metric} ${target.comparator} ${target.value} ${target.unit}, due ${target.deadline ?? '—'} (${target.status})\n`);
    return 0;
  }
  if (sub === 'export') {
    const format = oneOf(c.values.format, '--format', REGISTER_FORMATS);
    if (format === 'summary-xlsx' && !c.values.out) throw new UsageError('An .xlsx file is binary: give --out FILE.xlsx to write it.');
    // the desk's summary in English, as the CLI speaks
    const bytes = bytesOf(await c.call('targets:export', { format, language: 'en' }));
    if (c.values.out) await writeOut(c, bytes);
    else {
      // The BOM stays: Excel needs it to read the file as UTF-8.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      c.out(format === 'summary-csv' || text.endsWith('\n') ? text : `${text}\n`);
    }
    return 0;
  }
  if (sub === 'import') {
    required(file, 'Give the file to import: targets import FILE.csv|FILE.json');
    const format = oneOf(c.values.format, '--format', ['csv', 'json'] as const, file!.toLowerCase().endsWith('.csv') ? 'csv' : 'json');
    const mode = oneOf(c.values.mode, '--mode', ['merge', 'replace'] as const, 'merge');
    const result = await c.call('targets:import', { text: await readFile(resolve(file!), 'utf8'), format, mode }).catch((error: unknown) => {
      // The core reads text, not files: the refusal names the file here, as the app's dialog does.
      if (!(error instanceof AppFailure)) throw error;
      throw new AppFailure(error.code, `${basename(file!)}: ${error.message}`, error.path, error.params, error.reason);
    });
    c.print('targets import', result, () => [`Imported ${result.imported} targets.`, ...result.warnings.map((w) => `warning: ${w}`)].join('\n') + '\n');
    return 0;
  }
  throw new UsageError(`Unknown targets command "${sub}". Use: targets, targets add --figure ID, targets export --format csv|json|summary-csv|summary-xlsx, targets import FILE.`);
}

export async function checkCommand(c: CliContext): Promise<number> {
  const storyId = positiveId(c.args[0], 'story');
  const checks = await c.call('check:story', { storyId, options: { attach: c.values.attach ?? false } });
  c.print('check', checks, () =>
    checks
      .map(({ figure, verdicts }) =>
        [`${figure.quote}\t(${figure.metric})`, ...verdicts.map((v) => `  ${v.verdict}${v.suggestion ? ' (suggestion)' : ''}\t${v.explanation?.en ?? ''}${v.source ? `\t← ${v.source.date ?? ''} ${v.source.headline}` : ''}`)].join('\n'),
      )
      .join('\n') + '\n',
  );
  return 0;
}

/** The format words the CLI takes (md for markdown), per export. */
const EXPORT_FORMATS: Record<string, ExportFormat> = { docx: 'docx', md: 'markdown', markdown: 'markdown', html: 'html', pdf: 'pdf' };

function exportFormat(value: string | undefined, allowed: string[]): ExportFormat {
  return EXPORT_FORMATS[oneOf(value, '--format', allowed)]!;
}

export async function exportCommand(c: CliContext): Promise<number> {
  const [what, idArg] = c.args;
  if (what === 'draft') {
    const id = positiveId(idArg, 'draft');
    await writeOut(c, bytesOf(await c.call('export:draft', { id, format: exportFormat(c.values.format, ['docx', 'md', 'html', 'pdf']) })));
    return 0;
  }
  if (what === 'story') {
    const storyId = positiveId(idArg, 'story');
    const format = exportFormat(c.values.format, ['docx', 'html', 'pdf', 'md']);
    // Labels in the saved language, else the story's own.
    const [story, settings] = await Promise.all([c.call('archive:get', { id: storyId }), c.call('settings:get', {})]);
    const language = settings.locale ?? (story.language === 'en' ? 'en' : 'zh-CN');
    await writeOut(c, bytesOf(await c.call('export:story', { storyId, format, annotated: c.values.annotated ?? false, language })));
    return 0;
  }
  throw new UsageError('Use: export draft ID --format docx|md|html|pdf --out FILE, or export story ID [--annotated] --format docx|html|pdf --out FILE.');
}

export async function annotationsCommand(c: CliContext): Promise<number> {
  if (c.args[0] !== 'export') throw new UsageError('Use: annotations export --out FILE');
  await writeOut(c, bytesOf(await c.call('annotations:export', {})));
  return 0;
}
