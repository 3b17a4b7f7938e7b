/**
 * The live check (`zan doctor`, and the server at start-up): one minimal real call in the same
 * request shape as a review (structured output, adaptive thinking, explicit effort, one clause), so
 * a model that refuses the shape is known before the first user waits for it.
 */
import Anthropic from '@anthropic-ai/sdk';
import { readAnswer } from './answer';
import { buildMessageParams, type Effort } from './prompt';

export type LiveCheckState = 'pending' | 'accepted' | 'refused' | 'unreachable';

export interface LiveCheckResult {
  state: LiveCheckState;
  model: string;
  effort: Effort;
  latencyMs?: number;
  status?: number;
  /** The API's own words when it refused (never the key). */
  message?: string;
  /** Accepted, and the answer was the asked-for JSON (a refusal or a cut answer says so here). */
  answer?: 'json' | string;
}

/** A one-clause draft: small, harmless, in the register of a real law. */
const PROBE = {
  language: 'ru' as const,
  title: 'Проверка связи',
  outline: ['Статья 1. Проверка'],
  definitions: [],
  kind: 'new-law' as const,
  rank: 'law' as const,
};
const PROBE_UNIT = { id: 'a1', path: 'ст. 1', paragraph: 1, group: 'a1', text: '1. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней.' };

export async function checkModelLive(client: Anthropic, model: string, effort: Effort, timeoutMs = 60_000): Promise<LiveCheckResult> {
  const params = buildMessageParams({ model, effort, request: PROBE, checks: ['technique'], sources: [], units: [PROBE_UNIT] });
  const started = Date.now();
  try {
    const message = await client.messages.stream(params, { signal: AbortSignal.timeout(timeoutMs) }).finalMessage();
    const answer = readAnswer(message);
    return { state: 'accepted', model, effort, latencyMs: Date.now() - started, answer: answer.ok ? 'json' : answer.reason };
  } catch (error) {
    const latencyMs = Date.now() - started;
    if (error instanceof Anthropic.APIError && typeof error.status === 'number' && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
      return { state: 'refused', model, effort, latencyMs, status: error.status, message: error.apiMessage ?? error.message };
    }
    const status = error instanceof Anthropic.APIError ? error.status : undefined;
    return { state: 'unreachable', model, effort, latencyMs, ...(status !== undefined ? { status } : {}), message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs the check in the background; `current()` is what /healthz shows. */
export function startLiveCheck(client: Anthropic, model: string, effort: Effort, onDone?: (result: LiveCheckResult) => void): { current(): LiveCheckResult; done: Promise<LiveCheckResult> } {
  let result: LiveCheckResult = { state: 'pending', model, effort };
  const done = checkModelLive(client, model, effort).then((r) => {
    result = r;
    onDone?.(r);
    return r;
  });
  return { current: () => result, done };
}
