/**
 * `npm run bench`: figures for the README's performance table (not a timed test).
 * Input: the Labour Code from the corpus (222 articles), built into a .docx by scripts/corpus-laws.ts.
 * Prints: parse + all checks, per-rule time, and .docx read + review + write, each the median of runs.
 */
import * as os from 'node:os';
import { docFromLines } from '../src/core/document';
import { parseAct } from '../src/core/act/parse';
import { buildPlan } from '../src/core/plan';
import { allRules } from '../src/checks/index';
import { runRules } from '../src/checks/engine';
import { loadCorpus } from '../src/corpus/index';
import { reviewLocal } from '../src/engine/local';
import { buildDocx } from '../src/hosts/docx/build';
import { readDocx } from '../src/hosts/docx/read';
import { applyPlan } from '../src/hosts/docx/write';
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
    const t = await timeIt(async () => {
      const read = await readDocx(docx, { source: 'labour-code-ru.docx' });
      const { findings: fs } = reviewLocal(read.model, { corpus });
      const plan = buildPlan(fs, read.model);
      return applyPlan(read, plan);
    });
    endToEnd.push(t.ms);
    outBytes = t.value.data.length;
  }

  // A 2,000-page code: the Labour Code 25 times over (≈ 58,000 paragraphs), once, end to end.
  const hugeLines = Array.from({ length: 25 }, () => law.lines).flat();
  const hugeDocx = await buildDocx(hugeLines);
  const huge = await timeIt(async () => {
    const read = await readDocx(hugeDocx, { source: 'huge.docx' });
    const { findings: fs } = reviewLocal(read.model, { corpus });
    const plan = buildPlan(fs, read.model);
    return { out: await applyPlan(read, plan), findings: fs.length };
  });

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    `machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version} (one core used)`,
    `input: Labour Code of RK (corpus/test_documents/labour_code_ru.json): ${law.lines.length} paragraphs, ${articles} articles, .docx ${(docx.length / 1024).toFixed(0)} KB`,
    `corpus index load (first, cold): ${corpusLoad.ms.toFixed(0)} ms`,
    `parse: ${median(parseTimes).toFixed(1)} ms (median of ${RUNS})`,
    `all checks (${allRules.length} rules): ${median(checkTimes).toFixed(1)} ms, ${findings} findings`,
    `parse + checks: ${(median(parseTimes) + median(checkTimes)).toFixed(1)} ms (goal ≤ 300 ms)`,
    `.docx read + review + write: ${median(endToEnd).toFixed(0)} ms (median of ${endToEnd.length}; goal ≤ 2000 ms), output ${(outBytes / 1024).toFixed(0)} KB`,
    `2,000-page code (Labour Code × 25: ${hugeLines.length} paragraphs, .docx ${(hugeDocx.length / 2 ** 20).toFixed(1)} MB): read + review + write ${(huge.ms / 1000).toFixed(1)} s, ${huge.value.findings} findings (duplicate numbering: expected), heap ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB RSS`,
    'per rule (median ms):',
    ...[...perRule.entries()].sort((a, b) => median(b[1]) - median(a[1])).map(([id, ms]) => `  ${id.padEnd(40)} ${median(ms).toFixed(2)}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err) => {
  process.stderr.write(`${String(err?.stack ?? err)}\n`);
  process.exitCode = 1;
});
