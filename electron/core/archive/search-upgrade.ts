import type { StoresOf } from '../db/repositories/types';
import { SEARCH_TOKENS_VERSION } from '../text/search-tokens';

const SEARCH_TOKENS_SETTING = 'searchTokensVersion';

/**
 * Whether the search index was cut the way this version cuts text. An archive indexed by
 * an earlier version cannot find what the new tokens find (4.8万, 2万 for 20,000) until its
 * index is rebuilt; an empty archive has nothing to rebuild and is marked current at once.
 */
export async function searchIndexIsCurrent({ stores }: { stores: StoresOf<'settings' | 'stories'> }): Promise<boolean> {
  if ((await stores.settings.all())[SEARCH_TOKENS_SETTING] === SEARCH_TOKENS_VERSION) return true;
  if ((await stores.stories.count()) > 0) return false;
  await markSearchIndexCurrent({ stores });
  return true;
}

/** After every story has been indexed again with this version's tokens. */
export function markSearchIndexCurrent({ stores }: { stores: StoresOf<'settings'> }): Promise<void> {
  return stores.settings.set(SEARCH_TOKENS_SETTING, SEARCH_TOKENS_VERSION);
}
