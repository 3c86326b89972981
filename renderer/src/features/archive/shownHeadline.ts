import type { I18n } from '../../i18n';

/**
 * A story printed without a headline (a brief, a list of key figures) keeps its text as
 * body and an empty headline; lists and headings say so instead of showing nothing.
 */
export function shownHeadline(i18n: Pick<I18n, 't'>, headline: string | null | undefined): string {
  return headline && headline.trim() ? headline : i18n.t('review.untitled');
}
