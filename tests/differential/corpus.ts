/**
 * The differential corpus: real Chinese (simplified and traditional) and English reports in
 * tests/fixtures/numerals-corpus/, plus numerals generated in every shape from a fixed seed.
 * The reference library's readings of both are kept in reference-readings.json beside the
 * corpus (see snapshot.ts), keyed by a hash of exactly this text.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = resolve(here, '../fixtures/numerals-corpus');
export const SNAPSHOT_FILE = join(CORPUS_DIR, 'reference-readings.json');
export const EXCLUSIONS_FILE = join(CORPUS_DIR, 'exclusions.json');

export interface CorpusText {
  /** Path under the corpus folder, or generated/<shape>. */
  name: string;
  language: 'zh' | 'en';
  text: string;
}

const FOLDERS: Array<[string, 'zh' | 'en']> = [['zh', 'zh'], ['zh-traditional', 'zh'], ['en', 'en']];

export function corpusTexts(): CorpusText[] {
  const out: CorpusText[] = [];
  for (const [folder, language] of FOLDERS) {
    for (const file of readdirSync(join(CORPUS_DIR, folder)).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ name: `${folder}/${file}`, language, text: readFileSync(join(CORPUS_DIR, folder, file), 'utf8') });
    }
  }
  return [...out, ...generatedTexts()];
}

/** A small deterministic generator (mulberry32), so the generated text never changes between runs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_DIGITS = '零一二三四五六七八九';
function zhNumeral(n: number): string {
  if (n === 0) return '零';
  const units = ['', '十', '百', '千'];
  const section = (x: number): string => {
    let s = '';
    let zero = false;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(x / 10 ** p) % 10;
      if (d === 0) { zero = s !== ''; continue; }
      if (zero) { s += '零'; zero = false; }
      s += (d === 1 && p === 1 && s === '' ? '' : ZH_DIGITS[d]!) + units[p]!;
    }
    return s;
  };
  const wan = Math.floor(n / 1e4);
  const rest = n % 1e4;
  return (wan ? section(wan) + '万' + (rest && rest < 1000 ? '零' : '') : '') + (rest ? section(rest) : '');
}

const EN_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function enWords(n: number): string {
  const b100 = (x: number): string => (x < 20 ? EN_ONES[x]! : EN_TENS[Math.floor(x / 10)]! + (x % 10 ? `-${EN_ONES[x % 10]}` : ''));
  const b1000 = (x: number): string => [Math.floor(x / 100) ? `${EN_ONES[Math.floor(x / 100)]} hundred` : '', x % 100 ? b100(x % 100) : ''].filter(Boolean).join(' and ');
  const th = Math.floor(n / 1000);
  return [th ? `${b1000(th)} thousand` : '', n % 1000 ? b1000(n % 1000) : ''].filter(Boolean).join(' ');
}
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** One sentence per line for each shape, 40 lines a shape. */
export function generatedTexts(): CorpusText[] {
  const rnd = random(20260106);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const lines = (make: () => string): string => Array.from({ length: 40 }, make).join('\n');
  return [
    { name: 'generated/zh-arabic', language: 'zh', text: lines(() => `全市新增企业${grouped(int(1000, 9_999_999))}家。`) },
    { name: 'generated/zh-arabic-scale', language: 'zh', text: lines(() => `全年完成投资${int(10, 9999) / 10}亿元，增长${int(1, 99) / 10}%。`) },
    { name: 'generated/zh-numerals', language: 'zh', text: lines(() => `累计建成住房${zhNumeral(int(11, 99_999_999))}套。`) },
    { name: 'generated/zh-approximate', language: 'zh', text: lines(() => `参与群众达${int(2, 9999)}多万人，较上年增加${int(2, 99)}余万人。`) },
    { name: 'generated/zh-fraction', language: 'zh', text: lines(() => { const d = int(2, 9); return `该类产品约占${zhNumeral(d)}分之${zhNumeral(int(1, d - 1))}。`; }) },
    { name: 'generated/zh-range', language: 'zh', text: lines(() => { const a = int(1, 50); return `预计增长${a}%—${a + int(1, 5)}%。`; }) },
    { name: 'generated/en-arabic', language: 'en', text: lines(() => `The council approved ${grouped(int(1000, 9_999_999))} new homes last year.`) },
    { name: 'generated/en-scale', language: 'en', text: lines(() => `The fund will spend £${int(11, 999) / 10} billion and hire ${int(2, 99)} thousand staff.`) },
    { name: 'generated/en-words', language: 'en', text: lines(() => `Attendance reached ${enWords(int(1001, 99_999))}.`) },
    { name: 'generated/en-range', language: 'en', text: lines(() => { const a = int(1, 50); return `Support stood at ${a} to ${a + int(1, 5)} per cent.`; }) },
  ];
}

export function corpusHash(texts: CorpusText[]): string {
  const h = createHash('sha256');
  for (const t of texts) h.update(`${t.name}\u0000${t.language}\u0000${t.text}\u0000`);
  return h.digest('hex');
}
