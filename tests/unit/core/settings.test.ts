/** Settings on the SQLite archive: the cases both engines pass (settings-cases.ts). */
import { afterEach, describe } from 'vitest';
import { tempArchive } from '../helpers';
import { settingsServiceCases } from './settings-cases';

describe('settings on SQLite', () => {
  const archives: Array<ReturnType<typeof tempArchive>> = [];
  afterEach(() => archives.splice(0).forEach((a) => a.cleanup()));

  settingsServiceCases(async () => {
    const archive = tempArchive();
    archives.push(archive);
    return {
      deps: archive.repos,
      putRaw: async (key, text) => void archive.db.prepare(`INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)`).run(key, text),
    };
  });
});
