/** What the insert picker puts in a draft: the cited words with a citation mark. */
import type { JSONContent } from '@tiptap/react';
import type { SearchHit } from '../../../../shared/domain/archive';
import type { CitationAttrs, DraftLanguage } from '../../../../shared/domain/draft';
import type { Figure } from '../../../../shared/domain/figure';
import type { Target } from '../../../../shared/domain/target';
import { createI18n } from '../../i18n';

export interface StoryRef {
  id: number;
  headline: string;
  date: string | null;
  publication: string | null;
}

export function storyFromHit(hit: SearchHit): StoryRef {
  return { id: hit.storyId, headline: hit.headline, date: hit.date, publication: hit.publication };
}

/** 重庆日报 2023-02-24《…》 / Chongqing Daily, 2023-02-24, “…”. */
export function sourceLabel(story: StoryRef, language: DraftLanguage): string {
  if (language === 'zh-CN') return [story.publication, story.date].filter(Boolean).join(' ') + `《${story.headline}》`;
  return [story.publication, story.date, `“${story.headline}”`].filter(Boolean).join(', ');
}

function cited(text: string, attrs: CitationAttrs): JSONContent[] {
  return [{ type: 'text', text, marks: [{ type: 'citation', attrs: { figureId: null, targetId: null, ...attrs } }] }, { type: 'text', text: ' ' }];
}

export function figureContent(figure: Figure, story: StoryRef, language: DraftLanguage): JSONContent[] {
  return cited(figure.quote, {
    storyId: story.id,
    figureId: figure.id,
    targetId: null,
    label: sourceLabel(story, language),
    snapshot: { value: figure.value, unit: figure.unit, quote: figure.quote },
  });
}

/** The target's status sentence, cited to the story it came from (plain text when it has none). */
export function targetContent(target: Target, language: DraftLanguage): JSONContent[] {
  const sentence = target.explanation ? (language === 'zh-CN' ? target.explanation.zh : target.explanation.en) : `${target.metric}: ${target.quote}`;
  if (!target.sourceStoryId || target.sourceStoryId <= 0) return [{ type: 'text', text: `${sentence} ` }];
  const story: StoryRef = { id: target.sourceStoryId, headline: target.sourceHeadline ?? target.metric, date: target.sourceDate, publication: null };
  return cited(sentence, {
    storyId: target.sourceStoryId,
    figureId: null,
    targetId: target.id,
    label: sourceLabel(story, language),
    snapshot: { quote: target.quote, value: target.value, unit: target.unit, status: target.status },
  });
}

/** 据本报X月X日报道 / according to our report of 24 Feb 2023. */
export function storyCitationText(story: StoryRef, language: DraftLanguage): string {
  const i18n = createI18n(language);
  const m = story.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(story.date) : null;
  if (!m) return i18n.t('drafts.storyCitationNoDate');
  const date = language === 'zh-CN' ? `${Number(m[2])}月${Number(m[3])}日` : i18n.formatDate(story.date!);
  return i18n.t('drafts.storyCitation', { date });
}

export function storyContent(story: StoryRef, language: DraftLanguage): JSONContent[] {
  return cited(storyCitationText(story, language), {
    storyId: story.id,
    figureId: null,
    targetId: null,
    label: sourceLabel(story, language),
    snapshot: { quote: story.headline },
  });
}
