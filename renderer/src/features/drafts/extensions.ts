/**
 * The TipTap schema of a draft: StarterKit, tables, and our two marks, `citation` (where a
 * figure, target or story came from, with a snapshot to notice later changes) and `comment`
 * (an open question on a span, exported as a Word comment). Their attrs match
 * shared/domain/draft.ts, so getJSON() is a valid DraftDoc.
 */
import { Mark, mergeAttributes, type Extensions } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { CitationAttrs } from '../../../../shared/domain/draft';

function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function numberAttr(name: string) {
  return {
    default: null,
    parseHTML: (el: HTMLElement) => {
      const v = el.getAttribute(name);
      return v && /^\d+$/.test(v) ? Number(v) : null;
    },
    renderHTML: () => ({}),
  };
}

/** A key for a citation's source, to match stale-citation reports to marks in the doc. */
export function citationKey(attrs: Pick<CitationAttrs, 'storyId' | 'figureId' | 'targetId'>): string {
  return `${attrs.storyId}:${attrs.figureId ?? ''}:${attrs.targetId ?? ''}`;
}

export const staleCitationsKey = new PluginKey<DecorationSet & { keys?: Set<string> }>('staleCitations');

function staleDecorations(doc: PMNode, keys: Set<string>): DecorationSet {
  if (keys.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    for (const mark of node.marks) {
      if (mark.type.name === 'citation' && keys.has(citationKey(mark.attrs as CitationAttrs))) {
        decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'fd-citation-stale', 'data-stale': 'true' }));
      }
    }
  });
  return DecorationSet.create(doc, decorations);
}

export const Citation = Mark.create({
  name: 'citation',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      storyId: numberAttr('data-story-id'),
      figureId: numberAttr('data-figure-id'),
      targetId: numberAttr('data-target-id'),
      label: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('data-label') ?? '', renderHTML: () => ({}) },
      snapshot: {
        default: { quote: '' },
        parseHTML: (el: HTMLElement) => parseJson(el.getAttribute('data-snapshot')) ?? { quote: '' },
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-citation]' }];
  },
  renderHTML({ mark, HTMLAttributes }) {
    const a = mark.attrs as CitationAttrs;
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-citation': '',
        'data-story-id': a.storyId,
        'data-figure-id': a.figureId ?? undefined,
        'data-target-id': a.targetId ?? undefined,
        'data-label': a.label,
        'data-snapshot': JSON.stringify(a.snapshot ?? { quote: '' }),
        class: 'fd-citation',
        title: a.label,
      }),
      0,
    ];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<{ keys: Set<string>; set: DecorationSet }>({
        key: staleCitationsKey as unknown as PluginKey<{ keys: Set<string>; set: DecorationSet }>,
        state: {
          init: () => ({ keys: new Set<string>(), set: DecorationSet.empty }),
          apply(tr, value) {
            const next = tr.getMeta(staleCitationsKey) as Set<string> | undefined;
            if (next) return { keys: next, set: staleDecorations(tr.doc, next) };
            if (tr.docChanged) return { keys: value.keys, set: staleDecorations(tr.doc, value.keys) };
            return value;
          },
        },
        props: {
          decorations(state) {
            return (this as Plugin<{ keys: Set<string>; set: DecorationSet }>).getState(state)?.set ?? DecorationSet.empty;
          },
        },
      }),
    ];
  },
});

export const Comment = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      id: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('data-comment-id') ?? '', renderHTML: () => ({}) },
      text: { default: '', parseHTML: (el: HTMLElement) => el.getAttribute('data-comment') ?? '', renderHTML: () => ({}) },
      author: { default: null, parseHTML: (el: HTMLElement) => el.getAttribute('data-author'), renderHTML: () => ({}) },
      createdAt: { default: null, parseHTML: (el: HTMLElement) => el.getAttribute('data-created-at'), renderHTML: () => ({}) },
      resolved: { default: null, parseHTML: (el: HTMLElement) => (el.hasAttribute('data-resolved') ? true : null), renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-comment]' }];
  },
  renderHTML({ mark, HTMLAttributes }) {
    const a = mark.attrs as { id: string; text: string; author: string | null; createdAt: string | null; resolved: boolean | null };
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-comment': a.text,
        'data-comment-id': a.id,
        'data-author': a.author ?? undefined,
        'data-created-at': a.createdAt ?? undefined,
        'data-resolved': a.resolved ? '' : undefined,
        class: a.resolved ? 'fd-comment fd-comment-resolved' : 'fd-comment',
        title: a.text,
      }),
      0,
    ];
  },
});

export function draftExtensions(): Extensions {
  return [
    StarterKit.configure({ link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] } }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    Citation,
    Comment,
  ];
}
