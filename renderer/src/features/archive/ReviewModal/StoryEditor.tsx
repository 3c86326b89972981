/** One story under review: its furniture and body as fields, with merge, split, delete and move. */
import { useRef, useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, Menu, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowMergeAltLeft, IconArrowUp, IconCut, IconListNumbers, IconTrash } from '@tabler/icons-react';
import { useI18n } from '../../../i18n';
import { paragraphStarts, type ReviewStory } from '../reviewEdit';
import classes from './ReviewModal.module.css';

const PARAGRAPH_PREVIEW = 24;

interface StoryEditorProps {
  story: ReviewStory;
  index: number;
  count: number;
  onChange: (patch: Partial<ReviewStory>) => void;
  onMergeNext: () => void;
  onSplit: (offset: number) => void;
  onDelete: () => void;
  onMove: (delta: -1 | 1) => void;
}

export function StoryEditor({ story, index, count, onChange, onMergeNext, onSplit, onDelete, onMove }: StoryEditorProps) {
  const { t } = useI18n();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [splitHint, setSplitHint] = useState(false);
  const titleId = `review-story-${story.key}`;
  const paragraphs = paragraphStarts(story.body).slice(1);
  const text = (value: string | null) => value ?? '';

  const splitAtCursor = () => {
    const el = bodyRef.current;
    const offset = el ? el.selectionStart : 0;
    if (offset <= 0 || offset >= story.body.length || !story.body.slice(0, offset).trim() || !story.body.slice(offset).trim()) {
      setSplitHint(true);
      el?.focus();
      return;
    }
    setSplitHint(false);
    onSplit(offset);
  };

  return (
    <section className={classes.story} aria-labelledby={titleId}>
      <StoryActions
        titleId={titleId}
        headline={story.headline}
        index={index}
        count={count}
        paragraphs={paragraphs}
        onMove={onMove}
        onMergeNext={onMergeNext}
        onSplitAtCursor={splitAtCursor}
        onSplit={onSplit}
        onDelete={onDelete}
      />
      <Stack gap={6}>
        <TextInput
          label={t('review.headline')}
          required
          value={story.headline}
          maxLength={500}
          error={story.headline.trim() ? null : t('reader.required')}
          onChange={(event) => onChange({ headline: event.currentTarget.value })}
        />
        <Group grow align="flex-start" gap="xs">
          <TextInput label={t('review.kicker')} value={text(story.kicker)} maxLength={200} onChange={(e) => onChange({ kicker: e.currentTarget.value })} />
          <TextInput label={t('review.byline')} value={text(story.byline)} maxLength={200} onChange={(e) => onChange({ byline: e.currentTarget.value })} />
          <TextInput
            label={t('review.dateline')}
            value={text(story.dateline)}
            maxLength={100}
            onChange={(e) => onChange({ dateline: e.currentTarget.value })}
          />
        </Group>
        <TextInput label={t('review.subhead')} value={text(story.subhead)} maxLength={1000} onChange={(e) => onChange({ subhead: e.currentTarget.value })} />
        <Textarea
          ref={bodyRef}
          label={t('review.body')}
          className={classes.bodyField}
          autosize
          minRows={3}
          maxRows={16}
          value={story.body}
          lang={story.language === 'zh' ? 'zh-CN' : 'en'}
          description={splitHint ? t('review.splitCursorHint') : undefined}
          onChange={(event) => {
            setSplitHint(false);
            onChange({ body: event.currentTarget.value });
          }}
        />
        <Checkbox label={t('review.truncated')} checked={story.truncated} onChange={(event) => onChange({ truncated: event.currentTarget.checked })} />
      </Stack>
    </section>
  );
}

interface StoryActionsProps {
  titleId: string;
  headline: string;
  index: number;
  count: number;
  /** The story's paragraphs after the first: where it can be split. */
  paragraphs: Array<{ start: number; text: string }>;
  onMove: (delta: -1 | 1) => void;
  onMergeNext: () => void;
  onSplitAtCursor: () => void;
  onSplit: (offset: number) => void;
  onDelete: () => void;
}

/** The story's title line and what can be done to it: move, merge with the next, split, delete. */
function StoryActions({ titleId, headline, index, count, paragraphs, onMove, onMergeNext, onSplitAtCursor, onSplit, onDelete }: StoryActionsProps) {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="nowrap" mb={6}>
      <Text fw={600} size="sm" id={titleId} className={classes.storyTitle}>
        {t('review.story', { index: index + 1 })}: {headline.trim() ? <span data-content="">{headline.trim()}</span> : t('review.untitled')}
      </Text>
      <Tooltip label={t('review.moveUp')}>
        <ActionIcon variant="subtle" color="gray" aria-label={t('review.moveUp')} disabled={index === 0} onClick={() => onMove(-1)}>
          <IconArrowUp size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('review.moveDown')}>
        <ActionIcon variant="subtle" color="gray" aria-label={t('review.moveDown')} disabled={index === count - 1} onClick={() => onMove(1)}>
          <IconArrowDown size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <Button size="compact-sm" variant="light" leftSection={<IconArrowMergeAltLeft size={14} aria-hidden />} disabled={index === count - 1} onClick={onMergeNext}>
        {t('review.mergeNext')}
      </Button>
      <Tooltip label={t('review.splitCursorHint')}>
        <Button size="compact-sm" variant="light" leftSection={<IconCut size={14} aria-hidden />} onClick={onSplitAtCursor}>
          {t('review.splitCursor')}
        </Button>
      </Tooltip>
      <Menu position="bottom-end" withinPortal={false}>
        <Menu.Target>
          <Tooltip label={t('review.splitParagraph')}>
            <ActionIcon variant="subtle" color="gray" aria-label={t('review.splitParagraph')} disabled={paragraphs.length === 0}>
              <IconListNumbers size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown mah="20rem" style={{ overflowY: 'auto' }}>
          {paragraphs.map((p, i) => (
            <Menu.Item key={p.start} onClick={() => onSplit(p.start)}>
              {t('review.splitBefore', {
                index: i + 2,
                text: p.text.length > PARAGRAPH_PREVIEW ? `${p.text.slice(0, PARAGRAPH_PREVIEW)}…` : p.text,
              })}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Tooltip label={t('review.delete')}>
        <ActionIcon variant="subtle" color="red" aria-label={t('review.delete')} onClick={onDelete}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
