/** How a figure is written in the UI: value with unit, qualifier, kind names, colours. */
import type { Figure, FigureChange, FigureKind, Qualifier } from '../../../../shared/domain/figure';
import type { I18n, MessageKey } from '../../i18n';

export const KINDS: FigureKind[] = ['target', 'actual', 'projection', 'budget', 'other'];
export const QUALIFIERS: Qualifier[] = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range'];
export const CHANGES: FigureChange[] = ['level', 'increase', 'decrease'];

/** Badge label (capitalised in English). */
export const KIND_KEYS: Record<FigureKind, MessageKey> = {
  target: 'reader.kind.target',
  actual: 'reader.kind.actual',
  projection: 'reader.kind.projection',
  budget: 'reader.kind.budget',
  other: 'reader.kind.misc',
};

/** In running text and accessible names ("超过4.8万家 · target"). */
export const KIND_NAME_KEYS: Record<FigureKind, MessageKey> = {
  target: 'reader.kindName.target',
  actual: 'reader.kindName.actual',
  projection: 'reader.kindName.projection',
  budget: 'reader.kindName.budget',
  other: 'reader.kindName.misc',
};

export const KIND_COLORS: Record<FigureKind, string> = {
  target: 'indigo',
  actual: 'teal',
  projection: 'grape',
  budget: 'orange',
  other: 'gray',
};

export const qualifierLabel = (i18n: I18n, q: Qualifier) => i18n.t(`reader.qualifier.${q}` as MessageKey);
export const changeLabel = (i18n: I18n, c: FigureChange) => i18n.t(`reader.change.${c}` as MessageKey);

const NO_SPACE_UNITS = new Set(['%', '‰', '℃']);

/** 48,000 家 · 16.7% · 3–5% */
export function figureValue(i18n: I18n, figure: Pick<Figure, 'value' | 'valueMax' | 'unit'>): string {
  const n = (v: number) => i18n.formatNumber(v, { maximumFractionDigits: 6 });
  const value = figure.valueMax !== null ? `${n(figure.value)}–${n(figure.valueMax)}` : n(figure.value);
  if (!figure.unit) return value;
  return NO_SPACE_UNITS.has(figure.unit) ? `${value}${figure.unit}` : `${value} ${figure.unit}`;
}

/**
 * A figure with its comparator as the text puts it, each language in its own word order:
 * 15%以上 / at least 15%, 超过4.8万家 / more than 48,000, 6%左右 / about 6%.
 */
const QUALIFIED: Record<Qualifier, MessageKey> = {
  eq: 'reader.qualified.eq',
  range: 'reader.qualified.eq',
  gt: 'reader.qualified.gt',
  gte: 'reader.qualified.gte',
  lt: 'reader.qualified.lt',
  lte: 'reader.qualified.lte',
  approx: 'reader.qualified.approx',
};

export function figureSummary(i18n: I18n, figure: Pick<Figure, 'value' | 'valueMax' | 'unit' | 'qualifier'>): string {
  return i18n.t(QUALIFIED[figure.qualifier], { value: figureValue(i18n, figure) });
}

/** The accessible name of a highlight: "超过4.8万家 · 目标". */
export function markLabel(i18n: I18n, figure: Figure): string {
  return i18n.t('reader.markLabel', { quote: figure.quote, kind: i18n.t(KIND_NAME_KEYS[figure.kind]) });
}

export function periodText(i18n: I18n, figure: Figure): string | null {
  if (!figure.period) return null;
  const { from, to, label } = figure.period;
  const range = from === to ? i18n.formatDate(from) : `${i18n.formatDate(from)} – ${i18n.formatDate(to)}`;
  return label ? `${label} (${range})` : range;
}
