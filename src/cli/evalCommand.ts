/**
 * `zan eval DIR`: runs the CLI's own engine (in process, the same path as `zan review`) on every
 * draft of an eval folder and prints recall and precision by the folder's matching rule.
 */
import { loadCorpus } from '../corpus/index';
import { formatEvalTable, runEval } from '../eval/index';
import { buildPlan } from '../core/plan';
import { toJsonReport, type JsonReport } from '../report/json';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './io';
import { reviewFiles } from './review';

/** The CLI's own review of one draft (and its pair), as the JSON report the scorer reads. */
export async function reviewToReport(input: string, pair?: string): Promise<JsonReport> {
  const r = await reviewFiles({ input, pair });
  const plan = buildPlan(r.findings, r.main.model);
  return toJsonReport({
    path: input,
    act: r.act,
    findings: r.findings,
    pair: pair && r.pairAct ? { path: pair, act: r.pairAct } : undefined,
    engine: 'local',
    skipped: plan.skipped,
  });
}

export async function runEvalCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    details: { type: 'boolean' },
    only: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('eval takes one folder, e.g. zan eval ../shared/eval');
  loadCorpus();
  const result = await runEval(positionals[0], reviewToReport, { only: values.only ? values.only.split(',') : undefined });
  io.stdout(values.json ? JSON.stringify(result, null, 2) + '\n' : formatEvalTable(result, { details: values.details }) + '\n');
  return 0;
}
