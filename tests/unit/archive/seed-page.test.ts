import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseFile } from '../../../electron/core/archive/parse';
import { expectPageMatchesLabels, loadLabels } from './labels';

const FIXTURES = join(__dirname, '../../fixtures');

describe('seed page: Chongqing Daily 2023-02-24', async () => {
  const labels = loadLabels(join(FIXTURES, 'cq-daily-2023-02-24.expected.json'));
  const page = await parseFile(join(FIXTURES, 'cq-daily-2023-02-24.txt'));

  it('matches the hand labels story by story', () => {
    expectPageMatchesLabels(page, labels);
    expect(page.stories).toHaveLength(8);
  });

  it('says where the paper and date came from', () => {
    expect(page.format).toBe('txt');
    expect(page.encoding).toBe('UTF-8');
    expect(page.assumed).toContain('date 2023-02-24 from the file name "cq-daily-2023-02-24.txt"');
    expect(page.assumed.some((a) => a.startsWith('publication 重庆日报 from the file name'))).toBe(true);
  });

  it('drops the QR-code caption and the campaign logo, and reports both', () => {
    expect(page.dropped).toEqual(expect.arrayContaining(['第二届重庆市制造业十大影响力年度人物报名表', '扫一扫 就看到']));
    expect(page.stories.some((s) => s.body.includes('新时代新征程新重庆'))).toBe(false);
    expect(page.assumed.some((a) => a.includes('新时代新征程新重庆'))).toBe(true);
  });

  it('keeps crossheads inside their story instead of starting new ones', () => {
    const paras = page.stories[0]!.body.split('\n');
    for (const crosshead of [
      '高质量建设科创核心承载区，深入推进“一区一平台”建设',
      '实施基础研究发展行动，强化企业主导的产学研协同创新',
      '实施“双倍增”行动，力争科创板上市企业总数达到3家',
      '构建充分体现知识、技术等创新要素价值的收益分配机制',
      '力争今年技术合同成交额超750亿元',
    ]) {
      expect(paras).toContain(crosshead);
    }
  });

  it('types the column, the photo and the news stories', () => {
    expect(page.stories.map((s) => s.genre)).toEqual(['news', 'commentary', 'news', 'news', 'news', 'photo', 'news', 'news']);
    expect(page.stories.every((s) => s.language === 'zh')).toBe(true);
  });

  it('keeps a standalone byline line out of the body but the 本报讯 sentence in it', () => {
    expect(page.stories[1]!.body).not.toContain('□张燕');
    expect(page.stories[2]!.body.startsWith('本报讯（记者 王亚同）2月23日，')).toBe(true);
  });

  it('puts the commentary conclusion last and says so', () => {
    const paras = page.stories[1]!.body.split('\n');
    expect(paras).toHaveLength(4);
    expect(paras[2]!.startsWith('创新的江湖')).toBe(true);
    expect(page.assumed.some((a) => a.startsWith('moved the paragraph'))).toBe(true);
  });
});
