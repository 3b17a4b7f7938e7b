/**
 * `npx tsx bench/stages.ts FILE.docx`: the review of one .docx stage by stage (read, parse, rules,
 * plan, write), each with its wall and CPU time, the heap, external memory and RSS after it, and
 * the peak RSS so far: where the time and the memory of a large act go. Not a timed test; build the
 * Labour Code × 25 with `npm run bench` or scripts/corpus-laws.ts.
 */
import * as fs from 'node:fs';
import { readDocx } from '../src/hosts/docx/read';
import { parseAct } from '../src/core/act/parse';
import { runRules } from '../src/checks/runner';
import { allRules } from '../src/checks/index';
import { loadCorpus } from '../src/corpus/index';
import { planReview } from '../src/app/review';
import { applyPlan } from '../src/hosts/docx/write';

const MB = 2 ** 20;

function memory(): string {
  const m = process.memoryUsage();
  return `heap ${(m.heapUsed / MB).toFixed(0)} MB, external ${(m.external / MB).toFixed(0)} MB, RSS ${(m.rss / MB).toFixed(0)} MB, peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

async function stage<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${name.padEnd(6)} wall ${(performance.now() - wall).toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms; ${memory()}\n`);
  return value;
}

async function main(file: string): Promise<void> {
  const corpus = loadCorpus();
  const data = new Uint8Array(fs.readFileSync(file));
  process.stdout.write(`start: ${memory()}\n`);
  const doc = await stage('read', () => readDocx(data, { source: file }));
  const act = await stage('parse', () => parseAct(doc.model));
  const findings = await stage('rules', () => runRules(act, { rules: allRules, corpus }));
  const plan = await stage('plan', () => planReview(findings, doc.model));
  const out = await stage('write', () => applyPlan(doc, plan));
  process.stdout.write(`${doc.model.paragraphs.length} paragraphs, ${findings.length} findings, output ${(out.data.length / MB).toFixed(1)} MB\n`);
}

if (!process.argv[2]) {
  process.stderr.write('usage: npx tsx bench/stages.ts FILE.docx\n');
  process.exitCode = 2;
} else {
  main(process.argv[2]).catch((err) => {
    process.stderr.write(`${String(err?.stack ?? err)}\n`);
    process.exitCode = 1;
  });
}
