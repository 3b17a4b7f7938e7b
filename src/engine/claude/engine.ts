/**
 * The Claude engine: units → batches (an article with its items) → retrieval per clause, merged
 * per batch → prompt (instructions and the act's context as a cached prefix, then the batch's
 * sources and clauses) → structured-output answer → grounded findings, streamed as each batch
 * finishes.
 *
 * Retries are ours, not the SDK's (the client is built with maxRetries: 0; retry.ts says what the
 * SDK's would get wrong): a batch waiting out a
 * 429 gives its upstream slot back to other reviews, the wait honours retry-after up to the
 * review's deadline, each attempt has a deadline that covers the streamed body too (the SDK's
 * timeout stops at the headers), and every retry is counted and shown as progress.
 *
 * A batch whose answer is refused, cut, unparseable or failed after retries is split in halves and
 * retried while the deadline allows; an article that still fails is reported as unchecked with its
 * reason, and nothing about it is cached.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { Finding } from '../../core/finding';
import type { CorpusIndex } from '../../corpus/types';
import {
  MODEL_CHECKS,
  emptyDropped,
  emptyUsage,
  type DroppedCounts,
  type ModelCheck,
  type ReviewEvent,
  type ReviewRequest,
  type ReviewSummary,
  type ReviewUnit,
  type TokenUsage,
  type UncheckedGroup,
  type UncheckedReason,
} from '../../protocol/review';
import { readAnswer } from './answer';
import { DEFAULT_BATCH_LIMITS, groupUnits, packBatches, type BatchLimits, type UnitGroup } from './batches';
import { fromCached, groupCacheKey, toCached, type ReviewCache } from './cache';
import { groundAnswer } from './grounding';
import { linkClauses, type ClauseLinks } from './links';
import { DEFAULT_EFFORT, PROMPT_VERSION, buildMessageParams, type Effort } from './prompt';
import { callLimit, runLimited, type CallLimit } from './callLimit';
import { RateLimitGate, retryDecision, statusOf } from './retry';
import { DEFAULT_RETRIEVAL, retrieveSourcePool, type RetrievalLimits, type SourcePool } from './sources';

export interface ClaudeEngineOptions {
  client: Anthropic;
  model: string;
  /** output_config.effort (ZAN_EFFORT); medium by default. */
  effort?: Effort;
  corpus?: CorpusIndex;
  cache?: ReviewCache;
  /** Cap on upstream calls shared by every review of this process. */
  upstream?: CallLimit;
  /** Concurrent batches of one review. */
  concurrency?: number;
  /** Attempts per batch, the first included. */
  maxAttempts?: number;
  /** Deadline of one attempt, streamed body included. */
  attemptTimeoutMs?: number;
  /** When the review must be over (ms since the epoch): retries, waits and splits stop before it. */
  deadline?: number;
  batchLimits?: BatchLimits;
  retrieval?: RetrievalLimits;
  /** Send the first batch alone so the others read its cached prefix (default true). */
  warmCache?: boolean;
  /** Shared by the reviews of a process: pauses calls while a rate limit is exhausted. */
  rateLimits?: RateLimitGate;
  /** For tests: how to wait between attempts, and the jitter's randomness. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Operational log (never draft text, never the key). */
  log?: (event: string, data: Record<string, unknown>) => void;
}

export interface AnthropicClientOptions {
  apiKey: string;
  baseURL?: string;
  /** SDK timeout until response headers; the engine's attempt deadline covers the body. */
  timeoutMs?: number;
}

/** The SDK client as the engine wants it: our retries only, quiet logs (nothing of the key). */
export function createAnthropicClient(options: AnthropicClientOptions): Anthropic {
  return new Anthropic({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0,
    timeout: options.timeoutMs ?? 120_000,
    logLevel: 'off',
  });
}


const UPSTREAM_MESSAGES = {
  retrying: { ru: 'Сервис модели занят, повтор через {s} с', kk: 'Модель сервисі бос емес, {s} с кейін қайталанады' },
  failed: {
    ru: 'Не проверено моделью: {paths}. Нажмите «Повторить».',
    kk: 'Модель тексермеді: {paths}. «Қайталау» батырмасын басыңыз.',
  },
} as const;

/** Without a deadline a review still ends: ten minutes is longer than any server allows. */
const DEFAULT_BUDGET_MS = 10 * 60_000;
/** A cut answer is asked again once with this much more room, up to the model's output cap. */
const CUT_RETRY_FACTOR = 2;
const MAX_OUTPUT_TOKENS = 128_000;

type CallOutcome = { ok: true; value: unknown } | { ok: false; reason: UncheckedReason };

interface Counters {
  calls: number;
  retries: number;
  cacheHits: number;
  cacheMisses: number;
  findings: number;
  failedBatches: number;
}

/**
 * Reviews the request's units with Claude. Events go to `emit` as they happen (start, cached
 * findings, progress, findings per batch); the summary is returned (the caller emits it).
 */
export async function reviewWithClaude(
  request: ReviewRequest,
  options: ClaudeEngineOptions,
  emit: (event: ReviewEvent) => void,
  signal?: AbortSignal,
): Promise<ReviewSummary> {
  const started = Date.now();
  const deadline = options.deadline ?? started + DEFAULT_BUDGET_MS;
  const checks: ModelCheck[] = request.checks ? [...new Set(request.checks)] : [...MODEL_CHECKS];
  const corpusVersion = options.corpus?.version ?? 'none';
  const language = request.language;
  const effort = options.effort ?? DEFAULT_EFFORT;
  const usage = emptyUsage();
  const dropped = emptyDropped();
  const counters: Counters = { calls: 0, retries: 0, cacheHits: 0, cacheMisses: 0, findings: 0, failedBatches: 0 };
  const usedIds = new Set<string>();
  const unchecked: UncheckedGroup[] = [];
  const keyParts = { model: options.model, corpusVersion, promptVersion: PROMPT_VERSION, checks, effort, kind: request.kind, rank: request.rank };

  const groups = groupUnits(request.units);
  const links = linkClauses(request.units);
  const linkedTexts = (group: UnitGroup): string[] => linkedContext(group.units, links).map((u) => u.text);
  const keys = new Map(groups.map((g) => [g, groupCacheKey(g, keyParts, linkedTexts(g))]));
  const cached = await Promise.all(groups.map((g) => (options.cache ? options.cache.get(keys.get(g)!).catch(() => undefined) : undefined)));
  const fresh: UnitGroup[] = [];
  const fromCache: Finding[] = [];
  groups.forEach((group, i) => {
    const hit = cached[i];
    if (hit) {
      counters.cacheHits++;
      fromCache.push(...fromCached(group, hit).map((f) => withId(f, usedIds)));
    } else {
      counters.cacheMisses++;
      fresh.push(group);
    }
  });
  const batches = packBatches(fresh, options.batchLimits ?? DEFAULT_BATCH_LIMITS);
  emit({ type: 'start', engine: 'model', units: request.units.length, batches: batches.length, model: options.model });
  let done = counters.cacheHits;
  let checkedArticles = counters.cacheHits;
  if (fromCache.length) {
    counters.findings += fromCache.length;
    emit({ type: 'findings', batch: 0, findings: fromCache });
  }
  if (counters.cacheHits) emit({ type: 'progress', done, total: groups.length, stage: 'cached' });

  const perReview = callLimit(Math.max(1, options.concurrency ?? 6));

  /** One batch (or a half of one): an answer is grounded and cached per article; a failure splits. */
  const runPart = async (part: UnitGroup[], number: number, pool: SourcePool, maxTokens?: number): Promise<void> => {
    const units = part.flatMap((g) => g.units);
    const own = new Set(units.map((u) => u.paragraph));
    const context = linkedContext(units, links, MAX_CONTEXT_CLAUSES + units.length).filter((u) => !own.has(u.paragraph)).slice(0, MAX_CONTEXT_CLAUSES);
    const params = buildMessageParams({
      model: options.model,
      effort,
      request,
      checks,
      sources: pool.sources,
      units,
      context,
      links: linksWithin(units, links, new Set([...own, ...context.map((u) => u.paragraph)])),
      ...(maxTokens ? { maxTokens } : {}),
    });
    const onRetry = (waitMs: number): void =>
      emit({ type: 'progress', done, total: groups.length, batch: number, stage: 'retrying', message: UPSTREAM_MESSAGES.retrying[language].replace('{s}', (waitMs / 1000).toFixed(1)) });
    const outcome = await callWithRetries(params, options, number, counters, usage, onRetry, signal, deadline);
    if (outcome.ok) {
      const grounded = groundAnswer(outcome.value, { units, givenSources: new Set(pool.sources.map((s) => s.id)), sourceTexts: pool.texts, corpus: options.corpus, language, checks });
      if (grounded.malformed) {
        return failPart(part, number, pool, 'unparseable', params.max_tokens, maxTokens !== undefined);
      }
      addDropped(dropped, grounded.dropped);
      const findings = grounded.findings.map((f) => withId(f, usedIds));
      done += part.length;
      checkedArticles += part.length;
      counters.findings += findings.length;
      emit({ type: 'findings', batch: number, findings });
      await Promise.all(
        part.map((group) => {
          const paragraphs = new Set(group.units.map((u) => u.paragraph));
          const mine = grounded.findings.filter((f) => paragraphs.has(f.anchor.paragraph));
          return options.cache?.set(keys.get(group)!, toCached(group, mine)).catch((error: unknown) => {
            options.log?.('cache-write-failed', { error: String(error) });
          });
        }),
      );
      emit({ type: 'progress', done, total: groups.length, batch: number, stage: 'reviewed' });
      return;
    }
    return failPart(part, number, pool, outcome.reason, params.max_tokens, maxTokens !== undefined);
  };

  /** Split and retry while it can help and time allows; otherwise report the articles unchecked. */
  const failPart = async (part: UnitGroup[], number: number, pool: SourcePool, reason: UncheckedReason, maxTokens: number, grown: boolean): Promise<void> => {
    options.log?.('batch-unchecked', { batch: number, articles: part.length, reason });
    const timeLeft = deadline - Date.now() > 0 && !signal?.aborted;
    if (timeLeft && reason !== 'deadline' && part.length > 1) {
      const half = Math.ceil(part.length / 2);
      await Promise.all([runPart(part.slice(0, half), number, pool), runPart(part.slice(half), number, pool)]);
      return;
    }
    if (timeLeft && reason === 'max_tokens' && !grown && maxTokens < MAX_OUTPUT_TOKENS) {
      return runPart(part, number, pool, Math.min(MAX_OUTPUT_TOKENS, maxTokens * CUT_RETRY_FACTOR));
    }
    counters.failedBatches++;
    done += part.length;
    for (const group of part) {
      unchecked.push({ group: group.key, path: group.units[0]?.path ?? group.key, paragraphs: group.units.map((u) => u.paragraph), reason });
    }
    const paths = part.map((g) => g.units[0]?.path || g.key).join(', ');
    emit({ type: 'progress', done, total: groups.length, batch: number, stage: 'failed', message: UPSTREAM_MESSAGES.failed[language].replace('{paths}', paths) });
  };

  const limited = (i: number): Promise<void> =>
    runLimited(
      perReview,
      async () => {
        // Retrieval per batch, right before its call: the first request leaves without waiting for the
        // others' retrieval, which runs while it is in flight.
        const batch = batches[i]!;
        const pool = retrieveSourcePool(options.corpus, [batch.flatMap((g) => g.units.map((u) => u.text))], language, options.retrieval ?? DEFAULT_RETRIEVAL);
        await runPart(batch, i + 1, pool);
      },
      signal,
    );
  const warm = options.warmCache !== false && batches.length > 1;
  if (warm) await limited(0);
  await Promise.all(batches.map((_, i) => (warm && i === 0 ? Promise.resolve() : limited(i))));

  return {
    engine: 'model',
    model: options.model,
    corpusVersion,
    findings: counters.findings,
    units: request.units.length,
    batches: batches.length,
    calls: counters.calls,
    retries: counters.retries,
    cacheHits: counters.cacheHits,
    cacheMisses: counters.cacheMisses,
    usage,
    dropped,
    failedBatches: counters.failedBatches,
    millis: Date.now() - started,
    articles: groups.length,
    checkedArticles,
    unchecked: unchecked.sort((a, b) => (a.paragraphs[0] ?? 0) - (b.paragraphs[0] ?? 0)),
  };
}

/** Linked clauses sent as context with one batch, at most: the strongest link of each clause first. */
const MAX_CONTEXT_CLAUSES = 12;

/** Clauses linked to these ones (possibly in other articles), in document order. */
function linkedContext(units: readonly ReviewUnit[], links: ClauseLinks, cap = Number.POSITIVE_INFINITY): ReviewUnit[] {
  const out = new Map<number, ReviewUnit>();
  const lists = units.map((u) => links.of(u.paragraph));
  for (let rank = 0; lists.some((l) => rank < l.length); rank++) {
    for (const list of lists) {
      const other = list[rank];
      if (other && out.size < cap) out.set(other.paragraph, other);
    }
  }
  return [...out.values()].sort((a, b) => a.paragraph - b.paragraph);
}

/** Each clause's links to clauses the request carries (its batch or the context sent with it). */
function linksWithin(units: readonly ReviewUnit[], links: ClauseLinks, sent: ReadonlySet<number>): Map<number, number[]> {
  return new Map(units.map((u) => [u.paragraph, links.of(u.paragraph).map((o) => o.paragraph).filter((p) => sent.has(p))]));
}

class AttemptTimeout extends Error {
  constructor(ms: number) {
    super(`upstream attempt timed out after ${ms} ms`);
  }
}

async function callWithRetries(
  params: Anthropic.MessageCreateParamsNonStreaming,
  options: ClaudeEngineOptions,
  batch: number,
  counters: Counters,
  usage: TokenUsage,
  onRetry: (waitMs: number) => void,
  signal: AbortSignal | undefined,
  deadline: number,
): Promise<CallOutcome> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    const gateWait = options.rateLimits?.waitMs() ?? 0;
    if (gateWait > 0) {
      if (Date.now() + gateWait >= deadline) return { ok: false, reason: 'deadline' };
      await sleep(gateWait, signal);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) return { ok: false, reason: 'deadline' };
    const attemptTimeoutMs = Math.min(options.attemptTimeoutMs ?? 120_000, remaining);
    // One attempt holds an upstream slot; the wait before the next one does not.
    const once = (): Promise<AttemptResult> => attemptOnce(params, options, batch, counters, usage, signal, attemptTimeoutMs);
    const result = options.upstream ? await runLimited(options.upstream, once, signal) : await once();
    if ('outcome' in result) return result.outcome;
    const { failure, timedOut } = result;
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('review aborted');
    const decision = retryDecision(failure, { attempt, maxAttempts, remainingMs: deadline - Date.now(), timedOut, random: options.random });
    options.log?.('upstream-error', { batch, attempt, status: statusOf(failure), timedOut, retryInMs: decision.retry ? decision.waitMs : null });
    if (!decision.retry) return { ok: false, reason: decision.why === 'deadline' || (timedOut && Date.now() >= deadline) ? 'deadline' : 'upstream' };
    counters.retries++;
    onRetry(decision.waitMs);
    await sleep(decision.waitMs, signal);
  }
}

type AttemptResult = { outcome: CallOutcome } | { failure: unknown; timedOut: boolean };

/** One upstream call with its own deadline (the streamed body included); a failure is returned, not thrown. */
async function attemptOnce(
  params: Anthropic.MessageCreateParamsNonStreaming,
  options: ClaudeEngineOptions,
  batch: number,
  counters: Counters,
  usage: TokenUsage,
  signal: AbortSignal | undefined,
  attemptTimeoutMs: number,
): Promise<AttemptResult> {
  const controller = new AbortController();
  const onOuterAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onOuterAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new AttemptTimeout(attemptTimeoutMs));
  }, attemptTimeoutMs);
  counters.calls++;
  try {
    const stream = options.client.messages.stream(params, { signal: controller.signal });
    const message = await stream.finalMessage();
    options.rateLimits?.observe(stream.response?.headers);
    addUsage(usage, message.usage);
    const answer = readAnswer(message);
    if (!answer.ok) options.log?.('unusable-answer', { batch, stop_reason: message.stop_reason, reason: answer.reason });
    return { outcome: answer.ok ? answer : { ok: false, reason: answer.reason } };
  } catch (failure) {
    return { failure, timedOut };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onOuterAbort);
  }
}

function addUsage(total: TokenUsage, usage: Anthropic.Usage | undefined): void {
  if (!usage) return;
  total.input_tokens += usage.input_tokens ?? 0;
  total.output_tokens += usage.output_tokens ?? 0;
  total.cache_creation_input_tokens += usage.cache_creation_input_tokens ?? 0;
  total.cache_read_input_tokens += usage.cache_read_input_tokens ?? 0;
}

function addDropped(total: DroppedCounts, more: DroppedCounts): void {
  for (const key of Object.keys(total) as (keyof DroppedCounts)[]) total[key] += more[key];
}

function withId(finding: Omit<Finding, 'id'>, used: Set<string>): Finding {
  let id = `${finding.ruleId}:${finding.anchor.paragraph}:${finding.anchor.start}`;
  for (let n = 2; used.has(id); n++) id = `${finding.ruleId}:${finding.anchor.paragraph}:${finding.anchor.start}#${n}`;
  used.add(id);
  return { id, ...finding };
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
