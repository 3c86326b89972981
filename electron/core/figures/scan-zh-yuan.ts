/** What 元 means in a Chinese story: currency words before a number, and the story's own 元. */
import { isTaiwanStory } from './entities';
import { declaredYuan, isHongKongInstitutionStory, isMacauInstitutionStory, localYuan, soleNamedYuan } from './units';

export const CURRENCY_BEFORE = /(?:US\$|HK\$|\$|¥|£|€|人民币|新台币|港币|澳门币|美元|欧元)$/;
export const CURRENCY_CODE: Record<string, string> = { US$: 'USD', HK$: 'HKD', $: 'USD', '¥': 'CNY', '£': 'GBP', '€': 'EUR', 人民币: 'CNY', 新台币: 'TWD', 港币: 'HKD', 澳门币: 'MOP', 美元: 'USD', 欧元: 'EUR' };
/** Currency words that name a place's own 元 (新台币800亿元), which later bare 元 in the story continue. */
export const LOCAL_CURRENCY_WORDS = new Set(['人民币', '新台币', '港币', '澳门币']);
const HOME_DEICTIC = /本港|全港|本澳|全澳/;

/**
 * What a bare 元 means when the text itself says: the paper's city, else a paper that speaks of
 * 本港 or 本澳 counts in that place's dollars, and a story told by Taiwan's institutions in New
 * Taiwan dollars; null when nothing says.
 */
export function storyYuan(folded: string, city: string | null): string | null {
  const declared = declaredYuan(folded);
  if (declared) return declared;
  if (city !== null) return localYuan(city);
  const home = HOME_DEICTIC.exec(folded);
  if (home) return home[0].endsWith('港') ? 'HKD' : 'MOP';
  const named = soleNamedYuan(folded);
  if (named) return named;
  if (isMacauInstitutionStory(folded)) return 'MOP';
  if (isHongKongInstitutionStory(folded)) return 'HKD';
  return isTaiwanStory(folded) ? 'TWD' : null;
}

/** The story's own 元: the paper's city or place, else the first local currency named before a number. */
export interface StoryYuan {
  code: string;
  named: boolean;
}
