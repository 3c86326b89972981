/**
 * Comments on spans of a draft live as `comment` marks in the document, so they travel
 * with its versions and its exports. These helpers read them out of the document in
 * reading order and change one comment everywhere its mark sits.
 */
import type { Editor } from '@tiptap/react';
import type { Mark as PMMark } from '@tiptap/pm/model';
import type { CommentAttrs } from '../../../../shared/domain/draft';

export interface DraftComment extends CommentAttrs {
  /** The text it is on, every range joined. */
  quote: string;
  from: number;
  to: number;
}

function commentRanges(editor: Editor): Array<{ mark: PMMark; from: number; to: number; text: string }> {
  const out: Array<{ mark: PMMark; from: number; to: number; text: string }> = [];
  editor.state.doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type.name === 'comment') out.push({ mark, from: pos, to: pos + node.nodeSize, text: node.text ?? '' });
    }
  });
  return out;
}

/** Every comment in the draft once, in the order its text first appears. */
export function listDraftComments(editor: Editor): DraftComment[] {
  const byId = new Map<string, DraftComment>();
  for (const r of commentRanges(editor)) {
    const attrs = r.mark.attrs as CommentAttrs;
    const seen = byId.get(attrs.id);
    if (seen) {
      seen.quote += r.text;
      seen.to = r.to;
    } else {
      byId.set(attrs.id, { ...attrs, quote: r.text, from: r.from, to: r.to });
    }
  }
  return [...byId.values()];
}

/** Puts a new comment on the selection; false when nothing is selected. */
export function addDraftComment(editor: Editor, attrs: CommentAttrs): boolean {
  if (editor.state.selection.empty) return false;
  return editor.chain().focus().setMark('comment', attrs).run();
}

/** Replaces (attrs) or removes (null) one comment's mark wherever it sits, as one undoable step. */
export function changeDraftComment(editor: Editor, id: string, next: CommentAttrs | null): void {
  const type = editor.schema.marks.comment!;
  const tr = editor.state.tr;
  for (const r of commentRanges(editor)) {
    if ((r.mark.attrs as CommentAttrs).id !== id) continue;
    tr.removeMark(r.from, r.to, r.mark);
    if (next) tr.addMark(r.from, r.to, type.create(next));
  }
  if (tr.docChanged) editor.view.dispatch(tr);
}

export function newCommentId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `c-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
