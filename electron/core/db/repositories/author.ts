import { userInfo } from 'node:os';
import type { Db } from '../connection';

/**
 * Who is writing: the editor's name from Settings, else the name the operating system
 * knows them by. Rows that record a person (audit entries, confirmations, annotations, draft
 * versions) take it in SQL as `fd_author()`, so no write path can forget it.
 */
export interface AuthorSource {
  get(): string;
  set(name: unknown): void;
}

export const EDITOR_NAME_KEY = 'editorName';

export function systemUserName(): string {
  try {
    return userInfo().username;
  } catch {
    // Some containers have no passwd entry for the user: then nobody is named.
    return '';
  }
}

export function registerAuthor(db: Db): AuthorSource {
  const stored = db.prepare(`SELECT value FROM settings WHERE key = ?`).pluck().get(EDITOR_NAME_KEY) as string | undefined;
  let name = '';
  const source: AuthorSource = {
    get: () => name || systemUserName(),
    set(value) {
      name = typeof value === 'string' ? value.trim() : '';
    },
  };
  if (stored !== undefined) {
    try {
      source.set(JSON.parse(stored));
    } catch {
      // An unreadable stored name falls back to the system's.
    }
  }
  db.function('fd_author', { deterministic: false }, () => source.get());
  return source;
}
