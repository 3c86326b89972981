/**
 * The check keeps the register in memory between checks (check/register-snapshot.ts).
 * Whatever changes the register, in this connection or another, the next check must see.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStory } from '../../../electron/core/check/check-story';
import { openDatabase } from '../../../electron/core/db/connection';
import { createRepositories } from '../../../electron/core/db/repositories';
import { deleteTarget, listTargets, targetFromFigure, updateTarget } from '../../../electron/core/targets/register';
import type { Target } from '../../../shared/domain/target';
import { tempArchive } from '../helpers';
import { addStory } from '../targets/factory';

let archive: ReturnType<typeof tempArchive>;
let target: Target;

beforeEach(() => {
  archive = tempArchive();
  const { figures } = addStory(archive.repos, { date: '2023-02-24', headline: '高新技术企业力争突破7000家' }, [
    { quote: '突破7000家', value: 7000, qualifier: 'gt', kind: 'target', metric: '高新技术企业', year: 2023, cues: ['力争', '突破'] },
  ]);
  target = targetFromFigure(archive.repos, figures[0]!.id, { today: '2023-02-24' });
});
afterEach(() => archive.cleanup());

async function verdictOn(storyId: number): Promise<string | undefined> {
  const checks = await checkStory(archive.repos, storyId);
  return checks[0]!.verdicts.find((v) => v.against === 'target' && v.id === target.id && !v.suggestion)?.verdict;
}

function outcome(): number {
  return addStory(archive.repos, { date: '2024-01-18', headline: '高新技术企业达到7565家' }, [
    { quote: '达到7565家', value: 7565, qualifier: 'gte', metric: '全市高新技术企业', year: 2023 },
  ]).storyId;
}

describe('a check sees the register as it is now', () => {
  it('after the target is edited', async () => {
    const storyId = outcome();
    expect(await verdictOn(storyId)).toBe('meets');
    updateTarget(archive.repos, target.id, { value: 8000 }, { today: '2023-03-01' });
    expect(await verdictOn(storyId)).toBe('misses');
  });

  it('after the target is re-keyed in place, which leaves its edit time alone', async () => {
    const storyId = outcome();
    expect(await verdictOn(storyId)).toBe('meets');
    archive.repos.targets.rekey(() => '高新技术企业营业收入');
    expect(await verdictOn(storyId)).toBeUndefined();
  });

  it('after the target is deleted', async () => {
    const storyId = outcome();
    expect(await verdictOn(storyId)).toBe('meets');
    deleteTarget(archive.repos, target.id);
    expect(await verdictOn(storyId)).toBeUndefined();
  });

  it('after another connection to the archive changed it (the CLI beside the app)', async () => {
    const storyId = outcome();
    expect(await verdictOn(storyId)).toBe('meets');
    const other = openDatabase(archive.dbPath);
    try {
      updateTarget(createRepositories(other), target.id, { value: 8000 }, { today: '2023-03-01' });
    } finally {
      other.close();
    }
    expect(await verdictOn(storyId)).toBe('misses');
  });
});

describe("a story's own targets (what the reader and check page list)", () => {
  it('come by deadline, then id, a page at a time, as the full list orders them', () => {
    const { figures, storyId } = addStory(archive.repos, { date: '2023-03-01', headline: '三个目标' }, [
      { quote: '突破100家', value: 100, qualifier: 'gt', kind: 'target', metric: '科技型企业', year: 2025 },
      { quote: '突破200家', value: 200, qualifier: 'gt', kind: 'target', metric: '专精特新企业', year: 2024 },
      { quote: '突破300家', value: 300, qualifier: 'gt', kind: 'target', metric: '独角兽企业', year: 2024 },
    ]);
    const made = figures.map((f) => targetFromFigure(archive.repos, f.id, { today: '2023-03-01' }));
    const all = listTargets(archive.repos, { limit: 5000 }).filter((t) => t.sourceStoryId === storyId);
    expect(all.map((t) => t.id)).toEqual([made[1]!.id, made[2]!.id, made[0]!.id]);
    expect(listTargets(archive.repos, { sourceStoryId: storyId, limit: 5000 })).toEqual(all);
    expect(listTargets(archive.repos, { sourceStoryId: storyId, offset: 1, limit: 1 })).toEqual([all[1]]);
  });
});
