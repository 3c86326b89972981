export { countText, countDoc, docText, visitText } from './text';
export {
  createDraft,
  getDraft,
  listDrafts,
  deleteDraft,
  saveDraft,
  listDraftVersions,
  getDraftVersion,
  restoreDraftVersion,
  DEFAULT_VERSION_INTERVAL_MINUTES,
  parseInput,
  type DraftDeps,
  type DraftClockOptions,
} from './service';
export { staleCitations, citationLookup, archiveCitationLookup, type CitationLookup, type CitationSources } from './citations';
export { scaffoldFollowUp, targetText, dateZh, dateEn, type FollowUpOptions } from './scaffold';
export * as build from './build';
