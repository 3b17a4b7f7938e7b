/**
 * Pane benchmarks, printed (not timed tests): Word round trips for reading and applying on 50, 500
 * and 5,000 paragraphs (on the in-memory Word, which counts syncs exactly as Office.js would make
 * them), the initial JS of the production pane (gzip), and the time from "Review" to the first
 * local finding on a 200-article act (cold, and after the pane's idle warm-up: ./pane-first-finding.ts); then the list in Chromium with 300 and 1,000 findings
 * (./pane-list.ts), and the local review of a 1,000-article code (./pane-code.ts). `npx tsx bench/pane.ts` (builds dist/ when it is older than the sources).
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync, readdirSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import type { Finding } from '../src/core/finding';
import { buildPlan } from '../src/core/plan';
import { FakeWordDocument } from '../src/hosts/word/fake/fakeWord';
import { WordHost } from '../src/hosts/word/host';
import { act, type FirstFinding } from './pane-first-finding';
import { paneCodeBench } from './pane-code';
import { paneListBench } from './pane-list';

const ROOT = path.resolve(__dirname, '..');

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

/** Each mode in a fresh process (./pane-first-finding.ts): what ran before in this one would have warmed the engine. */
function firstFinding(): void {
  const script = path.join(__dirname, 'pane-first-finding.ts');
  const runs = (['cold', 'warmed'] as const).map((mode) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, script, mode], { encoding: 'utf8' })) as FirstFinding);
  const ms = (r: FirstFinding) => (r.first === undefined ? `no findings (${r.findings}; rules registered: see src/checks/index.ts)` : `${r.first.toFixed(0)} ms`);
  const [cold, warmed] = runs;
  console.log(`\nClick → first local finding on a 200-article act (${cold.paragraphs} paragraphs): ${ms(warmed)} after the pane's idle warm-up (whole local review ${warmed.total.toFixed(0)} ms); ${ms(cold)} clicked before it (cold)`);
}

async function main(): Promise<void> {
  await roundTrips();
  bundle();
  try {
    firstFinding();
  } catch (error) {
    console.log(`\nClick → first finding: local engine not ready (${error instanceof Error ? error.message : error})`);
  }
  await paneListBench();
  await paneCodeBench();
}

void main();
