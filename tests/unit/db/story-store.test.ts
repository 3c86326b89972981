/** The story store over SQLite (db/sqlite-stores.ts), through the cases every engine runs (story-store-cases.ts). */
import { afterEach, describe } from 'vitest';
import { tempArchive } from '../helpers';
import { storyStoreCases } from './story-store-cases';

const opened: Array<ReturnType<typeof tempArchive>> = [];
afterEach(() => {
  for (const archive of opened.splice(0)) archive.cleanup();
});

describe('stories (SQLite)', () => {
  storyStoreCases(async () => {
    const archive = tempArchive();
    opened.push(archive);
    const { repos } = archive;
    return { stores: repos.stores, publication: async (name) => repos.publications.idFor(name) };
  });
});
