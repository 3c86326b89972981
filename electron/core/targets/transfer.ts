/**
 * The register out to CSV or JSON and back. Both carry everything, events and evidence
 * links included (CSV holds them as JSON cells), so a round trip loses nothing. An
 * import validates every row first and reports line and field; then it writes in one
 * transaction or not at all.
 */
import {
  ImportMode,
  RegisterExport,
  TargetRecord,
  type ImportResult,
  type Target,
} from '../../../shared/domain/target';
import { AppFailure } from '../../../shared/result';
import type { Repositories } from '../db/repositories';
import { nowIso } from '../clock';
import { quantityKey } from '../metrics/match-key';
import { registerExportTargets } from './register-file-shape';
import { csvTable, CsvSyntaxError, parseCsv } from '../text/csv';

export type TransferFormat = 'json' | 'csv';

function records(repos: Repositories): TargetRecord[] {
  return repos.targets.all().map((t) => ({
    ...t,
    events: repos.targets.events(t.id).map(({ id: _id, targetId: _t, ...e }) => e),
    evidence: repos.targets.links(t.id).map(({ targetId: _t, ...l }) => l),
  }));
}

export function exportRegisterJson(repos: Repositories): string {
  const doc: RegisterExport = {
    format: 'figure-desk-targets',
    version: 1,
    exportedAt: nowIso(),
    targets: records(repos),
    aliases: repos.metricAliases.all(),
  };
  return JSON.stringify(doc, null, 2);
}

/** Column, and how a record's value becomes a cell and back. Null is an empty cell. */
interface Column {
  name: string;
  get(r: TargetRecord): string | number | null;
  kind: 'text' | 'nullable' | 'number' | 'nullableNumber' | 'json' | 'nullableJson';
  /** Where the cell goes in the record. */
  path: string;
}

const COLUMNS: Column[] = [
  { name: 'id', get: (r) => r.id, kind: 'number', path: 'id' },
  { name: 'metric', get: (r) => r.metric, kind: 'text', path: 'metric' },
  { name: 'metric_key', get: (r) => r.metricKey, kind: 'text', path: 'metricKey' },
  { name: 'entity', get: (r) => r.entity, kind: 'nullable', path: 'entity' },
  { name: 'value', get: (r) => r.value, kind: 'number', path: 'value' },
  { name: 'value_max', get: (r) => r.valueMax, kind: 'nullableNumber', path: 'valueMax' },
  { name: 'unit', get: (r) => r.unit, kind: 'text', path: 'unit' },
  { name: 'currency', get: (r) => r.currency, kind: 'nullable', path: 'currency' },
  { name: 'change', get: (r) => r.change, kind: 'text', path: 'change' },
  { name: 'comparator', get: (r) => r.comparator, kind: 'text', path: 'comparator' },
  { name: 'direction', get: (r) => r.direction, kind: 'text', path: 'direction' },
  { name: 'tolerance', get: (r) => r.tolerance, kind: 'number', path: 'tolerance' },
  { name: 'accumulation', get: (r) => r.accumulation, kind: 'text', path: 'accumulation' },
  { name: 'period_from', get: (r) => r.period?.from ?? null, kind: 'nullable', path: 'period.from' },
  { name: 'period_to', get: (r) => r.period?.to ?? null, kind: 'nullable', path: 'period.to' },
  { name: 'period_label', get: (r) => r.period?.label ?? null, kind: 'nullable', path: 'period.label' },
  { name: 'deadline', get: (r) => r.deadline, kind: 'nullable', path: 'deadline' },
  { name: 'binding', get: (r) => r.binding, kind: 'text', path: 'binding' },
  { name: 'source_story_id', get: (r) => r.sourceStoryId, kind: 'nullableNumber', path: 'sourceStoryId' },
  { name: 'source_figure_id', get: (r) => r.sourceFigureId, kind: 'nullableNumber', path: 'sourceFigureId' },
  { name: 'source_headline', get: (r) => r.sourceHeadline, kind: 'nullable', path: 'sourceHeadline' },
  { name: 'source_date', get: (r) => r.sourceDate, kind: 'nullable', path: 'sourceDate' },
  { name: 'quote', get: (r) => r.quote, kind: 'text', path: 'quote' },
  { name: 'notes', get: (r) => r.notes, kind: 'text', path: 'notes' },
  { name: 'status', get: (r) => r.status, kind: 'text', path: 'status' },
  { name: 'computed_status', get: (r) => r.computedStatus, kind: 'text', path: 'computedStatus' },
  { name: 'override_status', get: (r) => r.override?.status ?? null, kind: 'nullable', path: 'override.status' },
  { name: 'override_reason', get: (r) => r.override?.reason ?? null, kind: 'nullable', path: 'override.reason' },
  { name: 'override_at', get: (r) => r.override?.at ?? null, kind: 'nullable', path: 'override.at' },
  { name: 'revises_target_id', get: (r) => r.revisesTargetId, kind: 'nullableNumber', path: 'revisesTargetId' },
  { name: 'revised_by_target_id', get: (r) => r.revisedByTargetId, kind: 'nullableNumber', path: 'revisedByTargetId' },
  { name: 'created_at', get: (r) => r.createdAt, kind: 'text', path: 'createdAt' },
  { name: 'updated_at', get: (r) => r.updatedAt, kind: 'text', path: 'updatedAt' },
  { name: 'explanation_json', get: (r) => (r.explanation ? JSON.stringify(r.explanation) : null), kind: 'nullableJson', path: 'explanation' },
  { name: 'events_json', get: (r) => JSON.stringify(r.events), kind: 'json', path: 'events' },
  { name: 'evidence_json', get: (r) => JSON.stringify(r.evidence), kind: 'json', path: 'evidence' },
];

export function exportRegisterCsv(repos: Repositories): string {
  const rows = records(repos).map((r) => COLUMNS.map((c) => {
    const v = c.get(r);
    return v === null ? '' : String(v);
  }));
  // Read back by importRegister: every cell must return as written, so no formula guard.
  return csvTable(COLUMNS.map((c) => c.name), rows, { guardFormulas: false });
}

export function exportRegister(repos: Repositories, format: TransferFormat): string {
  return format === 'csv' ? exportRegisterCsv(repos) : exportRegisterJson(repos);
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) {
    obj[head] = value;
    return;
  }
  const inner = (obj[head] ?? {}) as Record<string, unknown>;
  inner[tail] = value;
  obj[head] = inner;
}

interface RowError {
  line: number;
  field: string;
  message: string;
}

function fieldOf(path: PropertyKey[]): string {
  const two = path.slice(0, 2).map(String).join('.');
  const col = COLUMNS.find((c) => c.path === two) ?? COLUMNS.find((c) => c.path === String(path[0] ?? ''));
  return col?.name ?? path.map(String).join('.');
}

function csvRecords(text: string): { rows: Array<{ line: number; record: unknown }>; errors: RowError[] } {
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rows: [], errors: [{ line: error.line, field: '', message: error.message }] };
    throw error;
  }
  const errors: RowError[] = [];
  const header = parsed[0]?.cells ?? [];
  const missing = COLUMNS.filter((c) => !header.includes(c.name)).map((c) => c.name);
  if (missing.length) return { rows: [], errors: [{ line: 1, field: missing[0]!, message: `the header lacks column ${missing.join(', ')}` }] };
  const at = new Map(header.map((h, i) => [h, i]));
  const rows: Array<{ line: number; record: unknown }> = [];
  for (const { line, cells } of parsed.slice(1)) {
    if (cells.length !== header.length) {
      errors.push({ line, field: '', message: `expected ${header.length} cells, found ${cells.length}` });
      continue;
    }
    const obj: Record<string, unknown> = {};
    let periodEmpty = true;
    let overrideEmpty = true;
    for (const c of COLUMNS) {
      const raw = cells[at.get(c.name)!]!;
      let value: unknown = raw;
      try {
        if (c.kind === 'nullable') value = raw === '' ? null : raw;
        else if (c.kind === 'number') value = raw === '' ? NaN : Number(raw);
        else if (c.kind === 'nullableNumber') value = raw === '' ? null : Number(raw);
        else if (c.kind === 'json') value = JSON.parse(raw);
        else if (c.kind === 'nullableJson') value = raw === '' ? null : JSON.parse(raw);
      } catch {
        errors.push({ line, field: c.name, message: 'is not valid JSON' });
        continue;
      }
      if (c.path.startsWith('period.')) {
        if (value !== null) periodEmpty = false;
        continue;
      }
      if (c.path.startsWith('override.')) {
        if (value !== null) overrideEmpty = false;
        continue;
      }
      setPath(obj, c.path, value);
    }
    const cell = (name: string) => cells[at.get(name)!]!;
    obj.period = periodEmpty ? null : { from: cell('period_from'), to: cell('period_to'), label: cell('period_label') };
    obj.override = overrideEmpty ? null : { status: cell('override_status'), reason: cell('override_reason'), at: cell('override_at') };
    rows.push({ line, record: obj });
  }
  return { rows, errors };
}

function jsonRecords(text: string): { rows: Array<{ line: number; record: unknown }>; errors: RowError[]; aliases: RegisterExport['aliases'] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { rows: [], errors: [{ line: 1, field: '', message: `not JSON: ${(error as Error).message}` }], aliases: [] };
  }
  const targets = registerExportTargets(doc);
  const aliases = RegisterExport.shape.aliases.safeParse((doc as { aliases?: unknown }).aliases ?? []);
  // JSON has no lines an editor would look up; the record's position stands in for one.
  return {
    rows: targets.map((record, i) => ({ line: i + 1, record })),
    errors: aliases.success ? [] : [{ line: 0, field: 'aliases', message: aliases.error.issues[0]!.message }],
    aliases: aliases.success ? aliases.data : [],
  };
}

/**
 * Reads a register file into this archive. Links to stories or figures the archive
 * lacks are dropped and listed in warnings; the targets themselves keep their source
 * headline and date.
 */
export async function importRegister(
  repos: Repositories,
  text: string,
  format: TransferFormat,
  options: { mode?: ImportMode } = {},
): Promise<ImportResult> {
  const mode = ImportMode.parse(options.mode ?? 'merge');
  const read = format === 'csv' ? { ...csvRecords(text), aliases: [] as RegisterExport['aliases'] } : jsonRecords(text);
  const errors = [...read.errors];
  const valid: TargetRecord[] = [];
  for (const { line, record } of read.rows) {
    const r = TargetRecord.safeParse(record);
    if (r.success) valid.push(r.data);
    else for (const issue of r.error.issues.slice(0, 3)) errors.push({ line, field: fieldOf(issue.path), message: issue.message });
  }
  const ids = new Set<number>();
  for (const [i, r] of valid.entries()) {
    if (ids.has(r.id)) errors.push({ line: read.rows[i]!.line, field: 'id', message: `id ${r.id} appears twice` });
    ids.add(r.id);
  }
  if (errors.length) {
    const first = errors[0]!;
    const where = format === 'csv' ? 'line' : 'target';
    const list = errors.slice(0, 10).map((e) => `${where} ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.message}`).join('; ');
    throw new AppFailure('invalid_input', `Nothing was imported. ${errors.length} problem(s): ${list}`, `${where} ${first.line}${first.field ? `: ${first.field}` : ''}`);
  }

  const warnings: string[] = [];
  // Which source stories are here is asked of the story store in the same transaction as the
  // writes, so a story cannot go between; the register, figures and aliases are not on the
  // storage interfaces yet and are written through their synchronous repositories inside it.
  await repos.stores.transaction(async (tx) => {
    if (mode === 'replace') repos.targets.deleteAll();
    const base = mode === 'replace' ? 0 : repos.targets.maxId();
    const newIds = new Map([...ids].map((old, i) => [old, mode === 'replace' ? old : base + i + 1]));
    const idFor = (old: number | null) => (old === null ? null : (newIds.get(old) ?? null));
    // Insert without the revision links first; they may point forward in the file.
    for (const r of valid) {
      const storyOk = r.sourceStoryId === null || (await tx.stories.summary(r.sourceStoryId)) !== null;
      const figureOk = r.sourceFigureId === null || repos.figures.get(r.sourceFigureId) !== null;
      if (!storyOk) warnings.push(`target ${r.id}: story ${r.sourceStoryId} is not in this archive; kept its headline and date only`);
      if (!figureOk) warnings.push(`target ${r.id}: figure ${r.sourceFigureId} is not in this archive`);
      const { events, evidence, id, createdAt, updatedAt, ...target } = r;
      repos.targets.insertWithId({
        ...target,
        id: idFor(id)!,
        matchKey: quantityKey(target),
        sourceStoryId: storyOk ? r.sourceStoryId : null,
        sourceFigureId: figureOk ? r.sourceFigureId : null,
        revisesTargetId: null,
        revisedByTargetId: null,
        createdAt,
        updatedAt,
      });
      for (const e of events) repos.targets.addEvent({ ...e, targetId: idFor(id)! });
      for (const l of evidence) {
        if (repos.figures.get(l.figureId)) repos.targets.link({ ...l, targetId: idFor(id)! });
        else warnings.push(`target ${r.id}: evidence figure ${l.figureId} is not in this archive`);
      }
    }
    for (const r of valid) {
      if (r.revisesTargetId === null && r.revisedByTargetId === null) continue;
      const t = repos.targets.get(idFor(r.id)!)!;
      repos.targets.update(
        { ...withoutStamps(t), matchKey: quantityKey(t), revisesTargetId: idFor(r.revisesTargetId), revisedByTargetId: idFor(r.revisedByTargetId) },
        r.updatedAt,
      );
    }
    for (const a of read.aliases) repos.metricAliases.teach(a.aliasKey, a.canonicalKey, a.confirmedAt);
  });
  return { imported: valid.length, warnings };
}

function withoutStamps(t: Target): Omit<Target, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = t;
  return rest;
}
