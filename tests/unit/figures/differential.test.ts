/**
 * Differential test against the reference library (Microsoft Recognizers-Text): over a real
 * corpus of Chinese and English reports and over numerals generated in every shape, every
 * number the reference reads must be read by Figure Desk with the same value, or be named in
 * tests/fixtures/numerals-corpus/exclusions.json with its reason. The reference's readings are
 * a snapshot (it reads about 0.02 MB/s); this test checks the snapshot matches the corpus.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, inContext, loadExclusions } from '../../differential/compare';
import { CORPUS_DIR, corpusHash, corpusTexts, SNAPSHOT_FILE } from '../../differential/corpus';
import type { ReferenceReading } from '../../differential/reference';

const texts = corpusTexts();
const snapshot = JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as { corpusHash: string; files: Record<string, ReferenceReading[]> };

describe('differential reading against the reference library', () => {
  it('the reference snapshot was taken over exactly this corpus', () => {
    expect(snapshot.corpusHash, 'the corpus changed: run npx tsx tests/differential/snapshot.ts').toBe(corpusHash(texts));
  });

  it('the corpus holds Chinese, traditional Chinese, English and every generated shape', () => {
    const names = texts.map((t) => t.name);
    for (const folder of ['zh/', 'zh-traditional/', 'en/', 'generated/zh-', 'generated/en-']) expect(names.some((n) => n.startsWith(folder)), folder).toBe(true);
  });

  it('the manifest names every real text with its source and its size in bytes on disk', () => {
    const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { files: Array<{ file: string; language: string; source: string; bytes: number }> };
    const real = texts.filter((t) => !t.name.startsWith('generated/'));
    expect(manifest.files.map((f) => f.file).sort()).toEqual(real.map((t) => t.name).sort());
    for (const f of manifest.files) {
      expect(f.source.length, f.file).toBeGreaterThan(10);
      expect(f.bytes, f.file).toBe(statSync(join(CORPUS_DIR, f.file)).size);
    }
  });

  const result = compare(texts, snapshot.files);

  it('every number the reference reads is read by Figure Desk or excluded with its reason', () => {
    const unexplained = result.unread.map((d) => `${d.name}: ${d.reading.value} in ${d.context}`);
    expect(unexplained, unexplained.join('\n')).toEqual([]);
  });

  it('every exclusion rule still explains at least one reading', () => {
    const exclusions = loadExclusions();
    const used = new Set<string>();
    for (const t of texts) {
      for (const r of snapshot.files[t.name] ?? []) {
        const context = inContext(t.text, r);
        const rule = exclusions.find((e) => e.re.test(context));
        if (rule) used.add(rule.pattern);
      }
    }
    expect(exclusions.filter((e) => !used.has(e.pattern)).map((e) => e.note)).toEqual([]);
  });

  it('Figure Desk reads every generated numeral the reference reads', () => {
    const generated = texts.filter((t) => t.name.startsWith('generated/'));
    const r = compare(generated, snapshot.files);
    expect(r.readCount + [...r.excluded.values()].reduce((a, b) => a + b, 0)).toBe(r.referenceCount);
    expect(r.readCount).toBeGreaterThan(0.9 * r.referenceCount);
  });
});
