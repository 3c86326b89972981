/**
 * What Settings do for an editor, whichever engine holds the archive: the SQLite archive runs
 * these in settings.test.ts, the team archive on PostgreSQL in tests/pg/settings.test.ts, and
 * both must pass them unchanged.
 */
import { expect, it } from 'vitest';
import type { StoresOf } from '../../../electron/core/db/repositories/types';
import { createDraft, listDraftVersions, saveDraft } from '../../../electron/core/drafts';
import { doc, paragraph } from '../../../electron/core/drafts/build';
import { readSettings, writeSettings } from '../../../electron/core/settings';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';

export interface SettingsArchive {
  deps: { stores: StoresOf<'settings' | 'drafts'> };
  /** Stores `text` as the setting's value as it is, as an older or newer version might have left it. */
  putRaw(key: string, text: string): Promise<void>;
}

/** Registers the cases; `open` gives each test a fresh, empty archive. */
export function settingsServiceCases(open: () => Promise<SettingsArchive>): void {
  it('a new archive reads the defaults; what the editor saves reads back over them', async () => {
    const { deps } = await open();
    expect(await readSettings(deps)).toEqual(DEFAULT_SETTINGS);
    const saved = await writeSettings(deps, { publicationCities: { 绍兴日报: '绍兴' }, approxTolerance: 0.05, ownPublications: ['绍兴日报'] });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, publicationCities: { 绍兴日报: '绍兴' }, approxTolerance: 0.05, ownPublications: ['绍兴日报'] });
    expect(await readSettings(deps)).toEqual(saved);
    // Saving one setting leaves the others as they were.
    expect(await writeSettings(deps, { theme: 'dark' })).toEqual({ ...saved, theme: 'dark' });
  });

  it.each([
    ['text that is not JSON', 'approxTolerance', '0.0.5'],
    ['a value out of range', 'approxTolerance', '7'],
    ['a value of the wrong kind', 'annotationTypes', '"verified"'],
  ])('a stored setting this version cannot read (%s) falls back to its default, keeping the others', async (_, key, text) => {
    const { deps, putRaw } = await open();
    await writeSettings(deps, { theme: 'dark' });
    await putRaw(key, text);
    expect(await readSettings(deps)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('settings written in a transaction that fails are not kept', async () => {
    const { deps } = await open();
    const failing = deps.stores.transaction(async (tx) => {
      await tx.settings.set('theme', 'dark');
      throw new Error('the second step failed');
    });
    await expect(failing).rejects.toThrow('the second step failed');
    expect((await readSettings(deps)).theme).toBe('system');
  });

  it("the editor's name from Settings reads back and signs what they write from then on", async () => {
    const { deps } = await open();
    const body = (text: string) => doc(paragraph(text));
    expect(await writeSettings(deps, { editorName: '  张亦筑 ' })).toMatchObject({ editorName: '张亦筑' });
    const draft = await createDraft(deps, { title: '跟踪', language: 'zh-CN', doc: body('初稿') });
    await writeSettings(deps, { editorName: 'Li Hua' });
    await saveDraft(deps, { id: draft.id, doc: body('二稿'), explicit: true });
    expect((await listDraftVersions(deps, draft.id)).map((v) => v.author)).toEqual(['Li Hua', '张亦筑']);
    expect((await readSettings(deps)).editorName).toBe('Li Hua');
  });
}
