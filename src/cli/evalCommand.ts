/**
 * `zan eval DIR`: runs the CLI's own review (in process, the same use case as `zan review`) on
 * every draft of an eval folder and prints recall and precision by the folder's matching rule.
 */
import { loadCorpus } from '../corpus/index';
import { formatEvalTable, runEval } from '../eval/index';
import type { JsonReport } from '../report/json';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './io';
import { reviewFile } from './review';

/** The CLI's own review of one draft (and its pair), as the JSON report the scorer reads. */
export async function reviewToReport(input: string, pair?: string): Promise<JsonReport> {
  const { main } = await reviewFile({ input, pair });
  return main.report!;
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
