/**
 * End to end in headless Chromium: the production pane (dist/) served over http, opened outside
 * Office, runs its demo on the in-memory Word document; a click on Review shows findings, a click
 * applies one, and the document then holds the comment and the tracked change.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Reuse dist/ when it is newer than every source it is built from; otherwise build it. */
function ensureBuilt(): void {
  const page = path.join(DIST, 'taskpane.html');
  const sources = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'assets')), statSync(path.join(ROOT, 'webpack.config.js')).mtimeMs);
  if (existsSync(page) && statSync(page).mtimeMs > sources) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.map': 'application/json' };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The pane's engine is swapped for a phrase finder so the test does not depend on which rules
// exist yet; everything else (pane, session, plan builder, Word host, in-memory Word) is real.
const ENGINE_HOOK = `
window.zanTestHooks = { localEngine: async (doc) => {
  const findings = [];
  doc.paragraphs.forEach((p) => {
    const start = p.text.indexOf('в разумный срок');
    if (start < 0) return;
    findings.push({ id: 'e2e:' + p.index + ':' + start, ruleId: 'anticorruption/vague-deadline', category: 'anticorruption', severity: 'warning',
      unit: 'ст. 3 пп. 3)', anchor: { paragraph: p.index, start, end: start + 15, quote: 'в разумный срок' },
      message: 'Срок действия государственного органа не определён', rationale: 'Неопределённый срок — коррупционный фактор.',
      citations: [], replacement: 'в течение десяти рабочих дней', engine: 'local', language: 'ru' });
  });
  return { act: { doc }, findings };
} };`;

describe('task pane in Chromium (demo on the in-memory Word document)', () => {
  let server: http.Server;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    server = await serve(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('reviews, applies one suggestion, and the document holds the comment and the tracked change', async () => {
    const page = await browser.newPage({ viewport: { width: 420, height: 1100 }, locale: 'ru-RU' });
    // No internet in tests: Office.js from the CDN is refused, as it is on an offline machine.
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await page.addInitScript(ENGINE_HOOK);
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);

    await page.getByText('Страница открыта вне Word', { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Проверить документ' }).click();
    const card = page.locator('[data-finding^="e2e:"]');
    await card.waitFor();
    await page.getByText('Локальные проверки: замечаний — 1.').waitFor();

    await card.getByRole('button', { name: 'Внести правку' }).click();
    await card.getByText('Внесено как исправление').waitFor();

    const state = await page.evaluate(() => {
      const word = window.zanDemo!.word;
      return { comments: word.commentList(), changes: word.trackedChanges(), rejected: word.textIfRejected(), text: word.text() };
    });
    expect(state.comments).toHaveLength(1);
    expect(state.comments[0].content.startsWith('[Zan] Срок действия государственного органа не определён')).toBe(true);
    expect(state.changes.map((c) => [c.type, c.text])).toEqual([
      ['Deleted', 'разумный срок'],
      ['Added', 'течение десяти рабочих дней'],
    ]);
    const sample = readFileSync(path.join(ROOT, 'assets', 'samples', 'sample-ru.txt'), 'utf8').trimEnd().split('\n');
    expect(state.rejected).toEqual(sample);
    expect(state.text.some((t) => t.includes('в течение десяти рабочих дней.'))).toBe(true);
    await expect(page.locator('.zan-demo-doc ins').first().textContent()).resolves.toBe('течение десяти рабочих дней');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'pane-e2e.png'), fullPage: true });
    await page.close();
  }, 120_000);
});
