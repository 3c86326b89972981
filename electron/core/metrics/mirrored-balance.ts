/**
 * A surplus and a deficit are one balance with opposite signs. A goal of a surplus ('a wafer-thin
 * $1.5 billion surplus for 2012-13') is answered by the deficit reported later ('the underlying cash
 * deficit was $18.8 billion'), and a ceiling on a deficit (赤字670億元) by a surplus. A reading of the
 * mirror is held against such a goal with its sign turned: everywhere a reading meets a goal (the
 * check's verdict, the register's status from its evidence), so the two never disagree.
 */
import type { Qualifier } from '../../../shared/domain/figure';
import { MIRRORED_BALANCE } from './lexicon/lookup';

/** The key of the same balance under the other sign ('@fiscal-deficit' → '@budget-surplus'), or null. */
export function mirroredKey(key: string): string | null {
  if (!key.startsWith('@')) return null;
  const other = MIRRORED_BALANCE[key.slice(1)];
  return other ? `@${other}` : null;
}

/** A bound turns with the sign: 'more than 500 million' of deficit is less than −500 million of surplus. */
const TURNED: Readonly<Record<Qualifier, Qualifier>> = { eq: 'eq', approx: 'approx', range: 'range', gt: 'lt', gte: 'lte', lt: 'gt', lte: 'gte' };

interface Signed {
  value: number;
  valueMax?: number | null;
  qualifier?: Qualifier;
}

/** The reading as its mirror reads it: the value negated (a range's ends swapped), the bound turned. */
export function turnSign<E extends Signed>(e: E): E {
  const high = e.valueMax ?? null;
  return {
    ...e,
    value: high !== null ? -high : -e.value,
    ...(high !== null ? { valueMax: -e.value } : {}),
    ...(e.qualifier ? { qualifier: TURNED[e.qualifier] } : {}),
  };
}
