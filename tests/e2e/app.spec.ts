import { test, expect } from './fixtures';

const SEED_HEADLINE = '重庆实施高新技术企业和科技型企业“双倍增”行动';

test('opens on the sample archive and reads a story', async ({ app }, testInfo) => {
  await expect(app.getByRole('link', { name: SEED_HEADLINE, exact: true })).toBeVisible();
  await expect(app.getByRole('link', { name: '重庆水警春季练兵', exact: true })).toBeVisible();

  await app.getByRole('link', { name: SEED_HEADLINE, exact: true }).click();
  await expect(app.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible();
  await expect(app.getByText('今年力争科技型企业超过4.8万家、高新技术企业突破7000家').first()).toBeVisible();
  await testInfo.attach('reader', { body: await app.screenshot(), contentType: 'image/png' });
});

test('switches the interface to English and back', async ({ app }, testInfo) => {
  await app.getByRole('link', { name: '设置', exact: true }).click();
  await app.getByLabel('界面语言').selectOption('en');
  await expect(app.getByRole('link', { name: 'Archive', exact: true })).toBeVisible();
  await expect(app.getByRole('link', { name: 'Settings', exact: true })).toBeVisible();
  await testInfo.attach('english', { body: await app.screenshot(), contentType: 'image/png' });

  // The choice is stored: it survives a reload.
  await app.reload();
  await expect(app.getByRole('link', { name: 'Archive', exact: true })).toBeVisible();

  await app.getByLabel('Interface language').selectOption('zh-CN');
  await expect(app.getByRole('link', { name: '档案', exact: true })).toBeVisible();
});

test('imports a page through the UI with progress and finds it by a two-character query', async ({ app }) => {
  await expect(app.getByRole('link', { name: SEED_HEADLINE, exact: true })).toBeVisible();
  await app.getByTestId('import-file-input').setInputFiles('tests/fixtures/e2e/cd-daily-2024-03-05.txt');
  const dialog = app.getByRole('dialog', { name: '导入档案' });
  await dialog.getByRole('checkbox', { name: '导入前检查' }).uncheck();
  await dialog.getByRole('button', { name: '开始', exact: true }).click();
  await expect(app.getByRole('progressbar', { name: '导入进度' })).toBeVisible();
  await expect(app.getByRole('link', { name: '成都新建绿道五百公里', exact: true })).toBeVisible();

  await app.getByLabel('搜索档案').fill('绿道');
  await expect(app.getByRole('link', { name: '成都新建绿道五百公里', exact: true })).toBeVisible();
  await expect(app.getByRole('link', { name: SEED_HEADLINE, exact: true })).toHaveCount(0);
  await expect(app.locator('mark', { hasText: '绿道' }).first()).toBeVisible();
});
