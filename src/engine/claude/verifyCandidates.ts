/**
 * Monitoring verdicts by the model: the candidates are packed a few to a request with their sources
 * (the Court resolution and the 2026 provisions from the corpus, plus the 2026 provisions nearest
 * to the act's words), sent as live calls when there are few and through the Message Batches API
 * (half the price, polled) when there are many, and every verdict is grounded: it must cite a
 * source given for its candidate that the corpus has, quote that source verbatim, and be written in
 * the candidate's language; otherwise it is dropped, counted, and the candidate left unverified.
 * Nothing is cached: a failure is reported with its reason, never kept as a verdict.
 */
import { createHash } from 'node:crypto';
import type Anthropic from '@anthropic-ai/sdk';
import type { CorpusIndex } from '../../corpus/types';
import type { Unverified, UnverifiedReason, Verdict, VerdictCandidate, VerdictResponse } from '../../monitor/verdictProtocol';
import { readAnswer } from './answer';
import { existsInCorpus, flat, inLanguage, words } from './grounding';
import { DEFAULT_EFFORT, type Effort } from './prompt';
import { retryDecision } from './retry';
import type { Source } from './sources';
import { CANDIDATES_PER_REQUEST, buildVerdictParams, modelVerdictSchema } from './verdictPrompt';

/** From this many requests on (8 candidates each: 25+ candidates) the Message Batches API is used. */
export const BATCH_THRESHOLD_REQUESTS = 4;
const MIN_QUOTE_WORDS = 3;
const REASON_MAX_CHARS = 600;
const SOURCE_CHARS = 1500;

export interface VerifyOptions {
  client: Anthropic;
  model: string;
  corpus: CorpusIndex;
  effort?: Effort;
  /** When it must be over (ms since the epoch): live retries and batch polling stop before it. */
  deadline: number;
  batchThreshold?: number;
  /** A Message Batch submitted earlier for these same candidates: polled instead of submitting again. */
  resume?: string;
  pollIntervalMs?: number;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

interface Planned {
  customId: string;
  items: Array<{ candidate: VerdictCandidate; sources: Source[] }>;
  params: Anthropic.MessageCreateParamsNonStreaming;
}

export async function verifyCandidates(candidates: readonly VerdictCandidate[], options: VerifyOptions): Promise<VerdictResponse> {
  const effort = options.effort ?? DEFAULT_EFFORT;
  const plan: Planned[] = [];
  for (let i = 0; i < candidates.length; i += CANDIDATES_PER_REQUEST) {
    const items = candidates.slice(i, i + CANDIDATES_PER_REQUEST).map((candidate) => ({ candidate, sources: sourcesFor(candidate, options.corpus) }));
    // The custom_id names what was asked: a resumed batch of other candidates matches nothing here.
    const digest = createHash('sha256').update(JSON.stringify(items.map((x) => x.candidate))).digest('hex').slice(0, 16);
    plan.push({ customId: `v${plan.length}-${digest}`, items, params: buildVerdictParams({ model: options.model, effort, candidates: items }) });
  }
  const viaBatches = options.resume !== undefined || plan.length >= (options.batchThreshold ?? BATCH_THRESHOLD_REQUESTS);
  const out: VerdictResponse = {
    verdicts: [],
    unverified: [],
    summary: { model: options.model, via: viaBatches ? 'batches' : 'messages', candidates: candidates.length, checked: 0, failed: 0, calls: 0, inputTokens: 0, cachedTokens: 0, outputTokens: 0, dropped: 0 },
  };
  const settle = (p: Planned, message: Anthropic.Message | undefined, failure: UnverifiedReason): void => {
    if (message) {
      out.summary.inputTokens += message.usage.input_tokens + (message.usage.cache_creation_input_tokens ?? 0);
      out.summary.cachedTokens += message.usage.cache_read_input_tokens ?? 0;
      out.summary.outputTokens += message.usage.output_tokens;
    }
    const answer = message ? readAnswer(message) : { ok: false as const, reason: failure };
    const value = answer.ok ? (answer.value as { verdicts?: unknown }) : undefined;
    if (answer.ok && !Array.isArray(value?.verdicts)) return fail(p.items, 'unparseable');
    if (!answer.ok) return fail(p.items, answer.reason);
    const got = new Map<string, Verdict>();
    for (const raw of value!.verdicts as unknown[]) {
      const v = groundVerdict(raw, p.items, options.corpus);
      if (!v || got.has(v.id)) out.summary.dropped++;
      else got.set(v.id, v);
    }
    for (const { candidate } of p.items) {
      const v = got.get(candidate.id);
      if (v) out.verdicts.push(v);
      else out.unverified.push({ id: candidate.id, reason: (value!.verdicts as unknown[]).some((r) => (r as { id?: unknown })?.id === candidate.id) ? 'ungrounded' : 'no-verdict' });
    }
  };
  const fail = (items: Planned['items'], reason: UnverifiedReason): void => {
    for (const { candidate } of items) out.unverified.push({ id: candidate.id, reason });
  };

  if (viaBatches) await runAsBatch(plan, options, out, settle);
  else await Promise.all(plan.map(async (p) => {
    const r = await callLive(p.params, options, out);
    settle(p, r.message, r.reason);
  }));
  out.summary.checked = out.verdicts.length;
  out.summary.failed = out.unverified.length;
  const order = new Map(candidates.map((c, i) => [c.id, i]));
  out.verdicts.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  out.unverified.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return out;
}

/** The candidate's own sources from the corpus, then the 2026 provisions nearest to its words. */
function sourcesFor(c: VerdictCandidate, corpus: CorpusIndex): Source[] {
  const out = new Map<string, Source>();
  const add = (id: string, kind: Source['kind'], text: string | undefined): void => {
    const citation = corpus.cite(id, c.language);
    if (!citation || !text || out.has(id)) return;
    out.set(id, { id, kind, label: citation.label, text: text.length > SOURCE_CHARS ? `${text.slice(0, SOURCE_CHARS - 1)}…` : text });
  };
  if (c.resolution) {
    const r = corpus.resolution(c.resolution);
    if (r) {
      add(r.id, 'resolution', r.summary);
      for (const a of r.articles2026) add(`const2026:${a}`, 'constitution', corpus.sourceTexts?.(`const2026:${a}`).join(' ') || provisionText(`const2026:${a}`, corpus, c.language));
    }
  }
  for (const id of c.sources) {
    if (id.startsWith('const2026:')) add(id, 'constitution', provisionText(id, corpus, c.language));
    else if (id.startsWith('const1995:')) add(id, 'constitution', text1995(id, corpus, c.language));
  }
  for (const hit of corpus.search(c.text, { limit: 3, kinds: ['constitution'] })) add(hit.id, 'constitution', hit.text);
  return [...out.values()];
}

const PLACE = /^const(?:2026|1995):(\d+(?:-\d+)?)(?:\.(\d+(?:-\d+)?))?(?:\((\d+(?:-\d+)?)\))?$/;

function provisionText(id: string, corpus: CorpusIndex, language: 'ru' | 'kk'): string | undefined {
  const m = PLACE.exec(id);
  return m ? corpus.constitution(m[1]!, m[2], m[3])?.text[language] : undefined;
}

function text1995(id: string, corpus: CorpusIndex, language: 'ru' | 'kk'): string | undefined {
  const m = PLACE.exec(id);
  const full = corpus as CorpusIndex & { constitution1995?: (a: string, i?: string, s?: string) => { text: { ru: string; kk: string } } | undefined };
  return m && full.constitution1995 ? full.constitution1995(m[1]!, m[2], m[3])?.text[language] : undefined;
}

/** A verdict a lawyer can check, or undefined (dropped). */
export function groundVerdict(raw: unknown, items: Planned['items'], corpus: CorpusIndex): Verdict | undefined {
  const parsed = modelVerdictSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const v = parsed.data;
  const item = items.find((i) => i.candidate.id === v.id);
  if (!item) return undefined;
  const given = new Map(item.sources.map((s) => [s.id, s]));
  // Every citation must be one this candidate was given and the corpus has: nothing from memory.
  if (v.citations.length === 0 || v.citations.some((id) => !given.has(id) || !existsInCorpus(id, corpus))) return undefined;
  if (words(v.source_quote).length < MIN_QUOTE_WORDS) return undefined;
  const wanted = flat(v.source_quote);
  const quoted = v.citations.some((id) => [given.get(id)!.text, ...(corpus.sourceTexts?.(id) ?? [])].some((t) => flat(t).includes(wanted)));
  if (!quoted || !inLanguage(v.reason, item.candidate.language, 0.6)) return undefined;
  const reason = v.reason.trim();
  return {
    id: v.id,
    status: v.verdict === 'confirmed' ? 'confirmed' : 'not-confirmed',
    reason: reason.length > REASON_MAX_CHARS ? `${reason.slice(0, REASON_MAX_CHARS - 1)}…` : reason,
    citations: v.citations,
    sourceQuote: v.source_quote,
  };
}

async function callLive(params: Anthropic.MessageCreateParamsNonStreaming, options: VerifyOptions, out: VerdictResponse): Promise<{ message?: Anthropic.Message; reason: UnverifiedReason }> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    if (Date.now() >= options.deadline) return { reason: 'deadline' };
    out.summary.calls++;
    try {
      const message = await options.client.messages.stream(params, { signal: options.signal }).finalMessage();
      return { message, reason: 'upstream' };
    } catch (error) {
      if (options.signal?.aborted) return { reason: 'deadline' };
      const decision = retryDecision(error, { attempt, maxAttempts: options.maxAttempts ?? 4, remainingMs: options.deadline - Date.now(), timedOut: false });
      if (!decision.retry) return { reason: decision.why === 'deadline' ? 'deadline' : 'upstream' };
      await sleep(decision.waitMs);
    }
  }
}

async function runAsBatch(plan: Planned[], options: VerifyOptions, out: VerdictResponse, settle: (p: Planned, m: Anthropic.Message | undefined, r: UnverifiedReason) => void): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let batchId = options.resume;
  try {
    if (!batchId) {
      out.summary.calls += plan.length;
      batchId = (await options.client.messages.batches.create({ requests: plan.map((p) => ({ custom_id: p.customId, params: p.params })) }, { signal: options.signal })).id;
    }
  } catch {
    for (const p of plan) settle(p, undefined, 'upstream');
    return;
  }
  out.summary.batchId = batchId;
  for (;;) {
    let batch: Anthropic.Messages.MessageBatch;
    try {
      batch = await options.client.messages.batches.retrieve(batchId, {}, { signal: options.signal });
    } catch {
      // An unknown or expired batch id, or the API away: nothing to read, nothing lost but the wait.
      for (const p of plan) settle(p, undefined, 'upstream');
      return;
    }
    if (batch.processing_status === 'ended') break;
    const wait = options.pollIntervalMs ?? 30_000;
    if (Date.now() + wait >= options.deadline) {
      for (const p of plan) settle(p, undefined, 'deadline');
      return;
    }
    await sleep(wait);
  }
  const byId = new Map(plan.map((p) => [p.customId, p]));
  for await (const entry of await options.client.messages.batches.results(batchId, {}, { signal: options.signal })) {
    const p = byId.get(entry.custom_id);
    if (!p) continue;
    byId.delete(entry.custom_id);
    settle(p, entry.result.type === 'succeeded' ? entry.result.message : undefined, 'upstream');
  }
  // A request the results do not mention was not answered (expired with the batch, or lost).
  for (const p of byId.values()) settle(p, undefined, 'upstream');
}
