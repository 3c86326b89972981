/**
 * The register as a desk reads it: one row per target with who promised what by when, the
 * latest reading and where it came from, the status and the arithmetic, in the editor's
 * language. The full CSV/JSON export stays for round trips; this one is for people.
 */
import type { Evidence, Target, TargetStatus } from '../../../shared/domain/target';
import type { Repositories } from '../db/repositories';
import { csvTable } from '../text/csv';

export type SummaryLanguage = 'zh' | 'en';

export interface SummaryRow {
  indicator: string;
  entity: string;
  source: string;
  printed: string;
  terms: string;
  deadline: string;
  latest: string;
  latestSource: string;
  latestDate: string;
  status: string;
  arithmetic: string;
}

/** A column: its header in each language and its width in Excel's character units. */
interface SummaryColumn {
  key: keyof SummaryRow;
  header: Record<SummaryLanguage, string>;
  width: number;
}

export const SUMMARY_COLUMNS: readonly SummaryColumn[] = [
  { key: 'indicator', header: { zh: '指标', en: 'Indicator' }, width: 22 },
  { key: 'entity', header: { zh: '承诺方', en: 'Promised by' }, width: 14 },
  { key: 'source', header: { zh: '目标出处', en: 'Source of the target' }, width: 36 },
  { key: 'printed', header: { zh: '原文', en: 'As printed' }, width: 48 },
  { key: 'terms', header: { zh: '目标', en: 'Target' }, width: 22 },
  { key: 'deadline', header: { zh: '期限', en: 'Deadline' }, width: 12 },
  { key: 'latest', header: { zh: '最新数据', en: 'Latest reading' }, width: 16 },
  { key: 'latestSource', header: { zh: '数据出处', en: 'Source of the reading' }, width: 36 },
  { key: 'latestDate', header: { zh: '数据日期', en: 'Date of the reading' }, width: 12 },
  { key: 'status', header: { zh: '状态', en: 'Status' }, width: 10 },
  { key: 'arithmetic', header: { zh: '计算', en: 'Arithmetic' }, width: 60 },
];

const STATUS_WORDS: Record<TargetStatus, Record<SummaryLanguage, string>> = {
  not_due: { zh: '未到期', en: 'Not due' },
  on_track: { zh: '进展顺利', en: 'On track' },
  off_track: { zh: '进度落后', en: 'Off track' },
  met: { zh: '已完成', en: 'Met' },
  missed: { zh: '未完成', en: 'Missed' },
  revised: { zh: '已修订', en: 'Revised' },
  unclear: { zh: '不明确', en: 'Unclear' },
};

const COMPARATOR_WORDS: Record<Target['comparator'], Record<SummaryLanguage, string>> = {
  eq: { zh: '达到', en: 'reach' },
  gt: { zh: '超过', en: 'more than' },
  gte: { zh: '不低于', en: 'at least' },
  lt: { zh: '低于', en: 'less than' },
  lte: { zh: '不高于', en: 'at most' },
  approx: { zh: '约', en: 'about' },
  range: { zh: '介于', en: 'between' },
};

function amount(value: number, unit: string, lang: SummaryLanguage): string {
  const n = value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 6 });
  if (unit === '%' || lang === 'zh') return `${n}${unit}`;
  return `${n} ${unit}`;
}

function terms(t: Target, lang: SummaryLanguage): string {
  const word = COMPARATOR_WORDS[t.comparator][lang];
  if (t.comparator === 'range' && t.valueMax !== null) {
    return lang === 'zh' ? `${word}${amount(t.value, '', lang)}至${amount(t.valueMax, t.unit, lang)}` : `${word} ${amount(t.value, t.unit, lang)} and ${amount(t.valueMax, t.unit, lang)}`;
  }
  return lang === 'zh' ? `${word}${amount(t.value, t.unit, lang)}` : `${word} ${amount(t.value, t.unit, lang)}`;
}

/** 「重庆日报《标题》2023-02-24」 / "Chongqing Daily, ‘Headline’, 2023-02-24" */
function sourceText(publication: string | null, headline: string | null, date: string | null, lang: SummaryLanguage): string {
  if (lang === 'zh') return `${publication ?? ''}${headline ? `《${headline}》` : ''}${date ? ` ${date}` : ''}`.trim();
  return [publication, headline ? `‘${headline}’` : null, date].filter(Boolean).join(', ');
}

/** The newest actual reading; a projection only when nothing actual has come in. */
function latestReading(evidence: Evidence[]): Evidence | null {
  const newest = (kind: string) =>
    evidence.filter((e) => e.kind === kind).sort((a, b) => (b.storyDate ?? '').localeCompare(a.storyDate ?? '') || b.figureId - a.figureId)[0] ?? null;
  return newest('actual') ?? newest('projection');
}

/**
 * The publications of the stories the rows cite, read from the story store once per story
 * before the rows are built (many targets share a source or a reading's story).
 */
async function publicationsOf(repos: Repositories, storyIds: Array<number | null>): Promise<(storyId: number | null) => string | null> {
  const publications = new Map<number, string | null>();
  for (const id of storyIds) {
    if (id !== null && !publications.has(id)) publications.set(id, (await repos.stores.stories.summary(id))?.publication ?? null);
  }
  return (storyId) => (storyId === null ? null : (publications.get(storyId) ?? null));
}

export async function summaryRows(repos: Repositories, lang: SummaryLanguage): Promise<SummaryRow[]> {
  const read = repos.targets.all().map((t) => ({ t, latest: latestReading(repos.targets.evidence(t.id)) }));
  const publicationOf = await publicationsOf(repos, read.flatMap(({ t, latest }) => [t.sourceStoryId, latest?.storyId ?? null]));
  return read.map(({ t, latest }) => {
    return {
      indicator: t.metric,
      entity: t.entity ?? '',
      source: sourceText(publicationOf(t.sourceStoryId), t.sourceHeadline, t.sourceDate, lang),
      printed: t.quote,
      terms: terms(t, lang),
      deadline: t.deadline ?? '',
      latest: latest ? amount(latest.value, latest.unit, lang) : '',
      latestSource: latest ? sourceText(publicationOf(latest.storyId), latest.headline, null, lang) : '',
      latestDate: latest?.storyDate ?? '',
      status: STATUS_WORDS[t.status][lang],
      arithmetic: t.explanation?.[lang] ?? '',
    };
  });
}

export async function summaryCsv(repos: Repositories, lang: SummaryLanguage): Promise<string> {
  return csvTable(
    SUMMARY_COLUMNS.map((c) => c.header[lang]),
    (await summaryRows(repos, lang)).map((row) => SUMMARY_COLUMNS.map((c) => row[c.key])),
    { guardFormulas: false },
  );
}

/** An .xlsx workbook: one sheet, a bold header row frozen above the rows, columns sized to their contents. */
export async function summaryXlsx(repos: Repositories, lang: SummaryLanguage): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Figure Desk';
  const sheet = book.addWorksheet(lang === 'zh' ? '目标登记' : 'Targets', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.columns = SUMMARY_COLUMNS.map((c) => ({ header: c.header[lang], key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of await summaryRows(repos, lang)) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_COLUMNS.length } };
  for (const key of ['printed', 'arithmetic', 'source', 'latestSource'] as const) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
