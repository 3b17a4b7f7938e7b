/**
 * The Claude engine: units → batches (an article with its items) → retrieval → prompt with a
 * cached prefix → tool-use answer → grounded findings, streamed as each batch finishes.
 *
 * Retries are ours, not the SDK's (the client is built with maxRetries: 0): a batch waiting out a
 * 429 gives its upstream slot back to other reviews, the wait honours retry-after up to a cap, each
 * attempt has a deadline that covers the streamed body too (the SDK's timeout stops at the
 * headers), and every retry is counted and shown as progress.
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
  type TokenUsage,
} from '../../server/protocol';
import { DEFAULT_BATCH_LIMITS, groupUnits, packBatches, type BatchLimits, type UnitGroup } from './batches';
import { fromCached, groupCacheKey, toCached, type ReviewCache } from './cache';
import { groundAnswer, type GroundedFinding } from './grounding';
import { PROMPT_VERSION, REPORT_TOOL_NAME, buildMessageParams } from './prompt';
import { Semaphore } from './semaphore';
import { DEFAULT_RETRIEVAL, retrieveSourcePool, type RetrievalLimits } from './sources';

export interface ClaudeEngineOptions {
  client: Anthropic;
  model: string;
  corpus?: CorpusIndex;
  cache?: ReviewCache;
  /** Cap on upstream calls shared by every review of this process. */
  upstream?: Semaphore;
  /** Concurrent batches of one review. */
  concurrency?: number;
  /** Attempts per batch, the first included. */
  maxAttempts?: number;
  /** Deadline of one attempt, streamed body included. */
  attemptTimeoutMs?: number;
  /** A retry-after longer than this fails the batch instead of holding the user. */
  maxRetryWaitMs?: number;
  maxTokens?: number;
  batchLimits?: BatchLimits;
  retrieval?: RetrievalLimits;
  /** Send the first batch alone so the others read its cached prefix (default true). */
  warmCache?: boolean;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
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
    ru: 'Часть проекта не проверена моделью: сервис модели недоступен. Повторите проверку позже.',
    kk: 'Жобаның бір бөлігін модель тексермеді: модель сервисі қолжетімсіз. Тексеруді кейінірек қайталаңыз.',
  },
} as const;

interface BatchOutcome {
  findings: GroundedFinding[];
  ok: boolean;
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
  const checks: ModelCheck[] = request.checks ? [...new Set(request.checks)] : [...MODEL_CHECKS];
  const corpusVersion = options.corpus?.version ?? 'none';
  const language = request.language;
  const usage = emptyUsage();
  const dropped = emptyDropped();
  const counters = { calls: 0, retries: 0, cacheHits: 0, cacheMisses: 0, findings: 0, failedBatches: 0 };
  const usedIds = new Set<string>();
  const keyParts = { model: options.model, corpusVersion, promptVersion: PROMPT_VERSION, checks };

  const groups = groupUnits(request.units);
  const keys = groups.map((g) => groupCacheKey(g, keyParts));
  const cached = await Promise.all(keys.map((k) => (options.cache ? options.cache.get(k).catch(() => undefined) : undefined)));
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
  if (fromCache.length) {
    counters.findings += fromCache.length;
    emit({ type: 'findings', batch: 0, findings: fromCache });
  }
  if (counters.cacheHits) emit({ type: 'progress', done, total: groups.length, stage: 'cached' });

  const pool = retrieveSourcePool(
    options.corpus,
    batches.map((b) => b.flatMap((g) => g.units.map((u) => u.text)).join('\n')),
    language,
    options.retrieval ?? DEFAULT_RETRIEVAL,
  );
  const givenSources = new Set(pool.sources.map((s) => s.id));
  const perReview = new Semaphore(Math.max(1, options.concurrency ?? 6));

  const runBatch = async (batchIndex: number): Promise<void> => {
    const batch = batches[batchIndex]!;
    const units = batch.flatMap((g) => g.units);
    const params = buildMessageParams({
      model: options.model,
      maxTokens: options.maxTokens ?? 4096,
      request,
      checks,
      sources: pool.sources,
      units,
      relevantSourceIds: pool.perBatch[batchIndex] ?? [],
    });
    const number = batchIndex + 1;
    const onRetry = (waitMs: number): void =>
      emit({ type: 'progress', done, total: groups.length, batch: number, stage: 'retrying', message: UPSTREAM_MESSAGES.retrying[language].replace('{s}', (waitMs / 1000).toFixed(1)) });
    const outcome = await callWithRetries(params, options, number, counters, usage, dropped, onRetry, signal, (input) => {
      const grounded = groundAnswer(input, { units, givenSources, corpus: options.corpus, language, checks });
      addDropped(dropped, grounded.dropped);
      return grounded.findings;
    });
    done += batch.length;
    if (outcome.ok) {
      const findings = outcome.findings.map((f) => withId(f, usedIds));
      counters.findings += findings.length;
      emit({ type: 'findings', batch: number, findings });
      await Promise.all(
        batch.map((group) => {
          const paragraphs = new Set(group.units.map((u) => u.paragraph));
          const own = outcome.findings.filter((f) => paragraphs.has(f.anchor.paragraph));
          return options.cache?.set(groupCacheKey(group, keyParts), toCached(group, own)).catch((error: unknown) => {
            options.log?.('cache-write-failed', { error: String(error) });
          });
        }),
      );
      emit({ type: 'progress', done, total: groups.length, batch: number, stage: 'reviewed' });
    } else {
      counters.failedBatches++;
      emit({ type: 'progress', done, total: groups.length, batch: number, stage: 'failed', message: UPSTREAM_MESSAGES.failed[language] });
    }
  };

  const limited = async (i: number): Promise<void> => {
    const release = await perReview.acquire(signal);
    try {
      await runBatch(i);
    } finally {
      release();
    }
  };
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
  };
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
  counters: { calls: number; retries: number },
  usage: TokenUsage,
  dropped: DroppedCounts,
  onRetry: (waitMs: number) => void,
  signal: AbortSignal | undefined,
  ground: (input: unknown) => GroundedFinding[],
): Promise<BatchOutcome> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const attemptTimeoutMs = options.attemptTimeoutMs ?? 120_000;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 30_000;
  const sleep = options.sleep ?? abortableSleep;
  for (let attempt = 1; ; attempt++) {
    const release = options.upstream ? await options.upstream.acquire(signal) : () => {};
    const controller = new AbortController();
    const onOuterAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onOuterAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new AttemptTimeout(attemptTimeoutMs));
    }, attemptTimeoutMs);
    counters.calls++;
    let failure: unknown;
    try {
      const answer = await streamAnswer(options.client, params, controller.signal);
      addUsage(usage, answer.message.usage);
      if (answer.input === undefined) {
        dropped.schema++;
        options.log?.('malformed-answer', { batch, stop_reason: answer.message.stop_reason });
        return { findings: [], ok: true };
      }
      return { findings: ground(answer.input), ok: true };
    } catch (error) {
      failure = error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onOuterAbort);
      release();
    }
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('review aborted');
    const wait = retryDecision(failure, timedOut, attempt, maxAttempts, maxRetryWaitMs);
    options.log?.('upstream-error', { batch, attempt, status: statusOf(failure), timedOut, retryInMs: wait ?? null });
    if (wait === undefined) return { findings: [], ok: false };
    counters.retries++;
    onRetry(wait);
    await sleep(wait, signal);
  }
}

/** Streams one answer; `input` is the tool's input when it is complete, valid JSON. */
async function streamAnswer(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  signal: AbortSignal,
): Promise<{ message: Anthropic.Message; input: unknown }> {
  const stream = client.messages.stream(params, { signal });
  // The SDK's snapshot parses partial JSON leniently; grounding wants the exact JSON the model sent.
  const json = new Map<number, string>();
  stream.on('streamEvent', (event) => {
    if (event.type === 'content_block_delta' && event.delta.type === 'input_json_delta') {
      json.set(event.index, (json.get(event.index) ?? '') + event.delta.partial_json);
    }
  });
  const message = await stream.finalMessage();
  const index = message.content.findIndex((b) => b.type === 'tool_use' && b.name === REPORT_TOOL_NAME);
  if (index < 0 || message.stop_reason === 'max_tokens') return { message, input: undefined };
  const raw = json.get(index);
  if (raw === undefined) {
    const block = message.content[index] as Anthropic.ToolUseBlock;
    return { message, input: block.input };
  }
  try {
    return { message, input: JSON.parse(raw) as unknown };
  } catch {
    return { message, input: undefined };
  }
}

/** Milliseconds to wait before the next attempt, or undefined to give up on the batch. */
export function retryDecision(error: unknown, timedOut: boolean, attempt: number, maxAttempts: number, maxRetryWaitMs: number): number | undefined {
  if (attempt >= maxAttempts) return undefined;
  const status = statusOf(error);
  const retryable =
    timedOut ||
    error instanceof Anthropic.APIConnectionError ||
    status === 408 ||
    status === 409 ||
    status === 429 ||
    (status !== undefined && status >= 500);
  if (!retryable) return undefined;
  const asked = error instanceof Anthropic.APIError ? retryAfterMs(error.headers) : undefined;
  if (asked !== undefined) return asked > maxRetryWaitMs ? undefined : asked;
  const backoff = Math.min(500 * 2 ** (attempt - 1), 8000);
  return Math.round(backoff * (1 - Math.random() * 0.25));
}

/** retry-after-ms, else retry-after in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof Anthropic.APIError && typeof error.status === 'number' ? error.status : undefined;
}

function addUsage(total: TokenUsage, usage: Anthropic.Usage | undefined): void {
  if (!usage) return;
  total.input_tokens += usage.input_tokens ?? 0;
  total.output_tokens += usage.output_tokens ?? 0;
  total.cache_creation_input_tokens += usage.cache_creation_input_tokens ?? 0;
  total.cache_read_input_tokens += usage.cache_read_input_tokens ?? 0;
}

function addDropped(total: DroppedCounts, more: DroppedCounts): void {
  total.schema += more.schema;
  total.quote += more.quote;
  total.citation += more.citation;
  total.replacement += more.replacement;
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
