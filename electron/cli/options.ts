/**
 * The command line's one option parser: the flags every command may take, and the checks
 * that turn a typed word into a value (an id, a number in range, one of a set). A word that
 * does not fit is a UsageError: exit 2, with what was expected and what was typed.
 */
import { parseArgs } from 'node:util';
import { IsoDate } from '../../shared/domain/story';

export class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  publication: { type: 'string' },
  date: { type: 'string' },
  limit: { type: 'string' },
  figure: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  mode: { type: 'string' },
  force: { type: 'boolean', default: false },
  attach: { type: 'boolean', default: false },
  annotated: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type CliValues = ReturnType<typeof parseCliArgs>['values'];

/** Throws node's own error for an unknown flag or a flag without its value. */
export function parseCliArgs(argv: string[]) {
  const parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const { values } = parsed;
  if (values.date !== undefined && !IsoDate.safeParse(values.date).success) {
    throw new UsageError(`--date must be a date like 2023-02-24; got "${values.date}".`);
  }
  return parsed;
}

/** A positive whole number naming a stored thing; `usage` says how to give one. */
export function positiveId(value: string | undefined, what: string, usage = ''): number {
  const id = Number(value);
  if (!value || !/^\d+$/.test(value) || !Number.isInteger(id) || id <= 0) {
    throw new UsageError(`Give a ${what} id (a positive whole number)${value ? `; got "${value}"` : ''}.${usage ? ` ${usage}` : ''}`);
  }
  return id;
}

/** A whole number from `min` to `max`, `fallback` when the flag was not given. */
export function wholeNumber(value: string | undefined, flag: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got "${value}".`);
  return n;
}

/** One of `allowed`; `fallback` when the flag was not given (none: the flag is required). */
export function oneOf<T extends string>(value: string | undefined, flag: string, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}${value !== undefined ? `; got "${value}"` : ''}.`);
  }
  return value as T;
}

/** A word the command cannot do without (a file, a query); `usage` says what to give. */
export function required(value: string | undefined, usage: string): string {
  if (!value || !value.trim()) throw new UsageError(usage);
  return value;
}
