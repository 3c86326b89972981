/**
 * Adding a comment to a span of the draft: it needs text to sit on, so with nothing selected
 * the editor is told so instead of being shown the form; the author is the editor's name from
 * settings, else the system user.
 */
import { useCallback, useState } from 'react';
import { notifications } from '@mantine/notifications';
import type { Editor } from '@tiptap/react';
import { useI18n } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { useSettings } from '../settings/SettingsContext';
import { addDraftComment, newCommentId } from './comments';

export function useNewComment(editor: Editor | null) {
  const { t } = useI18n();
  const [commentOpen, setCommentOpen] = useState(false);
  const { settings } = useSettings();
  const appInfo = useApiQuery('app:info', {});

  const openComment = useCallback(() => {
    if (!editor || editor.state.selection.empty) {
      notifications.show({ id: 'draft-comment-select', message: t('drafts.comment.selectFirst'), color: 'yellow' });
      return;
    }
    setCommentOpen(true);
  }, [editor, t]);
  const closeComment = () => setCommentOpen(false);
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
  return { commentOpen, openComment, closeComment, addComment };
}
