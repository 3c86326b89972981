import { coreFailure } from '../../../shared/core-errors';
import { storyLead } from '../figures/lead';
import type { StoryPatch } from '../../../shared/domain/archive';
import type { Story } from '../../../shared/domain/story';
import type { Repositories } from '../db/repositories';
import type { Stores } from '../db/repositories/types';
import { extractFigures } from '../figures/extract';
import { nowIso } from '../clock';
import { readCityOf, type CityOf } from '../settings';
import { contentHash } from './parse';
import { reanchorStory } from '../annotations/service';

/**
 * Applies an editor's fix to a story, keeping its search entry, figures and annotations in
 * step, all in one stores transaction. The story is read and written through the story
 * store; its publication, search entry and figures are not on the storage interfaces yet,
 * so they are written through the synchronous repositories inside the same transaction
 * (one connection: their statements land in it and roll back with it).
 */
export function updateStory(repos: Repositories, id: number, patch: StoryPatch): Promise<Story> {
  return repos.stores.transaction(async (tx) => {
    const story = await writeStory(repos, tx, id, patch, await readCityOf({ stores: tx }));
    // Annotations follow their text to its new place (or are marked orphaned, never dropped).
    if (patch.body !== undefined) await reanchorStory({ stores: tx }, id);
    return story;
  });
}

async function writeStory(repos: Repositories, tx: Stores, id: number, patch: StoryPatch, cityOf: CityOf): Promise<Story> {
  const current = await tx.stories.get(id);
  if (!current) throw coreFailure('not_found', 'story_not_found', { id });
  const next = { ...current, ...patch };
  const hash = contentHash({ headline: next.headline, body: next.body });
  const other = await tx.stories.findIdByHash(hash);
  if (other !== null && other !== id) {
    throw coreFailure('conflict', 'story_duplicate', { id: other });
  }
  const publicationId = next.publication ? repos.publications.idFor(next.publication) : null;
  const now = nowIso();
  await tx.stories.update(id, { ...next, publicationId, contentHash: hash }, now);
  if (patch.headline !== undefined || patch.body !== undefined) {
    repos.searchIndex.remove(id);
    repos.searchIndex.index(id, next.headline, next.body);
  }
  if (patch.body !== undefined || patch.date !== undefined || patch.publication !== undefined) {
    const city = cityOf(next.publication);
    repos.figures.replaceAuto(id, extractFigures(next.body, { date: next.date, city, publication: next.publication, language: next.language, lead: storyLead(next) }), now);
  }
  return (await tx.stories.get(id))!;
}

/**
 * Deletes stories with their search entries, in one stores transaction (the search index is
 * still written through its synchronous repository, inside it); returns how many there were.
 */
export function deleteStories(repos: Repositories, ids: number[]): Promise<number> {
  return repos.stores.transaction(async (tx) => {
    let deleted = 0;
    for (const id of ids) {
      if (await tx.stories.delete(id)) {
        repos.searchIndex.remove(id);
        deleted++;
      }
    }
    return deleted;
  });
}
