/**
 * The shape of electron/ as its imports draw it: no module reaches itself through a chain
 * of imports, storage (core/db) depends on nothing above it, and text helpers (core/text)
 * depend on nothing but each other. Type-only imports are left out: they vanish at runtime
 * and the migrations' link back to their runner is one. Each contract channel is answered
 * in its domain's handlers.ts, and core/handlers.ts composes them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract';

const ROOT = resolve(import.meta.dirname, '../../..');
const ELECTRON = join(ROOT, 'electron');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

// `import … from './x'` and `export … from './x'`, across lines; `import type` and `export type` are skipped.
const RELATIVE_IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this spelling
    }
  }
  return null;
}

/** Each file of electron/ with the files it imports at runtime. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(ELECTRON)) {
    const targets: string[] = [];
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      if (m[1]) continue;
      const target = resolveImport(file, m[2]!);
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected groups of more than one file (Tarjan): each is an import cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const rel = (path: string): string => relative(ROOT, path);

describe('the module graph of electron/', () => {
  const graph = importGraph();

  it('finds the imports it checks (a parser that saw nothing would pass anything)', () => {
    const edges = [...graph.values()].reduce((n, targets) => n + targets.length, 0);
    expect(graph.size).toBeGreaterThan(100);
    expect(edges).toBeGreaterThan(300);
    expect(cycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]]))).toEqual([['b', 'a']]);
  });

  it('has no import cycles', () => {
    expect(cycles(graph).map((group) => group.map(rel).sort())).toEqual([]);
  });

  it.each([
    ['storage (core/db)', 'electron/core/db/', ['electron/core/db/', 'electron/core/text/', 'electron/core/clock']],
    ['text helpers (core/text)', 'electron/core/text/', ['electron/core/text/']],
  ])('%s depends on nothing above it', (_name, layer, allowed) => {
    const above: string[] = [];
    for (const [file, targets] of graph) {
      if (!rel(file).startsWith(layer)) continue;
      for (const target of targets) {
        const to = rel(target);
        if (to.startsWith('shared/')) continue;
        if (!allowed.some((prefix) => to.startsWith(prefix))) above.push(`${rel(file)} → ${to}`);
      }
    }
    expect(above).toEqual([]);
  });

  it.each([
    // The check reads the register (status rules, wording); the register never reads the check back.
    { name: 'the register (core/targets)', layer: 'electron/core/targets/', forbidden: 'electron/core/check/' },
    // Metric identity and matching keys sit below every feature that compares quantities.
    { name: 'metric keys (core/metrics)', layer: 'electron/core/metrics/', forbidden: 'electron/core/check/' },
    { name: 'metric keys (core/metrics)', layer: 'electron/core/metrics/', forbidden: 'electron/core/targets/' },
  ])('$name does not import $forbidden', ({ layer, forbidden }) => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      if (!rel(file).startsWith(layer)) continue;
      for (const target of targets) if (rel(target).startsWith(forbidden)) upward.push(`${rel(file)} → ${rel(target)}`);
    }
    expect(upward).toEqual([]);
  });

});

// Ways to reach the better-sqlite3 handle: the driver itself, the connection module (its
// `Db` type included), the repositories' test-only accessor, or a `.db` carried beside them.
const CONNECTION_IMPORT = /^\s*import\s+(?:type\s+)?[^'";]*?from\s+['"](better-sqlite3|[./]+(?:core\/)?db\/connection)['"]/gm;
const HANDLE_USE = /\b(?:repos|deps|ctx|core|options)\.db\b|\bconnectionOf\b/g;

/** Where a file's text reaches for the connection, as `name:line text`. */
function connectionUses(name: string, text: string): string[] {
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  return [...text.matchAll(CONNECTION_IMPORT), ...text.matchAll(HANDLE_USE)].map((m) => `${name}:${lineOf(m.index)} ${m[0].trim()}`);
}

describe('the connection stays in core/db', () => {
  it.each([
    ["import Database from 'better-sqlite3';", 'better-sqlite3'],
    ["import type { Db } from '../db/connection';", 'db/connection'],
    ["import { openDatabase } from './core/db/connection';", 'db/connection'],
    ['return repos.db.transaction(() => 1).immediate();', 'repos.db'],
    ['  deps.db.prepare(sql).run();', 'deps.db'],
    ["connectionOf(repos).pragma('x');", 'connectionOf'],
  ])('sees the handle reached in %j', (text, seen) => {
    expect(connectionUses('probe.ts', `// a file\n${text}\n`)).toEqual([expect.stringMatching(new RegExp(`^probe\\.ts:2 .*${seen.replace('.', '\\.')}`))]);
  });

  it('no file outside core/db imports the driver or the connection, or touches repos.db', () => {
    const uses = sourceFiles(ELECTRON)
      .filter((file) => !rel(file).startsWith('electron/core/db/'))
      .flatMap((file) => connectionUses(rel(file), readFileSync(file, 'utf8')));
    expect(uses).toEqual([]);
  });
});

// `'domain:verb': (…) =>` or `'domain:verb': async (…) =>` as an object key: a channel's handler.
const HANDLER_KEY = /^\s*'([a-z]+:[A-Za-z]+)':\s*(?:async\s*)?(?:\(|[A-Za-z_]\w*\s*=>)/gm;
const DOMAIN_HANDLERS = /^electron\/core\/[a-z-]+\/handlers\.ts$/;

describe('where contract channels are answered', () => {
  const definitions = new Map<string, string[]>();
  for (const file of sourceFiles(ELECTRON)) {
    for (const m of readFileSync(file, 'utf8').matchAll(HANDLER_KEY)) {
      if (!(channels as string[]).includes(m[1]!)) continue;
      definitions.set(m[1]!, [...(definitions.get(m[1]!) ?? []), rel(file)]);
    }
  }

  it('answers every channel exactly once, in a domain handlers file', () => {
    const misplaced = [...definitions].filter(([, files]) => files.length !== 1 || !DOMAIN_HANDLERS.test(files[0]!));
    expect(misplaced).toEqual([]);
    expect([...definitions.keys()].sort()).toEqual([...channels].sort());
  });

  it('composes every domain handlers file in core/handlers.ts, which answers no channel itself', () => {
    const domainFiles = new Set([...definitions.values()].flat());
    const composer = join(ELECTRON, 'core/handlers.ts');
    const composed = new Set(importGraph().get(composer)!.map(rel));
    expect([...domainFiles].filter((file) => !composed.has(file))).toEqual([]);
    expect(readFileSync(composer, 'utf8')).not.toMatch(HANDLER_KEY);
  });
});
