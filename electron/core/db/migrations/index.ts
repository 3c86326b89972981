import type Database from 'better-sqlite3';
import { AppFailure } from '../../../../shared/result';
import m0001 from './0001-archive';
import m0002 from './0002-search';
import m0003 from './0003-figures';
import m0004 from './0004-targets';
import m0006 from './0006-rejection-index';
import m0005 from './0005-annotations-drafts';
import m0007 from './0007-indicator-names';
import m0008 from './0008-import-recovery';
import m0009 from './0009-authors';
import m0010 from './0010-figure-values';
import m0011 from './0011-annotation-replies';
import m0012 from './0012-page-indexes-rejection-authors';
import m0013 from './0013-check-lookups';
import m0014 from './0014-annotation-revisions';
import m0015 from './0015-earlier-reporting-walks';
import m0016 from './0016-editors-at-once';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Every migration ever shipped, in order. Migrations only add: never edit a shipped one. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016];

export const LATEST_SCHEMA_VERSION = migrations.length;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction keyed on user_version, so an
 * archive is either fully at the new version or untouched.
 */
export function migrate(db: Database.Database): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const from = schemaVersion(db);
  if (from > LATEST_SCHEMA_VERSION) {
    throw new AppFailure(
      'unavailable',
      `This archive was written by a newer version of Figure Desk (schema ${from}; this version reads up to ${LATEST_SCHEMA_VERSION}). ` +
        'Update Figure Desk to open it, or choose another archive file. Nothing was changed.',
    );
  }
  if (from === LATEST_SCHEMA_VERSION) return { from, to: from };
  db.transaction(() => {
    for (const m of migrations.slice(from)) m.up(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
  }).immediate();
  return { from, to: LATEST_SCHEMA_VERSION };
}
