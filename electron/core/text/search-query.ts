/**
 * Turns what an editor types into an FTS5 MATCH expression over the gram/char columns.
 *
 * Syntax: words and CJK strings are ANDed; "quoted phrases"; OR between terms;
 * NOT or a leading minus excludes; parentheses group. Every term becomes a quoted
 * FTS5 phrase, so no user text is ever interpreted as FTS5 syntax.
 */
import { AppFailure } from '../../../shared/result';
import { gramText, isCjk } from './search-tokens';
import { valueToken, wholeNumeral } from './search-values';
import { toSimplified } from './simplify';

type Node =
  | { type: 'term'; text: string }
  | { type: 'and' | 'or'; children: Node[] }
  | { type: 'not'; child: Node };

export interface CompiledQuery {
  /** FTS5 MATCH expression, or null when the query holds nothing searchable. */
  match: string | null;
  /** Positive terms, for highlighting snippets. */
  highlight: string[];
  /** Values of positive terms that are numbers (两万 → '20000'), for highlighting other printings. */
  values: string[];
}

type Token = { kind: 'term'; text: string } | { kind: 'op'; op: 'OR' | 'AND' | 'NOT' | '(' | ')' };

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  const re = /"([^"]*)"?|(\()|(\))|(\S+)/g;
  for (const m of query.matchAll(re)) {
    if (m[1] !== undefined) {
      if (m[1].trim()) tokens.push({ kind: 'term', text: m[1].trim() });
    } else if (m[2]) tokens.push({ kind: 'op', op: '(' });
    else if (m[3]) tokens.push({ kind: 'op', op: ')' });
    else if (m[4]) {
      const word = m[4];
      if (word === 'OR' || word === '|' || word === '或') tokens.push({ kind: 'op', op: 'OR' });
      else if (word === 'AND' || word === '&') tokens.push({ kind: 'op', op: 'AND' });
      else if (word === 'NOT') tokens.push({ kind: 'op', op: 'NOT' });
      else if (word.startsWith('-') && word.length > 1) {
        tokens.push({ kind: 'op', op: 'NOT' }, { kind: 'term', text: word.slice(1) });
      } else tokens.push({ kind: 'term', text: word });
    }
  }
  return tokens;
}

/** Recursive descent: or := and ('OR' and)*; and := unary+; unary := 'NOT' unary | primary. */
function parse(tokens: Token[]): Node | null {
  let pos = 0;
  const peek = () => tokens[pos];
  const parseOr = (): Node | null => {
    const parts: Node[] = [];
    const first = parseAnd();
    if (first) parts.push(first);
    while (peek()?.kind === 'op' && (peek() as { op: string }).op === 'OR') {
      pos++;
      const next = parseAnd();
      if (next) parts.push(next);
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : { type: 'or', children: parts };
  };
  const parseAnd = (): Node | null => {
    const parts: Node[] = [];
    for (;;) {
      const t = peek();
      if (!t) break;
      if (t.kind === 'op' && (t.op === 'OR' || t.op === ')')) break;
      if (t.kind === 'op' && t.op === 'AND') {
        pos++;
        continue;
      }
      const node = parseUnary();
      if (node) parts.push(node);
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : { type: 'and', children: parts };
  };
  const parseUnary = (): Node | null => {
    const t = tokens[pos++];
    if (!t) return null;
    if (t.kind === 'term') return { type: 'term', text: t.text };
    if (t.op === 'NOT') {
      const child = parseUnary();
      return child ? { type: 'not', child } : null;
    }
    if (t.op === '(') {
      const inner = parseOr();
      if (peek()?.kind === 'op' && (peek() as { op: string }).op === ')') pos++;
      return inner;
    }
    return null;
  };
  const root = parseOr();
  return root;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * How one engine writes a compiled query. The query's meaning (which terms, what NOT
 * attaches to, what a number also matches) is decided once, in compileNode; an engine only
 * spells it, so SQLite and the team archive on PostgreSQL search alike.
 */
export interface QueryRenderer<T> {
  /** A single CJK character (simplified), found in the *_chars columns. */
  char(char: string): T;
  /** The phrase of a term's grams (gramText), or, when the term is a number, the phrase or its value token. */
  phrase(grams: string, valueToken: string | null): T;
  or(parts: T[]): T;
  /** All of `include`, and none of `exclude`. */
  andNot(include: T[], exclude: T[]): T;
}

/** FTS5 over the story_search columns: every term a quoted phrase, so no user text is FTS5 syntax. */
const fts5Renderer: QueryRenderer<string> = {
  char: (char) => `{headline_chars body_chars} : ${quote(char)}`,
  phrase: (grams, value) =>
    value === null ? `{headline_grams body_grams} : ${quote(grams)}` : `{headline_grams body_grams} : (${quote(grams)} OR ${quote(value)})`,
  or: (parts) => `(${parts.join(' OR ')})`,
  andNot: (include, exclude) => {
    let expr = include.length === 1 ? include[0]! : `(${include.join(' AND ')})`;
    for (const ex of exclude) expr = `(${expr} NOT ${ex})`;
    return expr;
  },
};

/**
 * A term in the renderer's spelling: its printed form as a phrase, or, for a term that is a
 * number, the printed form or any printing of the same value (2万 finds 20,000).
 */
function termExpression<T>(original: string, values: string[] | null, render: QueryRenderer<T>): T | null {
  const text = toSimplified(original);
  if (Array.from(text).length === 1 && isCjk(text)) return render.char(text);
  const grams = gramText(text).trim();
  if (!/[\p{L}\p{N}]/u.test(grams)) return null;
  const value = wholeNumeral(text);
  if (value === null) return render.phrase(grams, null);
  values?.push(value);
  return render.phrase(grams, valueToken(value));
}

interface Collected {
  highlight: string[];
  values: string[];
}

function compileNode<T>(node: Node, collected: Collected, positive: boolean, render: QueryRenderer<T>): T | null {
  switch (node.type) {
    case 'term': {
      const expr = termExpression(node.text, positive ? collected.values : null, render);
      if (expr !== null && positive) collected.highlight.push(node.text);
      return expr;
    }
    case 'not':
      // FTS5 only has binary NOT; the caller attaches it to its left-hand side.
      return compileNode(node.child, collected, !positive, render);
    case 'or': {
      const parts = node.children.map((c) => compileNode(c, collected, positive, render)).filter((p): p is T => p !== null);
      return parts.length ? render.or(parts) : null;
    }
    case 'and': {
      const include: T[] = [];
      const exclude: T[] = [];
      for (const child of node.children) {
        const expr = compileNode(child, collected, child.type === 'not' ? !positive : positive, render);
        if (expr === null) continue;
        (child.type === 'not' ? exclude : include).push(expr);
      }
      if (include.length === 0) {
        if (exclude.length) {
          throw new AppFailure('invalid_input', ONLY_EXCLUDED, 'query', {}, 'search_only_excluded');
        }
        return null;
      }
      return render.andNot(include, exclude);
    }
  }
}

/** English for the CLI; the renderer says it from the reason (error.reason.search_only_excluded). */
const ONLY_EXCLUDED = 'A search needs at least one word to look for besides the excluded ones.';

export function compileQuery(query: string): CompiledQuery {
  const { match, highlight, values } = compileQueryWith(query, fts5Renderer);
  return { match, highlight, values };
}

/** The query in `render`'s spelling (`match` null when it holds nothing searchable), with its highlights. */
export function compileQueryWith<T>(query: string, render: QueryRenderer<T>): { match: T | null; highlight: string[]; values: string[] } {
  const root = parse(lex(query.normalize('NFKC')));
  if (!root) return { match: null, highlight: [], values: [] };
  if (root.type === 'not') {
    throw new AppFailure('invalid_input', ONLY_EXCLUDED, 'query', {}, 'search_only_excluded');
  }
  const collected: Collected = { highlight: [], values: [] };
  const match = compileNode(root, collected, true, render);
  return { match, ...collected };
}
