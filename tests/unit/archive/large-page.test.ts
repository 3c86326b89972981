/**
 * A page far longer than any story (a 47 MB text file became one story of 17 million
 * characters) is read window by window and cut at paragraph breaks, with a note saying so.
 */
import { describe, expect, it } from 'vitest';
import { parseBuffer } from '../../../electron/core/archive/parse';
import { blockWindows, MAX_STORY_CHARS, splitOversizedStories } from '../../../electron/core/archive/large-page';
import type { ParsedStory } from '../../../shared/domain/story';

const PARAGRAPH = '本报讯 2022年，全市地区生产总值达到29129.03亿元，比上年增长2.6%，规模以上工业增加值增长3.2%。';

function hugePage(chars: number): { text: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = `${PARAGRAPH}第${i}段。`;
    paragraphs.push(p);
    length += p.length + 1;
  }
  return { text: ['全市经济运行情况通报', '', ...paragraphs].join('\n'), paragraphs };
}

describe('a page longer than any story', () => {
  it('becomes paragraph-aligned stories of at most MAX_STORY_CHARS, in order, headlined with their part', async () => {
    const { text, paragraphs } = hugePage(MAX_STORY_CHARS * 2.5);
    const page = await parseBuffer(new TextEncoder().encode(text), 'huge.txt');
    expect(page.stories.length).toBe(3);
    for (const story of page.stories) expect(story.body.length).toBeLessThanOrEqual(MAX_STORY_CHARS);
    expect(page.stories.map((s) => s.headline)).toEqual([1, 2, 3].map((i) => `全市经济运行情况通报（第${i}部分，共3部分）`));
    // Nothing lost, nothing cut mid-paragraph, nothing reordered.
    expect(page.stories.flatMap((s) => s.body.split('\n'))).toEqual(paragraphs);
    expect(page.assumed.join('\n')).toMatch(/read in \d+ parts/);
    expect(page.assumed.join('\n')).toMatch(/split 「全市经济运行情况通报」 \([\d,]+ characters\) into 3 stories at paragraph breaks/);
  });

  it('leaves a page of ordinary size in one window', () => {
    const blocks = [{ text: 'a'.repeat(1000), blankBefore: 0 }];
    expect(blockWindows(blocks)).toEqual([blocks]);
  });

  it.each([
    ['zh', '重庆（第2部分，共2部分）'],
    ['en', 'Chongqing (part 2 of 2)'],
  ] as const)('names the parts of a %s story in its language', (language, second) => {
    const story: ParsedStory = {
      headline: language === 'zh' ? '重庆' : 'Chongqing',
      subhead: null,
      kicker: null,
      byline: null,
      dateline: null,
      datelineDate: null,
      body: ['x'.repeat(60), 'y'.repeat(60)].join('\n'),
      truncated: false,
      genre: 'news',
      language,
    };
    const parts = splitOversizedStories([story], [], 100);
    expect(parts.map((p) => p.headline)[1]).toBe(second);
    expect(parts.map((p) => p.truncated)).toEqual([false, true]);
  });
});
