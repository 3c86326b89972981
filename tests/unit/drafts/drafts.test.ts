import { afterEach, describe, expect, it } from 'vitest';
import { countText, staleCitations } from '../../../electron/core/drafts';
import { cite, doc, paragraph, text } from '../../../electron/core/drafts/build';
import type { CitationAttrs } from '../../../shared/domain/draft';
import { tempArchive } from '../helpers';
import { draftServiceCases } from './service-cases';

describe('countText', () => {
  it('counts CJK characters, English words and numbers, not punctuation', () => {
    expect(countText('重庆6项科技指标4项完成。')).toMatchObject({ cjk: 10, latinWords: 0, numbers: 2, words: 12 });
    expect(countText("Chongqing met 4 of 6 science targets, the bureau's report said.")).toMatchObject({ cjk: 0, latinWords: 9, numbers: 2, words: 11 });
    expect(countText('科技型企业超过4.8万家，COVID-19 影响 7,000 家')).toMatchObject({ cjk: 12, latinWords: 1, numbers: 2, words: 15 });
    expect(countText('a b')).toMatchObject({ characters: 2, charactersWithSpaces: 3 });
    expect(countText('')).toMatchObject({ words: 0, characters: 0 });
  });

  it('finds no English words in an all-Chinese draft full of figures', () => {
    const draft = '2023年3月31日，重庆市科技型企业达到42989家，比2022年末增长15.2%；2025年力争达到5万家。';
    expect(countText(draft)).toMatchObject({ latinWords: 0, numbers: 8 });
  });
});

describe('drafts (SQLite)', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  draftServiceCases(async () => {
    const a = tempArchive();
    cleanups.push(a.cleanup);
    return a.repos;
  });
});

describe('staleCitations', () => {
  const attrs = (over: Partial<CitationAttrs> = {}): CitationAttrs => ({
    storyId: 1,
    figureId: 10,
    label: '重庆日报 2023年2月24日',
    snapshot: { quote: '高新技术企业突破7000家', value: 7000, unit: '家' },
    ...over,
  });

  it('flags citations whose figure changed or went, once per citation', () => {
    const d = doc(
      paragraph('据报道，', cite('高新技术', attrs()), text('企业突破7000家', { type: 'citation', attrs: attrs() }, { type: 'bold' }), '。'),
      paragraph(cite('4.8万家', attrs({ figureId: 11, snapshot: { quote: '科技型企业超过4.8万家', value: 48000, unit: '家' } }))),
      paragraph(cite('一区一平台', attrs({ figureId: 12, snapshot: { quote: '一区一平台', value: null } }))),
      paragraph(cite('原话', attrs({ figureId: null, snapshot: { quote: '今年我市将加快促进科技' } }))),
    );
    const current: Record<number, { quote: string; value: number; unit: string } | undefined> = {
      10: { quote: '高新技术企业突破7500家', value: 7500, unit: '家' },
      11: { quote: '科技型企业超过4.8万家', value: 48000, unit: '家' },
    };
    const stale = staleCitations(d, (c) => (c.figureId != null ? (current[c.figureId] ?? null) : { quote: '今年我市将加快促进科技' }));
    expect(stale).toHaveLength(2);
    expect(stale[0]).toMatchObject({ reason: 'value_changed', text: '高新技术企业突破7000家', path: [0, 1], current: { value: 7500 } });
    expect(stale[1]).toMatchObject({ reason: 'missing', path: [2, 0], current: null });
  });
});
