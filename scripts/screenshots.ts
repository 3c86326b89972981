/**
 * Regenerates the README's screenshots (docs/screenshots/) from the real app in browser
 * mode on a fresh archive: `npm run screenshots`. Needs Debian's chromium, a CJK font,
 * LibreOffice (soffice) and pdftoppm for the exported DOCX.
 *
 * The walk fills the archive as an editor would (the sample page, two targets, an annotation
 * with a reply, a later page checked, a follow-up with a comment) in Chinese and the light
 * theme; then every page is shot again in each language and theme: NAME.png (Chinese,
 * light), NAME.dark.png, NAME.en.png and NAME.en.dark.png.
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildRenderer } from './build-renderer.mjs';

const OUT = resolve('docs/screenshots');
const SEED = '重庆实施高新技术企业和科技型企业“双倍增”行动';
const LATER = '重庆高新技术企业数量创新高';

async function startServer(dataDir: string) {
  await buildRenderer();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/serve.ts', '--db', join(dataDir, 'archive.db'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return { url, child };
}

/** Settings through the app's own contract, as the Settings page saves them; then a reload applies them. */
async function setSettings(page: Page, patch: Record<string, unknown>) {
  await page.evaluate(async (p) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="figure-desk-token"]')!.content;
    const res = await fetch('/api/settings:set', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': token }, body: JSON.stringify(p) });
    const body = (await res.json()) as { ok: boolean };
    if (!body.ok) throw new Error(`settings:set failed: ${JSON.stringify(body)}`);
  }, patch);
  await page.reload();
}

async function shot(page: Page, name: string) {
  // Notifications would cover the picture: close them first.
  for (const close of await page.locator('.mantine-Notification-root button').all()) await close.click().catch(() => undefined);
  await page.waitForTimeout(400); // let transitions settle for a still picture (not a test)
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'figure-desk-shots-'));
const { url, child } = await startServer(dataDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  // Annotations, replies and comments show who made them: an editor, not the machine's user.
  await setSettings(page, { editorName: '李华' });
  await page.getByRole('link', { name: SEED, exact: true }).waitFor();

  await page.getByRole('link', { name: SEED, exact: true }).click();
  await page.waitForURL(/#\/archive\/story\/\d+/);
  const readerHash = new URL(page.url()).hash;
  for (const quote of ['突破7000家', '超过4.8万家']) {
    await page.getByRole('button', { name: new RegExp(`^${quote} · 目标`) }).first().click();
    await page.getByRole('button', { name: '设为目标', exact: true }).click();
    await page.getByText('已设为目标').first().waitFor();
  }
  await page.evaluate((text) => {
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
  }, '加快促进科技、产业、金融、人才良性循环');
  await page.getByRole('button', { name: '有疑问', exact: true }).first().click();
  await page.getByLabel('批注').fill('这个说法的出处是哪份文件？');
  await page.getByRole('button', { name: '保存批注', exact: true }).click();
  await page.mouse.click(5, 880);
  const annotations = page.getByRole('list', { name: '本文标注' });
  await annotations.getByRole('button', { name: '回复', exact: true }).first().click();
  await annotations.getByLabel('回复内容（Ctrl+Enter 发送）').fill('市科技局2月23日会议通稿，已核对。');
  await annotations.getByRole('button', { name: '发送回复', exact: true }).click();
  await annotations.getByRole('list', { name: '回复' }).waitFor();

  await page.getByRole('link', { name: '档案', exact: true }).click();
  await page.getByTestId('import-file-input').setInputFiles('tests/fixtures/e2e/cq-daily-2024-01-20.txt');
  const dialog = page.getByRole('dialog', { name: '导入档案' });
  await dialog.getByRole('checkbox', { name: '导入前检查' }).uncheck();
  await dialog.getByRole('button', { name: '开始', exact: true }).click();
  await page.getByRole('link', { name: LATER, exact: true }).waitFor();
  await page.getByRole('button', { name: '知道了', exact: true }).click();
  await page.getByRole('link', { name: '核查', exact: true }).click();
  await page.getByText(LATER).first().click();
  await page.getByText(/7565 > 7000/).first().waitFor();
  await page.waitForURL(/#\/check\/\d+/);
  const checkHash = new URL(page.url()).hash;
  await page.getByRole('button', { name: '确认', exact: true }).first().click();

  await page.getByRole('link', { name: '稿件', exact: true }).click();
  await page.getByRole('button', { name: '新建跟进稿', exact: true }).click();
  const chooser = page.getByRole('dialog');
  await chooser.getByRole('checkbox', { name: /高新技术企业/ }).check();
  await chooser.getByRole('checkbox', { name: /科技型企业/ }).check();
  await chooser.getByLabel('中文').check();
  await chooser.getByRole('button', { name: '生成', exact: true }).click();
  await page.locator('.ProseMirror').waitFor();
  await page.waitForURL(/#\/drafts\/\d+/);
  const draftHash = new URL(page.url()).hash;
  // A question on a span of the draft, as an editor leaves one for the reporter.
  await page.evaluate((text) => {
    const dom = document.querySelector('.ProseMirror') as HTMLElement & { editor: { state: { doc: { descendants(f: (n: { isText: boolean; text?: string }, pos: number) => void): void } }; commands: { setTextSelection(r: { from: number; to: number }): void } } };
    let at: { from: number; to: number } | null = null;
    dom.editor.state.doc.descendants((node, pos) => {
      const i = node.isText ? (node.text ?? '').indexOf(text) : -1;
      if (!at && i >= 0) at = { from: pos + i, to: pos + i + text.length };
    });
    if (at) dom.editor.commands.setTextSelection(at);
  }, '7565家');
  await page.keyboard.press('Control+Alt+m');
  const ask = page.getByRole('dialog', { name: '为所选文字加批注' });
  await ask.getByLabel('批注').fill('7565家是年末数还是全年新增？请与统计公报核对。');
  await ask.getByRole('button', { name: '添加批注', exact: true }).click();
  await page.getByRole('list', { name: '未解决的批注' }).waitFor();
  await page.getByText('已保存').first().waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).first().click();
  await page.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
  const docx = join(dataDir, 'follow-up.docx');
  await (await download).saveAs(docx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dataDir, docx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', join(dataDir, 'follow-up.pdf'), join(dataDir, 'docx-page')]);
  const page1 = readdirSync(dataDir).find((f) => f.startsWith('docx-page') && f.endsWith('.png'))!;
  renameSync(join(dataDir, page1), join(OUT, 'exported-docx.png'));
  console.log('docs/screenshots/exported-docx.png');

  // The archive is filled: the first-run steps are done with, and each page is shot in both
  // languages and both themes.
  await setSettings(page, { firstStepsDone: ['import', 'track', 'check'] });
  const pages: Array<{ name: string; hash: string; ready: (p: Page) => Promise<unknown> }> = [
    { name: 'archive', hash: '#/archive', ready: (p) => p.getByRole('link', { name: LATER, exact: true }).waitFor() },
    {
      name: 'reader-annotations',
      hash: readerHash,
      // The reply sits under the fold: scroll just far enough to show it.
      ready: async (p) => {
        await p.locator('[data-reply-id]').first().waitFor();
        await p.locator('[data-reply-id]').first().evaluate((el) => el.scrollIntoView({ block: 'end' }));
      },
    },
    { name: 'check', hash: checkHash, ready: (p) => p.locator('[data-verdict]').first().waitFor() },
    { name: 'targets', hash: '#/targets', ready: (p) => p.getByTestId('metric-chart').first().waitFor() },
    { name: 'draft-editor', hash: draftHash, ready: (p) => p.locator('[data-comment-id]').first().waitFor() },
  ];
  const variants = [
    { suffix: '', locale: 'zh-CN', theme: 'light' },
    { suffix: '.dark', locale: 'zh-CN', theme: 'dark' },
    { suffix: '.en', locale: 'en', theme: 'light' },
    { suffix: '.en.dark', locale: 'en', theme: 'dark' },
  ];
  for (const v of variants) {
    await setSettings(page, { locale: v.locale, theme: v.theme });
    for (const p of pages) {
      await page.evaluate((hash) => (window.location.hash = hash), p.hash);
      await p.ready(page);
      await page.mouse.move(5, 880);
      await shot(page, `${p.name}${v.suffix}`);
    }
  }
  writeFileSync(join(OUT, 'README.md'), 'Regenerated by `npm run screenshots` (scripts/screenshots.ts) from the app in browser mode.\n');
} finally {
  await browser.close();
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
