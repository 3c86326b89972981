/** A column: the row key (or a getter) and its header. */
export interface CsvColumn<Row> {
  header: string;
  key?: keyof Row & string;
  get?: (row: Row) => unknown;
}

const BOM = '\uFEFF';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * RFC 4180 quoting. A text cell starting with = + - @ (or a tab/CR) is prefixed with '
 * so a spreadsheet shows it instead of running it as a formula; numbers pass as numbers.
 */
export function csvCell(value: unknown): string {
  let s = cellText(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * UTF-8 CSV with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends.
 * Without columns, the keys of the first row are used.
 */
export function toCsv<Row extends object>(rows: readonly Row[], columns?: ReadonlyArray<CsvColumn<Row>>): string {
  const cols: ReadonlyArray<CsvColumn<Row>> =
    columns ?? (rows[0] ? Object.keys(rows[0]).map((k) => ({ header: k, key: k as keyof Row & string })) : []);
  const lines = [cols.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) {
    lines.push(cols.map((c) => csvCell(c.get ? c.get(row) : c.key ? (row as Record<string, unknown>)[c.key] : '')).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}

/** A target row as the register or a check exports it; plain data, any extra keys ignored. */
export interface TargetCsvRow {
  id?: number | null;
  metric: string;
  entity?: string | null;
  comparator?: string | null;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  deadline?: string | null;
  status?: string | null;
  explanation?: string | { zh: string; en: string } | null;
  sourceHeadline?: string | null;
  sourceDate?: string | null;
  quote?: string | null;
  notes?: string | null;
}

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

export function targetsCsv(rows: readonly TargetCsvRow[], language: Lang): string {
  const zh = language === 'zh-CN';
  const cols: Array<CsvColumn<TargetCsvRow>> = [
    { header: 'ID', key: 'id' },
    { header: zh ? '指标' : 'Metric', key: 'metric' },
    { header: zh ? '主体' : 'Entity', key: 'entity' },
    { header: zh ? '比较' : 'Comparator', key: 'comparator' },
    { header: zh ? '目标值' : 'Target', key: 'value' },
    { header: zh ? '上限' : 'Target max', key: 'valueMax' },
    { header: zh ? '单位' : 'Unit', key: 'unit' },
    { header: zh ? '期限' : 'Deadline', key: 'deadline' },
    { header: zh ? '状态' : 'Status', key: 'status' },
    { header: zh ? '计算' : 'Arithmetic', get: (r) => pick(r.explanation, language) },
    { header: zh ? '来源标题' : 'Source headline', key: 'sourceHeadline' },
    { header: zh ? '来源日期' : 'Source date', key: 'sourceDate' },
    { header: zh ? '原文' : 'Quote', key: 'quote' },
    { header: zh ? '备注' : 'Notes', key: 'notes' },
  ];
  return toCsv(rows, cols);
}

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
