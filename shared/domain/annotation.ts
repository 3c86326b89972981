import { z } from 'zod';

/**
 * Annotation types are strings checked against the list in settings, not an enum, so an
 * editor can add "legal_check" without a schema change. The id is what is stored.
 */
export const AnnotationTypeId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, 'expected a lower-case id such as needs_source');

export const AnnotationTypeDef = z.object({
  id: AnnotationTypeId,
  label: z.object({ 'zh-CN': z.string().min(1).max(40), en: z.string().min(1).max(40) }),
  /** #rrggbb; used for highlights in the reader and in exports. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
});
export type AnnotationTypeDef = z.infer<typeof AnnotationTypeDef>;

export const AnnotationTypeList = z
  .array(AnnotationTypeDef)
  .min(1)
  .max(50)
  .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { message: 'annotation type ids must be unique' });

export const DEFAULT_ANNOTATION_TYPES: AnnotationTypeDef[] = [
  { id: 'verified', label: { 'zh-CN': '已核实', en: 'Verified' }, colour: '#b7e1a1' },
  { id: 'disputed', label: { 'zh-CN': '有疑问', en: 'Disputed' }, colour: '#f4a7a7' },
  // Hues kept clear of the figure kinds' (tests/unit/annotations/colours.test.ts): a note was
  // once the blue of a target figure, and 待补来源 the orange of a budget figure.
  { id: 'needs_source', label: { 'zh-CN': '待补来源', en: 'Needs source' }, colour: '#fff066' },
  { id: 'note', label: { 'zh-CN': '备注', en: 'Note' }, colour: '#f0b8e0' },
];

/** Characters of context kept either side of the quote. */
export const QUOTE_CONTEXT = 32;

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(1000),
  suffix: z.string().max(1000),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the story body, end exclusive. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

export const AnchorMethod = z.enum(['position', 'quote', 'fuzzy', 'orphaned']);
export type AnchorMethod = z.infer<typeof AnchorMethod>;

export const Tag = z.string().trim().min(1).max(60);

/** An editor's answer to an annotation, shown threaded under it and exported as a Word reply. */
export const AnnotationReply = z.object({
  id: z.number().int(),
  /** Stable across archives; the W3C reply's id is urn:uuid:<uuid>. */
  uuid: z.string().uuid(),
  annotationId: z.number().int(),
  text: z.string().min(1).max(20_000),
  /** The editor who wrote it ('' when unknown). */
  author: z.string(),
  createdAt: z.string(),
});
export type AnnotationReply = z.infer<typeof AnnotationReply>;

export const NewAnnotationReply = z.object({
  annotationId: z.number().int().positive(),
  text: z.string().trim().min(1, 'write the reply').max(20_000),
});
export type NewAnnotationReply = z.input<typeof NewAnnotationReply>;

export const Annotation = z.object({
  id: z.number().int(),
  /** Stable across archives; the W3C id is urn:uuid:<uuid>. */
  uuid: z.string().uuid(),
  storyId: z.number().int(),
  type: AnnotationTypeId,
  comment: z.string().max(20_000),
  tags: z.array(Tag).max(50),
  figureId: z.number().int().nullable(),
  targetId: z.number().int().nullable(),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  /** The text it was made on is gone from the body; kept and listed, never dropped. */
  orphaned: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The editor who made it ('' for annotations made before authors were kept). */
  author: z.string().default(''),
  /** Counts the changes to it (1 as made): a change from an older copy is refused. Moving it with its text is no change. */
  revision: z.number().int().positive().default(1),
  /** The editor who changed it last ('' when no one has since it was made). */
  updatedBy: z.string().default(''),
  /** Replies, oldest first. */
  replies: z.array(AnnotationReply).default([]),
});
export type Annotation = z.infer<typeof Annotation>;

/** The editor selects a span; the core reads the quote and its context from the body. */
export const NewAnnotation = z
  .object({
    storyId: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    type: AnnotationTypeId,
    comment: z.string().max(20_000).default(''),
    tags: z.array(Tag).max(50).default([]),
    figureId: z.number().int().positive().nullable().default(null),
    targetId: z.number().int().positive().nullable().default(null),
  })
  .refine((a) => a.end > a.start, { message: 'select some text: end must be after start', path: ['end'] });
export type NewAnnotation = z.input<typeof NewAnnotation>;

export const AnnotationPatch = z
  .object({
    type: AnnotationTypeId,
    comment: z.string().max(20_000),
    tags: z.array(Tag).max(50),
    figureId: z.number().int().positive().nullable(),
    targetId: z.number().int().positive().nullable(),
    /** The revision the editor's copy has: a change from an older copy is refused (someone changed it meanwhile). */
    baseRevision: z.number().int().positive(),
    /** Re-select the span (also how an orphaned annotation is put back). */
    range: z
      .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
      .refine((r) => r.end > r.start, { message: 'end must be after start', path: ['end'] }),
  })
  .partial();
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;

export const AnchorResult = z.object({
  start: z.number().int(),
  end: z.number().int(),
  orphaned: z.boolean(),
  method: AnchorMethod,
  /** 1 for an exact hit at the stored position; the similarity for fuzzy matches. */
  score: z.number().min(0).max(1),
});
export type AnchorResult = z.infer<typeof AnchorResult>;

export const ReanchorReport = z.object({
  storyId: z.number().int(),
  total: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
  restored: z.number().int(),
});
export type ReanchorReport = z.infer<typeof ReanchorReport>;

// ---- W3C JSON-LD interchange ----

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const FD_NAMESPACE = 'urn:figure-desk:ns#';

const JsonLdContext = z.union([
  z.literal(ANNO_CONTEXT),
  z
    .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
    .refine((c) => c[0] === ANNO_CONTEXT, { message: `the first @context must be ${ANNO_CONTEXT}` }),
]);

export const W3CTextualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string().max(20_000),
  purpose: z.enum(['commenting', 'tagging', 'classifying', 'describing', 'questioning', 'replying']).optional(),
  format: z.string().optional(),
  language: z.string().optional(),
});

/** A link to a figure or target: purpose linking, source urn:figure-desk:figure:<id>. */
export const W3CLinkBody = z.object({
  type: z.literal('SpecificResource'),
  purpose: z.literal('linking'),
  source: z.string().regex(/^urn:figure-desk:(figure|target):\d+$/, 'expected urn:figure-desk:figure:<id> or urn:figure-desk:target:<id>'),
  /** The figure's quote, so the link can be re-found in an archive whose figure ids differ. */
  'fd:quote': z.string().optional(),
  'fd:start': z.number().int().optional(),
});

export const W3CBody = z.union([W3CTextualBody, W3CLinkBody]);

export const W3CTarget = z.object({
  source: z.string().regex(/^urn:figure-desk:story:\d+$/, 'expected urn:figure-desk:story:<id>'),
  /** Story identity that survives a move between archives. */
  'fd:contentHash': z.string().regex(/^[0-9a-f]{64}$/).optional(),
  'fd:headline': z.string().optional(),
  'fd:date': z.string().nullable().optional(),
  'fd:sourcePath': z.string().nullable().optional(),
  /** We write [TextQuoteSelector, TextPositionSelector]; any order is read, and the position may be missing. */
  selector: z
    .array(z.union([TextQuoteSelector, TextPositionSelector]))
    .min(1)
    .max(5)
    .refine((list) => list.some((x) => x.type === 'TextQuoteSelector'), { message: 'a TextQuoteSelector is required' }),
});

export const W3CAnnotation = z.object({
  '@context': JsonLdContext.optional(),
  id: z.string().regex(/^urn:uuid:[0-9a-fA-F-]{36}$/, 'expected urn:uuid:<uuid>'),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting']),
  /** W3C allows one body or a list; read as a list. */
  body: z
    .union([W3CBody, z.array(W3CBody)])
    .optional()
    .transform((b) => (b === undefined ? [] : Array.isArray(b) ? b : [b])),
  target: W3CTarget,
  created: z.string().datetime({ offset: true }),
  modified: z.string().datetime({ offset: true }),
  /** Who made it: W3C allows an agent (with a name) or an IRI; the name is kept. */
  creator: z.union([z.string(), z.object({ type: z.string().optional(), name: z.string().optional() }).passthrough()]).optional(),
  'fd:type': AnnotationTypeId,
  'fd:orphaned': z.boolean().default(false),
});
export type W3CAnnotation = z.infer<typeof W3CAnnotation>;

/** A reply to an annotation, as the W3C model writes one: its target is the annotation's id. */
export const W3CReply = z.object({
  '@context': JsonLdContext.optional(),
  id: z.string().regex(/^urn:uuid:[0-9a-fA-F-]{36}$/, 'expected urn:uuid:<uuid>'),
  type: z.literal('Annotation'),
  motivation: z.literal('replying'),
  body: z
    .union([W3CTextualBody, z.array(W3CTextualBody).min(1)])
    .transform((b) => (Array.isArray(b) ? b : [b])),
  target: z.string().regex(/^urn:uuid:[0-9a-fA-F-]{36}$/, 'expected the id (urn:uuid:<uuid>) of the annotation replied to'),
  created: z.string().datetime({ offset: true }),
  modified: z.string().datetime({ offset: true }).optional(),
  creator: z.union([z.string(), z.object({ type: z.string().optional(), name: z.string().optional() }).passthrough()]).optional(),
});
export type W3CReply = z.infer<typeof W3CReply>;
export type W3CAnnotationInput = z.input<typeof W3CAnnotation>;

export const W3CAnnotationCollection = z.object({
  '@context': JsonLdContext,
  type: z.literal('AnnotationCollection'),
  label: z.string().optional(),
  total: z.number().int().nonnegative(),
  first: z.object({ type: z.literal('AnnotationPage'), startIndex: z.number().int().optional(), items: z.array(z.unknown()) }),
});
export type W3CAnnotationCollection = z.infer<typeof W3CAnnotationCollection>;

export const AnnotationImportOptions = z.object({
  /** Skip (and report) annotations whose story is not in this archive, rather than failing the import. */
  skipUnmatched: z.boolean().default(false),
});
export type AnnotationImportOptions = z.input<typeof AnnotationImportOptions>;

export const AnnotationImportReport = z.object({
  imported: z.number().int(),
  /** Already in this archive (same uuid): left as they are. */
  existing: z.number().int(),
  skipped: z.array(z.object({ index: z.number().int(), id: z.string(), reason: z.string() })),
  /** Imported, but their text could not be found in this archive's copy of the story. */
  orphaned: z.number().int(),
  warnings: z.array(z.string()),
});
export type AnnotationImportReport = z.infer<typeof AnnotationImportReport>;
