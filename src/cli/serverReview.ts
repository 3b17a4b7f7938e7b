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
import { reviewViaServer } from '../server/client';

export interface ServerReviewOptions {
  url: string;
  token: string;
  model: DocModel;
  categories?: Category[];
  progress: (message: string) => void;
}

export async function reviewWithServer(options: ServerReviewOptions): Promise<{ act: Act; findings: Finding[] }> {
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
  return { act, findings: mergeFindings(local.findings, modelFindings.map((f) => ({ ...f, engine: 'model' as const }))) };
}
