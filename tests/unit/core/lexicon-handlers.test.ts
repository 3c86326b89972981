import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { invoke } from '../../../electron/core/invoke';
import { findIndicator, setEditorNames } from '../../../electron/core/metrics/lexicon/lookup';
import { tempDir } from '../helpers';

type Ok<T> = { ok: true; data: T };
type Entry = { id: string; editorNames: Array<{ language: string; name: string }> };

describe('lexicon handlers', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  const dbPath = () => join(tmp.dir, 'archive.db');
  const open = () => createCore({ dbPath: dbPath(), transport: 'http', version: 't', systemLocale: 'zh-CN', emit: () => undefined });
  beforeAll(async () => {
    tmp = tempDir();
    core = await open();
  });
  afterAll(async () => {
    await core.close();
    setEditorNames([]);
    tmp.cleanup();
  });

  const call = (channel: string, input: unknown) => invoke(core.handlers, channel, input);

  it('lists the lexicon in pages, searched by any name in either script, filtered by domain', async () => {
    const first = (await call('lexicon:list', {})) as Ok<{ total: number; items: Entry[] }>;
    expect(first.ok).toBe(true);
    expect(() => contract['lexicon:list'].output.parse(first.data)).not.toThrow();
    expect(first.data.total).toBeGreaterThan(500);
    expect(first.data.items).toHaveLength(50);
    const next = (await call('lexicon:list', { offset: 50, limit: 10 })) as Ok<{ total: number; items: Entry[] }>;
    expect(next.data.items.map((i) => i.id)).not.toContain(first.data.items[0]!.id);

    const traditional = (await call('lexicon:list', { query: '居民消費價格指數' })) as Ok<{ items: Entry[] }>;
    expect(traditional.data.items.map((i) => i.id)).toContain('cpi');
    const english = (await call('lexicon:list', { query: 'Consumer Price', domain: 'prices' })) as Ok<{ items: Array<Entry & { domain: string }> }>;
    expect(english.data.items.map((i) => i.id)).toContain('cpi');
    expect(new Set(english.data.items.map((i) => i.domain))).toEqual(new Set(['prices']));
    expect(await call('lexicon:list', { domain: 'astrology' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'domain' } });
  });

  it('teaches a name: the lookup finds it, and a target named by it is re-keyed to the indicator', async () => {
    const created = await call('targets:create', { metric: '经济盘子', value: 5, unit: '%', change: 'increase', comparator: 'gte', entity: '重庆' });
    expect(created.ok).toBe(true);
    expect(core.repos.targets.byMatchKey('@gdp-growth')).toHaveLength(0);

    const added = (await call('lexicon:addName', { indicatorId: 'gdp', language: 'zh', name: ' 经济盘子 ' })) as Ok<Entry>;
    expect(added.ok).toBe(true);
    expect(() => contract['lexicon:addName'].output.parse(added.data)).not.toThrow();
    expect(added.data.editorNames).toEqual([{ language: 'zh', name: '经济盘子' }]);
    expect(findIndicator('经济盘子')?.indicator.id).toBe('gdp');
    expect(core.repos.targets.byMatchKey('@gdp-growth').map((t) => t.metric)).toEqual(['经济盘子']);

    const found = (await call('lexicon:list', { query: '盘子' })) as Ok<{ items: Entry[] }>;
    expect(found.data.items.map((i) => i.id)).toEqual(['gdp']);
  });

  it('refuses clashes, unknown indicators, empty names and repeats as data with codes', async () => {
    expect(await call('lexicon:addName', { indicatorId: 'gdp', language: 'en', name: 'CPI' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', path: 'name', message: expect.stringContaining('(cpi)') },
    });
    expect(await call('lexicon:addName', { indicatorId: 'cpi', language: 'zh', name: '經濟盤子' })).toMatchObject({ ok: false, error: { code: 'conflict', path: 'name' } });
    expect(await call('lexicon:addName', { indicatorId: 'gdp', language: 'zh', name: '经济盘子' })).toMatchObject({ ok: false, error: { code: 'conflict', path: 'name' } });
    expect(await call('lexicon:addName', { indicatorId: 'no-such', language: 'zh', name: '盘子' })).toMatchObject({ ok: false, error: { code: 'not_found', path: 'indicatorId' } });
    expect(await call('lexicon:addName', { indicatorId: 'gdp', language: 'zh', name: '、、' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name' } });
    expect(await call('lexicon:addName', { indicatorId: 'gdp', language: 'zh', name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'name' } });
    expect(await call('lexicon:addName', { indicatorId: 'gdp', language: 'fr', name: 'PIB' })).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'language' } });
    expect(await call('lexicon:removeName', { indicatorId: 'gdp', language: 'zh', name: '国内生产总值' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('lexicon:removeName', { indicatorId: 'gdp', language: 'zh', name: '没教过' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The refusals left the taught name in place.
    expect(findIndicator('经济盘子')?.indicator.id).toBe('gdp');
  });

  it('loads the taught names when the archive is opened again', async () => {
    await core.close();
    setEditorNames([]);
    expect(findIndicator('经济盘子')).toBeNull();
    core = await open();
    expect(findIndicator('经济盘子')?.indicator.id).toBe('gdp');
  });

  it('forgets a name: the lookup no longer finds it and the target goes back to its words', async () => {
    const removed = (await call('lexicon:removeName', { indicatorId: 'gdp', language: 'zh', name: '经济盘子' })) as Ok<Entry>;
    expect(removed.ok).toBe(true);
    expect(removed.data.editorNames).toEqual([]);
    expect(findIndicator('经济盘子')).toBeNull();
    expect(core.repos.targets.byMatchKey('@gdp-growth')).toHaveLength(0);
    expect(core.repos.targets.byMatchKey('经济盘子').map((t) => t.metric)).toEqual(['经济盘子']);
  });
});
