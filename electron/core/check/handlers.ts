/** Checking a story's figures against the register and earlier reporting, and the editor's answers to it. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { readSettings } from '../settings';
import { checkStory, confirmMatch } from './check-story';
import { checkResultsFile } from './export-file';

export function checkHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'check'>> {
  const tolerance = () => ({ approxTolerance: readSettings(repos).approxTolerance });
  return {
    'check:story': ({ storyId, options }) => checkStory(repos, storyId, { ...options, ...tolerance() }),
    'check:confirm': (input) => confirmMatch(repos, input, tolerance()),
    'check:export': (input) => checkResultsFile(repos, input),
  };
}
