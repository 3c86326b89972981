/** Checking a story's figures against the register and earlier reporting, and the editor's answers to it. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { readSettings } from '../settings';
import { checkStory, confirmMatch } from './check-story';
import { checkResultsFile } from './export-file';

export function checkHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'check'>> {
  // Read once per request: the check below is synchronous and settings come from the async stores.
  const tolerance = async () => ({ approxTolerance: (await readSettings(repos)).approxTolerance });
  return {
    'check:story': async ({ storyId, options }) => checkStory(repos, storyId, { ...options, ...(await tolerance()) }),
    'check:confirm': async (input) => confirmMatch(repos, input, await tolerance()),
    'check:export': (input) => checkResultsFile(repos, input),
  };
}
