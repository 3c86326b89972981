import { z } from 'zod';

export const DraftLanguage = z.enum(['zh-CN', 'en']);
export type DraftLanguage = z.infer<typeof DraftLanguage>;

/**
 * What a citation remembers of its source when it was made, so a later change to the
 * figure or target (re-extraction, an editor's correction, a new status) can be flagged.
 */
export const CitationSnapshot = z.object({
  quote: z.string().max(5000),
  value: z.number().nullable().optional(),
  unit: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
});
export type CitationSnapshot = z.infer<typeof CitationSnapshot>;

export const CitationAttrs = z.object({
  storyId: z.number().int().positive(),
  figureId: z.number().int().positive().nullable().optional(),
  targetId: z.number().int().positive().nullable().optional(),
  /** How the source reads in a footnote: 重庆日报 2023-02-24《…》. */
  label: z.string().min(1).max(1000),
  snapshot: CitationSnapshot,
});
export type CitationAttrs = z.infer<typeof CitationAttrs>;

/** An open question or note on a span of the draft; exported as a Word comment. */
export const CommentAttrs = z.object({
  id: z.string().min(1).max(100),
  text: z.string().min(1).max(20_000),
  author: z.string().max(200).nullable().optional(),
  createdAt: z.string().nullable().optional(),
  /** Settled: kept in the draft and its versions, listed as resolved, left out of exports. */
  resolved: z.boolean().nullable().optional(),
});
export type CommentAttrs = z.infer<typeof CommentAttrs>;

/**
 * Any string is stored so an odd pasted link never blocks an autosave; exports keep only
 * http(s) and mailto links, since anything else could run script when clicked.
 */
const Href = z.string().max(4000);

export const Mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('strike') }),
  z.object({ type: z.literal('code') }),
  z.object({
    type: z.literal('link'),
    attrs: z.looseObject({ href: Href, target: z.string().nullable().optional(), rel: z.string().nullable().optional() }),
  }),
  z.object({ type: z.literal('citation'), attrs: CitationAttrs }),
  z.object({ type: z.literal('comment'), attrs: CommentAttrs }),
]);
export type Mark = z.infer<typeof Mark>;

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

/** ProseMirror JSON as TipTap's StarterKit + Table + our citation/comment marks write it. */
export type DocNode =
  | TextNode
  | { type: 'doc'; content?: DocNode[] }
  | { type: 'paragraph'; attrs?: { textAlign?: string | null }; content?: DocNode[] }
  | { type: 'heading'; attrs: { level: number }; content?: DocNode[] }
  | { type: 'bulletList'; content?: DocNode[] }
  | { type: 'orderedList'; attrs?: { start?: number | null; type?: string | null }; content?: DocNode[] }
  | { type: 'listItem'; content?: DocNode[] }
  | { type: 'blockquote'; content?: DocNode[] }
  | { type: 'codeBlock'; attrs?: { language?: string | null }; content?: DocNode[] }
  | { type: 'horizontalRule' }
  | { type: 'hardBreak' }
  | { type: 'table'; content?: DocNode[] }
  | { type: 'tableRow'; content?: DocNode[] }
  | { type: 'tableHeader'; attrs?: CellAttrs; content?: DocNode[] }
  | { type: 'tableCell'; attrs?: CellAttrs; content?: DocNode[] };

export interface CellAttrs {
  colspan?: number;
  rowspan?: number;
  colwidth?: number[] | null;
}

const Children = z.lazy(() => z.array(DocNode).max(100_000)).optional();
const CellAttrsSchema = z
  .looseObject({
    colspan: z.number().int().min(1).max(100).optional(),
    rowspan: z.number().int().min(1).max(1000).optional(),
    colwidth: z.array(z.number()).nullable().optional(),
  })
  .optional();

export const TextNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(Mark).max(20).optional(),
});

export const DocNode: z.ZodType<DocNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    TextNodeSchema,
    z.object({ type: z.literal('doc'), content: Children }),
    z.object({ type: z.literal('paragraph'), attrs: z.looseObject({ textAlign: z.string().nullable().optional() }).optional(), content: Children }),
    z.object({ type: z.literal('heading'), attrs: z.looseObject({ level: z.number().int().min(1).max(6) }), content: Children }),
    z.object({ type: z.literal('bulletList'), content: Children }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.looseObject({ start: z.number().int().nullable().optional(), type: z.string().nullable().optional() }).optional(),
      content: Children,
    }),
    z.object({ type: z.literal('listItem'), content: Children }),
    z.object({ type: z.literal('blockquote'), content: Children }),
    z.object({ type: z.literal('codeBlock'), attrs: z.looseObject({ language: z.string().nullable().optional() }).optional(), content: Children }),
    z.object({ type: z.literal('horizontalRule') }),
    z.object({ type: z.literal('hardBreak') }),
    z.object({ type: z.literal('table'), content: Children }),
    z.object({ type: z.literal('tableRow'), content: Children }),
    z.object({ type: z.literal('tableHeader'), attrs: CellAttrsSchema, content: Children }),
    z.object({ type: z.literal('tableCell'), attrs: CellAttrsSchema, content: Children }),
  ]),
) as z.ZodType<DocNode>;

/** The root a draft stores. */
export const DraftDoc = z.object({ type: z.literal('doc'), content: z.array(DocNode).max(100_000).default([]) });
export type DraftDoc = { type: 'doc'; content: DocNode[] };

/**
 * Counting rule (newsroom convention for mixed copy): every CJK character (Han, kana,
 * hangul, including CJK compatibility ideographs) counts as one character and one
 * word; every run of Latin letters/digits (with inner ' - . , as in don't, COVID-19,
 * 3.5, 7,000) counts as one word; punctuation and spaces count as neither.
 * `characters` is every non-space character, as Word's "characters (no spaces)".
 */
export const DraftCounts = z.object({
  cjk: z.number().int(),
  /** Runs with a Latin letter (Chongqing, COVID-19). */
  latinWords: z.number().int(),
  /** cjk + latinWords + numbers: the figure shown as 字数 / words. */
  words: z.number().int(),
  characters: z.number().int(),
  charactersWithSpaces: z.number().int(),
  /** Runs of digits without a letter (2023, 4.8, 7,000): words, but not English words. */
  numbers: z.number().int(),
});
export type DraftCounts = z.infer<typeof DraftCounts>;

export const Draft = z.object({
  id: z.number().int(),
  title: z.string().max(500),
  language: DraftLanguage,
  doc: DraftDoc,
  /** Bumped by every save; a save from a stale copy is refused rather than lost silently. */
  revision: z.number().int(),
  counts: DraftCounts,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof Draft>;

export const DraftSummary = Draft.omit({ doc: true });
export type DraftSummary = z.infer<typeof DraftSummary>;

export const VersionReason = z.enum(['created', 'autosave', 'save', 'restore']);
export type VersionReason = z.infer<typeof VersionReason>;

export const DraftVersionSummary = z.object({
  id: z.number().int(),
  draftId: z.number().int(),
  title: z.string(),
  reason: VersionReason,
  counts: DraftCounts,
  createdAt: z.string(),
  /** The editor who saved it ('' for versions saved before authors were kept). */
  author: z.string().default(''),
});
export type DraftVersionSummary = z.infer<typeof DraftVersionSummary>;

export const DraftVersion = DraftVersionSummary.extend({ doc: DraftDoc });
export type DraftVersion = z.infer<typeof DraftVersion>;

export const NewDraft = z.object({
  title: z.string().max(500).default(''),
  language: DraftLanguage,
  doc: DraftDoc.default({ type: 'doc', content: [] }),
});
export type NewDraft = z.input<typeof NewDraft>;

export const SaveDraftInput = z.object({
  id: z.number().int().positive(),
  title: z.string().max(500).optional(),
  doc: DraftDoc,
  /** The revision the editor loaded; omitted means "overwrite whatever is stored". */
  baseRevision: z.number().int().optional(),
  /** Ctrl+S / the Save button: always keeps a version. Autosave keeps one per interval. */
  explicit: z.boolean().default(false),
});
export type SaveDraftInput = z.input<typeof SaveDraftInput>;

export const StaleCitation = z.object({
  /** Index path of the text node in the doc (content indices from the root). */
  path: z.array(z.number().int()),
  text: z.string(),
  attrs: CitationAttrs,
  reason: z.enum(['missing', 'value_changed', 'quote_changed', 'status_changed']),
  current: CitationSnapshot.nullable(),
});
export type StaleCitation = z.infer<typeof StaleCitation>;

// ---- follow-up scaffold input: plain data so it does not depend on the register code ----

export const ScaffoldSourceStory = z.object({
  id: z.number().int().positive(),
  headline: z.string(),
  date: z.string().nullable(),
  publication: z.string().nullable(),
});
export type ScaffoldSourceStory = z.infer<typeof ScaffoldSourceStory>;

export const ScaffoldEvidence = z.object({
  storyId: z.number().int().positive(),
  figureId: z.number().int().positive().nullable(),
  headline: z.string(),
  date: z.string().nullable(),
  publication: z.string().nullable(),
  value: z.number(),
  unit: z.string(),
  quote: z.string(),
  /** The sentence (or clause) the figure stands in, quoted instead of the bare figure when known. */
  sentence: z.string().optional(),
  /** The period the reading is about (2022年末), beside the date it was published. */
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }).nullable().optional(),
});
export type ScaffoldEvidence = z.infer<typeof ScaffoldEvidence>;

export const ScaffoldTarget = z.object({
  id: z.number().int().positive().nullable().optional(),
  metric: z.string().min(1),
  entity: z.string().nullable(),
  value: z.number(),
  valueMax: z.number().nullable().optional(),
  unit: z.string(),
  comparator: z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range']),
  status: z.enum(['not_due', 'on_track', 'off_track', 'met', 'missed', 'revised', 'unclear']),
  explanation: z.object({ zh: z.string(), en: z.string() }).nullable(),
  deadline: z.string().nullable(),
  sourceStory: ScaffoldSourceStory.nullable(),
  sourceFigureId: z.number().int().positive().nullable().optional(),
  quote: z.string(),
  /** The sentence the promise stands in, when known. */
  sentence: z.string().optional(),
});
export type ScaffoldTarget = z.infer<typeof ScaffoldTarget>;

export const ScaffoldItem = z.object({
  target: ScaffoldTarget,
  /** Newest first; the first is shown as the latest evidence. */
  evidence: z.array(ScaffoldEvidence).default([]),
});
export type ScaffoldItem = z.input<typeof ScaffoldItem>;

export const ScaffoldOptions = z.object({
  /** 科技 / science: goes into the headline suggestion. */
  topic: z.string().max(40).optional(),
  /** Today, ISO; decides 去年 vs 2023年 in the headline. */
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
export type ScaffoldOptions = z.infer<typeof ScaffoldOptions>;

export const ScaffoldResult = z.object({ title: z.string(), doc: DraftDoc });
export type ScaffoldResult = z.infer<typeof ScaffoldResult>;
