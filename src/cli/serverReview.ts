/**
 * `zan review --server URL --token T`: the local checks run here on the whole document, and the
 * server adds the model's findings (constitution, conflict, international practice …). When the
 * server has no API key it answers with its own local engine, which we already ran: those are dropped.
 */
import { parseAct } from '../core/act/parse';
import type { Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Category, Finding } from '../core/finding';
import { mergeFindings } from '../core/merge';
import { loadCorpus } from '../corpus/index';
import { reviewLocal } from '../engine/local';
import { reviewViaServer } from '../protocol/client';
import type { ReviewSummary } from '../protocol/review';

export interface ServerReviewOptions {
  url: string;
  token: string;
  model: DocModel;
  categories?: Category[];
  progress: (message: string) => void;
}

export async function reviewWithServer(options: ServerReviewOptions): Promise<{ act: Act; findings: Finding[]; summary: ReviewSummary }> {
  const act = parseAct(options.model);
  const local = reviewLocal(act, { corpus: loadCorpus(), categories: options.categories });
  options.progress(`local engine: ${local.findings.length} finding(s); asking ${options.url}`);
  const remote = await reviewViaServer({
    url: options.url,
    token: options.token,
    act,
    onEvent: (e) => {
      if (e.type === 'progress') options.progress(`server: ${e.done} of ${e.total}`);
    },
  });
  const modelFindings = remote.summary.engine === 'model' ? remote.findings.filter((f) => !options.categories || options.categories.includes(f.category)) : [];
  options.progress(`server (${remote.summary.engine}${remote.summary.model ? `, ${remote.summary.model}` : ''}): ${modelFindings.length} model finding(s)`);
  const line = modelLine(remote.summary);
  if (line) options.progress(line);
  return { summary: remote.summary, act, findings: mergeFindings(local.findings, modelFindings.map((f) => ({ ...f, engine: 'model' as const }))) };
}

/** "model: 47 of 50 articles checked, 3 not checked (2 max_tokens, 1 refusal)". */
export function modelLine(summary: ReviewSummary): string | undefined {
  if (summary.engine !== 'model' || summary.articles === undefined) return undefined;
  const unchecked = summary.unchecked ?? [];
  const checked = summary.checkedArticles ?? summary.articles - unchecked.length;
  const head = `model: ${checked} of ${summary.articles} articles checked`;
  if (unchecked.length === 0) return head;
  const reasons = new Map<string, number>();
  for (const u of unchecked) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  const why = [...reasons.entries()].map(([reason, n]) => `${n} ${reason}`).join(', ');
  return `${head}, ${unchecked.length} not checked (${why}): ${unchecked.map((u) => u.path || u.group).join('; ')}`;
}
