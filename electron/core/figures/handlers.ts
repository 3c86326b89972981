/** A story's figures and the queue of figures waiting for the editor's review. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { correctFigure, readFiguresFrom, reextractStoryFigures, storyFigures } from './story-figures';

export function figureHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'figures'>> {
  return {
    'figures:list': ({ storyId }) => storyFigures(repos, storyId),
    'figures:update': ({ id, patch }) => correctFigure(repos, id, patch),
    'figures:queue': ({ limit }) => repos.figures.queue(limit),
    'figures:reextract': ({ storyId }) => reextractStoryFigures(repos, storyId),
    'figures:read': ({ sources, options }) => readFiguresFrom(repos, sources, options),
  };
}
