/** Handlers for the tracking side: targets, checks, annotations, drafts and exports. */
import { coreFailure } from '../../shared/core-errors';
import { summaryCsv, summaryXlsx } from './targets/summary';
import { readSettings } from './settings';
import type { HandlerContext } from './handlers';
import type { Handlers } from './invoke';
import type { ExportedFile } from '../../shared/contract';
import {
  createTarget,
  deleteTarget,
  dueSoon,
  listTargets,
  metricSeries,
  overdueWithoutEvidence,
  overrideStatus,
  targetFromFigure,
  targetHistory,
  updateTarget,
} from './targets/register';
import { exportRegister, importRegister } from './targets/transfer';
import { checkStory, confirmMatch } from './check/check-story';
import { invalidateMetricIndex } from './check/metric-index';
import {
  createAnnotation,
  deleteAnnotationReply,
  replyToAnnotation,
  deleteAnnotation,
  exportAnnotationsW3C,
  importAnnotationsW3C,
  listAnnotations,
  reanchorStory,
  updateAnnotation,
} from './annotations';
import {
  citationLookup,
  createDraft,
  deleteDraft,
  getDraft,
  getDraftVersion,
  listDrafts,
  listDraftVersions,
  restoreDraftVersion,
  saveDraft,
  scaffoldFollowUp,
  staleCitations,
} from './drafts';
import { scaffoldItemsFor } from './drafts/from-register';
import { renderDraft, renderStory } from './export';
import { checkResultsCsv, csvBytes } from './export/csv';

type TrackingChannels = Extract<
  keyof Handlers,
  `targets:${string}` | `check:${string}` | `annotations:${string}` | `drafts:${string}` | `export:${string}`
>;

const today = () => new Date().toISOString().slice(0, 10);

/** File names keep the headline readable but safe on every OS. */
export function safeFileName(stem: string, extension: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = stem.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'figure-desk';
  return `${cleaned}.${extension}`;
}

function file(fileName: string, mime: string, bytes: Uint8Array): ExportedFile {
  return { fileName, mime, dataBase64: Buffer.from(bytes).toString('base64'), bytes: bytes.byteLength };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function createTrackingHandlers(ctx: HandlerContext): Pick<Handlers, TrackingChannels> {
  const { repos } = ctx;
  const tolerance = () => ({ approxTolerance: readSettings(repos).approxTolerance });
  const types = () => readSettings(repos).annotationTypes;
  const needStory = (id: number) => {
    const story = repos.stories.get(id);
    if (!story) throw coreFailure('not_found', 'story_not_found', { id }, 'storyId');
    return story;
  };

  return {
    'targets:list': (query) => listTargets(repos, query),
    'targets:get': ({ id }) => {
      const target = repos.targets.get(id);
      if (!target) throw coreFailure('not_found', 'target_not_found', { id });
      return { target, events: targetHistory(repos, id), evidence: repos.targets.evidence(id), links: repos.targets.links(id) };
    },
    'targets:fromFigure': ({ figureId }) => targetFromFigure(repos, figureId, tolerance()),
    'targets:create': (input) => createTarget(repos, input, tolerance()),
    'targets:update': ({ id, patch }) => updateTarget(repos, id, patch, tolerance()),
    'targets:override': ({ id, override }) => overrideStatus(repos, id, override),
    'targets:history': ({ id }) => targetHistory(repos, id),
    'targets:dueSoon': ({ days }) => dueSoon(repos, days, tolerance()),
    'targets:overdue': () => overdueWithoutEvidence(repos, tolerance()),
    'targets:series': ({ metricKey, entity }) => metricSeries(repos, metricKey, entity),
    'targets:export': async ({ format, language }) => {
      const lang = language ?? 'en';
      if (format === 'summary-csv') return file(`figure-desk-register-${today()}.csv`, 'text/csv; charset=utf-8', utf8(summaryCsv(repos, lang)));
      if (format === 'summary-xlsx') return file(`figure-desk-register-${today()}.xlsx`, XLSX_MIME, await summaryXlsx(repos, lang));
      const text = exportRegister(repos, format);
      return file(`figure-desk-targets-${today()}.${format}`, format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json', utf8(text));
    },
    'targets:import': ({ text, format, mode }) => importRegister(repos, text, format, { mode }),
    'targets:delete': ({ id }) => ({ deleted: deleteTarget(repos, id) }),

    'check:story': ({ storyId, options }) => {
      needStory(storyId);
      return checkStory(repos, storyId, { ...options, ...tolerance() });
    },
    'check:confirm': (input) => confirmMatch(repos, input, tolerance()),
    'check:export': ({ storyId, language }) => {
      const story = needStory(storyId);
      const checks = checkStory(repos, storyId, tolerance());
      const rows = checks.flatMap(({ figure, verdicts }) =>
        verdicts.map((v) => ({
          storyId,
          headline: story.headline,
          quote: figure.quote,
          value: figure.value,
          unit: figure.unit,
          against: v.against,
          verdict: v.verdict,
          score: v.score,
          explanation: v.explanation,
          sourceHeadline: v.source?.headline ?? null,
          sourceDate: v.source?.date ?? null,
        })),
      );
      return file(safeFileName(`${story.headline} check`, 'csv'), 'text/csv; charset=utf-8', csvBytes(checkResultsCsv(rows, language)));
    },

    'annotations:list': ({ storyId }) => listAnnotations(repos, storyId),
    'annotations:create': (input) => createAnnotation(repos, input, types()),
    'annotations:update': ({ id, patch }) => updateAnnotation(repos, id, patch, types()),
    'annotations:delete': ({ id }) => ({ deleted: deleteAnnotation(repos, id) }),
    'annotations:reanchor': ({ storyId }) => reanchorStory(repos, storyId),
    'annotations:export': ({ storyIds }) => {
      const collection = exportAnnotationsW3C(repos, storyIds ? { storyIds } : {});
      return file(`figure-desk-annotations-${today()}.jsonld`, 'application/ld+json', utf8(JSON.stringify(collection, null, 2)));
    },
    'annotations:import': ({ json, options }) => importAnnotationsW3C(repos, json, options, types()),
    'annotations:reply': (input) => replyToAnnotation(repos, input),
    'annotations:deleteReply': ({ id }) => deleteAnnotationReply(repos, id),

    'drafts:list': ({ offset, limit }) => listDrafts(repos, offset, limit),
    'drafts:get': ({ id }) => getDraft(repos, id),
    'drafts:create': (input) => createDraft(repos, input),
    'drafts:save': (input) => saveDraft(repos, input),
    'drafts:delete': ({ id }) => ({ deleted: deleteDraft(repos, id) }),
    'drafts:versions': ({ id }) => listDraftVersions(repos, id),
    'drafts:version': ({ versionId }) => getDraftVersion(repos, versionId),
    'drafts:restore': ({ id, versionId }) => restoreDraftVersion(repos, id, versionId),
    'drafts:scaffold': ({ targetIds, language, options }) => {
      const { title, doc } = scaffoldFollowUp(scaffoldItemsFor(repos, targetIds), language, { ...options, ownPublications: readSettings(repos).ownPublications });
      return createDraft(repos, { title, language, doc });
    },
    'drafts:staleCitations': ({ id }) => staleCitations(getDraft(repos, id).doc, citationLookup(repos)),

    'export:draft': async ({ id, format }) => {
      const draft = getDraft(repos, id);
      const artifact = await renderDraft(draft, format, { ...(ctx.pdfRenderer ? { pdfRenderer: ctx.pdfRenderer } : {}) });
      return file(safeFileName(draft.title, artifact.extension), artifact.mime, artifact.bytes);
    },
    'export:story': async ({ storyId, format, annotated, language }) => {
      const story = needStory(storyId);
      const settings = readSettings(repos);
      const artifact = await renderStory(
        {
          story,
          annotations: annotated ? listAnnotations(repos, storyId) : [],
          types: settings.annotationTypes,
          language: language ?? settings.locale ?? (/^zh/.test(ctx.systemLocale) ? 'zh-CN' : 'en'),
          author: repos.author.get(),
        },
        format,
        { ...(ctx.pdfRenderer ? { pdfRenderer: ctx.pdfRenderer } : {}) },
      );
      return file(safeFileName(story.headline, artifact.extension), artifact.mime, artifact.bytes);
    },
  };
}

export { invalidateMetricIndex };
