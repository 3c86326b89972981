/**
 * Why a target's audit entry was written, as data: the core stores a code and its
 * parameters in `target_events.note` (JSON), and each reader says it in its own language.
 * Entries written before codes were kept hold a free-text sentence, shown as it is.
 */
import { codedMessages, renderCoded, type MessageLanguage, type MessageParams, type Renderings } from './coded-messages';

export type AuditNoteCode = keyof typeof AUDIT_NOTES;

export type AuditNoteParams = MessageParams;

export interface AuditNote {
  code: AuditNoteCode;
  params: AuditNoteParams;
}

/**
 * `{quote}` and `{reason}` are the reporting's or the editor's own words; `{fields}` the
 * names of the fields changed; `{by}` is `editor` or `auto` (read through BY_WORDS).
 */
export const AUDIT_NOTES = codedMessages({
  stated_as: { en: 'as stated: {quote}', zh: '原文：{quote}' },
  revised_by: { en: 'revised by target #{id}: {quote}', zh: '被目标 #{id} 修订：{quote}' },
  edited: { en: 'edited: {fields}', zh: '修改了：{fields}' },
  override_set: { en: 'status set by hand: {reason}', zh: '人工设定状态：{reason}' },
  override_cleared: { en: 'status set by hand cleared; the evidence decides again', zh: '取消人工设定的状态，重新由证据决定' },
  override_kept: { en: 'the evidence now says {status}; the status set by hand stays', zh: '证据现为“{status}”，人工设定的状态保持不变' },
  evidence_added: { en: 'figure #{figureId} linked as evidence {by}', zh: '数字 #{figureId} 作为证据关联（{by}）' },
  evidence_removed: { en: 'figure #{figureId} removed from the evidence', zh: '数字 #{figureId} 已从证据中移除' },
});

/** Who linked a piece of evidence. */
export const BY_WORDS: Record<'editor' | 'auto', Renderings> = {
  editor: { en: 'by the editor', zh: '编辑确认' },
  auto: { en: 'by the check', zh: '核查自动关联' },
};

/** The note as it is stored: JSON of its code and parameters. */
export function auditNote(code: AuditNoteCode, params: AuditNoteParams = {}): string {
  return JSON.stringify({ code, params });
}

/** The coded note, or null for a free-text note (written before codes) or none. */
export function parseAuditNote(stored: string): AuditNote | null {
  if (!stored.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<AuditNote>;
    if (typeof parsed.code !== 'string' || !(parsed.code in AUDIT_NOTES)) return null;
    const params = parsed.params && typeof parsed.params === 'object' ? parsed.params : {};
    return { code: parsed.code, params };
  } catch {
    return null;
  }
}

/** How the reader names a field of a target and a status in its language. */
export interface AuditWords {
  field: (name: string) => string;
  status: (status: string) => string;
}

const AS_STORED: AuditWords = { field: (name) => name, status: (status) => status };

/** The note's sentence; a free-text note as it was written. */
export function renderAuditNote(stored: string, language: MessageLanguage, words: AuditWords = AS_STORED): string {
  const note = parseAuditNote(stored);
  if (!note) return stored;
  const params: AuditNoteParams = { ...note.params };
  if (note.code === 'edited') {
    params.fields = String(params.fields ?? '')
      .split(',')
      .filter(Boolean)
      .map(words.field)
      .join(language === 'zh' ? '、' : ', ');
  }
  if (note.code === 'override_kept') params.status = words.status(String(params.status ?? ''));
  if (note.code === 'evidence_added') {
    const by = params.by === 'auto' ? 'auto' : 'editor';
    params.by = BY_WORDS[by][language];
  }
  return renderCoded(AUDIT_NOTES, note.code, language, params);
}
