/** The editor's formatting toolbar, plus the draft's own controls: insert and comment. */
import { Tooltip } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { IconMessagePlus, IconQuote } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { modKey } from '../shell/shortcuts';

export function DraftToolbar({ onInsert, onComment }: { onInsert: () => void; onComment: () => void }) {
  const { t } = useI18n();
  const mod = modKey();
  return (
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
          <RichTextEditor.Control onClick={onInsert} aria-label={t('drafts.insert')} title={t('drafts.insert')}>
            <IconQuote size={16} aria-hidden />
          </RichTextEditor.Control>
        </Tooltip>
        <Tooltip label={`${t('drafts.comment.add')} (${mod}+Alt+M)`}>
          <RichTextEditor.Control onClick={onComment} aria-label={t('drafts.comment.add')} title={t('drafts.comment.add')}>
            <IconMessagePlus size={16} aria-hidden />
          </RichTextEditor.Control>
        </Tooltip>
      </RichTextEditor.ControlsGroup>
    </RichTextEditor.Toolbar>
  );
}
