/** One page under review: its paper and date (required), what the import assumed or left out, and its stories. */
import { memo } from 'react';
import { Group, List, Text, TextInput, Title } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { WithContent } from '../../common/WithContent';
import { importNotesText } from '../importNotes';
import { ISO_DATE, keepDropped, mergeWithNext, move, removeAt, splitAt, type ReviewPage, type ReviewStory } from '../reviewEdit';
import { DroppedLines } from './DroppedLines';
import { StoryEditor } from './StoryEditor';
import { VirtualStories } from './VirtualStories';
import classes from './ReviewModal.module.css';

/** Pages with more stories than this draw only the ones in view. */
const VIRTUALISE_AFTER = 30;

interface PageEditorProps {
  page: ReviewPage;
  index: number;
  onEdit: (pageKey: number, change: (page: ReviewPage) => ReviewPage) => void;
}

export const PageEditor = memo(function PageEditor({ page, index, onEdit }: PageEditorProps) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const titleId = `review-page-${page.key}`;
  const date = page.date.trim();
  const dateError = date === '' || !ISO_DATE.test(date) ? t('review.dateRequired') : null;
  const setStories = (change: (stories: ReviewStory[]) => ReviewStory[]) => onEdit(page.key, (p) => ({ ...p, stories: change(p.stories) }));
  const storyEditor = (story: ReviewStory, i: number) => (
    <StoryEditor
      key={story.key}
      story={story}
      index={i}
      count={page.stories.length}
      onChange={(patch) => setStories((all) => all.map((s) => (s.key === story.key ? { ...s, ...patch } : s)))}
      onMergeNext={() => setStories((all) => mergeWithNext(all, all.findIndex((s) => s.key === story.key)))}
      onSplit={(offset) => setStories((all) => splitAt(all, all.findIndex((s) => s.key === story.key), offset))}
      onDelete={() => setStories((all) => removeAt(all, all.findIndex((s) => s.key === story.key)))}
      onMove={(delta) => setStories((all) => move(all, all.findIndex((s) => s.key === story.key), delta))}
    />
  );

  return (
    <section className={classes.page} aria-labelledby={titleId}>
      <Group justify="space-between" align="baseline" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={titleId} style={{ overflowWrap: 'anywhere' }}>
          {t('review.page', { index: index + 1, source: page.source })}
        </Title>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {tn('review.storyCount', page.stories.length)}
        </Text>
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('review.publication')}
          value={page.publication}
          maxLength={200}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onEdit(page.key, (p) => ({ ...p, publication: value }));
          }}
        />
        <TextInput
          label={t('review.date')}
          placeholder="YYYY-MM-DD"
          required
          value={page.date}
          error={page.stories.length > 0 ? dateError : null}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onEdit(page.key, (p) => ({ ...p, date: value }));
          }}
        />
      </Group>
      {page.assumed.length > 0 && (
        <div>
          <Text size="sm" fw={500} mt="xs">
            {t('review.assumed')}
          </Text>
          <List size="sm" spacing={2} data-testid="review-assumed">
            {importNotesText(i18n, page).map((a, i) => (
              <List.Item key={`${a.text}:${i}`}>
                <WithContent text={a.text} spans={a.spans} />
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {page.edition && (
        <Text size="sm" mt="xs" data-testid="review-edition">
          {page.edition.section
            ? t('review.editionSection', { page: page.edition.page, section: page.edition.section })
            : t('review.edition', { page: page.edition.page })}
        </Text>
      )}
      {page.dropped.length > 0 && (
        <DroppedLines page={page} onKeep={(index, storyKey) => onEdit(page.key, (p) => keepDropped(p, index, storyKey))} />
      )}
      {page.stories.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('review.pageEmpty')}
        </Text>
      )}
      {page.stories.length > VIRTUALISE_AFTER ? (
        <VirtualStories stories={page.stories} renderStory={storyEditor} />
      ) : (
        page.stories.map((story, i) => storyEditor(story, i))
      )}
    </section>
  );
});

