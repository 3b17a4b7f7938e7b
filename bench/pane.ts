/**
 * Pane benchmarks, printed (not timed tests): Word round trips for reading and applying on 50, 500
 * and 5,000 paragraphs (on the in-memory Word, which counts syncs exactly as Office.js would make
 * them), the initial JS of the production pane (gzip), and the time from "Review" to the first
 * local finding on a 200-article act; then the list in Chromium with 300 and 1,000 findings
 * (./pane-list.ts). `npx tsx bench/pane.ts` (builds dist/ when it is older than the sources).
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import type { Finding } from '../src/core/finding';
import { buildPlan } from '../src/core/plan';
import { reviewLocal } from '../src/engine/local';
import { loadCorpus } from '../src/corpus/index';
import { FakeWordDocument } from '../src/hosts/word/fake/fakeWord';
import { WordHost } from '../src/hosts/word/host';
import { ReviewSession } from '../src/taskpane/session';
import { paneListBench } from './pane-list';

const ROOT = path.resolve(__dirname, '..');

function act(paragraphs: number): string[] {
  const out = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О порядке рассмотрения обращений'];
  for (let a = 1; out.length < paragraphs; a++) {
    out.push(`Статья ${a}. Рассмотрение обращений вида ${a}`);
    out.push(`1. Уполномоченный орган рассматривает обращение в разумный срок.`);
    out.push(`2. Решение принимается в соответствии с пунктом 1 настоящей статьи и т.д.`);
  }
  return out.slice(0, paragraphs);
}

function phraseFindings(lines: string[]): Finding[] {
  return lines.flatMap((text, paragraph) => {
    const start = text.indexOf('в разумный срок');
    if (start < 0) return [];
    return [{
      id: `bench:${paragraph}`, ruleId: 'bench/vague', category: 'anticorruption' as const, severity: 'warning' as const, unit: 'ст. 1',
      anchor: { paragraph, start, end: start + 15, quote: 'в разумный срок' }, message: 'Неопределённый срок', rationale: '', citations: [],
      replacement: 'в течение десяти рабочих дней',
    }];
  });
}

async function roundTrips(): Promise<void> {
  console.log('Word round trips (context.sync calls)');
  console.log('paragraphs  read  findings  apply  goal(2+⌈f/200⌉)  apply ms');
  for (const n of [50, 500, 5000]) {
    const lines = act(n);
    const word = new FakeWordDocument(lines);
    const host = new WordHost({ run: word.run, trackedChangesApi: true });
    const { doc } = await host.read();
    const read = word.syncCount;
    const findings = phraseFindings(lines);
    const plan = buildPlan(findings, doc, { language: 'ru' });
    word.syncCount = 0;
    const t = performance.now();
    await host.apply(plan);
    const ms = performance.now() - t;
    const goal = 2 + Math.ceil(findings.length / 200);
    console.log(`${String(n).padStart(10)}  ${String(read).padStart(4)}  ${String(findings.length).padStart(8)}  ${String(word.syncCount).padStart(5)}  ${String(goal).padStart(15)}  ${ms.toFixed(0).padStart(8)}`);
  }
}

function bundle(): void {
  const dist = path.join(ROOT, 'dist');
  const html = path.join(dist, 'taskpane.html');
  if (!existsSync(html)) {
    console.log('\nBundle: dist/ missing — run `npm run build` first.');
    return;
  }
  const initial = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  const size = (f: string) => gzipSync(readFileSync(path.join(dist, f))).length;
  const initialGzip = initial.reduce((s, f) => s + size(f), 0);
  const lazy = readdirSync(dist).filter((f) => f.endsWith('.js') && !initial.includes(f));
  console.log(`\nBundle: initial JS ${(initialGzip / 1024).toFixed(1)} KB gzip (goal ≤ 250 KB) in ${initial.join(', ')}`);
  for (const f of lazy) console.log(`  lazy chunk ${f}: ${(size(f) / 1024).toFixed(1)} KB gzip`);
}

async function firstFinding(): Promise<void> {
  const lines = act(2 + 200 * 3);
  const word = new FakeWordDocument(lines);
  const host = new WordHost({ run: word.run, trackedChangesApi: true });
  loadCorpus(); // the pane loads the corpus chunk once; measure the review itself
  const session = new ReviewSession({ host, local: async (doc) => reviewLocal(doc, { corpus: loadCorpus() }), language: () => 'ru' });
  const t = performance.now();
  let first: number | undefined;
  session.subscribe(() => {
    if (first === undefined && session.getState().findings.length > 0) first = performance.now() - t;
  });
  await session.review();
  const total = performance.now() - t;
  const n = session.getState().findings.length;
  console.log(`\nClick → first local finding on a 200-article act (${lines.length} paragraphs): ${first === undefined ? `no findings (${n}; rules registered: see src/checks/index.ts)` : `${first.toFixed(0)} ms`}; whole local review ${total.toFixed(0)} ms`);
}

async function main(): Promise<void> {
  await roundTrips();
  bundle();
  try {
    await firstFinding();
  } catch (error) {
    console.log(`\nClick → first finding: local engine not ready (${error instanceof Error ? error.message : error})`);
  }
  await paneListBench();
}

void main();
