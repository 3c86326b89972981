/** Handlers for the indicator lexicon: its entries and the names editors teach it. */
import type { Repositories } from './db/repositories';
import type { Handlers } from './invoke';
import { addIndicatorName, listIndicators, removeIndicatorName } from './indicators/names';

type LexiconChannels = Extract<keyof Handlers, `lexicon:${string}`>;

export function createLexiconHandlers(repos: Repositories): Pick<Handlers, LexiconChannels> {
  return {
    'lexicon:list': (query) => listIndicators(repos, query),
    'lexicon:addName': (input) => addIndicatorName(repos, input),
    'lexicon:removeName': (input) => removeIndicatorName(repos, input),
  };
}
