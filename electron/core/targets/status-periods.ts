/** The periods a status reads: how many years a goal spans, how long a reading runs, and whether a goal is a pace. */
import type { Target } from '../../../shared/domain/target';

/** 年均增长7%, 'average 2% a year': a pace over the plan period, read year by year as on or off track. */
const AVERAGE_WORDS = /年均|平均每年|每年平均|平均增长|平均年|\bon average\b|\baverage\b|\ba year\b|\bper year\b|\bannual(?:ly)?\b|\beach year\b|\bevery year\b/i;

export function isAverageOverPeriod(target: Partial<Pick<Target, 'metric' | 'quote'>>): boolean {
  return AVERAGE_WORDS.test(`${target.metric ?? ''} ${target.quote ?? ''}`);
}

/** Days from one date to another, both counted. */
export function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Calendar years a period touches (2021–2025 is five); one for none. */
export function yearsOf(p: { from: string; to: string } | null): number {
  return p ? Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1 : 1;
}
