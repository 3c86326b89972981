/**
 * Pages in layouts the segmenter was not tuned on, written and hand-labelled before it
 * was run on them (`"heldOut": true`). They stand in for the real pages the product meets:
 * other papers, years, traditional characters, English broadsheets, web-page dumps.
 * A label file may list the misses it still has under `knownFailures`; anything else that
 * differs fails, and a listed miss that has been fixed fails too so the list stays honest.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/core/archive/parse';
import { labelMismatches, loadLabels } from './labels';

const PAGES = join(__dirname, '../../fixtures/pages');
const FORMATS = join(__dirname, '../../fixtures/formats');

const heldOut = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .filter((name) => loadLabels(join(PAGES, `${name}.expected.json`)).heldOut === true);

describe('held-out pages', () => {
  it('there are held-out pages to check', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(heldOut)('%s', (name) => {
    const labels = loadLabels(join(PAGES, `${name}.expected.json`));
    const known = new Set(labels.knownFailures ?? []);

    it('matches the hand labels, apart from the documented known failures', async () => {
      const page = await parseFile(join(PAGES, `${name}.txt`));
      const misses = labelMismatches(page, labels);
      expect(misses.filter((m) => !known.has(m.key))).toEqual([]);
      // a known failure that no longer happens must come off the list
      expect([...known].filter((k) => !misses.some((m) => m.key === k))).toEqual([]);
    });

    it('explains where the paper and the date came from', async () => {
      const page = await parseFile(join(PAGES, `${name}.txt`));
      expect(page.assumed.some((a) => a.startsWith(`date ${labels.date}`))).toBe(true);
      expect(page.assumed.some((a) => a.startsWith(`publication ${labels.publication}`))).toBe(true);
    });
  });
});

describe('held-out pages in legacy encodings', () => {
  it('a GB18030 page reads exactly like its UTF-8 original', async () => {
    const gb = await parseFile(join(FORMATS, 'people-daily-p2-gb18030-20240306.txt'));
    const utf8 = await parseFile(join(PAGES, 'people-daily-p2-20240306.txt'));
    expect(gb.encoding).toBe('GB18030');
    expect(gb.stories).toEqual(utf8.stories);
    expect(gb.publication).toBe('人民日报');
  });

  it('a Big5 Taiwan page reads exactly like its UTF-8 original', async () => {
    const big5 = await parseFile(join(FORMATS, 'liberty-times-A6-big5.txt'));
    const utf8 = await parseFile(join(PAGES, 'liberty-times-A6.txt'));
    expect(big5.encoding).toBe('Big5');
    expect(big5.stories).toEqual(utf8.stories);
    expect(big5.date).toBe('2024-03-05');
  });
});
