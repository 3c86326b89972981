import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * People (issue 13, point 4), in each language: an editor replies to an annotation, the
 * reply keeps its author and time across a reload and goes to Word as a threaded reply and
 * to W3C JSON-LD as a replying annotation; a draft takes a comment on a span (Mod+Alt+M)
 * that is listed beside it, survives a reload, exports as a Word comment with its author,
 * and can be resolved.
 */

const SEED_HEADLINE = '重庆实施高新技术企业和科技型企业“双倍增”行动';
const PHRASE = '加快促进科技、产业、金融、人才良性循环';

const LABELS = {
  'zh-CN': {
    editor: '王编辑',
    disputed: '有疑问',
    comment: '批注',
    saveAnnotation: '保存批注',
    annotations: '本文标注',
    reply: '回复',
    replyBox: '回复内容（Ctrl+Enter 发送）',
    replies: '回复',
    exportButton: '导出',
    draftText: '稿件正文',
    addComment: '为所选文字加批注',
    commentField: '批注',
    addCommentButton: '添加批注',
    openComments: '未解决的批注',
    resolve: '标为已解决',
    resolved: '已解决',
  },
  en: {
    editor: 'Jane Editor',
    disputed: 'Disputed',
    comment: 'Comment',
    saveAnnotation: 'Save annotation',
    annotations: 'Annotations in this story',
    reply: 'Reply',
    replyBox: 'Your reply (Ctrl+Enter sends)',
    replies: 'Replies',
    exportButton: 'Export',
    draftText: 'Draft text',
    addComment: 'Comment on the selection',
    commentField: 'Comment',
    addCommentButton: 'Add comment',
    openComments: 'Open comments',
    resolve: 'Resolve',
    resolved: 'Resolved',
  },
} as const;

/** A contract call from the page, with the page's token, as the renderer makes it. */
async function call<T>(app: Page, channel: string, input: unknown): Promise<T> {
  return app.evaluate(
    async ({ channel, input }) => {
      const token = document.querySelector('meta[name="figure-desk-token"]')?.getAttribute('content') ?? '';
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': token },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; data?: unknown; error?: unknown };
      if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
      return body.data;
    },
    { channel, input },
  ) as Promise<T>;
}

/** The author of the Word comment whose text holds `text`. */
function authorOf(commentsXml: string, text: string): string | undefined {
  const comment = [...commentsXml.matchAll(/<w:comment [^>]*>.*?<\/w:comment>/gs)].map((m) => m[0]).find((c) => c.includes(text));
  return comment ? /w:author="([^"]*)"/.exec(comment)?.[1] : undefined;
}

const saved = (app: Page) => app.waitForResponse((r) => r.url().includes('/api/drafts:save') && r.ok());

for (const locale of ['zh-CN', 'en'] as const) {
  const l = LABELS[locale];

  test(`replies to annotations and comments on drafts carry the editor's name (${locale})`, async ({ app }) => {
    test.setTimeout(180_000); // two exports and four reloads on a shared machine
    await call(app, 'settings:set', { locale, editorName: l.editor, firstStepsDone: ['import', 'track', 'check'] });
    await app.reload();
    await app.getByRole('link', { name: SEED_HEADLINE, exact: true }).click();
    await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();

    // Annotate a span the way a mouse selects it, then reply to the annotation.
    await app.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at >= 0 && node.parentElement?.closest('[data-offset]')) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return;
        }
      }
      throw new Error(`text not found: ${text}`);
    }, PHRASE);
    await app.getByRole('button', { name: l.disputed, exact: true }).first().click();
    await app.getByLabel(l.comment, { exact: true }).fill('出处？');
    await app.getByRole('button', { name: l.saveAnnotation, exact: true }).click();
    const list = app.getByRole('list', { name: l.annotations });
    await list.getByRole('button', { name: l.reply, exact: true }).click();
    await list.getByLabel(l.replyBox).fill('市科技局会议通稿');
    await app.keyboard.press('Control+Enter');
    await expect(list.getByRole('list', { name: l.replies })).toContainText('市科技局会议通稿');

    await app.reload();
    const thread = app.getByRole('list', { name: l.annotations }).getByRole('list', { name: l.replies });
    await expect(thread).toContainText('市科技局会议通稿');
    await expect(thread).toContainText(l.editor);

    // Word: the reply is a comment of its own, by the editor, threaded under the annotation's.
    const storyDownload = app.waitForEvent('download');
    await app.getByRole('button', { name: l.exportButton, exact: true }).first().click();
    await app.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
    const storyDocx = await JSZip.loadAsync(readFileSync(await (await storyDownload).path()));
    const comments = await storyDocx.file('word/comments.xml')!.async('string');
    expect(authorOf(comments, '市科技局会议通稿')).toBe(l.editor);
    expect(await storyDocx.file('word/commentsExtended.xml')?.async('string')).toContain('w15:paraIdParent');

    // W3C: a replying annotation whose target is the annotation.
    const storyId = Number(/story\/(\d+)/.exec(app.url())![1]);
    const exported = await call<{ dataBase64: string }>(app, 'annotations:export', { storyIds: [storyId] });
    const json = JSON.parse(Buffer.from(exported.dataBase64, 'base64').toString('utf8')) as {
      first: { items: Array<{ id: string; motivation: string; target: unknown; creator?: { name: string } }> };
    };
    const annotation = json.first.items.find((x) => x.motivation !== 'replying')!;
    expect(json.first.items.find((x) => x.motivation === 'replying')).toMatchObject({ target: annotation.id, creator: { name: l.editor } });

    // A draft: comment on a span with Mod+Alt+M, listed beside it, kept across a reload.
    const draft = await call<{ id: number }>(app, 'drafts:create', {
      title: 'Follow-up',
      language: locale,
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '科技型企业超过4.8万家。' }] }] },
    });
    await app.evaluate((id) => (window.location.hash = `#/drafts/${id}`), draft.id);
    const text = app.getByRole('textbox', { name: l.draftText });
    await text.click();
    await app.keyboard.press('End');
    await app.keyboard.press('ArrowLeft');
    for (let i = 0; i < 5; i++) await app.keyboard.press('Shift+ArrowLeft');
    await app.keyboard.press('Control+Alt+m');
    const ask = app.getByRole('dialog', { name: l.addComment });
    await ask.getByLabel(l.commentField, { exact: true }).fill('年末数还是新增？');
    const commentSaved = saved(app);
    await ask.getByRole('button', { name: l.addCommentButton, exact: true }).click();
    const open = app.getByRole('list', { name: l.openComments });
    await expect(open).toContainText('“4.8万家”');
    await commentSaved;
    await app.reload();
    await expect(app.getByRole('list', { name: l.openComments })).toContainText('年末数还是新增？');
    await expect(app.getByRole('list', { name: l.openComments })).toContainText(l.editor);

    const draftDownload = app.waitForEvent('download');
    await app.getByRole('button', { name: l.exportButton, exact: true }).first().click();
    await app.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
    const draftDocx = await JSZip.loadAsync(readFileSync(await (await draftDownload).path()));
    expect(authorOf(await draftDocx.file('word/comments.xml')!.async('string'), '年末数还是新增？')).toBe(l.editor);

    const resolveSaved = saved(app);
    await app.getByRole('list', { name: l.openComments }).getByRole('button', { name: l.resolve, exact: true }).click();
    await expect(app.getByRole('list', { name: l.resolved, exact: true })).toContainText('年末数还是新增？');
    await resolveSaved;
    await app.reload();
    await expect(app.getByRole('list', { name: l.resolved, exact: true })).toContainText('年末数还是新增？');
    await expect(app.getByRole('list', { name: l.openComments })).toHaveCount(0);
  });
}
