/** The archive's stories: listing, reading, searching, fixing, deleting, and rebuilding their index. */
import type { HandlerContext, HandlersOf } from '../handler-context';
import { needStory } from '../need';
import { searchArchive } from './search';
import { deleteStories, updateStory } from './store-edit';

type ArchiveChannels = 'archive:list' | 'archive:get' | 'archive:search' | 'archive:update' | 'archive:delete' | 'archive:reindex';

export function archiveHandlers(ctx: HandlerContext): HandlersOf<ArchiveChannels> {
  const { repos } = ctx;
  return {
    'archive:list': async ({ offset, limit, from, to, publication, byline }) => {
      const filters = { from: from ?? null, to: to ?? null, publication: publication ?? null, byline: byline ?? null };
      const { stories } = repos.stores;
      return { total: await stories.count(filters), items: await stories.list(offset, limit, filters) };
    },
    'archive:get': ({ id }) => needStory(repos.stores.stories, id, 'id'),
    'archive:search': (query) => searchArchive(repos, query),
    'archive:update': async ({ id, patch }) => {
      const story = await updateStory(repos, id, patch);
      ctx.emit('archive:changed', { reason: 'update' });
      return story;
    },
    'archive:delete': async ({ ids }) => {
      const deleted = await deleteStories(repos, ids);
      ctx.emit('archive:changed', { reason: 'delete' });
      return { deleted };
    },
    'archive:reindex': ({ search, figures }) => ({ jobId: ctx.jobs.start({ kind: 'reindex', search, figures }) }),
  };
}
