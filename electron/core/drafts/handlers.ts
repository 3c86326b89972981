/** Drafts: writing, versions, follow-ups scaffolded from the register, and citations gone stale. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { scaffoldDraft } from './from-register';
import {
  archiveCitationLookup,
  createDraft,
  deleteDraft,
  getDraft,
  getDraftVersion,
  listDrafts,
  listDraftVersions,
  restoreDraftVersion,
  saveDraft,
  staleCitations,
} from './index';

export function draftHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'drafts'>> {
  return {
    'drafts:list': ({ offset, limit }) => listDrafts(repos, offset, limit),
    'drafts:get': ({ id }) => getDraft(repos, id),
    'drafts:create': (input) => createDraft(repos, input),
    'drafts:save': (input) => saveDraft(repos, input),
    'drafts:delete': async ({ id }) => ({ deleted: await deleteDraft(repos, id) }),
    'drafts:versions': ({ id }) => listDraftVersions(repos, id),
    'drafts:version': ({ versionId }) => getDraftVersion(repos, versionId),
    'drafts:restore': ({ id, versionId }) => restoreDraftVersion(repos, id, versionId),
    'drafts:scaffold': ({ targetIds, language, options }) => scaffoldDraft(repos, targetIds, language, options),
    'drafts:staleCitations': async ({ id }) => {
      const { doc } = await getDraft(repos, id);
      return staleCitations(doc, await archiveCitationLookup(repos, doc));
    },
  };
}
