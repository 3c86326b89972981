/**
 * A change refused because another editor changed the same draft or annotation first
 * (code `conflict`): who, when, the revision they left, and what they wrote, read from the
 * refusal's parameters (shared/core-errors.ts: draft_saved_elsewhere, annotation_changed_elsewhere).
 */
import { isApiError } from '../../api';

export interface ChangedElsewhere {
  /** '' when the archive does not know who (a change made before editors were kept). */
  by: string;
  /** When, as an ISO time. */
  at: string;
  /** The revision their change left: a change made knowingly over theirs is based on it. */
  revision: number;
  /** Everything the refusal carries, their version among it. */
  params: Record<string, string | number>;
}

export function changedElsewhere(error: unknown): ChangedElsewhere | null {
  if (!isApiError(error) || error.code !== 'conflict') return null;
  const params = error.params ?? {};
  if (typeof params.revision !== 'number' || typeof params.at !== 'string') return null;
  return { by: typeof params.by === 'string' ? params.by : '', at: params.at, revision: params.revision, params };
}

/** An ISO time as the UI's language writes a date and time; the input when it is not one. */
export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
