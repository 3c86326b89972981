/** How targets are written in the UI: statuses, bounds, colours, the arithmetic sentence. */
import type {
  Binding,
  Comparator,
  Direction,
  Explanation,
  Target,
  TargetEventCause,
  TargetStatus,
} from '../../../../shared/domain/target';
import type { Verdict, VerdictAgainst } from '../../../../shared/domain/check';
import type { I18n, MessageKey } from '../../i18n';
import { renderAuditNote, parseAuditNote } from '../../../../shared/audit-notes';
import type { TargetEvent } from '../../../../shared/domain/target';
import { figureValue } from '../figures/figureText';

export const STATUSES: TargetStatus[] = ['not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear'];
export const COMPARATORS: Comparator[] = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range'];
export const DIRECTIONS: Direction[] = ['floor', 'ceiling', 'band'];
export const BINDINGS: Binding[] = ['binding', 'aspirational', 'unknown'];

export const STATUS_COLORS: Record<TargetStatus, string> = {
  not_due: 'gray',
  on_track: 'blue',
  off_track: 'orange',
  met: 'green',
  missed: 'red',
  revised: 'grape',
  unclear: 'yellow',
};

export const VERDICT_COLORS: Record<Verdict, string> = {
  meets: 'green',
  consistent: 'green',
  misses: 'red',
  conflict: 'red',
  on_track: 'blue',
  too_early: 'blue',
  not_comparable: 'gray',
  off_track: 'orange',
  revised: 'grape',
  unmatched: 'gray',
};

export const statusLabel = (i18n: I18n, status: TargetStatus) => i18n.t(`targets.status.${status}` as MessageKey);
export const comparatorLabel = (i18n: I18n, c: Comparator) => i18n.t(`targets.comparator.${c}` as MessageKey);
export const directionLabel = (i18n: I18n, d: Direction) => i18n.t(`targets.direction.${d}` as MessageKey);
export const bindingLabel = (i18n: I18n, b: Binding) => i18n.t(`targets.binding.${b}` as MessageKey);
export const causeLabel = (i18n: I18n, c: TargetEventCause) => i18n.t(`targets.cause.${c}` as MessageKey);
export const verdictLabel = (i18n: I18n, v: Verdict) => i18n.t(`check.verdict.${v}` as MessageKey);
export const againstLabel = (i18n: I18n, a: VerdictAgainst) => i18n.t(`check.against.${a}` as MessageKey);

const SYMBOLS: Partial<Record<Comparator, string>> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };

/** 「> 7,000 家」 · 「≈ 2.35% (±5%)」 · 「3–5%」 · 「增长 6%」 */
export function targetValueText(
  i18n: I18n,
  target: Pick<Target, 'value' | 'valueMax' | 'unit' | 'comparator' | 'tolerance' | 'change'>,
): string {
  const range = target.comparator === 'range' || target.valueMax !== null;
  const value = figureValue(i18n, { value: target.value, valueMax: range ? target.valueMax : null, unit: target.unit });
  const change = target.change !== 'level' ? `${i18n.t(`reader.change.${target.change}` as MessageKey)} ` : '';
  if (range) return `${change}${value}`;
  if (target.comparator === 'approx') {
    const tol = i18n.formatNumber(target.tolerance, { style: 'percent', maximumFractionDigits: 2 });
    return `≈ ${change}${value} (±${tol})`;
  }
  const symbol = SYMBOLS[target.comparator];
  return symbol ? `${symbol} ${change}${value}` : `${change}${value}`;
}

/** The sentence in the UI language. */
export function explanationText(i18n: I18n, explanation: Pick<Explanation, 'zh' | 'en'>): string {
  return i18n.locale === 'zh-CN' ? explanation.zh : explanation.en;
}

/** 「2023年2月24日 12:30」 from an ISO time. */
export function formatTime(i18n: I18n, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function storyHref(storyId: number, figureId?: number | null): string {
  return `#/archive/story/${storyId}${figureId ? `?figure=${figureId}` : ''}`;
}

export const targetHref = (id: number) => `#/targets/${id}`;

/**
 * What moved an audit entry, as the editor reads it: an entry from a re-assessment with no
 * figure behind it (a deadline passing) is not "new evidence".
 */
export function eventCauseLabel(i18n: I18n, ev: Pick<TargetEvent, 'cause' | 'figureId' | 'note'>): string {
  if (ev.cause === 'evidence' && ev.figureId === null && !parseAuditNote(ev.note)) return i18n.t('targets.cause.reassessed' as MessageKey);
  return causeLabel(i18n, ev.cause);
}

/** The entry's note in the UI language; a free-text note from before codes as it was written. */
export function eventNoteText(i18n: I18n, note: string): string {
  return renderAuditNote(note, i18n.locale === 'zh-CN' ? 'zh' : 'en', {
    field: (name) => {
      const key = `targets.field.${name}` as MessageKey;
      const label = i18n.t(key);
      return label === key ? name : label;
    },
    status: (status) => statusLabel(i18n, status as TargetStatus),
  });
}

/** The reporting's and the editor's own words inside a coded note (a quote, a reason): they keep their language. */
export function eventNoteContent(note: string): string[] {
  const coded = parseAuditNote(note);
  if (!coded) return [];
  return ['quote', 'reason'].flatMap((name) => (typeof coded.params[name] === 'string' ? [coded.params[name]] : []));
}

/** Why the status is what it is after the entry: the arithmetic the entry recorded, in the UI language. */
export function eventWhyText(i18n: I18n, snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const explanation = (snapshot as { explanation?: unknown }).explanation;
  if (!explanation || typeof explanation !== 'object') return null;
  const { zh, en } = explanation as { zh?: unknown; en?: unknown };
  return typeof zh === 'string' && typeof en === 'string' ? explanationText(i18n, { zh, en }) : null;
}

/** A tolerance is part of an approximate target (左右, about) only: a floor or a ceiling has none. */
export const hasTolerance = (target: Pick<Target, 'comparator'>) => target.comparator === 'approx';
