import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempArchive } from '../helpers';

describe('indicator names repository', () => {
  let archive: ReturnType<typeof tempArchive>;
  beforeEach(() => {
    archive = tempArchive();
  });
  afterEach(() => archive.cleanup());

  it('adds, finds, lists and removes editor names', () => {
    const names = archive.repos.indicatorNames;
    const added = names.add({ indicatorId: 'gdp', language: 'zh', name: '经济总盘子' }, '2024-01-01T00:00:00.000Z');
    expect(added).toMatchObject({ indicatorId: 'gdp', language: 'zh', name: '经济总盘子', createdAt: '2024-01-01T00:00:00.000Z' });
    names.add({ indicatorId: 'cpi', language: 'en', name: 'shop prices' }, '2024-01-02T00:00:00.000Z');
    expect(names.all().map((n) => n.name)).toEqual(['经济总盘子', 'shop prices']);
    expect(names.byIndicator('gdp').map((n) => n.name)).toEqual(['经济总盘子']);
    expect(names.find('zh', '经济总盘子')?.indicatorId).toBe('gdp');
    expect(names.find('en', '经济总盘子')).toBeNull();
    expect(names.remove('cpi', 'zh', 'shop prices')).toBe(false);
    expect(names.remove('cpi', 'en', 'shop prices')).toBe(true);
    expect(names.all()).toHaveLength(1);
  });

  it('keeps a name to one indicator per language, and a language the table knows', () => {
    const names = archive.repos.indicatorNames;
    names.add({ indicatorId: 'gdp', language: 'zh', name: '盘子' }, 'now');
    expect(() => names.add({ indicatorId: 'cpi', language: 'zh', name: '盘子' }, 'now')).toThrow(/UNIQUE/);
    expect(names.add({ indicatorId: 'cpi', language: 'en', name: '盘子' }, 'now').language).toBe('en');
    expect(() => names.add({ indicatorId: 'cpi', language: 'fr' as 'en', name: 'prix' }, 'now')).toThrow(/CHECK/);
  });
});
