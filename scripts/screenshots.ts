/**
 * Regenerates the README's screenshots (docs/screenshots/) from the real app in browser
 * mode on a fresh archive: `npm run screenshots`. Needs Debian's chromium, a CJK font,
 * LibreOffice (soffice) and pdftoppm for the exported DOCX.
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
  await page.getByRole('link', { name: SEED, exact: true }).waitFor();
  await shot(page, 'archive');

  await page.getByRole('link', { name: SEED, exact: true }).click();
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
  await shot(page, 'reader-annotations');

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
  await shot(page, 'check');
  await page.getByRole('button', { name: '确认', exact: true }).first().click();
  await page.getByRole('link', { name: '目标', exact: true }).click();
  await page.getByTestId('metric-chart').first().waitFor();
  await shot(page, 'targets');

  await page.getByRole('link', { name: '稿件', exact: true }).click();
  await page.getByRole('button', { name: '新建跟进稿', exact: true }).click();
  const chooser = page.getByRole('dialog');
  await chooser.getByRole('checkbox', { name: /高新技术企业/ }).check();
  await chooser.getByRole('checkbox', { name: /科技型企业/ }).check();
  await chooser.getByLabel('中文').check();
  await chooser.getByRole('button', { name: '生成', exact: true }).click();
  await page.locator('.ProseMirror').waitFor();
  await shot(page, 'draft-editor');

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
  writeFileSync(join(OUT, 'README.md'), 'Regenerated by `npm run screenshots` (scripts/screenshots.ts) from the app in browser mode.\n');
} finally {
  await browser.close();
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
