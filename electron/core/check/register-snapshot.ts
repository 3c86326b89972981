/**
 * The target register as a check reads it: every target once, by match key, kept in
 * memory until the register changes (its stamp, one indexed read). A check asks for the
 * targets of a dozen keys per figure; reading them from SQL and parsing each row's stored
 * explanation again for every figure of every story cost more than the rest of the check.
 *
 * The targets are frozen: they are shared by every check until the register changes, so
 * a caller that wants to change one must read it from the repository.
 */
import type { Target } from '../../../shared/domain/target';
import type { Repositories } from '../db/repositories';

export interface RegisterSnapshot {
  stamp: string;
  /** Every target, by id. */
  all: readonly Target[];
  byMatchKey: ReadonlyMap<string, readonly Target[]>;
}

const snapshots = new WeakMap<Repositories, RegisterSnapshot>();

function freeze(t: Target): Target {
  if (t.period) Object.freeze(t.period);
  if (t.override) Object.freeze(t.override);
  return Object.freeze(t);
}

/** The register now: the cached copy while the stamp is unchanged, else read afresh. */
export function registerSnapshot(repos: Repositories): RegisterSnapshot {
  const stamp = repos.targets.stamp();
  const cached = snapshots.get(repos);
  if (cached && cached.stamp === stamp) return cached;
  const all = repos.targets.keyedForMatching().map(({ target, matchKey }) => ({ target: freeze(target), matchKey }));
  const byMatchKey = new Map<string, Target[]>();
  for (const { target, matchKey } of all) {
    const list = byMatchKey.get(matchKey);
    if (list) list.push(target);
    else byMatchKey.set(matchKey, [target]);
  }
  const fresh: RegisterSnapshot = { stamp, all: all.map((x) => x.target), byMatchKey };
  snapshots.set(repos, fresh);
  return fresh;
}

/** The register's targets stored under a match key, oldest first (as repos.targets.byMatchKey). */
export function targetsByMatchKey(snapshot: RegisterSnapshot, matchKey: string): readonly Target[] {
  return snapshot.byMatchKey.get(matchKey) ?? [];
}
