/**
 * Refusals an editor can meet in the app cross as a reason and its parameters, so the
 * renderer says them in the editor's language (issue 13: one language at a time).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { invoke } from '../../../electron/core/invoke';
import { CORE_ERRORS, coreErrorText, type CoreErrorReason } from '../../../shared/core-errors';
import { tempDir } from '../helpers';

const SEED = join(import.meta.dirname, '../../fixtures/cq-daily-2023-02-24.txt');

/** What the Chinese UI may show in Latin letters (tests/e2e/workspace.spec.ts): the app's and the formats' names, and a file's own keys, quoted. */
function withoutAllowedLatin(text: string): string {
  return text.replace(/"[^"]*"/g, '').replace(/Figure Desk|JSON|CSV/g, '');
}

describe('core refusals as codes', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let actualFigure = 0;
  beforeAll(async () => {
    tmp = tempDir();
    const sample = join(tmp.dir, 'cq-daily-2023-02-24.txt');
    copyFileSync(SEED, sample);
    core = await createCore({ dbPath: join(tmp.dir, 'archive.db'), transport: 'http', version: 't', systemLocale: 'zh-CN', samplePath: sample, emit: () => undefined });
    const list = (await invoke(core.handlers, 'archive:list', {})) as { ok: true; data: { items: Array<{ id: number }> } };
    for (const { id } of list.data.items) {
      const figures = (await invoke(core.handlers, 'figures:list', { storyId: id })) as { ok: true; data: Array<{ id: number; kind: string }> };
      const actual = figures.data.find((f) => f.kind === 'actual');
      if (actual) {
        actualFigure = actual.id;
        break;
      }
    }
  });
  afterAll(async () => {
    await core.close();
    tmp.cleanup();
  });

  it.each<[string, () => unknown, CoreErrorReason, Record<string, unknown>]>([
    ['targets:get', () => ({ id: 999 }), 'target_not_found', { id: 999 }],
    ['targets:fromFigure', () => ({ figureId: actualFigure }), 'figure_not_target', { kind: 'actual' }],
    ['targets:fromFigure', () => ({ figureId: 99_999 }), 'figure_not_found', { id: 99_999 }],
    ['check:story', () => ({ storyId: 99_999 }), 'story_not_found', { id: 99_999 }],
    ['drafts:get', () => ({ id: 999 }), 'draft_not_found', { id: 999 }],
    ['annotations:reply', () => ({ annotationId: 999, text: '好' }), 'annotation_not_found', { id: 999 }],
    ['jobs:get', () => ({ jobId: '40404' }), 'job_not_found', { id: '40404' }],
  ])('%s refuses with the reason %s', async (channel, input, reason, params) => {
    const result = await invoke(core.handlers, channel, input());
    expect(result).toMatchObject({ ok: false, error: { reason, params } });
    if (result.ok) return;
    // The English stays in the message, for the CLI and logs.
    expect(result.error.message).toBe(coreErrorText(reason, result.error.params ?? {}, 'en'));
    expect(coreErrorText(reason, result.error.params ?? {}, 'zh')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('says a job that is gone in the words the CLI always printed, and in Chinese for the app', async () => {
    const result = await invoke(core.handlers, 'jobs:get', { jobId: 'no-such-job' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', path: 'jobId', message: 'Job no-such-job was not found; it may have been deleted.' } });
    expect(coreErrorText('job_not_found', { id: 'no-such-job' }, 'zh')).toBe('找不到任务 no-such-job，可能已结束并被清除。');
  });

  it('names a figure kind and an import state in the language asked for', () => {
    expect(coreErrorText('figure_not_target', { id: 7, kind: 'actual' }, 'zh')).toBe('数字 #7 读作“实际”，不是目标。请先把它的类型改为“目标”。');
    expect(coreErrorText('figure_not_target', { id: 7, kind: 'actual' }, 'en')).toBe('Figure 7 reads as an actual figure, not a target; change its kind to target first.');
    expect(coreErrorText('import_not_interrupted', { id: 3, status: 'done' }, 'zh')).toBe('第 3 次导入没有中断（状态：已完成），无需继续。');
  });

  it.each(Object.keys(CORE_ERRORS) as CoreErrorReason[])('%s has a Chinese sentence with the same parameters and no English words', (reason) => {
    const { en, zh } = CORE_ERRORS[reason];
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(params(zh)).toEqual(params(en));
    expect(withoutAllowedLatin(zh.replace(/\{\w+\}/g, ''))).not.toMatch(/[A-Za-z]{2,}/);
  });
});
