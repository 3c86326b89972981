/**
 * Who did what: the editor's name (Settings, else the computer's user) on audit entries,
 * confirmations, annotations and draft versions, and carried by the exports.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../../electron/core/annotations/service';
import { exportAnnotationsW3C, importAnnotationsW3C } from '../../../electron/core/annotations/w3c';
import { confirmMatch } from '../../../electron/core/check/check-story';
import { createDraft, listDraftVersions, saveDraft } from '../../../electron/core/drafts/service';
import { storyModel } from '../../../electron/core/export/model';
import { systemUserName } from '../../../electron/core/db/repositories/author';
import { writeSettings } from '../../../electron/core/settings';
import { targetFromFigure, targetHistory } from '../../../electron/core/targets/register';
import { tempArchive } from '../helpers';
import { addStory } from '../targets/factory';

let archive: ReturnType<typeof tempArchive>;
beforeEach(() => {
  archive = tempArchive();
});
afterEach(() => archive.cleanup());

const BODY = '今年力争高新技术企业突破7000家。';

describe('who did it', () => {
  it('records the computer\'s user until Settings names the editor, then the editor', async () => {
    const { repos } = archive;
    const story = addStory(repos, { date: '2023-02-24', headline: '双倍增' }, [{ quote: '突破7000家', value: 7000, unit: '家', kind: 'target', metric: '高新技术企业', qualifier: 'gt' }]);
    const target = targetFromFigure(repos, story.figures[0]!.id, { today: '2023-02-24' });
    expect(targetHistory(repos, target.id)[0]!.author).toBe(systemUserName());

    await writeSettings(repos, { editorName: '李华' });
    const outcome = addStory(repos, { date: '2024-01-20', headline: '回顾' }, [{ quote: '7565家', value: 7565, unit: '家', kind: 'actual', metric: '高新技术企业' }]);
    confirmMatch(repos, { figureId: outcome.figures[0]!.id, targetId: target.id, accept: true }, { today: '2024-01-20' });
    expect(repos.targets.links(target.id)).toMatchObject([{ confirmedBy: 'editor', author: '李华' }]);
    expect(targetHistory(repos, target.id).at(-1)!.author).toBe('李华');
  });

  it('signs annotations, keeps their creator through W3C export and import, and puts it on Word comments', async () => {
    const { repos } = archive;
    await writeSettings(repos, { editorName: 'Li Hua' });
    const story = addStory(repos, { date: '2023-02-24', headline: '双倍增' }, []);
    archive.db.prepare('UPDATE stories SET body = ?, content_hash = ? WHERE id = ?').run(BODY, createHash('sha256').update(BODY).digest('hex'), story.storyId);
    await createAnnotation(repos, { storyId: story.storyId, start: 4, end: 14, type: 'note', comment: '核实', tags: [] });
    const [made] = await listAnnotations(repos, story.storyId);
    expect(made!.author).toBe('Li Hua');

    const collection = await exportAnnotationsW3C(repos);
    expect(collection.first.items[0]).toMatchObject({ creator: { type: 'Person', name: 'Li Hua' } });

    // Another desk imports it: the creator stays Li Hua, not whoever imports.
    archive.db.prepare('DELETE FROM annotations').run();
    await writeSettings(repos, { editorName: 'Wang Fang' });
    await importAnnotationsW3C(repos, collection);
    expect((await listAnnotations(repos, story.storyId))[0]!.author).toBe('Li Hua');

    const model = storyModel({ story: repos.stories.get(story.storyId)!, annotations: await listAnnotations(repos, story.storyId), types: [], language: 'zh-CN', author: 'Wang Fang' });
    expect(model.comments[0]!.author).toBe('Li Hua');
  });

  it('signs draft versions', async () => {
    const { repos } = archive;
    await writeSettings(repos, { editorName: '张亦筑' });
    const draft = await createDraft(repos, { title: '跟踪', language: 'zh-CN' });
    await saveDraft(repos, { id: draft.id, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '初稿' }] }] }, explicit: true });
    expect((await listDraftVersions(repos, draft.id)).map((v) => v.author)).toEqual(['张亦筑', '张亦筑']);
  });
});
