/** The archive's stories: listing, reading, searching, fixing, deleting, and rebuilding their index. */
import type { HandlerContext, HandlersOf } from '../handler-context';
import { needStory } from '../need';
import { searchArchive } from './search';
import { deleteStories, updateStory } from './store-edit';

type ArchiveChannels = 'archive:list' | 'archive:get' | 'archive:search' | 'archive:update' | 'archive:delete' | 'archive:reindex';

export function archiveHandlers(ctx: HandlerContext): HandlersOf<ArchiveChannels> {
  const { repos } = ctx;
  return {
    'archive:list': ({ offset, limit, from, to, publication, byline }) => {
      const filters = { from: from ?? null, to: to ?? null, publication: publication ?? null, byline: byline ?? null };
      return { total: repos.stories.count(filters), items: repos.stories.list(offset, limit, filters) };
    },
    'archive:get': ({ id }) => needStory(repos.stories, id, 'id'),
    'archive:search': (query) => searchArchive(repos, query),
    'archive:update': async ({ id, patch }) => {
      const story = await updateStory(repos, id, patch);
      ctx.emit('archive:changed', { reason: 'update' });
      return story;
    },
    'archive:delete': ({ ids }) => {
      const deleted = deleteStories(repos, ids);
      ctx.emit('archive:changed', { reason: 'delete' });
      return { deleted };
    },
    'archive:reindex': ({ search, figures }) => ({ jobId: ctx.jobs.start({ kind: 'reindex', search, figures }) }),
  };
}
