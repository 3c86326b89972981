/**
 * The one shape of a table of coded messages: a code, and its sentence in each language the
 * UI speaks, with `{name}` where a parameter goes. The core's refusals (core-errors.ts),
 * what an import inferred (import-notes.ts) and why an audit entry was written
 * (audit-notes.ts) are kept this way, so a new code is added the same way everywhere and a
 * code without one of the languages does not typecheck.
 */

/** The languages every coded message is written in. */
export type MessageLanguage = 'en' | 'zh';

/** A code's sentence in each language. */
export type Renderings = Readonly<Record<MessageLanguage, string>>;

/** The values a sentence's `{name}` placeholders take. */
export type MessageParams = Record<string, string | number>;

/** A table of coded messages, its codes kept as they are written so they can be typed. */
export function codedMessages<const Table extends Record<string, Renderings>>(table: Table): Table {
  return table;
}

/** The sentence with each `{name}` given its parameter; a placeholder without one stays as written. */
export function fillMessage(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** A code's sentence in one language, filled. */
export function renderCoded<Code extends string>(table: Record<Code, Renderings>, code: Code, language: MessageLanguage, params: MessageParams): string {
  return fillMessage(table[code][language], params);
}
