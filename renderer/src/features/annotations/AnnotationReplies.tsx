/**
 * The thread under an annotation: each reply with who wrote it and when, oldest first, and
 * a box to answer. Ctrl/Cmd+Enter sends, as in the other comment boxes.
 */
import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { Annotation } from '../../../../shared/domain/annotation';
import { useI18n } from '../../i18n';
import { notifyError } from '../common/notify';
import { formatTime } from '../drafts/VersionsDrawer';
import classes from './Annotations.module.css';

interface Props {
  annotation: Annotation;
  onReply: (annotationId: number, text: string) => Promise<unknown>;
  onDeleteReply: (replyId: number) => Promise<unknown>;
}

export function AnnotationReplies({ annotation, onReply, onDeleteReply }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      return true;
    } catch (err) {
      notifyError(i18n, err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (text.trim() === '') return;
    if (await run(() => onReply(annotation.id, text))) {
      setText('');
      setOpen(false);
    }
  };

  return (
    <Stack gap={4}>
      {annotation.replies.length > 0 && (
        <ul className={classes.replies} aria-label={t('annot.repliesLabel')}>
          {annotation.replies.map((r) => (
            <li key={r.id} data-reply-id={r.id}>
              <Group justify="space-between" wrap="nowrap" gap={4}>
                <Text size="xs" c="dimmed">
                  {r.author ? <span data-content>{r.author}</span> : t('annot.replyUnknownAuthor')} · {formatTime(r.createdAt, locale)}
                </Text>
                <Tooltip label={t('annot.replyDelete')}>
                  <ActionIcon size="xs" variant="subtle" color="gray" aria-label={t('annot.replyDelete')} disabled={busy} onClick={() => void run(() => onDeleteReply(r.id))}>
                    <IconTrash size={12} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-content>
                {r.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {open ? (
        <Stack gap={4}>
          <Textarea
            size="xs"
            autosize
            minRows={2}
            autoFocus
            aria-label={t('annot.replyPlaceholder')}
            placeholder={t('annot.replyPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void send();
              } else if (e.key === 'Escape') setOpen(false);
            }}
          />
          <Group gap="xs" justify="flex-end">
            <Button size="compact-xs" variant="default" onClick={() => setOpen(false)} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button size="compact-xs" onClick={() => void send()} loading={busy} disabled={text.trim() === ''}>
              {t('annot.replySend')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Button size="compact-xs" variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)}>
          {t('annot.reply')}
        </Button>
      )}
    </Stack>
  );
}
