/**
 * End to end in headless Chromium: the production pane (dist/) served over http, opened outside
 * Office, runs its demo on the in-memory Word document with the real bundled local engine (the
 * rules and the corpus chunks the pane loads lazily). A click on Review shows the sample's real
 * findings; a click applies a suggestion as a tracked change, another inserts a comment; the
 * document then holds both, and rejecting every change gives back the original draft.
 *
 * Assertions name categories and the quoted words of the sample's planted defects, never the
 * wording of messages, so rules can be reworded (and rules added) without breaking this test.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { loadCorpusLaw } from '../../scripts/corpus-laws';

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

function sampleLines(language: 'ru' | 'kk'): string[] {
  return readFileSync(path.join(ROOT, 'assets', 'samples', `sample-${language}.txt`), 'utf8').replace(/\r\n?/g, '\n').trimEnd().split('\n');
}

/** Interface strings the test clicks and waits for, per interface language. */
const UI = {
  ru: {
    banner: 'Страница открыта вне Word',
    review: 'Проверить документ',
    done: /^Локальные проверки: замечаний — (\d+)\.$/,
    apply: 'Внести правку',
    comment: 'Примечание',
    applied: 'Внесено как исправление',
    commented: 'Примечание добавлено',
    suggestion: /^Предлагается: «(.*)»$/s,
  },
  kk: {
    banner: 'Бет Word-тан тыс ашылған',
    review: 'Құжатты тексеру',
    done: /^Жергілікті тексерулер: ескертулер саны — (\d+)\.$/,
    apply: 'Түзетуді енгізу',
    comment: 'Ескертпе',
    applied: 'Түзету ретінде енгізілді',
    commented: 'Ескертпе қосылды',
    suggestion: /^Ұсынылады: «(.*)»$/s,
  },
} as const;

/** The planted defects of each sample, by category and quoted words. */
const DEFECTS = {
  ru: { numberingGap: 'Статья 7.', missingArticle: 'статьей 15', repealedAct: 'от 30 января 2001 года' },
  kk: { numberingGap: '7-бап.', missingArticle: '15-бабында', repealedAct: '2001 жылғы 30 қаңтардағы' },
} as const;

interface WordState {
  comments: { content: string; paragraph: number; text: string }[];
  changes: { type: string; paragraph: number; text: string }[];
  rejected: string[];
  accepted: string[];
}

describe('task pane in Chromium: demo on the in-memory Word document with the real local engine', () => {
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
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  /** Opens the pane; `errors` collects uncaught page errors. */
  async function openPane(locale: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 420, height: 1100 }, locale });
    // No internet in tests: Office.js from the CDN is refused, as it is on an offline machine.
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    return { page, errors };
  }

  /** The finding card of a category whose quoted words are `quote`. */
  function card(page: Page, category: string, quote: string): Locator {
    return page.locator(`article[data-category="${category}"]`).filter({ has: page.locator('.zan-quote', { hasText: quote }) });
  }

  async function wordState(page: Page): Promise<WordState> {
    return page.evaluate(() => {
      const word = window.zanDemo!.word;
      return { comments: word.commentList(), changes: word.trackedChanges(), rejected: word.textIfRejected(), accepted: word.textIfAccepted() };
    });
  }

  for (const language of ['ru', 'kk'] as const) {
    it(`${language}: reviews the sample, applies a suggestion and inserts a comment; the document holds both`, async () => {
      const ui = UI[language];
      const defects = DEFECTS[language];
      const sample = sampleLines(language);
      const { page, errors } = await openPane(language === 'kk' ? 'kk-KZ' : 'ru-RU');

      await page.getByText(ui.banner, { exact: false }).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: ui.review }).click();
      const status = page.getByText(ui.done);
      await status.waitFor({ timeout: 30_000 });
      const count = Number(ui.done.exec((await status.textContent()) ?? '')![1]);
      expect(count).toBeGreaterThanOrEqual(3);
      await expect(page.locator('article[data-finding]').count()).resolves.toBe(count);

      // Real findings of the real rules: the missing article 6 and the reference to article 15.
      await expect(card(page, 'structure', defects.numberingGap).count()).resolves.toBe(1);
      await expect(card(page, 'crossref', defects.missingArticle).count()).resolves.toBe(1);
      // The chart counts them.
      for (const category of ['structure', 'crossref', 'reference']) await expect(page.locator(`tr[data-category="${category}"]`).count()).resolves.toBe(1);

      // The repealed code has a mechanical fix: apply it as a tracked change.
      const fix = card(page, 'reference', defects.repealedAct);
      await expect(fix.count()).resolves.toBe(1);
      const suggestion = ui.suggestion.exec((await fix.locator('.zan-suggestion').textContent()) ?? '');
      expect(suggestion).not.toBeNull();
      const replacement = suggestion![1];
      await fix.getByRole('button', { name: ui.apply }).click();
      await fix.getByText(ui.applied).waitFor();

      // The article-15 reference has no mechanical fix: insert it as a comment.
      const ref = card(page, 'crossref', defects.missingArticle);
      await ref.getByRole('button', { name: ui.comment, exact: true }).click();
      await ref.getByText(ui.commented).waitFor();

      const state = await wordState(page);
      const fixed = sample.findIndex((l) => l.includes(defects.repealedAct));
      const referenced = sample.findIndex((l) => l.includes(defects.missingArticle));
      // One tagged comment per finding: on the reference's words, and on the fixed words (the new
      // wording once the change is made, as Word anchors it).
      const at = (paragraph: number) => state.comments.filter((c) => c.paragraph === paragraph).map((c) => c.text);
      expect(state.comments).toHaveLength(2);
      expect(at(referenced)).toEqual([defects.missingArticle]);
      expect(at(fixed)).toHaveLength(1);
      expect([defects.repealedAct, replacement]).toContain(at(fixed)[0]);
      for (const c of state.comments) expect(c.content.startsWith('[Zan] ')).toBe(true);
      // Tracked changes only in the fixed paragraph, one deletion and one insertion at least.
      expect(new Set(state.changes.map((c) => c.paragraph))).toEqual(new Set([fixed]));
      expect(state.changes.some((c) => c.type === 'Deleted')).toBe(true);
      expect(state.changes.some((c) => c.type === 'Added')).toBe(true);
      // Reject all = the original draft; accept all = the draft with exactly the suggestion.
      expect(state.rejected).toEqual(sample);
      expect(state.accepted).toEqual(sample.map((l, i) => (i === fixed ? l.replace(defects.repealedAct, replacement) : l)));
      // The demo shows the change in its document view.
      await expect(page.locator(`.zan-demo-doc p[data-paragraph="${fixed}"] ins`).count()).resolves.toBeGreaterThan(0);
      expect(errors).toEqual([]);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `pane-e2e-${language}.png`), fullPage: true });
      // README material: the pane as it looks in Word (the demo's banner and document view left
      // out), from the top down to the first findings.
      await page.addStyleTag({ content: '.zan-demo-banner { display: none !important; }' });
      await page.evaluate(() => window.scrollTo(0, 0));
      const pane = (await page.locator('.zan-root').boundingBox())!;
      await page.screenshot({
        path: path.join(ARTIFACTS, `pane-${language}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width: pane.width, height: Math.min(pane.height, 1100) },
      });
      await page.close();
    }, 120_000);
  }

  it('reviews a 1,000-article code in a Web Worker: the page keeps answering while the rules run', async () => {
    const lines = thousandArticles();
    const { page, errors } = await openPane('ru-RU');
    // The demo opens the bundled sample; here the sample is a code of 1,000 articles (3.4 MB).
    await page.route('**/samples/sample-ru.txt', (route) => route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: lines.join('\n') }));
    // When the document goes to the worker and when its findings come back.
    await page.addInitScript(() => {
      const w = window as unknown as { engine: { sent?: number; received?: number } };
      w.engine = {};
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
        w.engine.sent = performance.now();
        this.addEventListener('message', () => (w.engine.received ??= performance.now()), { once: true });
        return post.apply(this, args);
      } as Worker['postMessage'];
    });
    await page.reload();
    await page.getByText(UI.ru.banner, { exact: false }).waitFor({ timeout: 30_000 });
    // A heartbeat every 50 ms: on a frozen main thread it stops.
    await page.evaluate(() => {
      const w = window as unknown as { beats: number[] };
      w.beats = [];
      setInterval(() => w.beats.push(performance.now()), 50);
    });
    await page.getByRole('button', { name: UI.ru.review }).click();
    // Polled cheaply in the page: text-matching selectors over 10,000 paragraphs would themselves hold the main thread.
    await page.waitForFunction((done) => new RegExp(done).test(document.querySelector('.zan-status')?.textContent ?? ''), UI.ru.done.source, { timeout: 180_000, polling: 250 });
    const { beats, engine } = await page.evaluate(() => {
      const w = window as unknown as { beats: number[]; engine: { sent?: number; received?: number } };
      return { beats: w.beats, engine: w.engine };
    });
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    expect(engine.received).toBeGreaterThan(engine.sent!);
    // While the worker reviewed (seconds for 1,000 articles) the page answered most of the time:
    // beats at most 250 ms apart cover over half of it. On the main thread the whole review would be
    // one gap; what remains here is the main thread taking the result in (structured clone).
    const window_ = engine.received! - engine.sent!;
    const during = beats.filter((t) => t >= engine.sent! && t <= engine.received!);
    const points = [engine.sent!, ...during, engine.received!];
    const gaps = points.slice(1).map((t, i) => t - points[i]);
    const answered = gaps.filter((g) => g <= 250).reduce((a, b) => a + b, 0);
    expect(window_).toBeGreaterThan(0);
    expect(answered / window_).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});

/** The Labour Code over and over, cut before its 1,001st article (the bench's 1,000-article act). */
function thousandArticles(): string[] {
  const code = loadCorpusLaw('labour-code-ru').lines;
  const many = Array.from({ length: 6 }, () => code).flat();
  let seen = 0;
  return many.slice(0, many.findIndex((l) => /^Статья\s+\d/.test(l) && ++seen > 1000));
}
