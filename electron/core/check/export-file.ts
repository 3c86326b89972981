/** A story's check as a spreadsheet: one row per verdict, in the editor's language. */
import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import type { Repositories } from '../db/repositories';
import { csvBytes, toCsv, type CsvColumn } from '../text/csv';
import { CSV_MIME, exportedFile, safeFileName } from '../export/exported-file';
import { needStory } from '../need';
import { readSettings } from '../settings';
import { checkStory } from './check-story';

export interface CheckCsvRow {
  storyId?: number | null;
  headline?: string | null;
  quote: string;
  value?: number | null;
  unit?: string | null;
  against?: string | null;
  verdict: string;
  score?: number | null;
  explanation?: string | { zh: string; en: string } | null;
  sourceHeadline?: string | null;
  sourceDate?: string | null;
}

type Lang = 'zh-CN' | 'en';
const pick = (e: string | { zh: string; en: string } | null | undefined, lang: Lang) =>
  e == null ? '' : typeof e === 'string' ? e : lang === 'zh-CN' ? e.zh : e.en;

export function checkResultsCsv(rows: readonly CheckCsvRow[], language: Lang): string {
  const zh = language === 'zh-CN';
  const cols: Array<CsvColumn<CheckCsvRow>> = [
    { header: zh ? '稿件' : 'Story', key: 'storyId' },
    { header: zh ? '标题' : 'Headline', key: 'headline' },
    { header: zh ? '原文' : 'Quote', key: 'quote' },
    { header: zh ? '数值' : 'Value', key: 'value' },
    { header: zh ? '单位' : 'Unit', key: 'unit' },
    { header: zh ? '对照' : 'Against', key: 'against' },
    { header: zh ? '结论' : 'Verdict', key: 'verdict' },
    { header: zh ? '匹配度' : 'Score', key: 'score' },
    { header: zh ? '计算' : 'Arithmetic', get: (r) => pick(r.explanation, language) },
    { header: zh ? '来源标题' : 'Source headline', key: 'sourceHeadline' },
    { header: zh ? '来源日期' : 'Source date', key: 'sourceDate' },
  ];
  return toCsv(rows, cols);
}

export async function checkResultsFile(repos: Repositories, { storyId, language }: ParsedInputOf<'check:export'>): Promise<ExportedFile> {
  const story = await needStory(repos.stores.stories, storyId);
  const { approxTolerance } = await readSettings(repos);
  const checks = await checkStory(repos, storyId, { approxTolerance });
  const rows: CheckCsvRow[] = checks.flatMap(({ figure, verdicts }) =>
    verdicts.map((v) => ({
      storyId,
      headline: story.headline,
      quote: figure.quote,
      value: figure.value,
      unit: figure.unit,
      against: v.against,
      verdict: v.verdict,
      score: v.score,
      explanation: v.explanation,
      sourceHeadline: v.source?.headline ?? null,
      sourceDate: v.source?.date ?? null,
    })),
  );
  return exportedFile(safeFileName(`${story.headline} check`, 'csv'), CSV_MIME, csvBytes(checkResultsCsv(rows, language)));
}
