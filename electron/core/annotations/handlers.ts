/** Annotations on stories, their reply threads, and their exchange as W3C Web Annotation JSON-LD. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { exportedFile, fileDate, utf8 } from '../export/exported-file';
import { readSettings } from '../settings';
import {
  createAnnotation,
  deleteAnnotation,
  deleteAnnotationReply,
  exportAnnotationsW3C,
  importAnnotationsW3C,
  listAnnotations,
  reanchorStory,
  replyToAnnotation,
  updateAnnotation,
} from './index';

export function annotationHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'annotations'>> {
  const types = async () => (await readSettings(repos)).annotationTypes;
  return {
    'annotations:list': ({ storyId }) => listAnnotations(repos, storyId),
    'annotations:create': async (input) => createAnnotation(repos, input, await types()),
    'annotations:update': async ({ id, patch }) => updateAnnotation(repos, id, patch, await types()),
    'annotations:delete': async ({ id }) => ({ deleted: await deleteAnnotation(repos, id) }),
    'annotations:reanchor': ({ storyId }) => reanchorStory(repos, storyId),
    'annotations:export': async ({ storyIds }) => {
      const collection = await exportAnnotationsW3C(repos, storyIds ? { storyIds } : {});
      return exportedFile(`figure-desk-annotations-${fileDate()}.jsonld`, 'application/ld+json', utf8(JSON.stringify(collection, null, 2)));
    },
    'annotations:import': async ({ json, options }) => importAnnotationsW3C(repos, json, options, await types()),
    'annotations:reply': (input) => replyToAnnotation(repos, input),
    'annotations:deleteReply': ({ id }) => deleteAnnotationReply(repos, id),
  };
}
