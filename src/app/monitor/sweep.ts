/**
 * The sweep use case: the acts under the given paths through monitoring, in parallel, with
 * progress; `resume` keeps the acts an earlier report already holds and sweeps only the rest.
 * Every entry point (the CLI, the bench) calls this.
 */
import * as path from 'node:path';
import { TOOL_VERSION } from '../../report/version';
import { listActFiles } from './files';
import { sweepFiles } from './pool';
import { SweepProgress } from './progress';
import { rankCandidates } from './rank';
import type { ChecksMode } from './sweepAct';
import { summarize } from './summary';
import type { ActResult, MonitorReport, UnreadableAct } from './types';

export interface SweepOptions {
  inputs: readonly string[];
  jobs: number;
  checks: ChecksMode;
  /** An earlier report of the same sweep: its acts are kept and not swept again. */
  previous?: MonitorReport;
  /** Candidates kept per Court resolution across the sweep. */
  perResolution?: number;
  progress?: { write(text: string): void; tty: boolean };
  /**
   * Called after each act with the report so far (candidates not yet ranked), so that a sweep cut
   * short can be resumed from what was written.
   */
  checkpoint?: (report: MonitorReport) => void;
  now?: () => number;
}

export async function runSweep(options: SweepOptions): Promise<MonitorReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const listed = await listActFiles(options.inputs);
  const done = new Set([...(options.previous?.acts ?? []), ...(options.previous?.unreadable ?? [])].map((a) => key(a.path)));
  const todo = listed.files.filter((f) => !done.has(key(f.path)));
  const acts: ActResult[] = [...(options.previous?.acts ?? [])];
  const unreadable: UnreadableAct[] = [...(options.previous?.unreadable ?? []), ...listed.unreadable.filter((u) => !done.has(key(u.path)))];
  const bytes = new Map(todo.map((f) => [f.path, f.bytes]));
  const progress = options.progress
    ? new SweepProgress({ acts: todo.length, bytes: todo.reduce((s, f) => s + f.bytes, 0), write: options.progress.write, tty: options.progress.tty })
    : undefined;
  if (options.previous && options.progress) options.progress.write(`zan: resuming: ${done.size} act(s) already in the report, ${todo.length} to sweep\n`);

  await sweepFiles(
    todo.map((f) => f.path),
    {
      jobs: options.jobs,
      checks: options.checks,
      onResult(p, answer) {
        if (answer.act) acts.push(answer.act);
        else unreadable.push({ path: p, reason: answer.unreadable ?? 'unknown' });
        progress?.actDone(p, bytes.get(p) ?? 0, answer.act?.articles ?? 0, answer.unreadable ? `unreadable: ${answer.unreadable}` : '');
        options.checkpoint?.(assemble(acts, unreadable, options.checks, now() - started));
      },
    },
  );
  progress?.finish();
  // Workers finish in any order; the report lists acts as the paths sort.
  acts.sort((a, b) => a.path.localeCompare(b.path));
  unreadable.sort((a, b) => a.path.localeCompare(b.path));
  rankCandidates(acts, options.perResolution ?? 5);
  return assemble(acts, unreadable, options.checks, now() - started);
}

function assemble(acts: ActResult[], unreadable: UnreadableAct[], checks: ChecksMode, millis: number): MonitorReport {
  return {
    acts,
    unreadable,
    summary: summarize(acts, unreadable, millis),
    tool: { name: 'zan', command: 'monitor', version: TOOL_VERSION, checks },
    generatedAt: new Date().toISOString(),
  };
}

function key(p: string): string {
  return path.resolve(p);
}
