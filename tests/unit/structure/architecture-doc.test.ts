/**
 * docs/ARCHITECTURE.md is a map a newcomer follows, so it must name what is there: every
 * backticked path it gives exists, and every function or type it places in a file ("`fn`
 * in `file.ts`", "`file.ts` (`fn`", "`file.ts` — `fn`") is exported by that file.
 *
 * A path may be written from the repository's root (`electron/core/invoke.ts`), from
 * electron/core or a folder the paragraph is about (`db/sqlite-stores.ts`, `key.ts`), with
 * `*` and placeholders (`repositories/*.ts`, `migrations/NNNN-name.ts`, `<domain>`). A
 * relative one is found where a file or folder of the tree ends with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = 'docs/ARCHITECTURE.md';
const SOURCE_ROOTS = ['electron', 'renderer', 'shared', 'tests', 'scripts'];

/** Paths the doc names that are made by a build or an install, not kept in the tree. */
const BUILT = [/^out\//, /^node_modules\//, /^resources\//];

/** The endings that make a backticked word a file name rather than code (`db.backup`, `repos.db`). */
const FILE_ENDING = /\.(?:ts|tsx|mjs|js|css|sql|json|md|html)$/;

/** Every file and folder below the source roots, as paths from the root (folders end with /). */
function treePaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        out.push(`${relative(ROOT, path)}/`);
        walk(path);
      } else out.push(relative(ROOT, path));
    }
  };
  for (const root of SOURCE_ROOTS) {
    out.push(`${root}/`);
    walk(join(ROOT, root));
  }
  return out;
}

/** A backticked word that names a path: no spaces, no code (`:`, `(`, `=`), a folder or a file ending. */
function isPathLike(span: string): boolean {
  if (!/^[\w.*<>-]+(?:\/[\w.*<>-]*)*$/.test(span)) return false;
  return span.includes('/') || FILE_ENDING.test(span);
}

/** Words the doc writes for a part of a name that varies. */
const PLACEHOLDERS: Record<string, string> = { '*': '[^/]*', 'NNNN-name': '\\d{4}-[\\w-]+' };

/** The doc's path as a pattern over tree paths: `*` and `NNNN-name` part of a name, `<…>` a whole one; a folder with or without its slash. */
function pathPattern(span: string): RegExp {
  const body = span
    .split(/(\*|<[^>]*>|NNNN-name)/)
    .map((part) => PLACEHOLDERS[part] ?? (part.startsWith('<') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const rooted = SOURCE_ROOTS.some((root) => span.startsWith(`${root}/`));
  return new RegExp(`${rooted ? '^' : '(?:^|/)'}${body}${span.endsWith('/') ? '' : '/?'}$`);
}

function matches(span: string, tree: string[]): string[] {
  const pattern = pathPattern(span);
  return tree.filter((path) => pattern.test(path));
}

const doc = readFileSync(join(ROOT, DOC), 'utf8');
const spans = [...new Set([...doc.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!))];
const paths = spans.filter((span) => isPathLike(span) && !BUILT.some((built) => built.test(span)));

/** "`name` in `file`", "`file` (`name`" and "`file` — `name`": the doc says the file holds the name. */
const PLACED = [
  /`([A-Za-z_$][\w$]*)(?:<[^`]*>|\(\))?` in `([^`\s]+)`/g,
  /`([^`\s]+)` (?:\(|— )`([A-Za-z_$][\w$]*)(?:<[^`]*>|\(\))?`/g,
];

function placedNames(): Array<{ name: string; file: string }> {
  const out: Array<{ name: string; file: string }> = [];
  for (const m of doc.matchAll(PLACED[0]!)) out.push({ name: m[1]!, file: m[2]! });
  for (const m of doc.matchAll(PLACED[1]!)) out.push({ name: m[2]!, file: m[1]! });
  // Only where the place is a source file: "`figures` in `archive:search`" names a field of a channel.
  return out.filter(({ file }) => /\.tsx?$/.test(file) && isPathLike(file));
}

function exportsName(source: string, name: string): boolean {
  const declared = new RegExp(`^export\\s+(?:declare\\s+)?(?:async\\s+)?(?:function\\*?|const|let|class|interface|type|enum)\\s+${name}\\b`, 'm');
  const listed = new RegExp(`^export\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}`, 'm');
  return declared.test(source) || listed.test(source);
}

describe(DOC, () => {
  const tree = treePaths();

  it('finds the paths and the placed names it checks (so a change of wording cannot empty the check)', () => {
    expect(paths.length).toBeGreaterThan(100);
    expect(placedNames().length).toBeGreaterThanOrEqual(3);
  });

  it.each(paths)('names `%s`, which is in the tree', (span) => {
    expect(matches(span, tree), `${DOC} names \`${span}\`, which is not in the tree: correct the path or the doc`).not.toEqual([]);
  });

  it.each(placedNames().map(({ name, file }) => [name, file]))('says `%s` is in `%s`, which exports it', (name, file) => {
    const files = matches(file, tree).filter((path) => !path.endsWith('/'));
    const exporting = files.filter((path) => exportsName(readFileSync(join(ROOT, path), 'utf8'), name));
    expect(exporting, `${DOC} places \`${name}\` in \`${file}\` (${files.join(', ') || 'no such file'}), which does not export it`).not.toEqual([]);
  });
});

describe('the path check itself', () => {
  const tree = ['electron/core/db/repositories/index.ts', 'electron/core/db/migrations/0003-search.ts', 'electron/core/drafts/handlers.ts', 'electron/core/db/'];

  it.each([
    ['electron/core/db/repositories/index.ts', true],
    ['repositories/index.ts', true],
    ['index.ts', true],
    ['db/', true],
    ['core/db', true],
    ['repositories/*.ts', true],
    ['migrations/NNNN-name.ts', true],
    ['electron/core/<domain>/handlers.ts', true],
    ['core/db/repositories/gone.ts', false],
    ['positories/index.ts', false],
    ['core/repositories/index.ts', false],
    ['electron/db/repositories/index.ts', false],
  ])('`%s` found: %s', (span, found) => {
    expect(matches(span, tree).length > 0).toBe(found);
  });

  it.each([
    ['export function need<T>(', 'need', true],
    ['export async function run(', 'run', true],
    ['export type Missing = string;', 'Missing', true],
    ['export { a, needStory } from "./x";', 'needStory', true],
    ['function need() {}', 'need', false],
    ['export function needStory() {}', 'need', false],
  ])('%s exports %s: %s', (source, name, exported) => {
    expect(exportsName(source, name)).toBe(exported);
  });
});
