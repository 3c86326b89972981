import type { DraftCounts } from '../../../../shared/domain/draft';
import type { MessageKey } from '../../i18n';

/**
 * The parts of a draft's word count worth naming, in order: Chinese characters, English
 * words, numbers. A part with nothing in it is left out, so an all-Chinese draft never
 * reports "0 English words" (nor its figures as English words).
 */
export function countParts(counts: DraftCounts): [MessageKey, number][] {
  const parts: [MessageKey, number][] = [
    ['drafts.countHan', counts.cjk],
    ['drafts.countLatin', counts.latinWords],
    ['drafts.countNumbers', counts.numbers],
  ];
  return parts.filter(([, count]) => count > 0);
}
