/**
 * Batch work (many files; the monitoring sweep) through the Message Batches API: half the price of
 * the Messages API, answered within 24 hours, polled, resumable. The requests are the same as a
 * live review's (prompt.ts); each answer is read and grounded the same way; what fails is reported
 * unchecked, never silently dropped.
 *
 * Resuming: `onSubmitted` gives the batch id; a caller that stopped passes it back as `resume` with
 * the same items, and the plan (which clauses went under which custom_id) is rebuilt, not stored.
 */
import type Anthropic from '@anthropic-ai/sdk';
import type { Finding } from '../../core/finding';
import type { CorpusIndex } from '../../corpus/types';
import { MODEL_CHECKS, emptyDropped, type DroppedCounts, type ReviewRequest, type UncheckedGroup, type UncheckedReason } from '../../protocol/review';
import { readAnswer } from './answer';
import { DEFAULT_BATCH_LIMITS, groupUnits, packBatches, type BatchLimits, type UnitGroup } from './batches';
import { groundAnswer } from './grounding';
import { DEFAULT_EFFORT, buildMessageParams, type Effort } from './prompt';
import { DEFAULT_RETRIEVAL, retrieveSourcePool } from './sources';

export interface BatchReviewItem {
  /** Letters, digits, "_" and "-" (it becomes part of each request's custom_id). */
  id: string;
  request: ReviewRequest;
}

export interface BatchReviewOptions {
  client: Anthropic;
  model: string;
  effort?: Effort;
  corpus?: CorpusIndex;
  batchLimits?: BatchLimits;
  /** A batch id from an earlier run: poll it instead of submitting again. */
  resume?: string;
  onSubmitted?: (batchId: string) => void;
  pollIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

export interface BatchItemResult {
  findings: Finding[];
  articles: number;
  checkedArticles: number;
  unchecked: UncheckedGroup[];
  dropped: DroppedCounts;
}

export interface BatchReviewResult {
  batchId: string;
  items: Map<string, BatchItemResult>;
  usage: { input_tokens: number; output_tokens: number };
}

interface Planned {
  item: BatchReviewItem;
  part: UnitGroup[];
  params: Anthropic.MessageCreateParamsNonStreaming;
  givenSources: Set<string>;
  texts: Map<string, string[]>;
}

const ITEM_ID = /^[a-zA-Z0-9_-]{1,56}$/;

export async function reviewInBatches(items: readonly BatchReviewItem[], options: BatchReviewOptions): Promise<BatchReviewResult> {
  const plan = new Map<string, Planned>();
  for (const item of items) {
    if (!ITEM_ID.test(item.id)) throw new Error(`batch item id "${item.id}": use letters, digits, "_" or "-" (at most 56)`);
    const parts = packBatches(groupUnits(item.request.units), options.batchLimits ?? DEFAULT_BATCH_LIMITS);
    parts.forEach((part, i) => {
      const units = part.flatMap((g) => g.units);
      const pool = retrieveSourcePool(options.corpus, [units.map((u) => u.text)], item.request.language, DEFAULT_RETRIEVAL);
      const params = buildMessageParams({
        model: options.model,
        effort: options.effort ?? DEFAULT_EFFORT,
        request: item.request,
        checks: item.request.checks ?? [...MODEL_CHECKS],
        sources: pool.sources,
        units,
      });
      plan.set(`${item.id}-${i}`, { item, part, params, givenSources: new Set(pool.sources.map((s) => s.id)), texts: pool.texts });
    });
  }

  let batchId = options.resume;
  if (!batchId) {
    const created = await options.client.messages.batches.create({ requests: [...plan].map(([custom_id, p]) => ({ custom_id, params: p.params })) }, { signal: options.signal });
    batchId = created.id;
    options.onSubmitted?.(batchId);
  }
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (;;) {
    const batch = await options.client.messages.batches.retrieve(batchId, {}, { signal: options.signal });
    if (batch.processing_status === 'ended') break;
    await sleep(options.pollIntervalMs ?? 60_000);
  }

  const results = new Map<string, BatchItemResult>(items.map((i) => [i.id, { findings: [], articles: groupUnits(i.request.units).length, checkedArticles: 0, unchecked: [], dropped: emptyDropped() }]));
  const usage = { input_tokens: 0, output_tokens: 0 };
  const seen = new Set<string>();
  let n = 0;
  for await (const entry of await options.client.messages.batches.results(batchId, {}, { signal: options.signal })) {
    const planned = plan.get(entry.custom_id);
    if (!planned) continue;
    seen.add(entry.custom_id);
    const out = results.get(planned.item.id)!;
    let reason: UncheckedReason = 'upstream';
    if (entry.result.type === 'succeeded') {
      const message = entry.result.message;
      usage.input_tokens += message.usage.input_tokens;
      usage.output_tokens += message.usage.output_tokens;
      const answer = readAnswer(message);
      if (answer.ok) {
        const units = planned.part.flatMap((g) => g.units);
        const grounded = groundAnswer(answer.value, { units, givenSources: planned.givenSources, sourceTexts: planned.texts, corpus: options.corpus, language: planned.item.request.language, checks: planned.item.request.checks ?? [...MODEL_CHECKS] });
        if (!grounded.malformed) {
          out.findings.push(...grounded.findings.map((f) => ({ id: `${f.ruleId}:${f.anchor.paragraph}:${f.anchor.start}#b${n++}`, ...f })));
          out.checkedArticles += planned.part.length;
          for (const key of Object.keys(out.dropped) as (keyof DroppedCounts)[]) out.dropped[key] += grounded.dropped[key];
          continue;
        }
        reason = 'unparseable';
      } else {
        reason = answer.reason;
      }
    }
    markUnchecked(out, planned.part, reason);
  }
  // A request the results do not mention was not answered (expired with the batch, or lost).
  for (const [customId, planned] of plan) if (!seen.has(customId)) markUnchecked(results.get(planned.item.id)!, planned.part, 'upstream');
  return { batchId, items: results, usage };
}

function markUnchecked(out: BatchItemResult, part: UnitGroup[], reason: UncheckedReason): void {
  for (const g of part) out.unchecked.push({ group: g.key, path: g.units[0]?.path ?? g.key, paragraphs: g.units.map((u) => u.paragraph), reason });
}
