/**
 * `zan review --server URL --token T`: the model engine of the review use case. The local checks
 * run here on the whole document (src/app/review.ts); the server adds the model's findings
 * (constitution, conflict, international practice …). When the server has no API key it answers
 * with its own local engine, which we already ran: those are not taken (app/modelFindings.ts).
 */
import type { ModelEngine } from '../app/review';
import { reviewViaServer } from '../protocol/client';
import type { ReviewSummary } from '../protocol/review';

export interface ServerEngineOptions {
  url: string;
  token: string;
  progress: (message: string) => void;
}

export function serverModelEngine(options: ServerEngineOptions): ModelEngine {
  return async (act, { signal }) => {
    options.progress(`asking ${options.url}`);
    const remote = await reviewViaServer({
      url: options.url,
      token: options.token,
      act,
      signal,
      onEvent: (e) => {
        if (e.type === 'progress') options.progress(`server: ${e.done} of ${e.total}`);
      },
    });
    const { summary } = remote;
    options.progress(`server (${summary.engine}${summary.model ? `, ${summary.model}` : ''}) answered`);
    const line = modelLine(summary);
    if (line) options.progress(line);
    return remote;
  };
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
