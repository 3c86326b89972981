import { afterEach, describe, expect, it } from 'vitest';
import {
  countText,
  createDraft,
  getDraft,
  getDraftVersion,
  listDraftVersions,
  listDrafts,
  restoreDraftVersion,
  saveDraft,
  staleCitations,
} from '../../../electron/core/drafts';
import { cite, doc, paragraph, text } from '../../../electron/core/drafts/build';
import type { CitationAttrs } from '../../../shared/domain/draft';
import type { AppFailure } from '../../../shared/result';
import { tempArchive } from '../helpers';

describe('countText', () => {
  it('counts CJK characters, English words and numbers, not punctuation', () => {
    expect(countText('重庆6项科技指标4项完成。')).toMatchObject({ cjk: 10, latinWords: 0, numbers: 2, words: 12 });
    expect(countText("Chongqing met 4 of 6 science targets, the bureau's report said.")).toMatchObject({ cjk: 0, latinWords: 9, numbers: 2, words: 11 });
    expect(countText('科技型企业超过4.8万家，COVID-19 影响 7,000 家')).toMatchObject({ cjk: 12, latinWords: 1, numbers: 2, words: 15 });
    expect(countText('a b')).toMatchObject({ characters: 2, charactersWithSpaces: 3 });
    expect(countText('')).toMatchObject({ words: 0, characters: 0 });
  });

  it('finds no English words in an all-Chinese draft full of figures', () => {
    const draft = '2023年3月31日，重庆市科技型企业达到42989家，比2022年末增长15.2%；2025年力争达到5万家。';
    expect(countText(draft)).toMatchObject({ latinWords: 0, numbers: 8 });
  });
});

describe('drafts', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  function setup() {
    const a = tempArchive();
    cleanups.push(a.cleanup);
    let now = Date.parse('2024-03-01T09:00:00Z');
    const clock = { now: () => new Date(now), advance: (minutes: number) => (now += minutes * 60_000) };
    return { a, deps: a.repos, clock };
  }
  const body = (s: string) => doc(paragraph(s));

  it('autosaves the doc, keeping one version per interval plus every explicit save', async () => {
    const { deps, clock } = setup();
    const d = await createDraft(deps, { title: '跟进', language: 'zh-CN', doc: body('第一稿') }, clock);
    expect(d.revision).toBe(1);
    expect(d.counts.cjk).toBe(3);
    let rev = d.revision;
    for (let i = 0; i < 10; i++) {
      clock.advance(1);
      rev = (await saveDraft(deps, { id: d.id, doc: body(`第一稿${i}`), baseRevision: rev }, clock)).revision;
    }
    // created + one autosave after 5 minutes, + one after 10.
    expect((await listDraftVersions(deps, d.id)).map((v) => v.reason)).toEqual(['autosave', 'autosave', 'created']);
    rev = (await saveDraft(deps, { id: d.id, doc: body('定稿'), title: '定稿标题', baseRevision: rev, explicit: true }, clock)).revision;
    const versions = await listDraftVersions(deps, d.id);
    expect(versions[0]).toMatchObject({ reason: 'save', title: '定稿标题' });
    expect(await getDraft(deps, d.id)).toMatchObject({ title: '定稿标题', revision: 12, doc: body('定稿') });
    expect((await listDrafts(deps)).items[0]).toMatchObject({ id: d.id, title: '定稿标题' });
    expect((await listDrafts(deps)).items[0]).not.toHaveProperty('doc');
  });

  it('refuses a save from a stale copy, and validates the document', async () => {
    const { deps, clock } = setup();
    const d = await createDraft(deps, { title: '', language: 'en', doc: body('one') }, clock);
    await saveDraft(deps, { id: d.id, doc: body('two'), baseRevision: 1 }, clock);
    await expect(saveDraft(deps, { id: d.id, doc: body('three'), baseRevision: 1 }, clock)).rejects.toThrow(/saved elsewhere/);
    let error: AppFailure | null = null;
    try {
      await saveDraft(deps, { id: d.id, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] } as never });
    } catch (e) {
      error = e as AppFailure;
    }
    expect(error?.code).toBe('invalid_input');
    expect(error?.path).toMatch(/^doc\.content\[0\]\.content\[0\]\.marks\[0\]/);
  });

  it('restores a version as a new save, keeping the newer history', async () => {
    const { deps, clock } = setup();
    const d = await createDraft(deps, { title: 'v1', language: 'en', doc: body('first') }, clock);
    clock.advance(1);
    await saveDraft(deps, { id: d.id, title: 'v2', doc: body('second'), explicit: true }, clock);
    const first = (await listDraftVersions(deps, d.id)).find((v) => v.reason === 'created')!;
    expect((await getDraftVersion(deps, first.id)).doc).toEqual(body('first'));
    clock.advance(1);
    const restored = await restoreDraftVersion(deps, d.id, first.id, clock);
    expect(restored).toMatchObject({ title: 'v1', doc: body('first'), revision: 3 });
    expect((await listDraftVersions(deps, d.id)).map((v) => v.reason)).toEqual(['restore', 'save', 'created']);
    await expect(restoreDraftVersion(deps, d.id + 1, first.id)).rejects.toThrow(/was not found/);
  });
});

describe('staleCitations', () => {
  const attrs = (over: Partial<CitationAttrs> = {}): CitationAttrs => ({
    storyId: 1,
    figureId: 10,
    label: '重庆日报 2023年2月24日',
    snapshot: { quote: '高新技术企业突破7000家', value: 7000, unit: '家' },
    ...over,
  });

  it('flags citations whose figure changed or went, once per citation', () => {
    const d = doc(
      paragraph('据报道，', cite('高新技术', attrs()), text('企业突破7000家', { type: 'citation', attrs: attrs() }, { type: 'bold' }), '。'),
      paragraph(cite('4.8万家', attrs({ figureId: 11, snapshot: { quote: '科技型企业超过4.8万家', value: 48000, unit: '家' } }))),
      paragraph(cite('一区一平台', attrs({ figureId: 12, snapshot: { quote: '一区一平台', value: null } }))),
      paragraph(cite('原话', attrs({ figureId: null, snapshot: { quote: '今年我市将加快促进科技' } }))),
    );
    const current: Record<number, { quote: string; value: number; unit: string } | undefined> = {
      10: { quote: '高新技术企业突破7500家', value: 7500, unit: '家' },
      11: { quote: '科技型企业超过4.8万家', value: 48000, unit: '家' },
    };
    const stale = staleCitations(d, (c) => (c.figureId != null ? (current[c.figureId] ?? null) : { quote: '今年我市将加快促进科技' }));
    expect(stale).toHaveLength(2);
    expect(stale[0]).toMatchObject({ reason: 'value_changed', text: '高新技术企业突破7000家', path: [0, 1], current: { value: 7500 } });
    expect(stale[1]).toMatchObject({ reason: 'missing', path: [2, 0], current: null });
  });
});
