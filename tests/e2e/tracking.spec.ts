import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const SEED_HEADLINE = '重庆实施高新技术企业和科技型企业“双倍增”行动';
const LATER_HEADLINE = '重庆高新技术企业数量创新高';

async function importWithoutReview(app: Page, file: string, headline: string): Promise<void> {
  await app.getByRole('link', { name: '档案', exact: true }).click();
  await app.getByTestId('import-file-input').setInputFiles(file);
  const dialog = app.getByRole('dialog', { name: '导入档案' });
  await dialog.getByRole('checkbox', { name: '导入前检查' }).uncheck();
  await dialog.getByRole('button', { name: '开始', exact: true }).click();
  await expect(app.getByRole('link', { name: headline, exact: true })).toBeVisible();
}

async function trackTarget(app: Page, quote: string): Promise<void> {
  await app.getByRole('link', { name: SEED_HEADLINE, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await app.getByRole('button', { name: new RegExp(`^${quote} · 目标`) }).first().click();
  await app.getByRole('button', { name: '设为目标', exact: true }).click();
  await expect(app.getByText('已设为目标').first()).toBeVisible();
}

test('a target from the seed page is met by a later story: check, confirm, board and chart', async ({ app }, testInfo) => {
  await trackTarget(app, '突破7000家');
  await importWithoutReview(app, 'tests/fixtures/e2e/cq-daily-2024-01-20.txt', LATER_HEADLINE);

  await app.getByRole('link', { name: '核查', exact: true }).click();
  await app.getByText(LATER_HEADLINE).first().click();
  const verdict = app.getByText(/7565 > 7000/).first();
  await expect(verdict).toBeVisible();
  await testInfo.attach('check', { body: await app.screenshot(), contentType: 'image/png' });
  await app.getByRole('button', { name: '确认', exact: true }).first().click();
  await expect(app.getByText(/已完成/).first()).toBeVisible();

  await app.getByRole('link', { name: '目标', exact: true }).click();
  const row = app.getByRole('row', { name: /高新技术企业/ });
  await expect(row.getByText('已完成')).toBeVisible();
  await expect(app.getByTestId('metric-chart').first()).toBeVisible();
  await testInfo.attach('board', { body: await app.screenshot(), contentType: 'image/png' });
});

test('annotates a span that survives a reload, drafts a follow-up from two targets and exports it to DOCX with the comment', async ({ app }, testInfo) => {
  await trackTarget(app, '突破7000家');
  await app.getByRole('button', { name: /^超过4\.8万家 · 目标/ }).first().click();
  await app.getByRole('button', { name: '设为目标', exact: true }).click();
  await expect(app.getByText('已设为目标').first()).toBeVisible();

  // Select a span of the body the way a mouse would, then annotate it.
  const phrase = '加快促进科技、产业、金融、人才良性循环';
  await app.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at >= 0 && node.parentElement?.closest('[data-offset]')) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
    throw new Error(`text not found: ${text}`);
  }, phrase);
  await app.getByRole('button', { name: '有疑问', exact: true }).first().click();
  const comment = '这个说法的出处是哪份文件？';
  await app.getByLabel('批注').fill(comment);
  await app.getByRole('button', { name: '保存批注', exact: true }).click();
  await expect(app.getByText(comment).first()).toBeVisible();

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(app.getByText(comment).first()).toBeVisible();
  await testInfo.attach('annotated', { body: await app.screenshot(), contentType: 'image/png' });

  // The story, exported to Word, carries the annotation as a real comment.
  const storyDownload = app.waitForEvent('download');
  await app.getByRole('button', { name: '导出', exact: true }).first().click();
  await app.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
  const storyFile = await (await storyDownload).path();
  const storyDocx = await JSZip.loadAsync(readFileSync(storyFile));
  expect(await storyDocx.file('word/comments.xml')!.async('string')).toContain(comment);

  // A follow-up from the two tracked targets.
  await app.getByRole('link', { name: '稿件', exact: true }).click();
  await app.getByRole('button', { name: '新建跟进稿', exact: true }).click();
  const chooser = app.getByRole('dialog');
  await chooser.getByRole('checkbox', { name: /高新技术企业/ }).check();
  await chooser.getByRole('checkbox', { name: /科技型企业/ }).check();
  await chooser.getByLabel('中文').check();
  await chooser.getByRole('button', { name: '生成', exact: true }).click();
  // No paper is set as ours (Settings → 本报), so the source is named, never called 本报.
  await expect(app.locator('.ProseMirror')).toContainText('据《重庆日报》2023年2月24日报道');
  await expect(app.locator('.ProseMirror')).not.toContainText('本报');
  await testInfo.attach('draft', { body: await app.screenshot(), contentType: 'image/png' });

  const draftDownload = app.waitForEvent('download');
  await app.getByRole('button', { name: '导出', exact: true }).first().click();
  await app.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
  const draftFile = await (await draftDownload).path();
  const draftDocx = await JSZip.loadAsync(readFileSync(draftFile));
  const documentXml = await draftDocx.file('word/document.xml')!.async('string');
  expect(documentXml).toContain('高新技术企业');
  expect(await draftDocx.file('word/footnotes.xml')!.async('string')).toContain('2023');
});
