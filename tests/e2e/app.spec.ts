import { test, expect } from './fixtures';

const SEED_HEADLINE = '重庆实施高新技术企业和科技型企业“双倍增”行动';

test('opens on the sample archive and reads a story', async ({ app }, testInfo) => {
  await expect(app.getByRole('button', { name: SEED_HEADLINE })).toBeVisible();
  await expect(app.getByRole('button', { name: '重庆水警春季练兵' })).toBeVisible();

  await app.getByRole('button', { name: SEED_HEADLINE }).click();
  await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(app.getByText('今年力争科技型企业超过4.8万家、高新技术企业突破7000家').first()).toBeVisible();
  await testInfo.attach('reader', { body: await app.screenshot(), contentType: 'image/png' });
});

test('switches the interface to English and back', async ({ app }, testInfo) => {
  await app.getByRole('link', { name: '设置' }).click();
  await app.getByLabel('界面语言').click();
  await app.getByRole('option', { name: 'English' }).click();
  await expect(app.getByRole('link', { name: 'Archive' })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Settings' })).toBeVisible();
  await testInfo.attach('english', { body: await app.screenshot(), contentType: 'image/png' });

  // The choice is stored: it survives a reload.
  await app.reload();
  await expect(app.getByRole('link', { name: 'Archive' })).toBeVisible();

  await app.getByLabel('Interface language').click();
  await app.getByRole('option', { name: '中文' }).click();
  await expect(app.getByRole('link', { name: '档案' })).toBeVisible();
});

test('imports a page through the UI with progress and finds it by a two-character query', async ({ app }) => {
  await expect(app.getByRole('button', { name: SEED_HEADLINE })).toBeVisible();
  await app.getByTestId('import-file-input').setInputFiles('tests/fixtures/e2e/cd-daily-2024-03-05.txt');
  const confirm = app.getByRole('button', { name: '开始导入' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(app.getByRole('progressbar').first()).toBeVisible();
  await expect(app.getByRole('button', { name: '成都新建绿道五百公里' })).toBeVisible();

  await app.getByLabel('搜索档案').fill('绿道');
  await expect(app.getByRole('button', { name: '成都新建绿道五百公里' })).toBeVisible();
  await expect(app.getByRole('button', { name: SEED_HEADLINE })).toHaveCount(0);
  await expect(app.locator('mark', { hasText: '绿道' }).first()).toBeVisible();
});
