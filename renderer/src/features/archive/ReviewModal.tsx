/**
 * The review step between segmentation and the archive: per page its publication and date
 * (a date is required), per story its furniture and body, with merge / split / delete / move.
 * Save (Mod+Enter) stores them with archive:save; Cancel (Esc) discards, asking first when
 * something was edited. Files archive:preview could not read are listed with the reason.
 */
import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Menu,
  Modal,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowMergeAltLeft,
  IconArrowUp,
  IconCut,
  IconListNumbers,
  IconTrash,
} from '@tabler/icons-react';
import { useI18n, type MessageKey } from '../../i18n';
import { errorMessage } from '../common/notify';
import { fileFailureText } from '../common/fileErrors';
import { modKey } from '../shell/shortcuts';
import { useImport } from './ImportContext';
import { importNotesText } from './importNotes';
import { WithContent } from '../common/WithContent';
import {
  ISO_DATE,
  keepDropped,
  mergeWithNext,
  move,
  paragraphStarts,
  removeAt,
  splitAt,
  toReviewPages,
  toSavePages,
  type ReviewPage,
  type ReviewStory,
} from './reviewEdit';
import classes from './ReviewModal.module.css';

const PARAGRAPH_PREVIEW = 24;
/** Pages with more stories than this draw only the ones in view. */
const VIRTUALISE_AFTER = 30;

export function ReviewModal() {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { review, saveReview, discardReview } = useImport();
  const [pages, setPages] = useState<ReviewPage[]>([]);
  const [edited, setEdited] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);

  useEffect(() => {
    setPages(review ? toReviewPages(review.pages) : []);
    setEdited(false);
    setSaveError(null);
    setConfirmOpen(false);
  }, [review]);

  const editPage = useCallback((pageKey: number, change: (page: ReviewPage) => ReviewPage) => {
    setEdited(true);
    setPages((now) => now.map((p) => (p.key === pageKey ? change(p) : p)));
  }, []);

  const live = pages.filter((p) => p.stories.length > 0);
  const datesMissing = live.filter((p) => !ISO_DATE.test(p.date.trim())).length;
  const headlineMissing = live.some((p) => p.stories.some((s) => !s.headline.trim()));
  const canSave = !saving && live.length > 0 && datesMissing === 0 && !headlineMissing;

  const save = async () => {
    if (!canSave) return;
    setSaving(true);
    setSaveError(null);
    try {
      await saveReview(toSavePages(pages));
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  const requestCancel = useCallback(() => {
    if (edited) setConfirmOpen(true);
    else discardReview();
  }, [edited, discardReview]);

  // Mod+Enter saves and Escape cancels from anywhere in the review, text fields included.
  const opened = review !== null;
  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      if (confirmOpen) return;
      if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        void saveRef.current();
      } else if (event.key === 'Escape' && !event.defaultPrevented) {
        // A menu open inside the review closes first.
        if (document.querySelector('[role="menu"]')) return;
        event.preventDefault();
        requestCancel();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened, confirmOpen, requestCancel]);

  let status: string | null = null;
  if (live.length === 0) status = t('review.nothingToSave');
  else if (datesMissing > 0) status = tn('review.datesMissing', datesMissing);
  else if (headlineMissing) status = t('review.headlineMissing');

  return (
    <>
      <Modal
        opened={opened}
        onClose={requestCancel}
        fullScreen
        closeOnEscape={false}
        title={t('review.title')}
        closeButtonProps={{ 'aria-label': t('common.cancel') }}
      >
        <div className={classes.body}>
          <Text size="sm" c="dimmed">
            {t('review.intro')}
          </Text>

          {review && review.failed.length > 0 && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={tn('review.failed', review.failed.length)}>
              <List size="sm" spacing={2}>
                {review.failed.map((f, i) => (
                  <List.Item key={`${f.path}:${i}`}>
                    <Text span size="sm" ff="monospace">
                      {f.path}
                    </Text>
                    {' — '}
                    {fileFailureText(i18n, f)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}

          {pages.map((page, pageIndex) => (
            <PageEditor key={page.key} page={page} index={pageIndex} onEdit={editPage} />
          ))}

          <div className={classes.footer}>
            <div className={classes.footerStatus} aria-live="polite">
              {saveError ? (
                <Text size="sm" c="red" role="alert">
                  {t('review.saveFailed')}: {errorMessage(i18n, saveError)}
                </Text>
              ) : status ? (
                <Text size="sm" c="orange">
                  {status}
                </Text>
              ) : null}
            </div>
            <Button variant="default" onClick={requestCancel}>
              {t('common.cancel')}
            </Button>
            <Tooltip label={t('review.saveHint', { keys: `${modKey()}+Enter` })}>
              <Button onClick={() => void save()} disabled={!canSave} loading={saving}>
                {t('review.save')}
              </Button>
            </Tooltip>
          </div>
        </div>
      </Modal>

      <Modal
        opened={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title={t('review.discardTitle')}
        size="sm"
        zIndex={400}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm" mb="md">
          {t('review.discardBody')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setConfirmOpen(false)} data-autofocus>
            {t('review.keepEditing')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              setConfirmOpen(false);
              discardReview();
            }}
          >
            {t('review.discard')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

interface PageEditorProps {
  page: ReviewPage;
  index: number;
  onEdit: (pageKey: number, change: (page: ReviewPage) => ReviewPage) => void;
}

const PageEditor = memo(function PageEditor({ page, index, onEdit }: PageEditorProps) {
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

/**
 * A page of many stories (a long paste, a whole edition) draws only the editors in view: a
 * 300 KB paste once drew 1,968 of them in one form and took 37 s.
 */
function VirtualStories({ stories, renderStory }: { stories: ReviewStory[]; renderStory: (story: ReviewStory, index: number) => ReactNode }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 360,
    overscan: 3,
    getItemKey: (index) => stories[index]!.key,
  });
  return (
    <div ref={scroller} className={classes.virtualStories}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
          >
            {renderStory(stories[item.index]!, item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * What the import left out as page furniture, kind by kind, collapsed: the editor opens it
 * to check that nothing of the story went, and puts back a line that did.
 */
function DroppedLines({ page, onKeep }: { page: ReviewPage; onKeep: (index: number, storyKey: number) => void }) {
  const { t, tn } = useI18n();
  return (
    <details className={classes.dropped}>
      <summary>
        <Text span size="sm" fw={500}>
          {tn('review.dropped', page.dropped.length)}
        </Text>
      </summary>
      <List size="sm" spacing={4} mt={4} aria-label={t('review.droppedList')}>
        {page.dropped.map((line, i) => (
          <List.Item key={`${line.text}:${i}`}>
            <Group gap="xs" wrap="nowrap">
              <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                {t(`review.droppedKind.${line.kind}` as MessageKey)}
              </Badge>
              <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                {line.text}
              </Text>
              {page.stories.length > 0 && (
                <Menu position="bottom-end" withinPortal={false}>
                  <Menu.Target>
                    <Button size="compact-xs" variant="subtle" aria-label={t('review.keepLine', { text: line.text })}>
                      {t('review.keep')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {page.stories.map((story, k) => (
                      <Menu.Item key={story.key} onClick={() => onKeep(i, story.key)}>
                        {t('review.keepIn', { index: k + 1, headline: story.headline.trim() || t('review.untitled') })}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </details>
  );
}

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

function StoryEditor({ story, index, count, onChange, onMergeNext, onSplit, onDelete, onMove }: StoryEditorProps) {
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
      <Group gap="xs" wrap="nowrap" mb={6}>
        <Text fw={600} size="sm" id={titleId} className={classes.storyTitle}>
          {t('review.story', { index: index + 1 })}: {story.headline.trim() ? <span data-content="">{story.headline.trim()}</span> : t('review.untitled')}
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
          <Button size="compact-sm" variant="light" leftSection={<IconCut size={14} aria-hidden />} onClick={splitAtCursor}>
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
