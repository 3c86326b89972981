import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/core/archive/hash';
import { updateStory } from '../../../electron/core/archive/store-edit';
import { extractFigures } from '../../../electron/core/figures/extract';
import { listAnnotations, reanchorStory } from '../../../electron/core/annotations';
import { tempArchive } from '../helpers';
import { annotateForEdit, annotationServiceCases, EDITED_BODY, expectReanchored, OTHER, STORY, type AnnotationArchive } from './service-cases';

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
    const marks = await annotateForEdit(deps, zh!);
    const { gone } = marks;
    // Editing the story re-anchors its annotations on the spot; a second pass finds nothing to move.
    await updateStory(a.repos, zh!, { body: EDITED_BODY });
    expect(await reanchorStory(deps, zh!)).toMatchObject({ total: 3, moved: 0, orphaned: 1, restored: 0 });

    const byId = new Map((await listAnnotations(deps, zh!)).map((x) => [x.id, x]));
    expectReanchored(byId, marks);
    expect(a.db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(3);

    // The wording comes back: the orphan is restored.
    await updateStory(a.repos, zh!, { body: STORY.body });
    expect((await listAnnotations(deps, zh!)).find((x) => x.id === gone.id)).toMatchObject({ orphaned: false });
    expect(await reanchorStory(deps, zh!)).toMatchObject({ orphaned: 0 });
  });

});
