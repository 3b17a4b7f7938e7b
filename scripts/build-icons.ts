/**
 * Renders assets/icon.svg into the ribbon and store icons (assets/icon-<n>.png) with headless
 * Chromium: the eight ribbon sizes the manifest allows (16, 20, 24, 32, 40, 48, 64, 80) and 128
 * for the store listing. The SVG draws inside a margin, so every size keeps its padding.
 * `npx tsx scripts/build-icons.ts` (CHROMIUM_PATH to use another browser).
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..');
export const ICON_FILE_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

async function main(): Promise<void> {
  const svg = readFileSync(path.join(ROOT, 'assets', 'icon.svg'));
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const n of ICON_FILE_SIZES) {
      await page.setViewportSize({ width: n, height: n });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${n}" height="${n}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: n, height: n } });
      writeFileSync(path.join(ROOT, 'assets', `icon-${n}.png`), png);
      console.log(`assets/icon-${n}.png`);
    }
  } finally {
    await browser.close();
  }
}

void main();
