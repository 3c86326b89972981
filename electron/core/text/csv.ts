/**
 * CSV as Excel reads and writes it (RFC 4180): UTF-8 with a byte-order mark (so Excel reads
 * Chinese correctly), CRLF line ends, quotes doubled. The one writer and reader of the app:
 * the register's round trip, the desk's summary and the check's export all go through it.
 */

export const BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * A text cell starting with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet shows
   * it instead of running it as a formula. Off for files the app reads back (the register's
   * round trip), where the cell must come back as it was written.
   */
  guardFormulas?: boolean;
}

/** A column: the row key (or a getter) and its header. */
export interface CsvColumn<Row> {
  header: string;
  key?: keyof Row & string;
  get?: (row: Row) => unknown;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One cell, quoted where needed; numbers pass as numbers. */
export function csvCell(value: unknown, { guardFormulas = true }: CsvOptions = {}): string {
  let s = cellText(value);
  if (guardFormulas && typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header line and rows of cells. */
export function csvTable(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>, options: CsvOptions = {}): string {
  return BOM + [header, ...rows].map((r) => r.map((cell) => csvCell(cell, options)).join(',')).join('\r\n') + '\r\n';
}

/** Rows of objects under `columns`; without columns, the keys of the first row are used. */
export function toCsv<Row extends object>(rows: readonly Row[], columns?: ReadonlyArray<CsvColumn<Row>>, options: CsvOptions = {}): string {
  const cols: ReadonlyArray<CsvColumn<Row>> =
    columns ?? (rows[0] ? Object.keys(rows[0]).map((k) => ({ header: k, key: k as keyof Row & string })) : []);
  const cells = rows.map((row) => cols.map((c) => (c.get ? c.get(row) : c.key ? (row as Record<string, unknown>)[c.key] : '')));
  return csvTable(cols.map((c) => c.header), cells, options);
}

export function csvBytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}

export interface CsvRecord {
  /** 1-based line where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let touched = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !touched)) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    touched = false;
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (cell !== '') throw new CsvSyntaxError(line, 'a quote inside an unquoted field');
      quoted = true;
      touched = true;
      i++;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      cell += ch;
      touched = true;
      i++;
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, 'a quoted field is not closed');
  if (cell !== '' || cells.length || touched) endRecord();
  return records;
}
