/**
 * The pane's local review of a code of 1,000 articles (3.4 MB, the Labour Code over and over, as in
 * `npm run bench`) in headless Chromium, production build: from the click on "Review" to the summary
 * painted, and the longest stretch the page did not answer meanwhile (a 50 ms heartbeat on the main
 * thread: a frozen UI shows as one long gap). Printed, not asserted (issue 10: no freeze, under 3 s).
 */
import type http from 'http';
import type { AddressInfo } from 'net';
import { DIST, ensureBuilt, launchChromium, serve } from '../tests/e2e/distServer';
import { loadCorpusLaw } from '../scripts/corpus-laws';

/** The Labour Code over and over, cut before its 1,001st article. */
export function thousandArticleCode(): string {
  const code = loadCorpusLaw('labour-code-ru').lines;
  const many = Array.from({ length: 6 }, () => code).flat();
  let seen = 0;
  return many.slice(0, many.findIndex((l) => /^Статья\s+\d/.test(l) && ++seen > 1000)).join('\n');
}

export async function paneCodeBench(): Promise<void> {
  ensureBuilt();
  const server: http.Server = await serve(DIST);
  const browser = await launchChromium();
  const body = thousandArticleCode();
  try {
    console.log(`\nPane, local review of a 1,000-article code (${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MB) in Chromium at 450×900`);
    console.log('case                         click→summary ms  longest main-thread gap ms  findings');
    for (const warm of [true, false]) {
      const page = await browser.newPage({ viewport: { width: 450, height: 900 }, locale: 'ru-RU' });
      await page.addInitScript('window.__name = (f) => f');
      await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      await page.route('**/samples/sample-ru.txt', (route) => route.fulfill({ contentType: 'text/plain; charset=utf-8', body }));
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      await page.getByRole('button', { name: 'Проверить документ' }).waitFor({ timeout: 60_000 });
      // A reader who opens the pane and reads a moment lets the idle warm-up run first.
      if (warm) await page.waitForTimeout(3000);
      const m = await page.evaluate(async () => {
        const beats: number[] = [];
        const timer = setInterval(() => beats.push(performance.now()), 50);
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Проверить документ')!;
        const t0 = performance.now();
        button.click();
        while (!document.querySelector('[data-testid="summary"]')) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => requestAnimationFrame(r));
        const t1 = performance.now();
        clearInterval(timer);
        const points = [t0, ...beats.filter((t) => t > t0 && t < t1), t1];
        const gap = Math.max(...points.slice(1).map((t, i) => t - points[i]));
        return { ms: t1 - t0, gap, summary: document.querySelector('[data-testid="summary"]')!.textContent ?? '' };
      });
      const findings = /\d+/.exec(m.summary)?.[0] ?? '?';
      console.log(`${(warm ? 'after the idle warm-up' : 'clicked at once (cold)').padEnd(28)} ${m.ms.toFixed(0).padStart(16)}  ${m.gap.toFixed(0).padStart(26)}  ${findings.padStart(8)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

if (require.main === module) {
  paneCodeBench().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
