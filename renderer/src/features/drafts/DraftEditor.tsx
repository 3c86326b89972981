/**
 * One draft: TipTap through @mantine/tiptap, autosaved ~1.5 s after the last change with
 * the revision it was loaded at (a save from a stale copy is refused as a conflict and
 * the editor is told), Mod+S for an explicit save that keeps a version, counts from the
 * core, version history, citations (stale ones flagged), the insert picker, comments on
 * spans (Mod+Alt+M, listed beside the draft) and export.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor, type JSONContent } from '@tiptap/react';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy, IconHistory, IconMessagePlus, IconQuote } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import '@mantine/tiptap/styles.css';
import type { Draft, DraftCounts, DraftDoc } from '../../../../shared/domain/draft';
import { api, isApiError, type ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { ZH_EDITOR_LABELS } from './editorLabels';
import { routeHref } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifySuccess } from '../common/notify';
import { ExportMenu } from '../export/ExportMenu';
import { modKey } from '../shell/shortcuts';
import { citationKey, draftExtensions, staleCitationsKey } from './extensions';
import { InsertPicker } from './InsertPicker';
import { addDraftComment, newCommentId } from './comments';
import { DraftComments, NewCommentModal, useDraftComments } from './DraftComments';
import { useSettings } from '../settings/SettingsContext';
import { StaleCitations } from './StaleCitations';
import { VersionsDrawer } from './VersionsDrawer';
import { countParts } from './countParts';
import classes from './Drafts.module.css';

export const AUTOSAVE_MS = 1500;

type SaveStatus = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** Loads the draft; Reload (after a conflict) fetches it again and starts a fresh editor. */
export function DraftEditorPage({ id }: { id: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useState<{ draft: Draft | null; error: ApiError | null; nonce: number }>({ draft: null, error: null, nonce: 0 });
  const load = useCallback(() => {
    let live = true;
    api.call('drafts:get', { id }).then(
      (draft) => live && setState((s) => ({ draft, error: null, nonce: s.nonce + 1 })),
      (error: unknown) => live && setState((s) => ({ ...s, error: error as ApiError })),
    );
    return () => {
      live = false;
    };
  }, [id]);
  useEffect(load, [load]);

  const back = (
    <Anchor href={routeHref({ page: 'drafts' })} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('drafts.back')}
      </Group>
    </Anchor>
  );
  if (state.error && !state.draft) {
    return (
      <Stack align="flex-start">
        {back}
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          {t('drafts.loadFailed')} {errorMessage(i18n, state.error)}
        </Alert>
      </Stack>
    );
  }
  if (!state.draft || state.draft.id !== id) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <DraftEditor key={`${id}-${state.nonce}`} draft={state.draft} back={back} onReload={load} />;
}

function DraftEditor({ draft, back, onReload }: { draft: Draft; back: React.ReactNode; onReload: () => void }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const id = draft.id;
  const [title, setTitle] = useState(draft.title);
  const [counts, setCounts] = useState<DraftCounts>(draft.counts);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [insertOpen, setInsertOpen] = useState(false);
  const [commentOpen, setCommentOpen] = useState(false);
  const { settings } = useSettings();
  const appInfo = useApiQuery('app:info', {});

  const revision = useRef(draft.revision);
  const titleRef = useRef(draft.title);
  const docRef = useRef<DraftDoc>(draft.doc);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const conflict = useRef(false);

  const stale = useApiQuery('drafts:staleCitations', { id });
  const reloadStale = stale.reload;

  const save = useCallback(
    async (explicit: boolean): Promise<void> => {
      while (inFlight.current) await inFlight.current;
      if (conflict.current) return;
      if (!explicit && changes.current === savedChanges.current) return;
      const at = changes.current;
      const run = (async () => {
        setStatus('saving');
        try {
          const saved = await api.call('drafts:save', {
            id,
            title: titleRef.current,
            doc: docRef.current,
            baseRevision: revision.current,
            explicit,
          });
          revision.current = saved.revision;
          savedChanges.current = at;
          setCounts(saved.counts);
          setSaveError(null);
          setStatus(changes.current === at ? 'saved' : 'dirty');
          reloadStale();
        } catch (error) {
          if (isApiError(error) && error.code === 'conflict') {
            conflict.current = true;
            setStatus('conflict');
          } else {
            setSaveError(errorMessage(i18n, error));
            setStatus('error');
          }
        }
      })();
      inFlight.current = run;
      try {
        await run;
      } finally {
        inFlight.current = null;
      }
    },
    [id, i18n, reloadStale],
  );

  const autosave = useDebouncedCallback(() => void save(false), { delay: AUTOSAVE_MS, flushOnUnmount: true });

  const changed = useCallback(() => {
    changes.current += 1;
    if (!conflict.current) setStatus('dirty');
    autosave();
  }, [autosave]);

  const editor = useEditor(
    {
      extensions: draftExtensions(),
      content: draft.doc as JSONContent,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          'aria-label': t('drafts.editorLabel'),
          'aria-multiline': 'true',
          role: 'textbox',
          lang: draft.language,
          class: classes.prose ?? '',
        },
      },
      onUpdate: ({ editor: e }) => {
        docRef.current = e.getJSON() as DraftDoc;
        changed();
      },
    },
    [id],
  );

  // Stale citations: flag them in the text.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !stale.data) return;
    const keys = new Set(stale.data.map((s) => citationKey(s.attrs)));
    editor.view.dispatch(editor.state.tr.setMeta(staleCitationsKey, keys));
  }, [editor, stale.data]);

  const saveNow = useCallback(() => {
    autosave.cancel();
    void save(true).then(() => {
      if (!conflict.current && savedChanges.current === changes.current) notifySuccess(t('drafts.saved'), { id: 'draft-saved' });
    });
  }, [autosave, save, t]);

  /** Before export: write what is on screen. */
  const flush = useCallback(async () => {
    autosave.cancel();
    await save(false);
  }, [autosave, save]);

  const comments = useDraftComments(editor);
  /** A comment needs text to sit on: with nothing selected the editor is told so. */
  const openComment = useCallback(() => {
    if (!editor || editor.state.selection.empty) {
      notifications.show({ id: 'draft-comment-select', message: t('drafts.comment.selectFirst'), color: 'yellow' });
      return;
    }
    setCommentOpen(true);
  }, [editor, t]);
  const addComment = (text: string) => {
    setCommentOpen(false);
    if (!editor) return;
    addDraftComment(editor, {
      id: newCommentId(),
      text,
      author: settings.editorName || appInfo.data?.systemUser || null,
      createdAt: new Date().toISOString(),
      resolved: null,
    });
  };

  useHotkeys(
    [
      ['mod+S', saveNow],
      ['mod+shift+I', () => setInsertOpen(true)],
      ['mod+alt+M', openComment],
    ],
    [],
    true,
  );

  const onRestored = (restored: Draft) => {
    autosave.cancel();
    revision.current = restored.revision;
    docRef.current = restored.doc;
    titleRef.current = restored.title;
    setTitle(restored.title);
    setCounts(restored.counts);
    editor?.commands.setContent(restored.doc as JSONContent, { emitUpdate: false });
    changes.current += 1;
    savedChanges.current = changes.current;
    setStatus('saved');
    reloadStale();
  };

  const statusText =
    status === 'saved' ? t('drafts.saved') : status === 'saving' ? t('drafts.saving') : status === 'dirty' ? t('drafts.unsaved') : status === 'error' ? t('drafts.saveFailed') : t('drafts.conflictTitle');
  const mod = modKey();

  return (
    <Stack gap="sm" className={classes.editorPage}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        {back}
        <Group gap="xs">
          <Text size="sm" c={status === 'error' || status === 'conflict' ? 'red' : 'dimmed'} role="status" aria-live="polite" data-save-status={status}>
            {statusText}
          </Text>
          <Tooltip label={`${mod}+S`}>
            <Button variant="default" size="sm" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={saveNow} disabled={status === 'conflict'}>
              {t('drafts.save')}
            </Button>
          </Tooltip>
          <Button variant="default" size="sm" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setVersionsOpen(true)}>
            {t('drafts.versions')}
          </Button>
          <ExportMenu
            render={async (format) => {
              await flush();
              return api.call('export:draft', { id, format });
            }}
          />
        </Group>
      </Group>

      {status === 'conflict' && (
        <Alert color="orange" variant="light" role="alert" title={t('drafts.conflictTitle')} icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">{t('drafts.conflict')}</Text>
          <Button size="xs" mt="xs" variant="light" color="orange" onClick={onReload}>
            {t('drafts.reload')}
          </Button>
        </Alert>
      )}
      {status === 'error' && saveError && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">
            {t('drafts.saveFailed')}: {saveError}
          </Text>
        </Alert>
      )}

      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label={t('drafts.titleField')}
          placeholder={t('drafts.titlePlaceholder')}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            titleRef.current = event.currentTarget.value;
            changed();
          }}
          style={{ flex: 1 }}
          size="md"
          fw={600}
        />
        <Badge variant="light" size="lg" title={t('drafts.language')}>
          {t(draft.language === 'zh-CN' ? 'drafts.lang.zh-CN' : 'drafts.lang.en')}
        </Badge>
      </Group>

      <div className={classes.withComments}>
        <RichTextEditor editor={editor} className={classes.editor} {...(i18n.locale === 'zh-CN' ? { labels: ZH_EDITOR_LABELS } : {})}>
          <RichTextEditor.Toolbar sticky stickyOffset="var(--app-shell-header-offset, 0px)">
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H1 />
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
              <RichTextEditor.Strikethrough />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Blockquote />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.TableInsert />
              <RichTextEditor.TableRowAfter />
              <RichTextEditor.TableColumnAfter />
              <RichTextEditor.TableRowDelete />
              <RichTextEditor.TableColumnDelete />
              <RichTextEditor.TableDelete />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <Tooltip label={`${t('drafts.insert')} (${mod}+Shift+I)`}>
                <RichTextEditor.Control onClick={() => setInsertOpen(true)} aria-label={t('drafts.insert')} title={t('drafts.insert')}>
                  <IconQuote size={16} aria-hidden />
                </RichTextEditor.Control>
              </Tooltip>
              <Tooltip label={`${t('drafts.comment.add')} (${mod}+Alt+M)`}>
                <RichTextEditor.Control onClick={openComment} aria-label={t('drafts.comment.add')} title={t('drafts.comment.add')}>
                  <IconMessagePlus size={16} aria-hidden />
                </RichTextEditor.Control>
              </Tooltip>
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
          <RichTextEditor.Content />
        </RichTextEditor>
        <DraftComments editor={editor} comments={comments} />
      </div>

      <Group gap="md" className={classes.counts} aria-label={t('drafts.colCounts')}>
        <Text size="sm" fw={600} data-testid="draft-words">
          {t('drafts.countWords', { count: formatNumber(counts.words) })}
        </Text>
        <Text size="sm" c="dimmed">
          {countParts(counts)
            .map(([key, count]) => t(key, { count: formatNumber(count) }))
            .join(t('drafts.countSeparator'))}
        </Text>
        <Text size="sm" c="dimmed">
          {t('drafts.countChars', { count: formatNumber(counts.characters) })}
        </Text>
      </Group>

      {stale.data && stale.data.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <StaleCitations items={stale.data} />
        </Paper>
      )}

      <VersionsDrawer draftId={id} opened={versionsOpen} onClose={() => setVersionsOpen(false)} onRestored={onRestored} />
      <NewCommentModal opened={commentOpen} onClose={() => setCommentOpen(false)} onAdd={addComment} />
      <InsertPicker
        opened={insertOpen}
        onClose={() => setInsertOpen(false)}
        language={draft.language}
        onInsert={(content) => {
          editor?.chain().focus().insertContent(content).run();
        }}
      />
    </Stack>
  );
}
