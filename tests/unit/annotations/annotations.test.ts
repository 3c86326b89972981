import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/core/archive/hash';
import { updateStory } from '../../../electron/core/archive/store-edit';
import { extractFigures } from '../../../electron/core/figures/extract';
import { createAnnotation, listAnnotations, reanchorStory } from '../../../electron/core/annotations';
import { tempArchive } from '../helpers';
import { annotationServiceCases, OTHER, STORY, type AnnotationArchive } from './service-cases';

type Archive = ReturnType<typeof tempArchive>;

function seed(a: Archive, stories = [STORY, OTHER]) {
  const now = new Date().toISOString();
  return stories.map((s) => {
    const language = /[\u4e00-\u9fff]/.test(s.body) ? 'zh' : 'en';
    const { id } = a.repos.stories.insert(
      {
        publicationId: a.repos.publications.idFor('重庆日报'),
        date: '2023-02-24',
        headline: s.headline,
        subhead: null,
        kicker: null,
        byline: null,
        dateline: null,
        body: s.body,
        truncated: false,
        genre: 'news',
        language,
        sourcePath: `/papers/${language}.txt`,
        importBatchId: null,
        contentHash: contentHash(s),
      },
      now,
    );
    a.repos.searchIndex.index(id, s.headline, s.body);
    a.repos.figures.replaceAuto(id, extractFigures(s.body, { date: '2023-02-24', city: '重庆', language }), now);
    return id;
  });
}

const depsOf = (a: Archive) => a.repos;
const span = (body: string, text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

/** The cases' view of a SQLite archive. */
function sqliteCaseArchive(a: Archive): AnnotationArchive {
  const { repos } = a;
  return {
    deps: repos,
    seed: async (stories) => seed(a, stories),
    figures: async (storyId) => repos.figures.byStory(storyId).map((f) => ({ id: f.id, quote: f.quote, start: f.start, end: f.end })),
    storyIds: async () => repos.stories.allIds(),
    headline: async (storyId) => repos.stories.get(storyId)!.headline,
    figureQuote: async (figureId) => repos.figures.get(figureId)!.quote,
    count: async (table) => a.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
    replaceBody: async (storyId, body) => void a.db.prepare(`UPDATE stories SET body = ? WHERE id = ?`).run(body, storyId),
    signAs: (name) => repos.author.set(name),
  };
}

describe('annotations (SQLite)', () => {
  const archives: Archive[] = [];
  afterEach(() => archives.splice(0).forEach((a) => a.cleanup()));
  const open = () => {
    const a = tempArchive();
    archives.push(a);
    return a;
  };

  annotationServiceCases(async () => sqliteCaseArchive(open()));

  it('re-anchors on the spot when the story is edited, and orphans (never drops) what is gone', async () => {
    const a = open();
    const [zh] = seed(a);
    const deps = depsOf(a);
    const keep = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '科技型企业超过4.8万家'), type: 'verified' });
    const reword = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '今年我市将力争全市研发经费投入强度2.35%左右'), type: 'needs_source' });
    const gone = await createAnnotation(deps, { storyId: zh!, ...span(STORY.body, '要深入推进“一区一平台”建设'), type: 'note', comment: '哪一个平台？' });

    const edited = '【更新】' + STORY.body.replace('今年我市将力争全市研发经费投入强度2.35%左右', '今年全市力争研发经费投入强度达2.4%左右').replace('要深入推进“一区一平台”建设。', '其他工作另行部署。');
    // Editing the story re-anchors its annotations on the spot; a second pass finds nothing to move.
    await updateStory(a.repos, zh!, { body: edited });
    expect(await reanchorStory(deps, zh!)).toMatchObject({ total: 3, moved: 0, orphaned: 1, restored: 0 });

    const byId = new Map((await listAnnotations(deps, zh!)).map((x) => [x.id, x]));
    const k = byId.get(keep.id)!;
    expect(edited.slice(k.position.start, k.position.end)).toBe('科技型企业超过4.8万家');
    const r = byId.get(reword.id)!;
    expect(r.orphaned).toBe(false);
    expect(edited.slice(r.position.start, r.position.end)).toContain('2.4%左右');
    expect(r.quote.exact).toBe(reword.quote.exact); // what was annotated is kept
    const g = byId.get(gone.id)!;
    expect(g).toMatchObject({ orphaned: true, comment: '哪一个平台？', quote: gone.quote });
    expect(a.db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(3);

    // The wording comes back: the orphan is restored.
    await updateStory(a.repos, zh!, { body: STORY.body });
    expect((await listAnnotations(deps, zh!)).find((x) => x.id === gone.id)).toMatchObject({ orphaned: false });
    expect(await reanchorStory(deps, zh!)).toMatchObject({ orphaned: 0 });
  });

});
