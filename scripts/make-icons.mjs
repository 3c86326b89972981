// Renders resources/icons/icon.svg to the PNG sizes electron-builder and Linux want,
// with Debian's Chromium. Run after changing the SVG: `node scripts/make-icons.mjs`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('resources/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [1024, 512, 256, 128, 64, 32, 16]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`);
  await page.screenshot({ path: size === 1024 ? 'resources/icon.png' : `resources/icons/${size}x${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to resources/');
