/**
 * Finds the indicator a printed metric names: 「規模以上工業增加值增速」, 'the number of
 * police officers in England and Wales'. Names are folded once at load into a trie per
 * language (characters for Chinese, words for English), so a lookup walks the text once
 * from each starting point instead of trying every synonym of every indicator.
 */
import { toSimplified } from '../../text/simplify';
import { INDICATORS, indicatorById } from './index';
import type { Indicator } from './types';
import { GROWTH_OF, INCREMENT_OF, MIRRORED_BALANCE, REDUCTION_OF } from './change-tables';

export type LexiconLanguage = 'zh' | 'en';

export interface IndicatorMatch {
  indicator: Indicator;
  /** the synonym that matched, as folded */
  matched: string;
  /** 'exact' when the whole (folded, trimmed) metric is the synonym; 'contains' when the synonym is inside it */
  how: 'exact' | 'contains';
}

export { GROWTH_OF, INCREMENT_OF, MIRRORED_BALANCE, REDUCTION_OF, SHARE_OF_GDP } from './change-tables';

/** Text-final change words, folded, and the table each one selects. */
const CHANGE_RULES: readonly { zh: readonly string[]; en: readonly string[]; to: Readonly<Record<string, string>> }[] = [
  { zh: ['增长', '增速', '增幅', '涨幅', '上涨', '增长率', '增长速度'], en: ['growth', 'increase', 'rise', 'growth rate'], to: GROWTH_OF },
  { zh: ['下降', '降低', '降幅', '减少', '下降率'], en: ['reduction', 'fall', 'cut', 'decrease', 'decline'], to: REDUCTION_OF },
];

// ---------------------------------------------------------------------------------------
// Folding

const ZH_DROP = /[\s\p{P}\p{S}]/gu;

/** Chinese: NFKC, simplified, lower case, no spaces or punctuation ('PM2.5' → 'pm25', 'Ⅲ类' → 'iii类'). */
export function foldZh(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(ZH_DROP, '');
}

// Words that end in s without being plurals; stripping them would only make matches odd.
const NOT_PLURAL = new Set(['gas', 'nhs', 'news', 'its', 'this', 'has', 'was', 'his', 'cpih']);
const IRREGULAR_PLURAL: Readonly<Record<string, string>> = { buses: 'bus', gcses: 'gcse', people: 'people', children: 'child', women: 'woman' };

function singular(word: string): string {
  const irregular = IRREGULAR_PLURAL[word];
  if (irregular) return irregular;
  if (word.length < 3 || !word.endsWith('s') || NOT_PLURAL.has(word)) return word;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

const EN_DROP_WORDS = new Set(['the', 'total']);

/** English, as words: NFKC, lower case, no possessive 's, singular, without 'the', 'total' and 'number of'. */
export function foldEnWords(text: string): string[] {
  const cleaned = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!cleaned) return [];
  const words: string[] = [];
  const raw = cleaned.split(' ');
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    if (word === 'number' && raw[i + 1] === 'of') {
      i++;
      continue;
    }
    if (EN_DROP_WORDS.has(word)) continue;
    words.push(singular(word));
  }
  return words;
}

export function foldEn(text: string): string {
  return foldEnWords(text).join(' ');
}

export function foldMetric(text: string, language: LexiconLanguage): string {
  return language === 'zh' ? foldZh(text) : foldEn(text);
}

// ---------------------------------------------------------------------------------------
// Index

interface Hit {
  indicator: Indicator;
  folded: string;
}

/** A trie over symbols: characters of folded Chinese, words of folded English. */
interface TrieNode {
  next: Map<string, TrieNode>;
  hit: Hit | null;
}

interface LanguageIndex {
  exact: Map<string, Hit>;
  root: TrieNode;
  /** folded synonym → every id that claims it, for lexiconProblems */
  claims: Map<string, Set<string>>;
}

const newNode = (): TrieNode => ({ next: new Map(), hit: null });

const emptyIndex = (): LanguageIndex => ({ exact: new Map(), root: newNode(), claims: new Map() });

function insertName(index: LanguageIndex, indicator: Indicator, folded: string, language: LexiconLanguage): void {
  const hit: Hit = { indicator, folded };
  index.exact.set(folded, hit);
  let node = index.root;
  for (const symbol of symbolsOf(folded, language)) {
    let child = node.next.get(symbol);
    if (!child) {
      child = newNode();
      node.next.set(symbol, child);
    }
    node = child;
  }
  node.hit = hit;
}

function buildIndex(language: LexiconLanguage): LanguageIndex {
  const index = emptyIndex();
  for (const indicator of INDICATORS) {
    for (const name of indicator[language]) {
      const folded = foldMetric(name, language);
      if (!folded) continue;
      const claimants = index.claims.get(folded) ?? new Set<string>();
      claimants.add(indicator.id);
      index.claims.set(folded, claimants);
      if (index.exact.has(folded)) continue; // the first claimant keeps it; lexiconProblems reports the clash
      insertName(index, indicator, folded, language);
    }
  }
  return index;
}

function symbolsOf(folded: string, language: LexiconLanguage): string[] {
  return language === 'zh' ? Array.from(folded) : folded.split(' ');
}

const INDEX: Readonly<Record<LexiconLanguage, LanguageIndex>> = { zh: buildIndex('zh'), en: buildIndex('en') };

// ---------------------------------------------------------------------------------------
// Editor names: taught at run time and kept in a small index of their own, so changing
// them never rebuilds the built-in tries, only the editor index of the language changed.

/** A name an editor taught for an indicator (a paper's house term for a statistic). */
export interface EditorName {
  indicatorId: string;
  language: LexiconLanguage;
  name: string;
}

/** Why an editor name cannot be taught: it names nothing, or it already names an indicator. */
export type EditorNameClash =
  | { reason: 'unknown_indicator' }
  | { reason: 'empty' }
  /** a built-in name of this or another indicator folds the same */
  | { reason: 'builtin'; indicatorId: string; folded: string }
  /** another editor name folds the same */
  | { reason: 'editor'; indicatorId: string; folded: string };

const EDITOR: Record<LexiconLanguage, LanguageIndex> = { zh: emptyIndex(), en: emptyIndex() };
const editorSignature: Record<LexiconLanguage, string> = { zh: '', en: '' };

/**
 * What stands in the way of teaching `name`, given the editor names already taught
 * (`others`, which may include `name` itself; it is skipped), or null when nothing does.
 */
export function editorNameClash(name: EditorName, others: readonly EditorName[] = []): EditorNameClash | null {
  if (!indicatorById(name.indicatorId)) return { reason: 'unknown_indicator' };
  const folded = foldMetric(name.name, name.language);
  if (!folded) return { reason: 'empty' };
  const builtin = INDEX[name.language].claims.get(folded);
  if (builtin && builtin.size > 0) {
    const indicatorId = builtin.has(name.indicatorId) ? name.indicatorId : [...builtin][0]!;
    return { reason: 'builtin', indicatorId, folded };
  }
  for (const other of others) {
    if (other.language !== name.language) continue;
    if (other.indicatorId === name.indicatorId && other.name === name.name) continue;
    if (foldMetric(other.name, other.language) === folded) return { reason: 'editor', indicatorId: other.indicatorId, folded };
  }
  return null;
}

/**
 * Replaces the editor names findIndicator knows. A name that clashes (a built-in name,
 * an earlier editor name, an indicator the lexicon no longer has) is left out and
 * returned, so a stored name a lexicon update has since claimed cannot break lookups.
 * `rebuilt` says which languages' editor index changed.
 */
export function setEditorNames(names: readonly EditorName[]): { refused: Array<EditorName & { clash: EditorNameClash }>; rebuilt: LexiconLanguage[] } {
  const refused: Array<EditorName & { clash: EditorNameClash }> = [];
  const rebuilt: LexiconLanguage[] = [];
  for (const language of ['zh', 'en'] as const) {
    const kept = new Map<string, Indicator>();
    for (const name of names) {
      if (name.language !== language) continue;
      const clash = editorNameClash(name);
      const folded = foldMetric(name.name, language);
      const taken = kept.get(folded);
      if (clash || taken) {
        refused.push({ ...name, clash: clash ?? { reason: 'editor', indicatorId: taken!.id, folded } });
        continue;
      }
      kept.set(folded, indicatorById(name.indicatorId)!);
    }
    // Only a language whose names changed gets a new index.
    const signature = [...kept].map(([folded, indicator]) => `${indicator.id}\u0000${folded}`).join('\u0001');
    if (signature === editorSignature[language]) continue;
    const index = emptyIndex();
    for (const [folded, indicator] of kept) insertName(index, indicator, folded, language);
    EDITOR[language] = index;
    editorSignature[language] = signature;
    FOUND[language].clear();
    rebuilt.push(language);
  }
  return { refused, rebuilt };
}

// ---------------------------------------------------------------------------------------
// Lookup

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[a-z0-9]/;

/**
 * A Latin name inside Chinese text must not be part of a longer Latin word: 'cpi' is
 * not in 'cpih', 'm2' is not in 'pm25'.
 */
function latinEdgesClear(symbols: readonly string[], start: number, end: number): boolean {
  const first = symbols[start]!;
  const last = symbols[end - 1]!;
  if (LATIN_OR_DIGIT.test(first) && start > 0 && LATIN_OR_DIGIT.test(symbols[start - 1]!)) return false;
  if (LATIN_OR_DIGIT.test(last) && end < symbols.length && LATIN_OR_DIGIT.test(symbols[end]!)) return false;
  return true;
}

interface Found {
  hit: Hit;
  end: number;
}

/** The longest name in the text; on equal length the one ending later, as the head noun comes last. */
function longestName(symbols: readonly string[], language: LexiconLanguage): Found | null {
  let best: Found | null = null;
  for (const root of [INDEX[language].root, EDITOR[language].root]) {
    if (root.next.size === 0) continue;
    for (let start = 0; start < symbols.length; start++) {
      let node: TrieNode | undefined = root;
      for (let i = start; i < symbols.length; i++) {
        node = node.next.get(symbols[i]!);
        if (!node) break;
        const hit = node.hit;
        if (!hit) continue;
        if (language === 'zh' && !latinEdgesClear(symbols, start, i + 1)) continue;
        if (!best || hit.folded.length > best.hit.folded.length || (hit.folded.length === best.hit.folded.length && i + 1 >= best.end)) {
          best = { hit, end: i + 1 };
        }
      }
    }
  }
  return best;
}

function endsWithWords(words: readonly string[], suffix: string): boolean {
  const tail = suffix.split(' ');
  if (tail.length >= words.length) return false;
  return tail.every((word, k) => words[words.length - tail.length + k] === word);
}

/** The change entry a text-final change word selects for this level, if the tables have one. */
function changeOf(indicator: Indicator, folded: string, words: readonly string[], language: LexiconLanguage): Indicator | null {
  for (const rule of CHANGE_RULES) {
    const targetId = rule.to[indicator.id];
    if (!targetId) continue;
    const ends = language === 'zh' ? rule.zh.some((word) => folded.endsWith(word)) : rule.en.some((word) => endsWithWords(words, word));
    if (ends) return indicatorById(targetId) ?? null;
  }
  return null;
}

/**
 * The indicator a printed metric names, or null. Exact names win; otherwise the longest
 * name inside the text, the later one on a tie; a level followed by a change word is
 * read as its growth or reduction entry where the lexicon has one.
 */
export function findIndicator(metricText: string, language?: LexiconLanguage): IndicatorMatch | null {
  const lang: LexiconLanguage = language ?? (HAN.test(metricText) ? 'zh' : 'en');
  const found = FOUND[lang];
  const known = found.get(metricText);
  if (known !== undefined) return known;
  if (found.size >= FOUND_LIMIT) found.clear();
  const match = lookUp(metricText, lang);
  found.set(metricText, match);
  return match;
}

/**
 * Lookups already made, per language: extraction asks about the same few metric phrases many
 * times per story (each refine rule, each figure of a sentence). Cleared when the editor's
 * names change, and when full, so it never holds more than FOUND_LIMIT phrases.
 */
const FOUND: Record<LexiconLanguage, Map<string, IndicatorMatch | null>> = { zh: new Map(), en: new Map() };
const FOUND_LIMIT = 20_000;

function lookUp(metricText: string, lang: LexiconLanguage): IndicatorMatch | null {
  const index = INDEX[lang];
  const words = lang === 'en' ? foldEnWords(metricText) : [];
  const folded = lang === 'zh' ? foldZh(metricText) : words.join(' ');
  if (!folded) return null;
  const exact = index.exact.get(folded) ?? EDITOR[lang].exact.get(folded);
  if (exact) return { indicator: exact.indicator, matched: exact.folded, how: 'exact' };
  const found = longestName(lang === 'zh' ? Array.from(folded) : words, lang);
  if (!found) return null;
  const indicator = changeOf(found.hit.indicator, folded, words, lang) ?? found.hit.indicator;
  return { indicator, matched: found.hit.folded, how: 'contains' };
}

// ---------------------------------------------------------------------------------------
// Checks

/** Everything wrong with the lexicon as data; empty when it is sound. */
export function lexiconProblems(): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const indicator of INDICATORS) {
    if (seen.has(indicator.id)) problems.push(`duplicate id ${indicator.id}`);
    seen.add(indicator.id);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(indicator.id)) problems.push(`${indicator.id}: id is not a slug`);
    if (indicator.zh.length === 0) problems.push(`${indicator.id}: no Chinese name`);
    if (indicator.en.length === 0) problems.push(`${indicator.id}: no English name`);
    if (!indicator.source.trim()) problems.push(`${indicator.id}: no source`);
    for (const name of indicator.en) if (name !== name.toLowerCase()) problems.push(`${indicator.id}: English name not lower case: ${name}`);
    for (const lang of ['zh', 'en'] as const) {
      for (const name of indicator[lang]) if (!foldMetric(name, lang)) problems.push(`${indicator.id}: ${lang} name folds to nothing: ${name}`);
    }
  }
  for (const lang of ['zh', 'en'] as const) {
    for (const [folded, ids] of INDEX[lang].claims) {
      if (ids.size > 1) problems.push(`${lang} name '${folded}' claimed by ${[...ids].join(', ')}`);
    }
  }
  const tables: readonly [string, Readonly<Record<string, string>>][] = [
    ['GROWTH_OF', GROWTH_OF],
    ['REDUCTION_OF', REDUCTION_OF],
    ['INCREMENT_OF', INCREMENT_OF],
  ];
  for (const [name, table] of tables) {
    for (const [from, to] of Object.entries(table)) {
      const base = indicatorById(from);
      const target = indicatorById(to);
      if (!base) problems.push(`${name}: unknown id ${from}`);
      if (!target) problems.push(`${name}: unknown id ${to}`);
      const wanted = name === 'INCREMENT_OF' ? 'flow' : 'growth_rate';
      if (target && target.measure !== wanted) problems.push(`${name}: ${to} is ${target.measure}, not ${wanted}`);
    }
  }
  // Each balance names its mirror, and the two measure money the same way.
  for (const [from, to] of Object.entries(MIRRORED_BALANCE)) {
    const a = indicatorById(from);
    const b = indicatorById(to);
    if (!a || !b) problems.push(`MIRRORED_BALANCE: unknown id ${!a ? from : to}`);
    else if (MIRRORED_BALANCE[to] !== from) problems.push(`MIRRORED_BALANCE: ${to} does not mirror ${from} back`);
    else if (a.unitClass !== b.unitClass) problems.push(`MIRRORED_BALANCE: ${from} and ${to} differ in unit class`);
  }
  return problems;
}
