import { EDITOR_NAME_KEY, registerAuthor } from './author';
import type { Db } from '../connection';
import { importBatchRepository } from './import-batches';
import { publicationRepository } from './publications';
import { searchIndexRepository } from './search-index';
import { settingsRepository } from './settings';
import { storyRepository } from './stories';
import { figureRepository } from './figures';
import { annotationRepository } from './annotations';
import { draftRepository } from './drafts';
import { targetRepository } from './targets';
import { metricAliasRepository } from './metric-aliases';
import { checkFigureRepository } from './check-figures';
import { indicatorNameRepository } from './indicator-names';

/** Every repository over one connection; statements are prepared once, here. */
export function createRepositories(db: Db) {
  const author = registerAuthor(db);
  return {
    db,
    author,
    stories: storyRepository(db),
    publications: publicationRepository(db),
    importBatches: importBatchRepository(db),
    searchIndex: searchIndexRepository(db),
    settings: settingsRepository(db, (key, value) => {
      if (key === EDITOR_NAME_KEY) author.set(value);
    }),
    figures: figureRepository(db),
    annotations: annotationRepository(db),
    drafts: draftRepository(db),
    targets: targetRepository(db),
    metricAliases: metricAliasRepository(db),
    checkFigures: checkFigureRepository(db),
    indicatorNames: indicatorNameRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
