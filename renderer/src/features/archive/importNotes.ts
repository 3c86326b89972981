import { renderImportNote, type ImportNote } from '../../../../shared/import-notes';
import type { I18n } from '../../i18n';

export interface NoteLine {
  text: string;
  /** The page's own words inside the sentence (a paper's name, a headline, a file name): content, in their own language. */
  spans: string[];
}

/**
 * What an import inferred, in the editor's language: from the codes when the core sent them,
 * else (a report from an older run) the stored English sentences as they are.
 */
export function importNotesText(i18n: I18n, from: { assumed: string[]; notes?: ImportNote[] | undefined }): NoteLine[] {
  if (!from.notes) return from.assumed.map((text) => ({ text, spans: [] }));
  const language = i18n.locale === 'zh-CN' ? 'zh' : 'en';
  return from.notes.map((note) => ({
    text: renderImportNote(note, language),
    spans: [...Object.values(note.params).filter((v): v is string => typeof v === 'string'), ...(note.file ? [note.file] : [])],
  }));
}
