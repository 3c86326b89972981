import type { ParsedStory } from '../../../shared/domain/story';
import { fileErrorText, type FileErrorParams, type FileReason } from '../../../shared/file-errors';

import type { ImportNote } from '../../../shared/import-notes';
export type ImportFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste';

/**
 * One unit of text as a format reader sees it, before any story logic. Readers keep
 * whatever layout evidence they have (heading tags, font size, blank lines) because the
 * segmenter cannot recover it from bare text.
 */
export interface Block {
  text: string;
  kind?: 'heading' | 'paragraph';
  /** 1 = most prominent. */
  level?: number;
  /** Median glyph size in points (PDF only). */
  fontSize?: number;
  /** Blank lines (or vertical gap, in lines) before this block. */
  blankBefore: number;
  /**
   * Set by normalisation from jump lines it dropped. `jumpIn`: this block resumes a story
   * from another page (（上接第一版）), so a story starts here with its beginning cut off.
   * `afterJumpOut`: the story before this block jumped away (（下转第3版）, Continued on
   * page 6), so this block can't be the rest of that story's sentence.
   */
  jumpIn?: boolean;
  afterJumpOut?: boolean;
  /**
   * Page furniture known from where it sits (a PDF page's header or footer row): dropped
   * before segmenting, after its date and paper name have been read.
   */
  furniture?: boolean;
  /** One row of a table (cells joined with ' | '): body text of the story around it, never a heading. */
  tableRow?: boolean;
}

export interface ParsedPage {
  publication: string | null;
  /** ISO date of the page. */
  date: string | null;
  /** Human sentences (English, for the CLI and logs): what was inferred and from where, or what the editor must supply. */
  assumed: string[];
  /** The same as codes with parameters, for the editor's language. */
  notes: ImportNote[];
  stories: ParsedStory[];
  format: ImportFormat;
  encoding?: string;
  /** Lines dropped as page furniture or layout noise, for review. */
  dropped?: string[];
  /** The same lines with the kind of furniture and the rule that dropped each. */
  droppedLines?: Array<{ text: string; kind: 'navigation' | 'edition' | 'headlines' | 'masthead' | 'footer' | 'noise'; rule: string }>;
  /** The page as its edition line names it (第001版:要闻 → 001, 要闻). */
  edition?: { page: string; section: string | null } | null;
}

export type ImportErrorCode =
  | 'unreadable'
  | 'binary'
  | 'empty'
  | 'too_large'
  | 'bad_encoding'
  | 'broken_docx'
  | 'broken_pdf'
  | 'unsupported'
  | 'not_a_file'
  | 'symlink_loop';

/** Why a file was refused, as data the UI renders in the editor's language. */
export interface ImportErrorDetail {
  reason: FileReason;
  params: FileErrorParams;
}

export class ImportError extends Error {
  constructor(
    public code: ImportErrorCode,
    message: string,
    public path?: string,
    public detail?: ImportErrorDetail,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** An ImportError whose message is the English sentence of its reason. */
export function fileImportError(code: ImportErrorCode, reason: FileReason, params: FileErrorParams, path?: string): ImportError {
  return new ImportError(code, fileErrorText(reason, params, 'en'), path, { reason, params });
}

export interface ParseOptions {
  publication?: string | null;
  date?: string | null;
  /** Refuse files bigger than this (bytes). */
  maxBytes?: number;
}

/** What a format reader hands back: blocks plus any metadata the document carried. */
export interface Extracted {
  blocks: Block[];
  encoding?: string;
  /** Title-like metadata strings (HTML <title>, PDF Title, DOCX title) that may name the paper or date. */
  metaHints: string[];
  /** What reading repaired (stray NULs dropped…), for the editor's review. */
  notes?: ImportNote[];
}
