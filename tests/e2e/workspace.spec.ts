import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The editor's workspace in browser mode: a clean load, the first-run steps, and one
 * language at a time on every page.
 */

const SEED_HEADLINE = '重庆实施高新技术企业和科技型企业“双倍增”行动';

/** Sets the UI language through the contract, as Settings does, and reloads. */
async function useLanguage(app: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  await app.evaluate(async (value) => {
    const token = document.querySelector('meta[name="figure-desk-token"]')?.getAttribute('content') ?? '';
    await fetch('/api/settings:set', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': token },
      body: JSON.stringify({ locale: value }),
    });
  }, locale);
  await app.reload();
}

/**
 * Text that is the reporting, not the UI, and may be in either language: story text and
 * headlines, quotes, names of people, papers and places, search snippets, the editor's own
 * words (drafts, comments). Everything else on screen is the UI's and must be in its language.
 */
const CONTENT_SPANS = [
  'article', // the reader: headline, byline, body
  '[data-story-id]', // a story in the list or the search hits: headline, paper, byline, snippet
  '[data-content]', // quotes, metrics and names the app marks as coming from the text
  'q',
  'blockquote',
  'mark',
  '.ProseMirror',
  'input',
  'textarea',
  'kbd',
  'code',
  'title',
  'script',
  'style',
  'svg',
];

/** Latin text the Chinese UI may show: the app's name, formats, keys and the search syntax. */
const LATIN_ALLOWED_IN_ZH = [
  'Figure Desk',
  'Ctrl',
  'Alt',
  'Shift',
  'Esc',
  'Enter',
  'OR',
  'PDF',
  'Word',
  'HTML',
  'Markdown',
  'DOCX',
  'XLSX',
  'CSV',
  'JSON',
  'GDP',
  'W3C',
  'CPI',
  'PMI',
  'Web Annotation',
  'JSON-LD',
];

/** Visible UI text of the other script, with where it sits; content spans are left out. */
async function otherScript(app: Page, locale: 'zh-CN' | 'en'): Promise<string[]> {
  return app.evaluate(
    ({ locale, spans, latinAllowed }) => {
      const skip = spans.join(',');
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest(skip)) continue;
        if (!parent.checkVisibility?.() && parent.offsetParent === null) continue;
        // Quotes, file paths and web addresses are the reporting's or the machine's, not the UI's words.
        let text = (node.textContent ?? '').replace(/“[^”]*”|「[^」]*」|"[^"]*"|(?:\/[\w.-]+){2,}|https?:\/\/\S+/g, ' ');
        if (locale === 'en') {
          if (/\p{Script=Han}/u.test(text)) found.push(`${text.trim()}  ← <${parent.tagName.toLowerCase()} class="${parent.className}">`);
        } else {
          for (const allowed of [...latinAllowed].sort((a, b) => b.length - a.length)) text = text.split(allowed).join(' ');
          // A Latin word of two letters or more; single letters are keys (t, j, k) or units.
          const words = text.match(/\p{Script=Latin}{2,}/gu);
          if (words) found.push(`${words.join(' ')} in “${(node.textContent ?? '').trim()}”  ← <${parent.tagName.toLowerCase()}>`);
        }
      }
      return found;
    },
    { locale, spans: CONTENT_SPANS, latinAllowed: LATIN_ALLOWED_IN_ZH },
  );
}

const PAGES: { name: string; hash: string }[] = [
  { name: 'archive', hash: '#/archive' },
  { name: 'queue', hash: '#/figures/queue' },
  { name: 'targets', hash: '#/targets' },
  { name: 'check', hash: '#/check' },
  { name: 'drafts', hash: '#/drafts' },
  { name: 'settings', hash: '#/settings' },
];

test('the app loads with no console error and no failed request (favicon, CSP)', async ({ browserInstance, server }) => {
  const context = await browserInstance.newContext({ locale: 'zh-CN' });
  const app = await context.newPage();
  const problems: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  app.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  app.on('requestfailed', (request) => problems.push(`failed ${request.url()}`));
  await app.goto(server.url);
  await expect(app.getByRole('link', { name: SEED_HEADLINE, exact: true })).toBeVisible();
  // The icon the page declares, or the one a browser asks for when none is declared.
  const icon = await app.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', location.href).href);
  expect(await app.evaluate(async (url) => (await fetch(url)).status, icon), icon).toBe(200);
  expect(problems).toEqual([]);
  await context.close();
});

test('first run: three next steps, each a button that takes it and then goes away', async ({ app }) => {
  const steps = app.getByRole('region', { name: '下一步' });
  await expect(steps.getByRole('button')).toHaveCount(4); // three steps and the close button

  await steps.getByRole('button', { name: /在数字上按 t/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await app.keyboard.press('t');
  await expect(app.getByText('已设为目标').first()).toBeVisible();

  await app.getByRole('link', { name: '档案', exact: true }).click();
  await expect(steps.getByRole('button', { name: /在数字上按 t/ })).toHaveCount(0);
  await steps.getByRole('button', { name: /核对一篇后来的报道/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: '核查' })).toBeVisible();

  await app.reload();
  await app.getByRole('link', { name: '档案', exact: true }).click();
  await expect(steps.getByRole('button', { name: /导入一个版面/ })).toBeVisible();
  await expect(steps.getByRole('button', { name: /核对一篇后来的报道/ })).toHaveCount(0);
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`every page in ${locale} shows UI text of that language only`, async ({ app }) => {
    await useLanguage(app, locale);
    await expect(app.getByRole('link', { name: SEED_HEADLINE, exact: true })).toBeVisible();
    const seen: Record<string, string[]> = {};
    for (const page of PAGES) {
      await app.evaluate((hash) => (window.location.hash = hash), page.hash);
      await expect(app.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await app.waitForLoadState('networkidle');
      seen[page.name] = await otherScript(app, locale);
    }
    // The reader and its figure panel, on the seed page.
    await app.evaluate(() => (window.location.hash = '#/archive'));
    await app.getByRole('link', { name: SEED_HEADLINE, exact: true }).click();
    await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
    await app.getByRole('button', { name: /突破7000家/ }).first().click();
    await app.waitForLoadState('networkidle');
    seen.reader = await otherScript(app, locale);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((name) => [name, []])));
  });
}

/** Calls a contract channel from the page, as the renderer does in browser mode. */
async function call<T>(app: Page, channel: string, input: unknown): Promise<T> {
  return app.evaluate(
    async ({ channel, input }) => {
      const token = document.querySelector('meta[name="figure-desk-token"]')?.getAttribute('content') ?? '';
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': token },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.data;
    },
    { channel, input },
  ) as Promise<T>;
}

const LATER_HEADLINE = '重庆高新技术企业达到7565家';
const LATER_PAGE = `${LATER_HEADLINE}\n\n本报讯 记者从市科技局获悉，2023年，重庆市高新技术企业达到7565家，比上年增长22%。`;

const LABELS = {
  'zh-CN': { paste: '粘贴文本', importTitle: '导入档案', text: '版面文本', date: '日期', start: '开始', review: '导入前检查', save: '保存到档案', publicationUnknown: '报纸不明', panel: '核查结果', confirm: '确认', confirmedBy: '李华确认', openTarget: '查看目标', history: '变更记录', linked: '作为证据关联' },
  en: { paste: 'Paste text', importTitle: 'Import into the archive', text: 'Text of the page', date: 'Date', start: 'Start', review: 'Review before saving', save: 'Save to the archive', publicationUnknown: 'publication unknown', panel: 'Check results', confirm: 'Confirm', confirmedBy: 'by 李华', openTarget: 'Open the target', history: 'History', linked: 'linked as evidence' },
} as const;

for (const locale of ['zh-CN', 'en'] as const) {
  test(`an import's inferences, a confirmed match and a target's audit trail in ${locale} show UI text of that language only`, async ({ app }) => {
    const L = LABELS[locale];
    await call(app, 'settings:set', { editorName: '李华' });
    await useLanguage(app, locale);
    await expect(app.getByRole('link', { name: SEED_HEADLINE, exact: true })).toBeVisible();
    const seen: Record<string, string[]> = {};

    // The target: 高新技术企业突破7000家 on the seed page.
    const storyId = async (headline: string) =>
      (await call<{ items: Array<{ id: number; headline: string }> }>(app, 'archive:list', { limit: 100 })).items.find((s) => s.headline === headline)!.id;
    const seedId = await storyId(SEED_HEADLINE);
    const figures = await call<Array<{ id: number; quote: string }>>(app, 'figures:list', { storyId: seedId });
    await call(app, 'targets:fromFigure', { figureId: figures.find((f) => f.quote.includes('突破7000家'))!.id });

    // A later story, pasted without its paper: the review says what it inferred.
    await app.getByRole('button', { name: L.paste }).click();
    const importDialog = app.getByRole('dialog', { name: L.importTitle });
    await importDialog.getByRole('textbox', { name: L.text }).fill(LATER_PAGE);
    await importDialog.getByRole('textbox', { name: new RegExp(L.date) }).fill('2024-01-20');
    await importDialog.getByRole('button', { name: L.start, exact: true }).click();
    const review = app.getByRole('dialog', { name: L.review });
    await expect(review.getByTestId('review-assumed')).toContainText(L.publicationUnknown);
    seen.review = await otherScript(app, locale);
    await review.getByRole('button', { name: L.save }).click();
    await expect(review).toHaveCount(0);

    // Check it, confirm the match, and come back: it is still settled, with who and when.
    const laterId = await storyId(LATER_HEADLINE);
    await app.evaluate((hash) => (window.location.hash = hash), `#/check/${laterId}`);
    const panel = app.getByRole('region', { name: L.panel });
    await expect(panel.getByTestId('verdict-explanation').first()).toBeVisible();
    await panel.getByRole('button', { name: L.confirm, exact: true }).first().click();
    await expect(panel.getByRole('status').first()).toBeVisible();
    await app.reload();
    const settled = app.getByRole('region', { name: L.panel }).getByTestId('verdict-settled').first();
    await expect(settled).toContainText(L.confirmedBy);
    await expect(app.getByTestId('verdict-basis').first()).toBeVisible();
    await app.waitForLoadState('networkidle');
    seen.check = await otherScript(app, locale);

    // The target: its audit trail says what changed and why, and who linked the evidence.
    await app.getByRole('link', { name: L.openTarget }).first().click();
    const history = app.getByRole('list', { name: L.history });
    await expect(history.getByTestId('history-note').first()).toBeVisible();
    await expect(history).toContainText(L.linked);
    await expect(app.getByTestId('evidence-confirmed').first()).toContainText(L.confirmedBy);
    await app.waitForLoadState('networkidle');
    seen.target = await otherScript(app, locale);

    expect(seen).toEqual({ review: [], check: [], target: [] });
  });
}
