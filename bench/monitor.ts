/**
 * `npm run bench:monitor`: figures for the README's monitoring rows (not a timed test).
 * Input: the seven codes in force of ../shared/corpus/inforce (one paragraph a line).
 * Prints: articles a second on one core (this thread, after one warm-up pass; read + parse + rules +
 * Court-resolution search), the whole sweep of the seven codes on every core as `zan monitor` runs
 * it (worker threads, their start-up included), and the process's peak memory during that sweep.
 * The machine is shared: its load average is printed with the figures.
 */
import { readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSweep } from '../src/app/monitor/sweep';
import { sweepActFile } from '../src/app/monitor/sweepAct';
import { loadCorpus } from '../src/corpus/index';
import { QueryIndex, resolutionQueries } from '../src/monitor/resolutionQueries';

const inforce = path.resolve(__dirname, '..', '..', 'shared', 'corpus', 'inforce');

async function main(): Promise<void> {
  const codes = readdirSync(inforce).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(inforce, f));
  const jobs = Number(process.env.BENCH_JOBS ?? os.availableParallelism());
  const out: string[] = [];
  out.push(`machine: ${os.cpus()[0]?.model ?? '?'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  // One core: this thread, corpus and queries built once (as in each worker), one warm-up pass.
  const setupStart = performance.now();
  const settings = { checks: 'monitoring' as const, corpus: loadCorpus(), queries: new QueryIndex(resolutionQueries()) };
  const setup = performance.now() - setupStart;
  for (const f of codes) await sweepActFile(f, settings);
  let articles = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const f of codes) articles += (await sweepActFile(f, settings)).articles;
  const oneCore = performance.now() - started;
  const cpu = cpuSeconds(process.cpuUsage(cpuStarted));
  out.push(
    `one core: ${codes.length} codes, ${articles} articles in ${(oneCore / 1000).toFixed(2)} s wall → ${Math.round(articles / (oneCore / 1000))} articles/s; ` +
      `${cpu.toFixed(2)} CPU-s → ${Math.round(articles / cpu)} articles per CPU-second (set-up once per worker: ${setup.toFixed(0)} ms)`,
  );

  // Every core, as the command runs it.
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const sweepStart = performance.now();
  const sweepCpu = process.cpuUsage();
  const report = await runSweep({ inputs: codes, jobs, checks: 'monitoring' });
  const sweep = performance.now() - sweepStart;
  const sweepCpuSeconds = cpuSeconds(process.cpuUsage(sweepCpu));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const s = report.summary;
  out.push(`sweep on ${jobs} worker threads: ${s.acts} codes, ${s.articles} articles, ${s.findings} findings in ${(sweep / 1000).toFixed(2)} s wall (worker start-up included), ${sweepCpuSeconds.toFixed(2)} CPU-s in all threads`);
  out.push(`peak RSS during the sweep: ${(peak / 2 ** 20).toFixed(0)} MB (this process and its workers)`);
  out.push(`load average after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  process.stdout.write(out.join('\n') + '\n');
}

/** User + system time of all the process's threads, in seconds. */
function cpuSeconds(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

main().catch((err) => {
  process.stderr.write(`${String(err?.stack ?? err)}\n`);
  process.exitCode = 1;
});
