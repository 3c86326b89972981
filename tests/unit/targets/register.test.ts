import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attachEvidence,
  dueSoon,
  listTargets,
  metricSeries,
  overdueWithoutEvidence,
  overrideStatus,
  recompute,
  targetFromFigure,
  targetHistory,
  updateTarget,
} from '../../../electron/core/targets/register';
import { contract } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import type { HandlerContext } from '../../../electron/core/handler-context';
import { writeSettings } from '../../../electron/core/settings';
import { targetHandlers } from '../../../electron/core/targets/handlers';
import { tempArchive } from '../helpers';
import { addStory, type FigureSpec } from './factory';

const seed = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/targets/cq-2023-targets.json'), 'utf8')) as {
  story: { date: string; headline: string };
  figures: FigureSpec[];
};

let archive: ReturnType<typeof tempArchive>;
beforeEach(() => {
  archive = tempArchive();
});
afterEach(() => archive.cleanup());

function seedTargets() {
  const { repos } = archive;
  const story = addStory(repos, seed.story, seed.figures);
  const targets = story.figures.map((f) => targetFromFigure(repos, f.id, { today: '2023-02-24' }));
  const by = (metric: string) => targets.find((t) => t.metric === metric)!;
  return { story, targets, by };
}

describe('the register', () => {
  it('creates the six targets of the seed story with deadline, direction, binding and tolerance', () => {
    const { story, targets, by } = seedTargets();
    expect(targets).toHaveLength(6);
    for (const t of targets) {
      expect(t).toMatchObject({ entity: '重庆市', deadline: '2023-12-31', status: 'not_due', sourceStoryId: story.storyId, sourceDate: '2023-02-24' });
      expect(t.sourceHeadline).toBe(seed.story.headline);
    }
    expect(by('研发经费投入强度')).toMatchObject({ comparator: 'approx', direction: 'floor', tolerance: 0.1, accumulation: 'stock', binding: 'aspirational' });
    expect(by('科技型企业')).toMatchObject({ value: 48000, comparator: 'gt', direction: 'floor', accumulation: 'stock' });
    expect(by('技术合同成交额')).toMatchObject({ value: 75_000_000_000, currency: 'CNY', binding: 'binding', accumulation: 'flow' });
    expect(by('科创板上市企业总数').metricKey).toBe('科创板上市企业');
    expect(targetHistory(archive.repos, by('高新技术企业').id)).toMatchObject([{ fromStatus: null, toStatus: 'not_due', cause: 'created' }]);
  });

  it('takes the default tolerance from the value passed in, else the setting', async () => {
    const { repos } = archive;
    const s = addStory(repos, { date: '2023-03-01', headline: 'CPI' }, [
      { quote: '3%左右', value: 3, unit: '%', qualifier: 'approx', kind: 'target', metric: '居民消费价格涨幅', year: 2023 },
    ]);
    const t = targetFromFigure(repos, s.figures[0]!.id, { approxTolerance: 0.1 });
    expect(t).toMatchObject({ tolerance: 0.1, direction: 'ceiling' });
    await writeSettings(repos, { approxTolerance: 0.02 });
    // The setting is read by the register's handlers, once per request.
    const create = targetHandlers({ repos } as HandlerContext)['targets:create'];
    const manual = await create(contract['targets:create'].input.parse({ metric: '城镇调查失业率', value: 5.5, unit: '%', comparator: 'approx', period: { from: '2023-01-01', to: '2023-12-31', label: '2023' } }));
    expect(manual).toMatchObject({ tolerance: 0.02, direction: 'ceiling', deadline: '2023-12-31', accumulation: 'stock' });
  });

  it('returns the existing target for a restatement (subhead and body both say 超过4.8万家)', () => {
    const { by } = seedTargets();
    const again = addStory(archive.repos, { date: '2023-02-25', headline: '再次报道' }, [
      { quote: '超过4.8万家', value: 48000, qualifier: 'gt', kind: 'target', metric: '科技型企业数量', year: 2023 },
    ]);
    expect(targetFromFigure(archive.repos, again.figures[0]!.id).id).toBe(by('科技型企业').id);
  });

  it('refuses figures that are not targets', () => {
    const s = addStory(archive.repos, { date: '2024-01-01', headline: 'x' }, [{ quote: '7565家', value: 7565, metric: '高新技术企业', year: 2023 }]);
    expect(() => targetFromFigure(archive.repos, s.figures[0]!.id)).toThrow(AppFailure);
  });

  it('flags a target restated later with another value as revised, linking both', () => {
    const { repos } = archive;
    const { by } = seedTargets();
    const old = by('研发经费投入强度');
    const later = addStory(repos, { date: '2023-06-10', headline: '研发投入强度目标上调' }, [
      { quote: '2.4%', value: 2.4, unit: '%', qualifier: 'eq', kind: 'target', metric: '研发经费投入强度', year: 2023, cues: ['确保'] },
    ]);
    const next = targetFromFigure(repos, later.figures[0]!.id, { today: '2023-06-10' });
    expect(next.id).not.toBe(old.id);
    expect(next.revisesTargetId).toBe(old.id);
    const revised = repos.targets.get(old.id)!;
    expect(revised).toMatchObject({ status: 'revised', revisedByTargetId: next.id });
    expect(targetHistory(repos, old.id).at(-1)).toMatchObject({ fromStatus: 'not_due', toStatus: 'revised', cause: 'revision' });
  });

  it('links evidence, settles met with its arithmetic, and records the change', () => {
    const { repos } = archive;
    const { by } = seedTargets();
    const t = by('高新技术企业');
    const report = addStory(repos, { date: '2024-01-18', headline: '重庆高新技术企业达到7565家' }, [
      { quote: '7565家', value: 7565, metric: '高新技术企业', year: 2023 },
    ]);
    const after = attachEvidence(repos, t.id, report.figures[0]!.id, { verdict: 'meets', score: 1, by: 'editor' }, { today: '2024-01-18' });
    expect(after.status).toBe('met');
    expect(after.explanation).toMatchObject({ code: 'exceeds', actual: 7565, target: 7000, diff: 565, pct: 8.07 });
    const history = targetHistory(repos, t.id);
    expect(history.at(-1)).toMatchObject({ fromStatus: 'not_due', toStatus: 'met', cause: 'evidence', figureId: report.figures[0]!.id });
    expect((history.at(-1)!.snapshot as { explanation: { zh: string } }).explanation.zh).toBe('7565 > 7000：已完成，超出8.1%');
  });

  it('lets an editor override the status with a reason, keeps the computed one, and can clear it', () => {
    const { repos } = archive;
    const { by } = seedTargets();
    const t = by('科创板上市企业总数');
    expect(() => overrideStatus(repos, t.id, { status: 'met', reason: '  ' })).toThrow(/reason/);
    const over = overrideStatus(repos, t.id, { status: 'met', reason: '市经信委确认第3家已上市' });
    expect(over).toMatchObject({ status: 'met', computedStatus: 'not_due', override: { status: 'met', reason: '市经信委确认第3家已上市' } });
    // Evidence changing underneath is recorded, but the override stands.
    const r = recompute(repos, t.id, { today: '2024-02-01' });
    expect(r).toMatchObject({ status: 'met', computedStatus: 'unclear' });
    const cleared = overrideStatus(repos, t.id, null);
    expect(cleared).toMatchObject({ status: 'unclear', override: null });
    const causes = targetHistory(repos, t.id).map((e) => [e.cause, e.fromStatus, e.toStatus]);
    expect(causes).toEqual([
      ['created', null, 'not_due'],
      ['editor', 'not_due', 'met'],
      ['evidence', 'met', 'met'],
      ['editor', 'met', 'unclear'],
    ]);
  });

  it('edits recompute and record: a new value changes the verdict', () => {
    const { repos } = archive;
    const { by } = seedTargets();
    const t = by('高新技术企业');
    const report = addStory(repos, { date: '2024-01-18', headline: 'r' }, [{ quote: '7565家', value: 7565, metric: '高新技术企业', year: 2023 }]);
    attachEvidence(repos, t.id, report.figures[0]!.id, { verdict: 'meets', score: 1, by: 'editor' }, { today: '2024-01-18' });
    const edited = updateTarget(repos, t.id, { value: 8000, notes: '按市科技局口径' }, { today: '2024-01-18' });
    expect(edited).toMatchObject({ status: 'missed', notes: '按市科技局口径', value: 8000 });
    expect(targetHistory(repos, t.id).at(-1)).toMatchObject({ cause: 'editor', toStatus: 'missed' });
  });

  it('answers the board: filters, due soon, overdue without evidence, series', () => {
    const { repos } = archive;
    const { story, by } = seedTargets();
    const uk = addStory(repos, { date: '2024-07-30', headline: 'Government sets out plan to build 1.5 million homes', language: 'en' }, [
      { quote: '1.5 million homes', value: 1_500_000, unit: 'homes', kind: 'target', metric: 'homes', entity: 'England', cues: ['will build'], period: { from: '2024-01-01', to: '2029-12-31', label: 'by 2029' } },
    ]);
    const home = targetFromFigure(repos, uk.figures[0]!.id, { today: '2024-07-30' });
    expect(home).toMatchObject({ accumulation: 'flow', binding: 'unknown', deadline: '2029-12-31' });

    expect(listTargets(repos, { entity: '重庆市' })).toHaveLength(6);
    expect(listTargets(repos, { sourceStoryId: story.storyId })).toHaveLength(6);
    expect(listTargets(repos, { deadlineFrom: '2029-01-01' }).map((t) => t.id)).toEqual([home.id]);
    expect(listTargets(repos, { status: ['not_due'] })).toHaveLength(7);
    expect(listTargets(repos, { metricKey: '科技型企業數量' }).map((t) => t.id)).toEqual([by('科技型企业').id]);

    expect(dueSoon(repos, 30, { today: '2023-12-10' })).toHaveLength(6);
    expect(dueSoon(repos, 30, { today: '2023-10-10' })).toHaveLength(0);

    const report = addStory(repos, { date: '2024-01-18', headline: '7565' }, [{ quote: '7565家', value: 7565, metric: '高新技术企业', year: 2023 }]);
    attachEvidence(repos, by('高新技术企业').id, report.figures[0]!.id, { verdict: 'meets', score: 1, by: 'editor' }, { today: '2024-01-18' });
    expect(overdueWithoutEvidence(repos, { today: '2024-02-01' }).map((t) => t.metric).sort()).toEqual(
      ['研发经费投入强度', '科技型企业', '科创板上市企业总数', '科学研究和技术服务业营业收入增速', '技术合同成交额'].sort(),
    );

    // A growth multiple and an amount of money of the same name do not land on a chart of firms.
    addStory(repos, { date: '2024-02-01', headline: '高新技术企业营收' }, [
      { quote: '增长3.1倍', value: 3.1, unit: '倍', change: 'increase', metric: '高新技术企业', year: 2023 },
      { quote: '750亿元', value: 75_000_000_000, unit: '元', currency: 'CNY', metric: '高新技术企业', year: 2023 },
    ]);
    const series = metricSeries(repos, '高新技术企业', '重庆');
    expect(series.targets).toMatchObject([{ targetId: by('高新技术企业').id, low: 7000, high: 7000, status: 'met' }]);
    expect(series.points.map((p) => [p.value, p.storyId, p.date])).toEqual([[7565, report.storyId, '2024-01-18']]);
    const band = metricSeries(repos, '研发经费投入强度');
    expect(band.targets[0]!.low).toBeCloseTo(2.115);
    expect(band.targets[0]!.high).toBeCloseTo(2.585);
  });
});
