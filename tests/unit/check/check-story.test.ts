import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStory, confirmMatch } from '../../../electron/core/check/check-story';
import { dice, matchKey, unitKey } from '../../../electron/core/metrics/match-key';
import { textKey } from '../../../electron/core/metrics/key';
import { statedInterval, statedStep } from '../../../electron/core/check/precision';
import { targetFromFigure, targetHistory } from '../../../electron/core/targets/register';
import type { Target } from '../../../shared/domain/target';
import { StoryCheck } from '../../../shared/domain/check';
import { tempArchive } from '../helpers';
import { addStory, type FigureSpec } from '../targets/factory';

const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/targets/cq-2023-targets.json'), 'utf8')) as {
  story: { date: string; headline: string };
  figures: FigureSpec[];
};

let archive: ReturnType<typeof tempArchive>;
let targets: Target[];
const by = (metric: string) => targets.find((t) => t.metric === metric)!;

beforeEach(() => {
  archive = tempArchive();
  const story = addStory(archive.repos, seed.story, seed.figures);
  targets = story.figures.map((f) => targetFromFigure(archive.repos, f.id, { today: '2023-02-24' }));
});
afterEach(() => archive.cleanup());

async function check(story: { date: string; headline: string; language?: 'zh' | 'en' }, specs: FigureSpec[], opts = {}) {
  const s = addStory(archive.repos, story, specs);
  return { ...s, result: await checkStory(archive.repos, s.storyId, opts) };
}

describe('matching keys', () => {
  it('folds traditional characters and 数量/总数 affixes onto one key: the indicator, where the lexicon knows it', async () => {
    expect(matchKey('科技型企业')).toBe('@sci-tech-enterprises');
    expect(matchKey('科技型企業')).toBe('@sci-tech-enterprises');
    expect(matchKey('科技型企业数量')).toBe('@sci-tech-enterprises');
    expect(matchKey('全市科技型企业总数')).toBe('@sci-tech-enterprises');
    expect(textKey('科技型企業数量')).toBe('科技型企业');
    expect(matchKey('Number of homes')).toBe('@housing-supply');
    expect(matchKey('Number of bus shelters')).toBe('bus shelter');
    expect(dice('科技型企业', '科技型中小企业')).toBeCloseTo(0.6);
    expect(dice('科技型企业', '高新技术企业')).toBeLessThan(0.3);
  });

  it('reads the rounding a quote implies', async () => {
    expect(statedStep('4.8万家', 48000)).toBe(1000);
    expect(statedStep('2.35%', 2.35)).toBeCloseTo(0.01);
    expect(statedStep('812.6亿元', 81_260_000_000)).toBe(10_000_000);
    expect(statedStep('8.126e10', 81_260_000_000)).toBe(10_000_000);
    expect(statedStep('三家', 3)).toBeNull();
    expect(statedInterval({ value: 48000, valueMax: null, qualifier: 'eq', quote: '4.8万家' }, 0.05)).toMatchObject({ low: expect.closeTo(47500), high: expect.closeTo(48500) });
  });
});

describe('checkStory against targets', () => {
  it('meets: 全市高新技术企业达到7565家, with both sources', async () => {
    const { result, figures } = await check({ date: '2024-01-18', headline: '重庆高新技术企业达到7565家' }, [
      { quote: '达到7565家', value: 7565, qualifier: 'gte', metric: '全市高新技术企业', year: 2023 },
    ]);
    expect(result[0]!.figure.id).toBe(figures[0]!.id);
    const v = result[0]!.verdicts[0]!;
    expect(v).toMatchObject({ against: 'target', id: by('高新技术企业').id, verdict: 'meets', score: 1, suggestion: false, attached: false });
    expect(v.explanation).toMatchObject({ code: 'exceeds', actual: 7565, target: 7000, diff: 565, pct: 8.07, comparator: 'gt' });
    expect(v.explanation.zh).toBe('7565 > 7000：已完成，超出8.1%');
    expect(v.source).toEqual({ storyId: by('高新技术企业').sourceStoryId, headline: seed.story.headline, date: '2023-02-24', quote: '突破7000家' });
    // Checking does not change the register unless asked to.
    expect(archive.repos.targets.get(by('高新技术企业').id)!.status).toBe('not_due');
  });

  it('misses, and attaches high-score evidence only when asked', async () => {
    // 2.05% is short of 2.35%左右 by more than the 10% an approximate target allows (2.115%).
    const { result } = await check({ date: '2024-02-02', headline: '研发投入强度2.05%' }, [
      { quote: '2.05%', value: 2.05, unit: '%', metric: '研发经费投入强度', year: 2023 },
    ], { attach: true });
    const v = result[0]!.verdicts.find((x) => x.against === 'target')!;
    expect(v).toMatchObject({ verdict: 'misses', attached: true, settled: { decision: 'attached' } });
    const t = archive.repos.targets.get(by('研发经费投入强度').id)!;
    expect(t.status).toBe('missed');
    expect(targetHistory(archive.repos, t.id).at(-1)).toMatchObject({ cause: 'evidence', toStatus: 'missed' });
  });

  it('a projection is on_track, not met: 预计全年技术合同成交额有望突破800亿元', async () => {
    const { result } = await check({ date: '2023-11-20', headline: '技术市场活跃' }, [
      { quote: '有望突破800亿元', value: 80_000_000_000, unit: '元', currency: 'CNY', qualifier: 'gt', kind: 'projection', metric: '技术合同成交额', year: 2023 },
    ]);
    expect(result[0]!.verdicts[0]).toMatchObject({ verdict: 'on_track', explanation: { code: 'projection_exceeds' } });
  });

  it('another unit scale: 812.6亿元 and 8.126e10 against 750亿', async () => {
    const { result } = await check({ date: '2024-01-25', headline: '技术合同成交额' }, [
      { quote: '达到812.6亿元', value: 81_260_000_000, unit: '元', currency: 'CNY', qualifier: 'gte', metric: '技术合同成交额', year: 2023 },
    ]);
    expect(result[0]!.verdicts[0]).toMatchObject({ verdict: 'meets', explanation: { actual: 81_260_000_000, target: 75_000_000_000, pct: 8.35 } });
    const sci = (await check({ date: '2024-01-26', headline: 'data release' }, [
      { quote: '8.126e10', value: 8.126e10, unit: '元', currency: 'CNY', metric: '技术合同成交额', year: 2023 },
    ])).result[0]!.verdicts;
    expect(sci.find((v) => v.against === 'target')).toMatchObject({ verdict: 'meets' });
    expect(sci.find((v) => v.against === 'figure')).toMatchObject({ verdict: 'consistent', explanation: { code: 'rounding_consistent' } });
  });

  it('traditional characters: 科技型企業 meets 科技型企业', async () => {
    const { result } = await check({ date: '2024-01-30', headline: '科技型企業達4.82萬家' }, [
      { quote: '4.82萬家', value: 48200, metric: '科技型企業', year: 2023 },
    ]);
    expect(result[0]!.verdicts[0]).toMatchObject({ against: 'target', id: by('科技型企业').id, verdict: 'meets', score: 1 });
  });

  it('a later target with another value reads as revised; the same value as a restatement', async () => {
    const { result } = await check({ date: '2023-06-10', headline: '上调' }, [
      { quote: '2.4%', value: 2.4, unit: '%', kind: 'target', metric: '研发经费投入强度', year: 2023 },
      { quote: '突破7000家', value: 7000, qualifier: 'gt', kind: 'target', metric: '高新技术企业', year: 2023 },
    ]);
    expect(result[0]!.verdicts[0]).toMatchObject({ against: 'target', verdict: 'revised', explanation: { code: 'revised', actual: 2.4, target: 2.35 } });
    expect(result[1]!.verdicts[0]).toMatchObject({ against: 'target', verdict: 'consistent', explanation: { code: 'restated' } });
  });

  it('unmatched when nothing stored speaks to the figure', async () => {
    const { result } = await check({ date: '2024-01-30', headline: '水警' }, [{ quote: '120名', value: 120, unit: '人', metric: '参训民警', year: 2023 }]);
    expect(result[0]!.verdicts).toEqual([
      expect.objectContaining({ against: 'none', verdict: 'unmatched', id: null, score: 0, explanation: expect.objectContaining({ code: 'unmatched' }) }),
    ]);
  });
});

describe('checkStory against earlier reporting', () => {
  it('consistent allowing for the rounding the wording implies', async () => {
    await check({ date: '2024-01-10', headline: '科技型企业4.8万家' }, [{ quote: '4.8万家', value: 48000, metric: '科技型企业数', entity: '重庆', year: 2023 }]);
    const { result } = await check({ date: '2024-02-10', headline: '年报' }, [{ quote: '48,213家', value: 48213, metric: '科技型企业', year: 2023 }]);
    const v = result[0]!.verdicts.find((x) => x.against === 'figure')!;
    expect(v).toMatchObject({ verdict: 'consistent', explanation: { code: 'rounding_consistent', otherLow: expect.closeTo(47500), otherHigh: expect.closeTo(48500) } });
    expect(v.explanation.zh).toBe('48213与此前的“4.8万家”一致：按所述精度，前者为48213，后者为47500–48499');
    expect(v.explanation.basis?.zh).toBe('指标：科技型企业；此前报道：重庆，2023；数字：重庆市，2023；规则：按所述精度比较：区间重叠即一致');
    expect(v.source).toMatchObject({ headline: '科技型企业4.8万家', date: '2024-01-10', quote: '4.8万家' });
  });

  it('2.35% and 2.4% agree at the stated precision; 2.35% and 2.5% conflict', async () => {
    await check({ date: '2024-03-01', headline: '统计公报' }, [{ quote: '2.35%', value: 2.35, unit: '%', metric: '研发经费投入强度', year: 2022 }]);
    const ok = await check({ date: '2024-03-05', headline: '解读' }, [{ quote: '2.4%', value: 2.4, unit: '%', metric: '研发经费投入强度', year: 2022 }]);
    expect(ok.result[0]!.verdicts.find((x) => x.against === 'figure')).toMatchObject({ verdict: 'consistent' });
    const bad = await check({ date: '2024-03-06', headline: '另一篇' }, [{ quote: '2.5%', value: 2.5, unit: '%', metric: '研发经费投入强度', year: 2022 }]);
    const conflicts = bad.result[0]!.verdicts.filter((x) => x.against === 'figure').map((x) => x.verdict);
    expect(conflicts).toEqual(['conflict', 'conflict']);
  });

  it('超过4.8万 against 48,213 is consistent; % never meets 个百分点', async () => {
    await check({ date: '2024-01-10', headline: 'a' }, [
      { quote: '超过4.8万家', value: 48000, qualifier: 'gt', metric: '科技型企业', year: 2023 },
      { quote: '提高0.1个百分点', value: 0.1, unit: '个百分点', change: 'increase', metric: '研发经费投入强度', year: 2023 },
    ]);
    const { result } = await check({ date: '2024-02-10', headline: 'b' }, [
      { quote: '48213家', value: 48213, metric: '科技型企业', year: 2023 },
      { quote: '增长0.1%', value: 0.1, unit: '%', change: 'increase', metric: '研发经费投入强度', year: 2023 },
    ]);
    expect(result[0]!.verdicts.find((x) => x.against === 'figure')).toMatchObject({ verdict: 'consistent' });
    expect(result[1]!.verdicts.some((x) => x.against === 'figure')).toBe(false);
    // The open upper side of 超过 crosses the contract (to the page, to the CLI) without an infinite bound.
    expect(StoryCheck.safeParse(result).success).toBe(true);
  });
});

describe('internal arithmetic', () => {
  it('a growth rate against the two levels it links', async () => {
    const { result } = await check({ date: '2024-01-20', headline: '产值' }, [
      { quote: '120亿元', value: 12_000_000_000, unit: '元', currency: 'CNY', metric: '智能传感器产业产值', year: 2023 },
      { quote: '同比增长20%', value: 20, unit: '%', change: 'increase', metric: '智能传感器产业产值', year: 2023 },
      { quote: '100亿元', value: 10_000_000_000, unit: '元', currency: 'CNY', metric: '智能传感器产业产值', year: 2022 },
    ]);
    const v = result[1]!.verdicts.find((x) => x.against === 'internal')!;
    expect(v).toMatchObject({ verdict: 'consistent', explanation: { code: 'growth_consistent', stated: 20, implied: 20 } });
    expect(v.explanation.zh).toBe('(120亿 − 100亿) ÷ 100亿 = 20%，与所述20%一致');
    expect(v.relatedFigureIds).toHaveLength(2);

    const wrong = await check({ date: '2024-01-21', headline: '产值2' }, [
      { quote: '120亿元', value: 12_000_000_000, unit: '元', currency: 'CNY', metric: '软件业营收', year: 2023 },
      { quote: '增长25%', value: 25, unit: '%', change: 'increase', metric: '软件业营收增速', year: 2023 },
      { quote: '100亿元', value: 10_000_000_000, unit: '元', currency: 'CNY', metric: '软件业营收', year: 2022 },
    ]);
    expect(wrong.result[1]!.verdicts.find((x) => x.against === 'internal')).toMatchObject({ verdict: 'conflict', explanation: { code: 'growth_conflict' } });
  });

  it('a 个百分点 change against two percentages, and a share against its parts', async () => {
    const { result } = await check({ date: '2024-03-01', headline: '公报' }, [
      { quote: '2.45%', value: 2.45, unit: '%', metric: 'R&D投入强度', year: 2023 },
      { quote: '提高0.1个百分点', value: 0.1, unit: '个百分点', change: 'increase', metric: 'R&D投入强度', year: 2023 },
      { quote: '2.35%', value: 2.35, unit: '%', metric: 'R&D投入强度', year: 2022 },
      { quote: '4.8万家', value: 48000, metric: '规上企业', year: 2023 },
      { quote: '7565家', value: 7565, metric: '高企', year: 2023 },
      { quote: '15.8%', value: 15.8, unit: '%', metric: '高企占规上企业比重', year: 2023 },
    ]);
    expect(result[1]!.verdicts.find((x) => x.against === 'internal')).toMatchObject({ verdict: 'consistent', explanation: { code: 'points_consistent' } });
    expect(result[5]!.verdicts.find((x) => x.against === 'internal')).toMatchObject({ verdict: 'consistent', explanation: { code: 'share_consistent' } });
  });
});

describe('suggestions and confirmMatch', () => {
  it('a figure held to its own indicator’s target is not also offered a neighbouring indicator’s target', async () => {
    const { result } = await check({ date: '2024-01-20', headline: '重庆科技型企业数量创新高' }, [
      { quote: '达到4.28万家', value: 42800, qualifier: 'eq', metric: '科技型企业', year: 2023 },
      { quote: '达到6348家', value: 6348, qualifier: 'eq', metric: '高新技术企业', year: 2023 },
    ]);
    const onTargets = result.map((c) => c.verdicts.filter((v) => v.against === 'target').map((v) => ({ id: v.id, verdict: v.verdict, suggestion: v.suggestion })));
    expect(onTargets).toEqual([
      [{ id: by('科技型企业').id, verdict: 'misses', suggestion: false }],
      [{ id: by('高新技术企业').id, verdict: 'misses', suggestion: false }],
    ]);
  });


  it('a near key is a suggestion; accepting teaches the alias and attaches evidence; rejecting is remembered', async () => {
    const { repos } = archive;
    repos.author.set('李华');
    const first = await check({ date: '2024-01-20', headline: '科技型中小企业' }, [{ quote: '5.1万家', value: 51000, metric: '科技型中小企业', year: 2023 }]);
    const suggested = first.result[0]!.verdicts.find((v) => v.against === 'target')!;
    expect(suggested).toMatchObject({ id: by('科技型企业').id, suggestion: true });
    expect(suggested.score).toBeLessThan(0.75);

    confirmMatch(repos, { figureId: first.figures[0]!.id, targetId: by('科技型企业').id, accept: false });
    // Rejected stays rejected, and says so: listed last, settled by whom and when, never offered again.
    const rechecked = (await checkStory(repos, first.storyId))[0]!.verdicts;
    expect(rechecked.filter((v) => v.against === 'target')).toMatchObject([
      { id: by('科技型企业').id, suggestion: false, attached: false, settled: { decision: 'rejected', author: '李华', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } },
    ]);
    expect(rechecked.at(-1)!.settled?.decision).toBe('rejected');
    expect(rechecked[0]!.verdict).toBe('unmatched');

    // The lexicon knows 'homes' and 'net additional dwellings' as one indicator: no teaching needed.
    const uk = addStory(repos, { date: '2024-07-30', headline: 'plan', language: 'en' }, [
      { quote: '1.5 million homes', value: 1_500_000, unit: 'homes', kind: 'target', metric: 'homes', entity: 'England', cues: ['will build'], period: { from: '2024-01-01', to: '2029-12-31', label: 'by 2029' } },
    ]);
    const homes = targetFromFigure(repos, uk.figures[0]!.id, { today: '2024-07-30' });
    const stats = await check({ date: '2025-03-01', headline: 'Housing supply', language: 'en' }, [
      { quote: '234,400 net additional dwellings', value: 234_400, unit: 'dwellings', metric: 'net additional dwellings', entity: 'England', period: { from: '2024-01-01', to: '2024-12-31', label: '2024' } },
    ]);
    expect(stats.result[0]!.verdicts[0]).toMatchObject({ against: 'target', id: homes.id, score: 0.95, suggestion: false, verdict: 'too_early', explanation: { code: 'behind_pace' } });

    // Names the lexicon does not hold are taught by the editor's confirmation.
    const plan = addStory(repos, { date: '2024-07-30', headline: 'parks plan', language: 'en' }, [
      { quote: '40 new playgrounds', value: 40, unit: 'playgrounds', kind: 'target', metric: 'new playgrounds', entity: 'Leeds', cues: ['will build'], period: { from: '2024-01-01', to: '2027-12-31', label: 'by 2027' } },
    ]);
    const parks = targetFromFigure(repos, plan.figures[0]!.id, { today: '2024-07-30' });
    const built = await check({ date: '2025-03-01', headline: 'Parks report', language: 'en' }, [
      { quote: '6 playgrounds', value: 6, unit: 'playgrounds', metric: 'play sites refurbished', entity: 'Leeds', period: { from: '2024-01-01', to: '2024-12-31', label: '2024' } },
    ]);
    expect(built.result[0]!.verdicts.map((v) => v.verdict)).toEqual(['unmatched']);
    const answer = confirmMatch(repos, { figureId: built.figures[0]!.id, targetId: parks.id, accept: true }, { today: '2025-03-01' });
    expect(answer.aliasLearned).toEqual({ aliasKey: 'play site refurbished', canonicalKey: 'new playground' });
    expect(answer.target).toMatchObject({ status: 'not_due', explanation: { code: 'behind_pace' } });
    expect(repos.targets.links(parks.id)).toMatchObject([{ figureId: built.figures[0]!.id, confirmedBy: 'editor' }]);
    expect(repos.figures.get(built.figures[0]!.id)!.review).toBe('confirmed');
    // Checking the story again shows the match as settled, not as a new one to confirm.
    const again = (await checkStory(repos, built.figures[0]!.storyId)).find((c) => c.figure.id === built.figures[0]!.id)!;
    expect(again.verdicts.find((v) => v.against === 'target' && v.id === parks.id)).toMatchObject({
      attached: true,
      suggestion: false,
      settled: { decision: 'confirmed', author: '李华', at: repos.targets.links(parks.id)[0]!.createdAt },
    });

    // The alias now matches the next release at full alias score.
    const next = await check({ date: '2026-03-01', headline: 'Parks report 2025', language: 'en' }, [
      { quote: '9 playgrounds', value: 9, unit: 'playgrounds', metric: 'Play sites refurbished', entity: 'Leeds', period: { from: '2025-01-01', to: '2025-12-31', label: '2025' } },
    ]);
    expect(next.result[0]!.verdicts[0]).toMatchObject({ against: 'target', id: parks.id, score: 0.92, suggestion: false, verdict: 'too_early' });
  });
});

describe('a not-comparable match the editor settled', () => {
  it('stays confirmed when the story is checked again, with who and when', async () => {
    const { repos } = archive;
    repos.author.set('李华');
    const first = await check({ date: '2024-01-18', headline: '渝中区高新技术企业' }, [{ quote: '达到700家', value: 700, metric: '高新技术企业', entity: '渝中区', year: 2023 }]);
    const target = by('高新技术企业');
    expect(first.result[0]!.verdicts.find((v) => v.id === target.id)).toMatchObject({ verdict: 'not_comparable', settled: null });
    confirmMatch(repos, { figureId: first.figures[0]!.id, targetId: target.id, accept: true }, { today: '2024-01-18' });
    const again = (await checkStory(repos, first.storyId))[0]!.verdicts.find((v) => v.id === target.id)!;
    expect(again).toMatchObject({ verdict: 'not_comparable', attached: true, settled: { decision: 'confirmed', author: '李华' } });
  });

  it('stays rejected when the story is checked again, with who turned it down', async () => {
    const { repos } = archive;
    repos.author.set('王芳');
    const first = await check({ date: '2024-01-18', headline: '渝中区高新技术企业' }, [{ quote: '达到700家', value: 700, metric: '高新技术企业', entity: '渝中区', year: 2023 }]);
    const target = by('高新技术企业');
    confirmMatch(repos, { figureId: first.figures[0]!.id, targetId: target.id, accept: false });
    repos.author.set('李华');
    const again = (await checkStory(repos, first.storyId))[0]!.verdicts.find((v) => v.id === target.id)!;
    expect(again).toMatchObject({ verdict: 'not_comparable', attached: false, settled: { decision: 'rejected', author: '王芳' } });
  });
});

describe('what a verdict was based on, and candidates not compared', () => {
  it('names the indicator, both entities and periods, and the rule', async () => {
    const { result } = await check({ date: '2024-01-18', headline: '重庆高新技术企业达到7565家' }, [
      { quote: '达到7565家', value: 7565, qualifier: 'gte', metric: '全市高新技术企业', year: 2023 },
    ]);
    const basis = result[0]!.verdicts[0]!.explanation.basis!;
    expect(basis.zh).toBe('指标：高新技术企业；目标：重庆市，2023；数字：重庆市，2023；规则：下限目标：达到或超过即完成，期末数据');
    expect(basis.en).toMatch(/^Indicator: high-tech enterprises; target: 重庆市, 2023; figure: 重庆市, 2023; rule: floor: met at or above, final reading$/);
  });

  it('lists a reading of another year with the reason, not a verdict', async () => {
    const { result } = await check({ date: '2023-01-18', headline: '2022年高新技术企业6348家' }, [
      { quote: '6348家', value: 6348, metric: '高新技术企业', year: 2022 },
    ]);
    const v = result[0]!.verdicts.find((x) => x.against === 'target')!;
    expect(v).toMatchObject({ id: by('高新技术企业').id, verdict: 'not_comparable', explanation: { code: 'different_period' }, attached: false });
    expect(v.explanation.zh).toContain('2022-01-01至2022-12-31');
  });

  it('does not hold a city against its province, and says so', async () => {
    const province = addStory(archive.repos, { date: '2024-01-23', headline: '广东政府工作报告' }, [
      { quote: '增长5%', value: 5, unit: '%', change: 'increase', kind: 'target', metric: '地区生产总值增速', entity: '广东省', year: 2024 },
    ]);
    const target = targetFromFigure(archive.repos, province.figures[0]!.id, { today: '2024-01-23' });
    const { result } = await check({ date: '2025-01-20', headline: '深圳去年经济增长5.8%' }, [
      { quote: '增长5.8%', value: 5.8, unit: '%', change: 'increase', metric: '地区生产总值增速', entity: '深圳市', year: 2024 },
    ]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict: 'not_comparable', explanation: { code: 'part_of_whole' } });
    expect(v.explanation.en).toContain('深圳市');
  });
});

describe('a pledge of the government, carried out by one of its bodies', () => {
  it('holds the police force\'s count against the government\'s pledge, and another company\'s count not at all', async () => {
    const pledge = addStory(archive.repos, { date: '2025-02-26', headline: 'Government promises 500 extra officers', language: 'en' }, [
      { quote: '500 extra officers', value: 500, unit: 'officers', change: 'increase', kind: 'target', metric: 'extra officers', entity: 'Government', period: { from: '2025-02-26', to: '2027-02-26', label: 'within two years' } },
    ]);
    const target = targetFromFigure(archive.repos, pledge.figures[0]!.id, { today: '2025-02-26' });
    const { result } = await check({ date: '2026-07-01', headline: 'Police add 23 extra officers', language: 'en' }, [
      { quote: '23 extra officers', value: 23, unit: 'officers', change: 'increase', metric: 'extra officers', entity: 'NZ Police', period: { from: '2026-06-01', to: '2026-06-30', label: 'June' } },
    ]);
    expect(result[0]!.verdicts.some((v) => v.against === 'target' && v.id === target.id)).toBe(true);
    const other = (await check({ date: '2026-07-01', headline: 'Acme adds 23 extra officers', language: 'en' }, [
      { quote: '23 extra officers', value: 23, unit: 'officers', change: 'increase', metric: 'extra officers', entity: 'Acme Security', period: { from: '2026-06-01', to: '2026-06-30', label: 'June' } },
    ])).result;
    expect(other[0]?.verdicts.some((v) => v.against === 'target' && v.id === target.id && v.verdict !== 'not_comparable') ?? false).toBe(false);
  });
});

describe('count units of one family', () => {
  it.each([
    ['electric vehicle charging stations', 'chargers'],
    ['new well-located homes', 'dwellings'],
    ['police', 'officers'],
  ])('%s and %s count the same thing', (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it('keeps other counts apart', async () => {
    expect(unitKey('homes')).not.toBe(unitKey('jobs'));
  });
});

describe('relative targets', () => {
  function halve() {
    const pledge = addStory(archive.repos, { date: '2023-01-05', headline: 'Five pledges', language: 'en' }, [
      { quote: 'halve', value: 0.5, unit: 'ratio', change: 'decrease', kind: 'target', metric: 'inflation', entity: 'UK', cues: ['pledged'], period: { from: '2023-01-01', to: '2023-12-31', label: 'this year' } },
    ]);
    return targetFromFigure(archive.repos, pledge.figures[0]!.id, { today: '2023-01-05' });
  }

  it('resolves "halve inflation" from the last reading before the pledge and holds a forecast against it', async () => {
    const target = halve();
    await check({ date: '2023-01-18', headline: 'Inflation eases', language: 'en' }, [
      { quote: '10.7%', value: 10.7, unit: '%', metric: 'inflation', entity: 'UK', period: { from: '2022-10-01', to: '2022-12-31', label: 'the final quarter of 2022' } },
    ]);
    const { result } = await check({ date: '2023-08-03', headline: 'Bank forecast', language: 'en' }, [
      { quote: '4.9%', value: 4.9, unit: '%', kind: 'projection', metric: 'inflation', entity: 'UK', period: { from: '2023-10-01', to: '2023-12-31', label: 'the final quarter' } },
    ]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict: 'on_track' });
    expect(v.explanation.en).toContain('"halve" from 10.7% in the final quarter of 2022, so 5.35%');
  });

  it.each([
    ['fell by 36%', 36, 'misses'],
    ['fell by 60%', 60, 'meets'],
  ])('holds "halve" against a change in percent as the fall of 50% it asks for: %s', async (quote, value, verdict) => {
    const target = halve();
    const { result } = await check({ date: '2024-01-18', headline: 'Inflation review', language: 'en' }, [
      { quote, value, unit: '%', change: 'decrease', metric: 'inflation', entity: 'UK', period: { from: '2023-01-01', to: '2023-12-31', label: '2023' } },
    ]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict });
  });

  it('resolves "reduce by 75%" from the level before it began when a later level is checked', async () => {
    const pledge = addStory(archive.repos, { date: '2024-03-01', headline: 'Housing targets', language: 'en' }, [
      { quote: 'by 75%', value: 75, unit: '%', change: 'decrease', kind: 'target', metric: 'households in emergency housing', entity: 'New Zealand', cues: ['aimed'], period: { from: '2024-01-01', to: '2030-12-31', label: 'by 2030' } },
    ]);
    const target = targetFromFigure(archive.repos, pledge.figures[0]!.id, { today: '2024-03-01' });
    await check({ date: '2024-01-20', headline: 'Motels', language: 'en' }, [
      { quote: '3141 households', value: 3141, unit: 'households', metric: 'households in emergency housing', entity: 'New Zealand', period: { from: '2023-12-01', to: '2023-12-31', label: 'December 2023' } },
    ]);
    const { result } = await check({ date: '2025-01-24', headline: 'Target reached', language: 'en' }, [
      { quote: '591 households', value: 591, unit: 'households', metric: 'households in emergency housing', entity: 'New Zealand', period: { from: '2024-12-01', to: '2024-12-31', label: 'December 2024' } },
    ]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict: 'meets' });
    expect(v.explanation.en).toContain('"by 75%" from 3,141 in December 2023, so 785.25');
  });

  it('does not read a year\'s growth rate target against a level', async () => {
    const goal = addStory(archive.repos, { date: '2023-01-20', headline: '政府工作报告' }, [
      { quote: '增长5.5%以上', value: 5.5, unit: '%', change: 'increase', qualifier: 'gte', kind: 'target', metric: '地区生产总值增速', entity: '上海市', cues: ['预期目标'], year: 2023 },
    ]);
    const target = targetFromFigure(archive.repos, goal.figures[0]!.id, { today: '2023-01-20' });
    const { result } = await check({ date: '2024-01-20', headline: '2023年经济' }, [{ quote: '达到4.72万亿元', value: 47200, unit: '亿元', metric: '地区生产总值', entity: '上海市', year: 2023 }]);
    expect(result[0]!.verdicts.some((v) => v.id === target.id && v.against === 'target' && v.verdict !== 'not_comparable')).toBe(false);
  });

  it('reads a goal of revenue growth against the revenue level, from the year before', async () => {
    const goal = addStory(archive.repos, { date: '2021-01-20', headline: '政府工作报告' }, [
      { quote: '增长6%左右', value: 6, unit: '%', change: 'increase', qualifier: 'approx', kind: 'target', metric: '一般公共预算收入', entity: '昆山市', cues: ['计划'], year: 2021 },
    ]);
    const target = targetFromFigure(archive.repos, goal.figures[0]!.id, { today: '2021-01-20' });
    await check({ date: '2021-01-25', headline: '2020年回顾' }, [{ quote: '440.5亿元', value: 440.5e8, unit: '元', currency: 'CNY', metric: '一般公共预算收入', entity: '昆山市', year: 2020 }]);
    const { result } = await check({ date: '2022-01-20', headline: '2021年回顾' }, [{ quote: '466.9亿元', value: 466.9e8, unit: '元', currency: 'CNY', metric: '一般公共预算收入', entity: '昆山市', year: 2021 }]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict: 'meets' });
    expect(v.explanation.en).toContain('from ');
  });

  it('asks for a baseline when the archive has none', async () => {
    const target = halve();
    const { result } = await check({ date: '2023-06-21', headline: 'CPI', language: 'en' }, [
      { quote: '8.7%', value: 8.7, unit: '%', metric: 'inflation', entity: 'UK', period: { from: '2023-05-01', to: '2023-05-31', label: 'May' } },
    ]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict: 'too_early', explanation: { code: 'needs_baseline' } });
  });
});

describe('indicators are not near each other', () => {
  it('holds high-tech firms and science-based firms only against their own targets; the other is at most a suggestion', async () => {
    const { result } = await check({ date: '2024-01-20', headline: '重庆高新技术企业数量创新高' }, [
      { quote: '达到7565家', value: 7565, qualifier: 'gte', metric: '高新技术企业', year: 2023 },
      { quote: '达到5.1万家', value: 51000, qualifier: 'gte', metric: '科技型企业', year: 2023 },
    ]);
    const against = (i: number) => result[i]!.verdicts.filter((v) => v.against === 'target' && !v.suggestion).map((v) => v.id);
    expect(against(0)).toEqual([by('高新技术企业').id]);
    expect(against(1)).toEqual([by('科技型企业').id]);
  });
});

describe('earlier reporting of a neighbouring indicator', () => {
  it('is not compared: 科技型企业 5.1万家 is not held against an earlier 高新技术企业 突破8000家', async () => {
    const earlier = addStory(archive.repos, { date: '2023-03-01', headline: '高新技术企业' }, [
      { quote: '突破8000家', value: 8000, qualifier: 'gt', kind: 'target', metric: '高新技术企业', cues: ['力争'], year: 2023 },
    ]);
    const { result } = await check({ date: '2024-01-20', headline: '科技型企业' }, [{ quote: '达到5.1万家', value: 51000, qualifier: 'gte', metric: '科技型企业', year: 2023 }]);
    expect(result[0]!.verdicts.filter((v) => v.against === 'figure').map((v) => v.id)).not.toContain(earlier.figures[0]!.id);
  });
});

describe('a neighbouring indicator is another definition', () => {
  const year2024 = { from: '2024-01-01', to: '2024-12-31', label: '2024' };
  it.each([
    ['core inflation against headline inflation', { quote: '2.5–3.5%', value: 2.5, valueMax: 3.5, unit: '%', metric: 'core inflation', entity: 'Singapore' }, { quote: '2.4 per cent', value: 2.4, unit: '%', metric: 'inflation', entity: 'Singapore' }, 'en'],
    ['all industry against industry above scale', { quote: '增长6.5%', value: 6.5, unit: '%', change: 'increase', metric: '规模以上工业增加值增速', entity: '西安市' }, { quote: '增长6.1%', value: 6.1, unit: '%', change: 'increase', metric: '工业增加值增速', entity: '西安市' }, 'zh'],
  ] as const)('%s is listed as not comparable, for the editor to confirm, never judged', async (_, goal, reading, language) => {
    const s = addStory(archive.repos, { date: '2024-01-10', headline: 'plan', language }, [{ ...goal, kind: 'target', cues: ['target'], period: year2024 }]);
    const target = targetFromFigure(archive.repos, s.figures[0]!.id, { today: '2024-01-10' });
    const { result } = await check({ date: '2025-01-20', headline: 'outturn', language }, [{ ...reading, period: year2024 }]);
    const v = result[0]!.verdicts.find((x) => x.id === target.id)!;
    expect(v).toMatchObject({ verdict: 'not_comparable', suggestion: true, explanation: { code: 'different_indicator' } });
    expect(v.explanation.en).toMatch(/defined differently/);
  });
});

describe('nearest targets for a figure named another way', () => {
  const plan = { from: '2021-01-01', to: '2025-12-31', label: '到2025年' };
  function railTarget() {
    const s = addStory(archive.repos, { date: '2021-03-12', headline: '十四五规划' }, [
      { quote: '5万公里', value: 50000, unit: '公里', kind: 'target', metric: '高速铁路营业里程', entity: '中国', cues: ['到'], period: plan },
    ]);
    return targetFromFigure(archive.repos, s.figures[0]!.id, { today: '2021-03-12' });
  }

  it('offers 「高速铁路营业里程5万公里」 to 「高铁4.8万公里」 as a suggestion with its verdict, never attached unasked', async () => {
    const rail = railTarget();
    const { result } = await check({ date: '2025-01-02', headline: '铁路' }, [
      { quote: '4.8万公里', value: 48000, unit: '公里', metric: '高铁', entity: '中国', year: 2024 },
    ], { attach: true });
    const v = result[0]!.verdicts.find((x) => x.against === 'target')!;
    expect(v).toMatchObject({ id: rail.id, verdict: 'too_early', suggestion: true, attached: false });
    expect(v.score).toBeLessThan(0.75);
    expect(v.explanation.zh).toMatch(/^最接近的目标（“高铁”与“高速铁路营业里程”名称不同/);
    expect(v.explanation.en).toMatch(/^Nearest target/);
    expect(archive.repos.targets.links(rail.id)).toEqual([]);
  });

  it('offers nothing of another unit, another place or another order of size', async () => {
    railTarget();
    const { result } = await check({ date: '2025-01-02', headline: '交通' }, [
      { quote: '4.8万辆', value: 48000, unit: '辆', metric: '高铁', entity: '中国', year: 2024 },
      { quote: '4.8万公里', value: 48000, unit: '公里', metric: '高铁', entity: '日本', year: 2024 },
      { quote: '1.2万公里', value: 12000, unit: '公里', metric: '高速铁路', entity: '中国', year: 2024 },
    ]);
    for (const c of result) expect(c.verdicts.map((v) => v.verdict)).toEqual(['unmatched']);
  });

  it('once the editor confirms the candidate, the next check holds it by name', async () => {
    const rail = railTarget();
    const first = await check({ date: '2025-01-02', headline: '铁路' }, [{ quote: '4.8万公里', value: 48000, unit: '公里', metric: '高铁', entity: '中国', year: 2024 }]);
    confirmMatch(archive.repos, { figureId: first.figures[0]!.id, targetId: rail.id, accept: true }, { today: '2025-01-02' });
    const later = await check({ date: '2026-01-05', headline: '铁路' }, [{ quote: '5.04万公里', value: 50400, unit: '公里', metric: '高铁', entity: '中国', year: 2025 }]);
    const v = later.result[0]!.verdicts.find((x) => x.against === 'target')!;
    expect(v).toMatchObject({ id: rail.id, verdict: 'meets', suggestion: false });
    expect(v.explanation.zh).not.toMatch(/最接近/);
  });
});

describe('which earlier reports a figure is held against', () => {
  const reading = (quote: string, value: number, year?: number): FigureSpec => ({ quote, value, metric: '科技型企业', ...(year === undefined ? {} : { year }) });
  const earlierSources = (result: Awaited<ReturnType<typeof check>>['result']) =>
    result[0]!.verdicts.filter((v) => v.against === 'figure').map((v) => v.source!.headline);

  it('only reports dated up to its story (or undated), whatever order they were imported in', async () => {
    addStory(archive.repos, { date: '2024-01-10', headline: '一月' }, [reading('4.8万家', 48000, 2023)]);
    addStory(archive.repos, { date: '2024-06-10', headline: '六月' }, [reading('4.9万家', 49000, 2023)]);
    addStory(archive.repos, { date: null, headline: '无日期' }, [reading('4.8万家', 48000, 2023)]);
    const { result } = await check({ date: '2024-02-10', headline: '二月' }, [reading('48213家', 48213, 2023)]);
    expect(earlierSources(result).sort()).toEqual(['一月', '无日期']);
  });

  it('finds the few earlier reports behind more later ones than it reads of a key', async () => {
    for (let i = 0; i < 55; i++) addStory(archive.repos, { date: '2024-06-10', headline: `后来${i}` }, [reading('4.9万家', 49000, 2023)]);
    addStory(archive.repos, { date: '2024-01-10', headline: '一月' }, [reading('4.8万家', 48000, 2023)]);
    addStory(archive.repos, { date: '2024-01-20', headline: '一月下旬' }, [reading('4.8万家', 48000, 2023)]);
    const { result } = await check({ date: '2024-02-10', headline: '二月' }, [reading('48213家', 48213, 2023)]);
    expect(earlierSources(result)).toEqual(['一月下旬', '一月']);
  });

  it('a figure of no stated period: the latest earlier reports of its key, newest first', async () => {
    const dayOf2024 = (n: number) => new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
    for (let n = 1; n <= 60; n++) addStory(archive.repos, { date: dayOf2024(n), headline: `第${n}篇` }, [reading('4.8万家', 48000)]);
    addStory(archive.repos, { date: '2024-06-10', headline: '后来' }, [reading('4.9万家', 49000)]);
    const { result } = await check({ date: '2024-03-10', headline: '三月' }, [reading('48213家', 48213)]);
    expect(earlierSources(result)).toEqual(['第60篇', '第59篇', '第58篇', '第57篇', '第56篇']);
  });

  it('the closest matches first, then the latest, five of them, each with its own explanation', async () => {
    addStory(archive.repos, { date: '2024-01-02', headline: '重庆一' }, [reading('4.8万家', 48000, 2023)]);
    addStory(archive.repos, { date: '2024-01-03', headline: '重庆二' }, [reading('4.7万家', 47000, 2023)]);
    for (let n = 4; n <= 9; n++) addStory(archive.repos, { date: `2024-01-0${n}`, headline: `未注明${n}` }, [{ ...reading('4.8万家', 48000, 2023), entity: null }]);
    const { result } = await check({ date: '2024-02-10', headline: '二月' }, [reading('48213家', 48213, 2023)]);
    const shown = result[0]!.verdicts.filter((v) => v.against === 'figure');
    expect(shown.map((v) => [v.source!.headline, v.verdict])).toEqual([
      ['重庆二', 'conflict'],
      ['重庆一', 'consistent'],
      ['未注明9', 'consistent'],
      ['未注明8', 'consistent'],
      ['未注明7', 'consistent'],
    ]);
    expect(shown[0]!.explanation.zh).toBe('48213与此前的“4.7万家”（47000）不一致：按所述精度，前者为48213，后者为46500–47499，没有重叠');
    expect(shown[2]!.explanation.basis?.zh).toBe('指标：科技型企业；此前报道：主体未注明，2023；数字：重庆市，2023；规则：按所述精度比较：区间重叠即一致');
  });

  it('two figures of one key in a story, of two years: each against its own year', async () => {
    addStory(archive.repos, { date: '2023-01-10', headline: '前年' }, [reading('4.2万家', 42000, 2022)]);
    addStory(archive.repos, { date: '2024-01-10', headline: '去年' }, [reading('4.8万家', 48000, 2023)]);
    const { result } = await check({ date: '2024-02-10', headline: '两年' }, [reading('42,150家', 42150, 2022), reading('48213家', 48213, 2023), reading('4.8万余家', 48000, 2023)]);
    expect(result.map((c) => earlierSources([c]))).toEqual([['前年'], ['去年'], ['去年']]);
  });
});

