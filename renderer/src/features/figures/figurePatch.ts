/** A figure correction as the form holds it (text), and the patch of only the fields that changed. */
import type { FigurePatch } from '../../../../shared/contract';
import type { Figure, FigureChange, FigureKind, Qualifier } from '../../../../shared/domain/figure';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s，]/g, '');
  if (!cleaned) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export interface FigureFields {
  value: number | null;
  valueMax: number | null;
  unit: string;
  qualifier: Qualifier;
  kind: FigureKind;
  change: FigureChange;
  metric: string;
  entity: string;
  from: string;
  to: string;
}

export function figurePatch(figure: Figure, fields: FigureFields): FigurePatch {
  const { from: f, to: tt } = fields;
  const out: FigurePatch = {};
  if (fields.value !== null && fields.value !== figure.value) out.value = fields.value;
  if (fields.valueMax !== figure.valueMax) out.valueMax = fields.valueMax;
  if (fields.unit.trim() !== figure.unit) out.unit = fields.unit.trim();
  if (fields.qualifier !== figure.qualifier) out.qualifier = fields.qualifier;
  if (fields.kind !== figure.kind) out.kind = fields.kind;
  if (fields.change !== figure.change) out.change = fields.change;
  if (fields.metric.trim() !== figure.metric) out.metric = fields.metric.trim();
  const nextEntity = fields.entity.trim() || null;
  if (nextEntity !== figure.entity) out.entity = nextEntity;
  const period = f && tt ? { from: f, to: tt } : null;
  if (period === null ? figure.period !== null : period.from !== figure.period?.from || period.to !== figure.period?.to) {
    out.period = period && { ...period, label: figure.period && figure.period.from === f && figure.period.to === tt ? figure.period.label : f === tt ? f : `${f}–${tt}` };
  }
  return out;
}
