/**
 * The draft's comments beside it, in reading order: what each is on, what it says, who
 * wrote it and when. Click one to select its text; resolve it (it stays in the draft and its
 * versions, out of the exports) or reopen it; delete it. The editor's document is the only
 * store, so the list is re-read from it on every change.
 */
import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Modal, Paper, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconMessageCircle, IconRotate, IconTrash } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import { useI18n } from '../../i18n';
import { modKey } from '../shell/shortcuts';
import { changeDraftComment, listDraftComments, type DraftComment } from './comments';
import { formatTime } from './VersionsDrawer';
import classes from './Drafts.module.css';

export function useDraftComments(editor: Editor | null): DraftComment[] {
  const [comments, setComments] = useState<DraftComment[]>(() => (editor ? listDraftComments(editor) : []));
  useEffect(() => {
    if (!editor) return;
    const read = () => setComments(listDraftComments(editor));
    read();
    editor.on('update', read);
    return () => {
      editor.off('update', read);
    };
  }, [editor]);
  return comments;
}

export function DraftComments({ editor, comments }: { editor: Editor | null; comments: DraftComment[] }) {
  const { t, locale } = useI18n();
  const open = comments.filter((c) => !c.resolved);
  const resolved = comments.filter((c) => c.resolved);

  const select = (c: DraftComment) => {
    editor?.chain().focus().setTextSelection({ from: c.from, to: c.to }).scrollIntoView().run();
  };
  const setResolved = (c: DraftComment, value: boolean) => {
    if (!editor) return;
    const { quote: _quote, from: _from, to: _to, ...attrs } = c;
    changeDraftComment(editor, c.id, { ...attrs, resolved: value ? true : null });
  };
  const remove = (c: DraftComment) => editor && changeDraftComment(editor, c.id, null);

  const item = (c: DraftComment) => (
    <li key={c.id} className={classes.commentItem} data-resolved={Boolean(c.resolved)} data-comment-id={c.id}>
      <Stack gap={2}>
        <button type="button" className={classes.commentQuote} onClick={() => select(c)} title={t('drafts.comment.jump')}>
          <Text span size="xs" fs="italic" c="dimmed" lineClamp={2} data-content>
            “{c.quote}”
          </Text>
        </button>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-content>
          {c.text}
        </Text>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Text size="xs" c="dimmed">
            {c.author ? <span data-content>{c.author}</span> : null}
            {c.author && c.createdAt ? ' · ' : ''}
            {c.createdAt ? formatTime(c.createdAt, locale) : ''}
          </Text>
          <Group gap={2} wrap="nowrap">
            {c.resolved ? (
              <Tooltip label={t('drafts.comment.reopen')}>
                <ActionIcon size="sm" variant="subtle" color="gray" aria-label={t('drafts.comment.reopen')} onClick={() => setResolved(c, false)}>
                  <IconRotate size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : (
              <Tooltip label={t('drafts.comment.resolve')}>
                <ActionIcon size="sm" variant="subtle" color="green" aria-label={t('drafts.comment.resolve')} onClick={() => setResolved(c, true)}>
                  <IconCheck size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label={t('drafts.comment.delete')}>
              <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('drafts.comment.delete')} onClick={() => remove(c)}>
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </Stack>
    </li>
  );

  return (
    <Paper withBorder p="sm" radius="md" component="aside" aria-labelledby="draft-comments-title">
      <Title order={2} size="h6" id="draft-comments-title" mb="xs">
        {t('drafts.comment.title')}
      </Title>
      {comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('drafts.comment.empty', { keys: `${modKey()}+Alt+M` })}
        </Text>
      ) : (
        <Stack gap="sm">
          {open.length > 0 && (
            <ul className={classes.commentList} aria-label={t('drafts.comment.openList')}>
              {open.map(item)}
            </ul>
          )}
          {resolved.length > 0 && (
            <section aria-labelledby="draft-comments-resolved">
              <Text size="xs" fw={600} c="dimmed" id="draft-comments-resolved" mb={4}>
                {t('drafts.comment.resolvedList')}
              </Text>
              <ul className={classes.commentList} aria-label={t('drafts.comment.resolvedList')}>
                {resolved.map(item)}
              </ul>
            </section>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** Asks for the comment's text; Ctrl/Cmd+Enter adds it. */
export function NewCommentModal({ opened, onClose, onAdd }: { opened: boolean; onClose: () => void; onAdd: (text: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  useEffect(() => {
    if (opened) setText('');
  }, [opened]);
  const add = () => {
    if (text.trim() === '') return;
    onAdd(text.trim());
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('drafts.comment.add')} size="sm" closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack gap="sm">
        <Textarea
          autosize
          minRows={3}
          data-autofocus
          label={t('drafts.comment.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              add();
            }
          }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconMessageCircle size={16} aria-hidden />} onClick={add} disabled={text.trim() === ''}>
            {t('drafts.comment.addButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
