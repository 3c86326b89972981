/**
 * Compares Figure Desk's readings with the reference's: every number the reference reads must
 * be read by Figure Desk (a figure over the same characters with the same value) or be named
 * in the exclusion list with its reason. Also lists what Figure Desk reads that the reference
 * does not.
 */
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../electron/core/figures/extract';
import type { ExtractedFigure } from '../../shared/domain/figure';
import { type CorpusText, EXCLUSIONS_FILE } from './corpus';
import type { ReferenceReading } from './reference';

export interface Exclusion {
  reason: 'label' | 'code name' | 'date' | 'ordinal' | 'phone number' | 'address' | 'code' | 'word' | 'duration' | 'list marker' | 'part of a number' | 'part of a unit' | 'not a quantity' | 'ratio' | 'vote tally' | 'misread by the reference' | 'not read yet';
  /** Matched against the reading in context: up to 20 characters each side, the reading in ⟦ ⟧. */
  pattern: string;
  note: string;
}

export interface Difference {
  name: string;
  reading: ReferenceReading;
  context: string;
}

const CONTEXT = 20;

export function loadExclusions(): Array<Exclusion & { re: RegExp }> {
  const rows = (JSON.parse(readFileSync(EXCLUSIONS_FILE, 'utf8')) as { exclusions: Exclusion[] }).exclusions;
  return rows.map((r) => ({ ...r, re: new RegExp(r.pattern, 'u') }));
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** The reading in its sentence, as the exclusion patterns see it. */
export function inContext(text: string, r: ReferenceReading): string {
  return `${text.slice(Math.max(0, r.start - CONTEXT), r.start)}⟦${text.slice(r.start, r.end)}⟧${text.slice(r.end, r.end + CONTEXT)}`.replace(/\n/g, '⏎');
}

/** Figure Desk's figures, one text line at a time (the corpus is sentences and paragraphs). */
export function figuresOf(t: CorpusText): ExtractedFigure[] {
  return extractFigures(t.text, { date: '2026-02-01', city: null, language: t.language });
}

/**
 * The same number: the same value, or the upper end of a range, or a share the reference reads
 * another way (9成 and 9折 are 90%, a dash read as a minus sign before 80%).
 */
function sameValue(f: ExtractedFigure, r: ReferenceReading): boolean {
  const values = [f.value, ...(f.valueMax !== null ? [f.valueMax] : [])];
  const wanted = [r.value, ...(/^[-−]/.test(r.text) ? [-r.value] : [])];
  if (f.unit === '%' && /[成折]/.test(f.quote)) values.push(f.value / 10);
  // 9兆瓦时, 12吉瓦时, 300MW: power and energy are stored in 千瓦 and 千瓦时; the reference reads the written unit's number.
  if (f.unit === '千瓦' || f.unit === '千瓦时') for (const power of [3, 6, 9]) values.push(...values.slice(0, 2).map((v) => v / 10 ** power));
  return values.some((v) => wanted.some((w) => close(v, w)));
}

export function readsSame(figures: ExtractedFigure[], r: ReferenceReading): boolean {
  return figures.some((f) => f.start < r.end && f.end > r.start && sameValue(f, r));
}

export interface Comparison {
  unread: Difference[];
  excluded: Map<string, number>;
  /** Figures Figure Desk reads where the reference reads nothing or another value. */
  onlyFigureDesk: Array<{ name: string; quote: string; value: number }>;
  referenceCount: number;
  readCount: number;
}

export function compare(texts: CorpusText[], readings: Record<string, ReferenceReading[]>): Comparison {
  const exclusions = loadExclusions();
  const result: Comparison = { unread: [], excluded: new Map(), onlyFigureDesk: [], referenceCount: 0, readCount: 0 };
  for (const t of texts) {
    const figures = figuresOf(t);
    const refs = readings[t.name] ?? [];
    for (const r of refs) {
      result.referenceCount++;
      if (readsSame(figures, r)) { result.readCount++; continue; }
      const context = inContext(t.text, r);
      const why = exclusions.find((e) => e.re.test(context));
      if (why) result.excluded.set(why.reason, (result.excluded.get(why.reason) ?? 0) + 1);
      else result.unread.push({ name: t.name, reading: r, context });
    }
    for (const f of figures) {
      const matched = refs.some((r) => f.start < r.end && f.end > r.start && sameValue(f, r));
      if (!matched) result.onlyFigureDesk.push({ name: t.name, quote: f.quote, value: f.value });
    }
  }
  return result;
}
