import { coreFailure } from '../../../shared/core-errors';
import { storyLead } from '../figures/lead';
import type { StoryPatch } from '../../../shared/domain/archive';
import type { Story } from '../../../shared/domain/story';
import type { Repositories } from '../db/repositories';
import { extractFigures } from '../figures/extract';
import { nowIso } from '../clock';
import { readCityOf, type CityOf } from '../settings';
import { contentHash } from './parse';
import { reanchorStory } from '../annotations/service';

/**
 * Applies an editor's fix to a story, keeping its search entry, figures and annotations in
 * step, all in one transaction. The story's own rows are still written through the
 * synchronous repositories (stories have not yet moved onto the storage interfaces): they
 * run inside the stores' transaction, where they become a savepoint of it.
 */
export function updateStory(repos: Repositories, id: number, patch: StoryPatch): Promise<Story> {
  return repos.stores.transaction(async (tx) => {
    // Read before the story's synchronous writes, which cannot wait for a store.
    const story = writeStory(repos, id, patch, await readCityOf({ stores: tx }));
    // Annotations follow their text to its new place (or are marked orphaned, never dropped).
    if (patch.body !== undefined) await reanchorStory({ stores: tx }, id);
    return story;
  });
}

function writeStory(repos: Repositories, id: number, patch: StoryPatch, cityOf: CityOf): Story {
  return repos.transaction(() => {
    const current = repos.stories.get(id);
    if (!current) throw coreFailure('not_found', 'story_not_found', { id });
    const next = { ...current, ...patch };
    const hash = contentHash({ headline: next.headline, body: next.body });
    const other = repos.stories.findIdByHash(hash);
    if (other !== null && other !== id) {
      throw coreFailure('conflict', 'story_duplicate', { id: other });
    }
    const publicationId = next.publication ? repos.publications.idFor(next.publication) : null;
    const now = nowIso();
    repos.stories.update(id, { ...next, publicationId, contentHash: hash }, now);
    if (patch.headline !== undefined || patch.body !== undefined) {
      repos.searchIndex.remove(id);
      repos.searchIndex.index(id, next.headline, next.body);
    }
    if (patch.body !== undefined || patch.date !== undefined || patch.publication !== undefined) {
      const city = cityOf(next.publication);
      repos.figures.replaceAuto(id, extractFigures(next.body, { date: next.date, city, publication: next.publication, language: next.language, lead: storyLead(next) }), now);
    }
    return repos.stories.get(id)!;
  });
}

export function deleteStories(repos: Repositories, ids: number[]): number {
  return repos.transaction(() => {
    let deleted = 0;
    for (const id of ids) {
      if (repos.stories.delete(id)) {
        repos.searchIndex.remove(id);
        deleted++;
      }
    }
    return deleted;
  });
}
