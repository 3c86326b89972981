/**
 * The three tables of coded messages (the core's refusals, what an import inferred, why an
 * audit entry was written) are kept one way: each code has its sentence in every language,
 * with the same parameters. Their sentences, as each renderer says them, are held to
 * `tests/fixtures/coded-messages/rendered.json`, written when the tables came to share one
 * helper, so that sharing it changed no word an editor reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codedMessages, type Renderings } from '../../../shared/coded-messages';
import { AUDIT_NOTES, auditNote, renderAuditNote, type AuditNoteCode } from '../../../shared/audit-notes';
import { CORE_ERRORS, coreErrorText, type CoreErrorReason } from '../../../shared/core-errors';
import { IMPORT_NOTES, renderImportNote, type ImportNoteCode } from '../../../shared/import-notes';

type Language = 'en' | 'zh';
const LANGUAGES: Language[] = ['en', 'zh'];

/** Each placeholder filled with its own name, so a sentence shows where each parameter goes. */
function sampleParams(template: string): Record<string, string | number> {
  return Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, `‹${m[1]}›`]));
}

/** Every sentence of the three tables, as its renderer says it, with words the renderers translate given real values. */
function renderedSentences(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const language of LANGUAGES) {
    for (const [reason, sentences] of Object.entries(CORE_ERRORS)) {
      const params = { ...sampleParams(sentences.en), kind: 'actual', status: 'interrupted' };
      out[`core-errors ${reason} ${language}`] = coreErrorText(reason as CoreErrorReason, params, language);
    }
    out[`core-errors figure_not_target (unknown kind) ${language}`] = coreErrorText('figure_not_target', { id: 3, kind: 'guess' }, language);
    out[`core-errors selection_past_end (a parameter missing) ${language}`] = coreErrorText('selection_past_end', { end: 9 }, language);
    for (const [code, sentences] of Object.entries(IMPORT_NOTES)) {
      const note = { code: code as ImportNoteCode, params: sampleParams(sentences.en) };
      out[`import-notes ${code} ${language}`] = renderImportNote(note, language);
      out[`import-notes ${code} (one of several files) ${language}`] = renderImportNote({ ...note, file: 'p2.txt' }, language);
    }
    for (const [code, sentences] of Object.entries(AUDIT_NOTES)) {
      const params = { ...sampleParams(sentences.en), fields: 'value,unit', by: 'auto' };
      out[`audit-notes ${code} ${language}`] = renderAuditNote(auditNote(code as AuditNoteCode, params), language);
    }
    out[`audit-notes evidence_added (by the editor) ${language}`] = renderAuditNote(auditNote('evidence_added', { figureId: 4, by: 'editor' }), language);
    out[`audit-notes edited (with the reader's words) ${language}`] = renderAuditNote(auditNote('edited', { fields: 'value,unit' }), language, {
      field: (name) => `«${name}»`,
      status: (status) => status,
    });
    out[`audit-notes override_kept (with the reader's words) ${language}`] = renderAuditNote(auditNote('override_kept', { status: 'met' }), language, {
      field: (name) => name,
      status: (status) => `«${status}»`,
    });
    out[`audit-notes free text ${language}`] = renderAuditNote('kept as it was written', language);
  }
  return out;
}

const GOLDEN = join(import.meta.dirname, '../../fixtures/coded-messages/rendered.json');

const TABLES: Array<[string, Record<string, Renderings>]> = [
  ['core-errors', CORE_ERRORS],
  ['import-notes', IMPORT_NOTES],
  ['audit-notes', AUDIT_NOTES],
];

describe('coded messages', () => {
  it.each(TABLES.flatMap(([table, codes]) => Object.entries(codes).map(([code, sentences]) => [table, code, sentences] as const)))(
    '%s %s has a sentence in every language, with the same parameters',
    (_table, _code, sentences) => {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(sentences.en).toMatch(/[A-Za-z]/);
      expect(sentences.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(names(sentences.zh)).toEqual(names(sentences.en));
    },
  );

  it('does not take a code without one of the languages (a type error, which tsc reports)', () => {
    // @ts-expect-error: `zh` is missing, so the table does not typecheck.
    const table = codedMessages({ only_english: { en: 'only English' } });
    expect(Object.keys(table)).toEqual(['only_english']);
  });

  const rendered = renderedSentences();
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>;

  it.each(Object.entries(golden))('%s reads as it did', (key, sentence) => {
    expect(rendered[key]).toBe(sentence);
  });
});
