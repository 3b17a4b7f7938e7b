/**
 * `npm run bench`: figures for the README's performance table (not a timed test).
 * Input: the Labour Code from the corpus (222 articles), built into a .docx by scripts/corpus-laws.ts.
 * Prints: parse + all checks, per-rule time, and .docx read + review + write, each the median of runs;
 * then the same end to end at 1x, 5x and 25x the code (articles per second: flat means linear) and
 * an act of 1,000 articles, each in a fresh process so its peak RSS is its own.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { docFromLines } from '../src/core/document';
import { parseAct } from '../src/core/act/parse';
import { allRules } from '../src/checks/index';
import { runRules } from '../src/checks/runner';
import { loadCorpus } from '../src/corpus/index';
import { reviewLocal } from '../src/engine/local';
import { buildDocx } from '../src/hosts/docx/build';
import { reviewDocument, type StageEvent } from '../src/app/review';
import { docxBytes } from '../src/cli/documentFile';
import { loadCorpusLaw } from '../scripts/corpus-laws';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

async function main(): Promise<void> {
  const law = loadCorpusLaw('labour-code-ru');
  const doc = docFromLines(law.lines, 'labour-code-ru');
  const corpusLoad = await timeIt(() => loadCorpus());
  const corpus = corpusLoad.value;
  const docx = await buildDocx(law.lines);

  // Warm up the JIT once, then measure.
  reviewLocal(doc, { corpus });
  const parseTimes: number[] = [];
  const checkTimes: number[] = [];
  const perRule = new Map<string, number[]>();
  let findings = 0;
  let articles = 0;
  for (let i = 0; i < RUNS; i++) {
    const p = await timeIt(() => parseAct(doc));
    parseTimes.push(p.ms);
    articles = Object.values(p.value.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
    const c = await timeIt(() =>
      runRules(p.value, {
        rules: allRules,
        corpus,
        onRule: (id, ms) => perRule.set(id, [...(perRule.get(id) ?? []), ms]),
      }),
    );
    checkTimes.push(c.ms);
    findings = c.value.length;
  }
  const endToEnd: number[] = [];
  let outBytes = 0;
  for (let i = 0; i < Math.min(RUNS, 5); i++) {
    // The review use case as the CLI runs it with --out (no report: the bench times the document's path).
    const t = await timeIt(() => reviewDocument(docxBytes(docx, 'labour-code-ru.docx', { write: true }), { local: reviewLocal, corpus, report: false }));
    endToEnd.push(t.ms);
    outBytes = t.value.applied!.data.length;
  }

  // The code 1, 5 and 25 times over (25x: a 2,000-page code, ≈ 58,000 paragraphs), and 1,000 articles.
  const scaled: ScaleRun[] = [];
  for (const times of [1, 5, 25]) scaled.push(await inFreshProcess(Array.from({ length: times }, () => law.lines).flat()));
  // The code over and over, cut before its 1,001st article.
  const many = Array.from({ length: 6 }, () => law.lines).flat();
  let seen = 0;
  const thousand = await inFreshProcess(many.slice(0, many.findIndex((l) => /^Статья\s+\d/.test(l) && ++seen > 1000)));

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version} (one core used)`,
    `input: Labour Code of RK (corpus/test_documents/labour_code_ru.json): ${law.lines.length} paragraphs, ${articles} articles, .docx ${(docx.length / 1024).toFixed(0)} KB`,
    `corpus index load (first, cold): ${corpusLoad.ms.toFixed(0)} ms`,
    `parse: ${median(parseTimes).toFixed(1)} ms (median of ${RUNS})`,
    `all checks (${allRules.length} rules): ${median(checkTimes).toFixed(1)} ms, ${findings} findings`,
    `parse + checks: ${(median(parseTimes) + median(checkTimes)).toFixed(1)} ms (goal ≤ 300 ms)`,
    `.docx read + review + write: ${median(endToEnd).toFixed(0)} ms (median of ${endToEnd.length}; goal ≤ 2000 ms), output ${(outBytes / 1024).toFixed(0)} KB`,
    'end to end (.docx read + review + write, fresh process each; articles/s flat = linear):',
    ...scaled.map((r, i) => `  Labour Code × ${[1, 5, 25][i]}: ${describe(r)}${i === 2 ? ' (goal ≤ 3 s, ≤ 400 MB)' : ''}`),
    `  1,000 articles: ${describe(thousand)} (goal ≤ 1.5 s)`,
    'per rule (median ms):',
    ...[...perRule.entries()].sort((a, b) => median(b[1]) - median(a[1])).map(([id, ms]) => `  ${id.padEnd(40)} ${median(ms).toFixed(2)}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

interface ScaleRun {
  paragraphs: number;
  articles: number;
  textMB: number;
  docxMB: number;
  findings: number;
  read: number;
  review: number;
  write: number;
  total: number;
  cpu: number;
  maxRssMB: number;
}

function describe(r: ScaleRun): string {
  return (
    `${r.paragraphs} paragraphs, ${r.articles} articles, text ${r.textMB.toFixed(1)} MB, .docx ${r.docxMB.toFixed(1)} MB: ` +
    `${(r.total / 1000).toFixed(2)} s (read ${(r.read / 1000).toFixed(2)}, review ${(r.review / 1000).toFixed(2)}, write ${(r.write / 1000).toFixed(2)}; CPU ${(r.cpu / 1000).toFixed(2)} s), ` +
    `${Math.round(r.articles / (r.total / 1000))} articles/s, ${r.findings} findings, peak ${r.maxRssMB.toFixed(0)} MB RSS`
  );
}

/**
 * Reviews `lines` (built into a .docx here) in a new process with the same loader, so the peak RSS
 * is that of reading, reviewing and writing it, not of building it.
 */
async function inFreshProcess(lines: string[]): Promise<ScaleRun> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zan-bench-')), 'input.docx');
  fs.writeFileSync(file, await buildDocx(lines));
  try {
    const out = spawnSync(process.execPath, [...process.execArgv, __filename, '--scale', file], { encoding: 'utf8', maxBuffer: 2 ** 24 });
    if (out.status !== 0) throw new Error(`scale run failed: ${out.stderr}`);
    return JSON.parse(out.stdout.trim().split('\n').pop()!) as ScaleRun;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** The child side: time read + review + write of the file once, after one warm-up on the plain code. */
async function scaleRun(file: string): Promise<void> {
  const law = loadCorpusLaw('labour-code-ru');
  const corpus = loadCorpus();
  reviewLocal(docFromLines(law.lines), { corpus });
  const docx = new Uint8Array(fs.readFileSync(file));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // Stage times from the use case itself: read, local review, then plan + apply (the write).
  const ms: Partial<Record<StageEvent['stage'], number>> = {};
  const { doc, act, findings } = await reviewDocument(docxBytes(docx, 'input.docx', { write: true }), {
    local: reviewLocal,
    corpus,
    report: false,
    onStage: (e) => void (ms[e.stage] = e.millis),
  });
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const run: ScaleRun = {
    paragraphs: doc.paragraphs.length,
    articles: Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length,
    textMB: doc.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text) + 1, 0) / 2 ** 20,
    docxMB: docx.length / 2 ** 20,
    findings: findings.length,
    read: ms.read ?? 0,
    review: ms.local ?? 0,
    write: (ms.plan ?? 0) + (ms.apply ?? 0),
    total,
    cpu: (cpu.user + cpu.system) / 1000,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

const scaleArg = process.argv.indexOf('--scale');
(scaleArg >= 0 ? scaleRun(process.argv[scaleArg + 1]) : main()).catch((err) => {
  process.stderr.write(`${String(err?.stack ?? err)}\n`);
  process.exitCode = 1;
});
