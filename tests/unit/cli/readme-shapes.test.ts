/**
 * The JSON shapes README.md documents under the command line's commands (`# {…}` and
 * `# [{…}]` lines) are the shapes the CLI prints: each is held to the contract's output
 * schema the command prints through (electron/cli/output.ts), key for key at every level
 * the README spells out, so the README and the contract cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLI_OUTPUT, type CliShape } from '../../../electron/cli/output';

const README = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8');

/** A documented shape: an object's keys (each with its own shape when spelled out), or an array of one. */
type Shape = { array: Shape } | { keys: Map<string, Shape | null> };

/** `{a, b: [{c}], d}` → keys a, b (an array of objects with key c), d. */
function parseShape(text: string): Shape {
  const src = text.trim();
  if (src.startsWith('[')) return { array: parseShape(src.slice(1, -1)) };
  if (!src.startsWith('{')) throw new Error(`not a shape: ${src}`);
  const keys = new Map<string, Shape | null>();
  let depth = 0;
  let part = '';
  for (const ch of src.slice(1, -1) + ',') {
    if ('[{'.includes(ch)) depth++;
    if (']}'.includes(ch)) depth--;
    if (ch !== ',' || depth > 0) {
      part += ch;
      continue;
    }
    const [key, inner] = part.split(/:(.*)/s).map((s) => s?.trim());
    const nested = inner && /^[[{]/.test(inner) && /[{]/.test(inner) ? parseShape(inner) : null;
    keys.set(key!, nested);
    part = '';
  }
  return { keys };
}

/**
 * Each `npm run cli -- <command>` with the shape documented on the `#` line right below it;
 * command lines of the same command just above it (figures 12, figures page.txt) share it.
 */
function documentedShapes(): Array<{ command: string; shape: string }> {
  const lines = README.split('\n');
  const commandOf = (line: string | undefined) => /^npm run cli -- (.+?)(?:\s+#.*)?$/.exec((line ?? '').trim())?.[1];
  const found: Array<{ command: string; shape: string }> = [];
  lines.forEach((line, i) => {
    const shape = /^\s*#\s*(\[?\{.*\}\]?)\s*(?:;.*)?$/.exec(line)?.[1];
    const last = commandOf(lines[i - 1]);
    if (!shape || !last) return;
    const word = last.split(' ')[0];
    for (let j = i - 1; commandOf(lines[j])?.split(' ')[0] === word; j--) found.push({ command: commandOf(lines[j])!, shape });
  });
  return found;
}

/** The CLI_OUTPUT entry a README command prints: its two first words when they name one, else its first. */
function shapeOf(command: string): CliShape {
  const words = command.replace(/^--db \S+ /, '').split(/\s+/);
  const fileArg = words[0] === 'figures' && !/^\d+$/.test(words[1] ?? '');
  const two = fileArg ? 'figures file' : `${words[0]} ${words[1]}`;
  return (two in CLI_OUTPUT ? two : words[0]) as CliShape;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodPrefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** Where the documented shape and the schema part ways, as readable lines. */
function differences(shape: Shape, schema: z.ZodType, at: string): string[] {
  const s = unwrap(schema);
  if ('array' in shape) return s instanceof z.ZodArray ? differences(shape.array, s.element as z.ZodType, `${at}[]`) : [`${at}: README says a list, the schema is not one`];
  if (!(s instanceof z.ZodObject)) return [`${at}: README lists keys, the schema is not an object`];
  const schemaKeys = Object.keys(s.shape);
  const out = [
    ...[...shape.keys.keys()].filter((k) => !schemaKeys.includes(k)).map((k) => `${at}.${k}: in README, not in the schema`),
    ...schemaKeys.filter((k) => !shape.keys.has(k)).map((k) => `${at}.${k}: in the schema, not in README`),
  ];
  for (const [key, nested] of shape.keys) if (nested && schemaKeys.includes(key)) out.push(...differences(nested, s.shape[key] as z.ZodType, `${at}.${key}`));
  return out;
}

describe("README's JSON shapes for the command line", () => {
  const shapes = documentedShapes();

  it('finds the shapes README documents', () => {
    expect(shapes.map((s) => shapeOf(s.command))).toEqual(expect.arrayContaining(['import', 'show', 'search', 'figures', 'check', 'imports']));
  });

  it.each(documentedShapes().map((s) => [s.command, s.shape]))('npm run cli -- %s prints the documented shape', (command, shape) => {
    expect(differences(parseShape(shape), CLI_OUTPUT[shapeOf(command)], shapeOf(command))).toEqual([]);
  });

  it('tells a shape that drifted from its schema', () => {
    expect(differences(parseShape('{id, headline, byline, extra}'), CLI_OUTPUT.show, 'show')).toEqual(
      expect.arrayContaining(['show.extra: in README, not in the schema', 'show.body: in the schema, not in README']),
    );
    expect(differences(parseShape('[{figure, verdicts: [{against}]}]'), CLI_OUTPUT.check, 'check')).toContain('check[].verdicts[].verdict: in the schema, not in README');
  });
});
