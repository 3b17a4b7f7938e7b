/**
 * The pane's list in headless Chromium with hundreds of findings: the production build's demo on a
 * generated act (two real findings of the real local engine per article), printed, not asserted.
 * - render: click "Review" → summary and first card painted (the local review included);
 * - action: "Comment" on a card → its status shown (goal ≤ 50 ms), median and worst of 5;
 * - scroll: the page scrolled top to bottom in 150 px steps, one per frame; the longest frame.
 */
import type http from 'http';
import type { AddressInfo } from 'net';
import type { Page } from 'playwright-core';
import { DIST, ensureBuilt, launchChromium, serve } from '../tests/e2e/distServer';

/** An act of `articles` articles, each with a vague deadline and an open list. */
export function manyFindingsAct(articles: number): string {
  const out = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О порядке рассмотрения обращений'];
  for (let a = 1; a <= articles; a++) {
    out.push(`Статья ${a}. Рассмотрение обращений вида ${a}`);
    out.push('1. Уполномоченный орган рассматривает обращение в разумный срок.');
    out.push('2. Решение принимается в соответствии с пунктом 1 настоящей статьи и т.д.');
  }
  return out.join('\n');
}

async function measure(page: Page): Promise<{ findings: number; renderMs: number; actions: number[]; worstFrameMs: number }> {
  const renderMs = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Проверить документ')!;
    const t0 = performance.now();
    button.click();
    while (!document.querySelector('[data-testid="summary"]') || !document.querySelector('article[data-finding]')) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  const findings = Number(/\d+/.exec((await page.getByTestId('summary').textContent()) ?? '')![0]);
  const actions: number[] = [];
  for (let i = 0; i < 5; i++) {
    actions.push(
      await page.evaluate(async () => {
        const card = [...document.querySelectorAll<HTMLElement>('article[data-finding]')].find((c) => !c.querySelector('[data-status]'))!;
        const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Примечание')!;
        const id = card.dataset.finding;
        const t0 = performance.now();
        button.click();
        const done = () => [...document.querySelectorAll<HTMLElement>('article[data-finding]')].some((c) => c.dataset.finding === id && c.querySelector('[data-status]'));
        while (!done()) await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }),
    );
  }
  const worstFrameMs = await page.evaluate(async () => {
    window.scrollTo(0, 0);
    let worst = 0;
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    const end = () => document.documentElement.scrollHeight - window.innerHeight;
    while (window.scrollY < end() - 1) {
      window.scrollBy(0, 150);
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      worst = Math.max(worst, now - last);
      last = now;
    }
    return worst;
  });
  return { findings, renderMs, actions, worstFrameMs };
}

export async function paneListBench(): Promise<void> {
  ensureBuilt();
  const server: http.Server = await serve(DIST);
  const browser = await launchChromium();
  try {
    console.log('\nPane list in Chromium at 320×800 (production build, real local engine)');
    console.log('findings  click→list ms  comment ms (median / worst of 5)  worst scroll frame ms');
    for (const articles of [150, 500]) {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 }, locale: 'ru-RU' });
      // tsx compiles with keepNames: functions passed to page.evaluate call its __name helper.
      await page.addInitScript('window.__name = (f) => f');
      await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      await page.route('**/samples/sample-ru.txt', (route) => route.fulfill({ contentType: 'text/plain; charset=utf-8', body: manyFindingsAct(articles) }));
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      await page.getByRole('button', { name: 'Проверить документ' }).waitFor({ timeout: 20_000 });
      const m = await measure(page);
      const sorted = [...m.actions].sort((a, b) => a - b);
      console.log(
        `${String(m.findings).padStart(8)}  ${m.renderMs.toFixed(0).padStart(13)}  ${`${sorted[2].toFixed(0)} / ${sorted[4].toFixed(0)}`.padStart(32)}  ${m.worstFrameMs.toFixed(0).padStart(21)}`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
