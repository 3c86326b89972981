import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { createCore, type Core } from '../../../electron/core/core';
import { invoke } from '../../../electron/core/invoke';
import { tempDir } from '../helpers';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

describe('contract handlers', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeAll(async () => {
    tmp = tempDir();
    const sample = join(tmp.dir, 'cq-daily-2023-02-24.txt');
    copyFileSync(SEED, sample);
    core = await createCore({ dbPath: join(tmp.dir, 'archive.db'), transport: 'http', version: 't', systemLocale: 'zh-CN', samplePath: sample, emit: () => undefined });
  });
  afterAll(async () => {
    await core.close();
    tmp.cleanup();
  });

  const call = (channel: string, input: unknown) => invoke(core.handlers, channel, input);

  it('opens a new archive on the sample page, with its paper and date', async () => {
    const result = await call('archive:list', {});
    expect(result.ok).toBe(true);
    const list = contract['archive:list'].output.parse((result as { data: unknown }).data);
    expect(list.total).toBe(8);
    expect(new Set(list.items.map((s) => s.publication))).toEqual(new Set(['重庆日报']));
    expect(new Set(list.items.map((s) => s.date))).toEqual(new Set(['2023-02-24']));
  });

  it('answers a bad input with a validation error naming the field, never a crash', async () => {
    for (const [channel, input, path] of [
      ['archive:get', { id: -1 }, 'id'],
      ['archive:search', { query: 'x', limit: 100_000 }, 'limit'],
      ['archive:list', { from: '24/02/2023' }, 'from'],
      ['targets:override', { id: 1, override: { status: 'met', reason: '' } }, 'override.reason'],
      ['settings:set', { approxTolerance: 3 }, 'approxTolerance'],
    ] as const) {
      const result = await call(channel, input);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'invalid_input', path } });
    }
  });

  it('filters the plain list by date, paper and byline', async () => {
    const byline = (await call('archive:list', { byline: '张亦筑' })) as { ok: true; data: { total: number; items: Array<{ byline: string }> } };
    expect(byline.data.total).toBe(1);
    expect(byline.data.items[0]!.byline).toBe('记者 张亦筑');
    const later = (await call('archive:list', { from: '2024-01-01' })) as { ok: true; data: { total: number } };
    expect(later.data.total).toBe(0);
    const paper = (await call('archive:list', { publication: '成都日报' })) as { ok: true; data: { total: number } };
    expect(paper.data.total).toBe(0);
  });

  it('says what is missing, and refuses a watched folder that does not exist', async () => {
    expect(await call('archive:get', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const folder = await call('settings:set', { watchFolder: join(tmp.dir, 'no-such-folder') });
    expect(folder).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'watchFolder' } });
  });

  it('returns outputs that satisfy the contract', async () => {
    const list = (await call('archive:list', { limit: 1 })) as { ok: true; data: { items: Array<{ id: number }> } };
    const id = list.data.items[0]!.id;
    for (const [channel, input] of [
      ['app:info', {}],
      ['archive:get', { id }],
      ['archive:search', { query: '重庆' }],
      ['figures:list', { storyId: id }],
      ['check:story', { storyId: id }],
      ['settings:get', {}],
      ['targets:list', {}],
      ['drafts:list', {}],
    ] as const) {
      const result = await call(channel, input);
      expect(result.ok, channel).toBe(true);
      expect(() => contract[channel].output.parse((result as { data: unknown }).data), channel).not.toThrow();
    }
  });

  it('labels a story export\'s comments in the language asked for, and gives the search syntax error as a reason', async () => {
    const created = await call('annotations:create', { storyId: 1, start: 0, end: 4, type: 'note', comment: '核实', tags: [] });
    expect(created.ok).toBe(true);
    const text = async (language: 'zh-CN' | 'en') => {
      const result = (await call('export:story', { storyId: 1, format: 'markdown', annotated: true, language })) as { ok: true; data: { dataBase64: string } };
      return Buffer.from(result.data.dataBase64, 'base64').toString('utf8');
    };
    // The core's own language is Chinese (systemLocale): an English UI still gets English labels.
    expect(await text('en')).toMatch(/\\?\[Note\\?\] 核实/);
    expect(await text('zh-CN')).toMatch(/\\?\[备注\\?\] 核实/);
    expect(await text('en')).not.toContain('备注');

    expect(await call('archive:search', { query: '-重庆' })).toMatchObject({ ok: false, error: { code: 'invalid_input', reason: 'search_only_excluded' } });
  });

  it('keeps the editor\'s name and our papers when another setting changes', async () => {
    await call('settings:set', { editorName: '李华', ownPublications: ['重庆日报'] });
    const after = (await call('settings:set', { locale: 'en' })) as { ok: true; data: { editorName: string; ownPublications: string[] } };
    expect(after.data).toMatchObject({ editorName: '李华', ownPublications: ['重庆日报'] });
  });
});
