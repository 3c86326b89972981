import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseFile } from '../../../electron/core/archive/parse';
import { expectPageMatchesLabels, loadLabels } from './labels';

const PAGES = join(__dirname, '../../fixtures/pages');

describe.each([
  ['cd-daily-2023-03-15', 'a Chengdu Daily style page'],
  ['northern-ledger-2023-03-02', 'an English regional newspaper page'],
  ['stats-gov-2023-03-15', 'a government statistics press release'],
])('%s (%s)', async (name) => {
  const labels = loadLabels(join(PAGES, `${name}.expected.json`));
  const page = await parseFile(join(PAGES, `${name}.txt`));

  it('matches the hand labels', () => {
    expectPageMatchesLabels(page, labels);
    expect(page.stories).toHaveLength(labels.stories.length);
  });

  it('explains where the paper and the date came from', () => {
    expect(page.assumed.some((a) => a.startsWith(`date ${labels.date}`))).toBe(true);
    expect(page.assumed.some((a) => a.startsWith(`publication ${labels.publication}`))).toBe(true);
  });
});

describe('English page details', async () => {
  const page = await parseFile(join(PAGES, 'northern-ledger-2023-03-02.txt'));
  it('reads languages per story', () => {
    expect(page.stories.every((s) => s.language === 'en')).toBe(true);
  });
  it('mends a word hyphenated across lines', () => {
    expect(page.stories[0]!.body).toContain('the committee would');
    expect(page.stories[0]!.body).not.toContain('com-');
  });
});
