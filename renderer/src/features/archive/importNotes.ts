import { renderImportNote, type ImportNote } from '../../../../shared/import-notes';
import type { I18n } from '../../i18n';

/**
 * What an import inferred, in the editor's language: from the codes when the core sent them,
 * else (a report from an older run) the stored English sentences as they are.
 */
export function importNotesText(i18n: I18n, from: { assumed: string[]; notes?: ImportNote[] | undefined }): string[] {
  if (!from.notes) return from.assumed;
  const language = i18n.locale === 'zh-CN' ? 'zh' : 'en';
  return from.notes.map((note) => renderImportNote(note, language));
}
