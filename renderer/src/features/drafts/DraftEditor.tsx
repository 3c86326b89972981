/**
 * One draft: TipTap through @mantine/tiptap, autosaved ~1.5 s after the last change with
 * the revision it was loaded at (a save from a stale copy is refused as a conflict, and
 * the editor sees the other copy beside theirs and keeps one), Mod+S for an explicit save that keeps a version, counts from the
 * core, version history, citations (stale ones flagged), the insert picker, comments on
 * spans (Mod+Alt+M, listed beside the draft) and export.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, TextInput, Tooltip } from '@mantine/core';
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor, type JSONContent } from '@tiptap/react';
import { IconAlertTriangle, IconArrowLeft, IconDeviceFloppy, IconHistory } from '@tabler/icons-react';
import '@mantine/tiptap/styles.css';
import type { Draft, DraftDoc } from '../../../../shared/domain/draft';
import { api, type ApiError } from '../../api';
import { useI18n } from '../../i18n';
import { ZH_EDITOR_LABELS } from './editorLabels';
import { routeHref } from '../../router';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage } from '../common/notify';
import { ExportMenu } from '../export/ExportMenu';
import { modKey } from '../shell/shortcuts';
import { citationKey, draftExtensions, staleCitationsKey } from './extensions';
import { InsertPicker } from './InsertPicker';
import { DraftComments, NewCommentModal, useDraftComments } from './DraftComments';
import { StaleCitations } from './StaleCitations';
import { VersionsDrawer } from './VersionsDrawer';
import { DraftToolbar } from './DraftToolbar';
import { SaveAlerts, SaveStatusText } from './DraftStatus';
import { DraftCountsLine } from './DraftCountsLine';
import { useDraftSaving } from './useDraftSaving';
import { useNewComment } from './useNewComment';
import classes from './Drafts.module.css';

export { AUTOSAVE_MS } from './useDraftSaving';

/** Loads the draft; taking the other copy (after a conflict) fetches it again and starts a fresh editor. */
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
  const { t } = i18n;
  const id = draft.id;
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [insertOpen, setInsertOpen] = useState(false);

  const stale = useApiQuery('drafts:staleCitations', { id });
  const saving = useDraftSaving(draft, stale.reload);
  const { docChanged } = saving;

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
      onUpdate: ({ editor: e }) => docChanged(e.getJSON() as DraftDoc),
    },
    [id],
  );

  // Stale citations: flag them in the text.
  useEffect(() => {
    if (!editor || editor.isDestroyed || !stale.data) return;
    const keys = new Set(stale.data.map((s) => citationKey(s.attrs)));
    editor.view.dispatch(editor.state.tr.setMeta(staleCitationsKey, keys));
  }, [editor, stale.data]);

  const comments = useDraftComments(editor);
  const { commentOpen, openComment, closeComment, addComment } = useNewComment(editor);

  const shortcuts: HotkeyItem[] = [
    ['mod+S', saving.saveNow],
    ['mod+shift+I', () => setInsertOpen(true)],
    ['mod+alt+M', openComment],
  ];
  useHotkeys(shortcuts, [], true);

  const onRestored = (restored: Draft) => {
    editor?.commands.setContent(restored.doc as JSONContent, { emitUpdate: false });
    saving.restored(restored);
  };

  return (
    <Stack gap="sm" className={classes.editorPage}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        {back}
        <Group gap="xs">
          <SaveStatusText status={saving.status} />
          <Tooltip label={`${modKey()}+S`}>
            <Button variant="default" size="sm" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={saving.saveNow} disabled={saving.status === 'conflict'}>
              {t('drafts.save')}
            </Button>
          </Tooltip>
          <Button variant="default" size="sm" leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setVersionsOpen(true)}>
            {t('drafts.versions')}
          </Button>
          <ExportMenu
            render={async (format) => {
              await saving.flush();
              return api.call('export:draft', { id, format });
            }}
          />
        </Group>
      </Group>

      <SaveAlerts
        status={saving.status}
        saveError={saving.saveError}
        other={saving.other}
        mine={saving.mine}
        onKeepMine={saving.keepMine}
        onTakeTheirs={onReload}
      />

      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label={t('drafts.titleField')}
          placeholder={t('drafts.titlePlaceholder')}
          value={saving.title}
          onChange={(event) => saving.titleChanged(event.currentTarget.value)}
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
          <DraftToolbar onInsert={() => setInsertOpen(true)} onComment={openComment} />
          <RichTextEditor.Content />
        </RichTextEditor>
        <DraftComments editor={editor} comments={comments} />
      </div>

      <DraftCountsLine counts={saving.counts} />

      {stale.data && stale.data.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <StaleCitations items={stale.data} />
        </Paper>
      )}

      <VersionsDrawer draftId={id} opened={versionsOpen} onClose={() => setVersionsOpen(false)} onRestored={onRestored} />
      <NewCommentModal opened={commentOpen} onClose={closeComment} onAdd={addComment} />
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
