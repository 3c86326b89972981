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

/**
 * Chinese units as the English UI writes them. Measure words (家, 个, 项…) only say that
 * something is counted, which the metric already names, so English shows the bare count;
 * units of measure get their English symbol or name. Units not listed are shown as stored.
 */
const EN_UNITS: Record<string, string> = {
  元: 'yuan',
  美元: 'US dollars',
  人: 'people',
  人次: 'visits',
  户: 'households',
  吨: 't',
  公里: 'km',
  千米: 'km',
  米: 'm',
  平方米: 'm²',
  平方公里: 'km²',
  亩: 'mu',
  公顷: 'ha',
  千瓦: 'kW',
  千瓦时: 'kWh',
  度: 'kWh',
  辆: 'vehicles',
  年: 'years',
  天: 'days',
  个百分点: 'percentage points',
  倍: '×',
};
const MEASURE_WORDS = new Set(['家', '个', '项', '所', '座', '条', '只', '件', '批', '台', '套', '部', '名', '位', '处', '支', '种', '类', '宗', '场', '次', '篇']);

/** The unit as this UI's language writes it ('' for a Chinese measure word in English). */
export function unitText(i18n: Pick<I18n, 'locale'>, unit: string): string {
  if (i18n.locale !== 'en') return unit;
  if (MEASURE_WORDS.has(unit)) return '';
  return EN_UNITS[unit] ?? unit;
}

/** 48,000 家 · 16.7% · 3–5%; in English 48,000 · 1.2 billion yuan is 1,200,000,000 yuan. */
export function figureValue(i18n: I18n, figure: Pick<Figure, 'value' | 'valueMax' | 'unit'>): string {
  const n = (v: number) => i18n.formatNumber(v, { maximumFractionDigits: 6 });
  const value = figure.valueMax !== null ? `${n(figure.value)}–${n(figure.valueMax)}` : n(figure.value);
  const unit = figure.unit ? unitText(i18n, figure.unit) : '';
  if (!unit) return value;
  return NO_SPACE_UNITS.has(unit) ? `${value}${unit}` : `${value} ${unit}`;
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
