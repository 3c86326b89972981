/** What the target forms hold as the editor types, checked and turned into what the core takes. */
import type { Binding, Comparator, Direction, NewTarget, Target, TargetPatch } from '../../../../shared/domain/target';

export interface Fields {
  metric: string;
  entity: string;
  value: number | string;
  valueMax: number | string;
  unit: string;
  comparator: Comparator;
  /** '' = let the core infer it from the comparator. */
  direction: Direction | '';
  /** Percent, as the editor writes it (5 = ±5%); '' = the default. */
  tolerance: number | string;
  deadline: string;
  binding: Binding;
  quote: string;
  notes: string;
}

export type Errors = Partial<Record<keyof Fields, string>>;

export const num = (v: number | string): number | null => (typeof v === 'number' ? v : v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v));

export function fromTarget(target: Target): Fields {
  return {
    metric: target.metric,
    entity: target.entity ?? '',
    value: target.value,
    valueMax: target.valueMax ?? '',
    unit: target.unit,
    comparator: target.comparator,
    direction: target.direction,
    tolerance: Math.round(target.tolerance * 10000) / 100,
    deadline: target.deadline ?? '',
    binding: target.binding,
    quote: target.quote,
    notes: target.notes,
  };
}

export const EMPTY: Fields = {
  metric: '',
  entity: '',
  value: '',
  valueMax: '',
  unit: '',
  comparator: 'gte',
  direction: '',
  tolerance: '',
  deadline: '',
  binding: 'unknown',
  quote: '',
  notes: '',
};

export function validate(t: (k: 'targets.form.required' | 'targets.form.number' | 'targets.form.rangeMax') => string, f: Fields, requireMetric: boolean): Errors {
  const errors: Errors = {};
  if (requireMetric && !f.metric.trim()) errors.metric = t('targets.form.required');
  if (num(f.value) === null) errors.value = t('targets.form.number');
  if (!f.unit.trim()) errors.unit = t('targets.form.required');
  if (f.comparator === 'range' && num(f.valueMax) === null) errors.valueMax = t('targets.form.rangeMax');
  return errors;
}

/** The terms both forms send (a correction sends only these): a blank direction or tolerance is left to the core, a tolerance in percent becomes a share of 0 to 1. */
export function targetTerms(fields: Fields) {
  const tol = num(fields.tolerance);
  return {
    value: num(fields.value)!,
    valueMax: num(fields.valueMax),
    unit: fields.unit.trim(),
    comparator: fields.comparator,
    ...(fields.direction ? { direction: fields.direction } : {}),
    ...(tol !== null ? { tolerance: Math.min(1, Math.max(0, tol / 100)) } : {}),
    deadline: fields.deadline || null,
    binding: fields.binding,
    notes: fields.notes,
  };
}

/** A correction of a tracked target: its terms only. */
export function targetPatch(fields: Fields): TargetPatch {
  return targetTerms(fields);
}

/** A target entered by hand: its terms, with what it measures, whose it is and the words that state it. */
export function newTarget(fields: Fields): NewTarget {
  return { metric: fields.metric.trim(), entity: fields.entity.trim() || null, ...targetTerms(fields), quote: fields.quote.trim() };
}
