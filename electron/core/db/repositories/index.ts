import type { Db } from '../connection';
import { importBatchRepository } from './import-batches';
import { publicationRepository } from './publications';
import { searchIndexRepository } from './search-index';
import { settingsRepository } from './settings';
import { storyRepository } from './stories';
import { figureRepository } from './figures';

/** Every repository over one connection; statements are prepared once, here. */
export function createRepositories(db: Db) {
  return {
    db,
    stories: storyRepository(db),
    publications: publicationRepository(db),
    importBatches: importBatchRepository(db),
    searchIndex: searchIndexRepository(db),
    settings: settingsRepository(db),
    figures: figureRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
