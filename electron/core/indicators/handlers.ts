/** The indicator lexicon: its entries and the names editors teach it. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { addIndicatorName, listIndicators, removeIndicatorName } from './names';

export function lexiconHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'lexicon'>> {
  return {
    'lexicon:list': (query) => listIndicators(repos, query),
    'lexicon:addName': (input) => addIndicatorName(repos, input),
    'lexicon:removeName': (input) => removeIndicatorName(repos, input),
  };
}
