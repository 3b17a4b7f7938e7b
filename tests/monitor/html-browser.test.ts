/**
 * The monitoring HTML report in a real browser (headless Chromium): the page loads under its own
 * Content-Security-Policy, its sorting script runs, and links between acts lead somewhere.
 */
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { runSweep } from '../../src/app/monitor/sweep';
import { toMonitorHtml } from '../../src/report/monitor/html';
import { actsFolder } from './fixtures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('monitoring HTML report in Chromium', () => {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    const dir = actsFolder();
    html = toMonitorHtml(await runSweep({ inputs: [path.join(dir, 'laws')], jobs: 1, checks: 'monitoring' }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('clicking a column header sorts the acts table, again reverses it; no script error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await page.setContent(html);
    const firstColumn = () => page.$$eval('#acts tbody tr td:first-child', (tds) => tds.map((td) => td.textContent));
    const totals = () => page.$$eval('#acts tbody tr td:last-child', (tds) => tds.map((td) => Number(td.textContent)));
    const totalHeader = page.locator('#acts thead th').last();
    await totalHeader.click();
    const ascending = await totals();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await totalHeader.getAttribute('aria-sort')).toBe('ascending');
    await totalHeader.click();
    const descending = await totals();
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));
    await page.locator('#acts thead th').first().click();
    expect(await firstColumn()).toEqual(['Мемлекеттік бақылау туралы', 'О государственном контроле'].sort((a, b) => a.localeCompare(b)));
    // Every "the same in N acts" link points at an act section of the page.
    const targets = await page.$$eval('.same a', (as) => as.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(await page.locator(t!).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
