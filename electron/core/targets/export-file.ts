/** The register as a file to save: whole (csv, json) for round trips, or the desk's one row per target. */
import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import { CSV_MIME, exportedFile, fileDate, utf8, XLSX_MIME } from '../export/exported-file';
import type { Repositories } from '../db/repositories';
import { summaryCsv, summaryXlsx } from './summary';
import { exportRegister } from './transfer';

type RegisterExport = ParsedInputOf<'targets:export'>;

export async function registerFile(repos: Repositories, { format, language }: RegisterExport): Promise<ExportedFile> {
  const lang = language ?? 'en';
  if (format === 'summary-csv') return exportedFile(`figure-desk-register-${fileDate()}.csv`, CSV_MIME, utf8(await summaryCsv(repos, lang)));
  if (format === 'summary-xlsx') return exportedFile(`figure-desk-register-${fileDate()}.xlsx`, XLSX_MIME, await summaryXlsx(repos, lang));
  const text = exportRegister(repos, format);
  return exportedFile(`figure-desk-targets-${fileDate()}.${format}`, format === 'csv' ? CSV_MIME : 'application/json', utf8(text));
}
