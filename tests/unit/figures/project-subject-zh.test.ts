/**
 * A project named at a clause's start as the subject of its figures (颍河大桥全长1.86公里) is searched for
 * with the punctuation that opens the clause instead of a lookbehind for it. The names found, and
 * where, must be those the lookbehind pattern finds.
 */
import { describe, expect, it } from 'vitest';
import { PROJECT_SUBJECT, PROJECT_SUBJECT_AT_START } from '../../../electron/core/figures/entity-rules-zh';
import { foldText } from '../../../electron/core/figures/fold';
import { corpusTexts } from '../../differential/corpus';
import { loadFixtures } from '../../eval/figures';

/** The lookbehind form, built from the same body, kept as the reference. */
const LOOKBEHIND = new RegExp(`(?<=^|[\\n，。；：！？])${PROJECT_SUBJECT_AT_START.source}`, 'g');

function names(m: RegExpMatchArray): string {
  return `${m.index! + m[0].length - m[1]!.length}:${m[1]}`;
}

function byLookbehind(text: string): string[] {
  return [...text.matchAll(LOOKBEHIND)].map(names);
}

function byPunctuation(text: string): string[] {
  PROJECT_SUBJECT_AT_START.lastIndex = 0;
  const first = PROJECT_SUBJECT_AT_START.exec(text);
  PROJECT_SUBJECT.lastIndex = first ? first[0].length : 0;
  const out = first ? [names(first)] : [];
  for (let m = PROJECT_SUBJECT.exec(text); m; m = PROJECT_SUBJECT.exec(text)) out.push(names(m));
  return out;
}

describe('projects as subjects', () => {
  it.each([
    ['at the very start', '颍河大桥全长1.86公里，双向六车道。', ['0:颍河大桥']],
    ['after a comma and after 其中', '今年开工12个项目，其中，某某产业园项目总投资35亿元；某某隧道全长3公里。', ['13:某某产业园项目', '28:某某隧道']],
    ['after a line break', '重点工程\n某某高速公路全线通车，某某水库设计库容1亿立方米', ['5:某某高速公路', '16:某某水库']],
    ['a name in mid-clause, run on from what is before', '市里的某某大桥全长2公里', ['0:市里的某某大桥']],
    ['a name after a full stop with no attribute', '某某大桥通车。某某隧道开工', []],
  ])('%s', (_name, text, expected) => {
    expect(byLookbehind(text)).toEqual(expected);
    expect(byPunctuation(text)).toEqual(expected);
  });

  it('finds the same projects in every Chinese fixture text', () => {
    const texts = [...corpusTexts().filter((t) => t.language === 'zh').map((t) => t.text), ...loadFixtures().filter((f) => f.language === 'zh').map((f) => f.text)].map(foldText);
    let found = 0;
    for (const text of texts) {
      const expected = byLookbehind(text);
      found += expected.length;
      expect(byPunctuation(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(0);
  });
});
