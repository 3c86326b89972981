/**
 * The indicator lexicon: every indicator Figure Desk can name, as data.
 *
 * Conventions the entries follow, beyond the comments in types.ts:
 * - 'level' is the size of an aggregate or stock (GDP, value added, population,
 *   capacity, mileage, loans outstanding); 'count' is a number of units standing at a
 *   date (firms, officers, beds, base stations).
 * - 'flow' is what accrues over the period (investment, sales, trade, output, new jobs,
 *   homes built, officers recruited); the increment of a stock that is itself a common
 *   target is its own entry (INCREMENT_OF in lookup.ts links the two).
 * - 'money' is a budgeted or administered amount, a price, or money per person
 *   (quotas, spending, wages, per-capita income).
 * - a rate of change or reduction is 'growth_rate', its level a separate entry.
 */
import { AGRICULTURE } from './agriculture';
import { BUDGET } from './budget';
import { CULTURE } from './culture';
import { DIGITAL } from './digital';
import { ECONOMY } from './economy';
import { EDUCATION } from './education';
import { ENERGY } from './energy';
import { ENGLISH_POLICY } from './english-policy';
import { ENVIRONMENT } from './environment';
import { FINANCE } from './finance';
import { HEALTH } from './health';
import { HOUSING } from './housing';
import { INDUSTRY } from './industry';
import { POPULATION } from './population';
import { PRICES } from './prices';
import { SAFETY } from './safety';
import { SCIENCE } from './science';
import { SOCIAL } from './social';
import { TRADE } from './trade';
import { TRANSPORT } from './transport';
import { WORKFORCE } from './workforce';
import type { Indicator } from './types';

export type { Better, Indicator, IndicatorDomain, MeasureType, Statistic, UnitClass } from './types';

export const INDICATORS: readonly Indicator[] = [
  ...ECONOMY,
  ...INDUSTRY,
  ...WORKFORCE,
  ...PRICES,
  ...SCIENCE,
  ...HOUSING,
  ...HEALTH,
  ...ENVIRONMENT,
  ...ENERGY,
  ...BUDGET,
  ...FINANCE,
  ...EDUCATION,
  ...SOCIAL,
  ...POPULATION,
  ...TRADE,
  ...AGRICULTURE,
  ...TRANSPORT,
  ...DIGITAL,
  ...CULTURE,
  ...SAFETY,
  ...ENGLISH_POLICY,
];

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
