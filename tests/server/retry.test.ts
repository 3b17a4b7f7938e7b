/** When the engine tries again, and how long it waits: retry-after up to the deadline, jitter, rate-limit headers. */
import Anthropic from '@anthropic-ai/sdk';
import { RateLimitGate, jitteredBackoff, rateLimitResetMs, retryDecision } from '../../src/engine/claude/retry';

const apiError = (status: number, headers: Record<string, string> = {}, details?: { error_code: string }) =>
  Anthropic.APIError.generate(status, { error: { type: 'x', message: 'm', ...(details ? { details } : {}) } }, 'm', new Headers(headers));

test('a 429 asking 60 s is waited when the deadline allows it, and given up as "deadline" when it does not', () => {
  const e = apiError(429, { 'retry-after': '60' });
  expect(retryDecision(e, { attempt: 1, maxAttempts: 4, remainingMs: 120_000, timedOut: false })).toEqual({ retry: true, waitMs: 60_000 });
  expect(retryDecision(e, { attempt: 1, maxAttempts: 4, remainingMs: 30_000, timedOut: false })).toEqual({ retry: false, why: 'deadline' });
});

test('a 429 without retry-after waits for the reset of the exhausted limit', () => {
  const reset = new Date(Date.now() + 7_000).toISOString();
  const e = apiError(429, { 'anthropic-ratelimit-input-tokens-remaining': '0', 'anthropic-ratelimit-input-tokens-reset': reset, 'anthropic-ratelimit-requests-remaining': '12' });
  const d = retryDecision(e, { attempt: 1, maxAttempts: 4, remainingMs: 60_000, timedOut: false });
  expect(d.retry && d.waitMs).toBeGreaterThan(5_000);
  expect(d.retry && d.waitMs).toBeLessThanOrEqual(7_000);
});

test('529 backs off with full jitter; 400 and the last attempt are final', () => {
  expect(retryDecision(apiError(529), { attempt: 3, maxAttempts: 4, remainingMs: 60_000, timedOut: false, random: () => 0.5 })).toEqual({ retry: true, waitMs: 2000 });
  const waits = new Set(Array.from({ length: 20 }, () => jitteredBackoff(3, Math.random)));
  expect(waits.size).toBeGreaterThan(5);
  expect(Math.max(...waits)).toBeLessThanOrEqual(4000);
  expect(retryDecision(apiError(400), { attempt: 1, maxAttempts: 4, remainingMs: 60_000, timedOut: false })).toEqual({ retry: false, why: 'final' });
  expect(retryDecision(apiError(500), { attempt: 4, maxAttempts: 4, remainingMs: 60_000, timedOut: false })).toEqual({ retry: false, why: 'final' });
});

test('the gate pauses new calls while a limit reported by a successful answer is exhausted', () => {
  const gate = new RateLimitGate();
  const now = Date.now();
  gate.observe(new Headers({ 'anthropic-ratelimit-requests-remaining': '5', 'anthropic-ratelimit-requests-reset': new Date(now + 9_000).toISOString() }), now);
  expect(gate.waitMs(now)).toBe(0);
  gate.observe(new Headers({ 'anthropic-ratelimit-output-tokens-remaining': '0', 'anthropic-ratelimit-output-tokens-reset': new Date(now + 4_000).toISOString() }), now);
  expect(gate.waitMs(now)).toBe(4_000);
  expect(gate.last).toMatchObject({ requests: '5', 'output-tokens': '0' });
  expect(rateLimitResetMs(new Headers({}), now)).toBeUndefined();
});

test('the API has the last word: x-should-retry is obeyed, and a spend cap (429 with its error code) is final', () => {
  const ctx = { attempt: 1, maxAttempts: 4, remainingMs: 60_000, timedOut: false, random: () => 0.5 };
  expect(retryDecision(apiError(529, { 'x-should-retry': 'false' }), ctx)).toEqual({ retry: false, why: 'final' });
  expect(retryDecision(apiError(400, { 'x-should-retry': 'true' }), ctx)).toEqual({ retry: true, waitMs: 500 });
  expect(retryDecision(apiError(429, {}, { error_code: 'enforced_spend_limit_reached' }), ctx)).toEqual({ retry: false, why: 'final' });
  // A 429 with another code (a ramp limit) is a rate limit like any other: waited out.
  expect(retryDecision(apiError(429, { 'retry-after': '3' }, { error_code: 'ramp_limit_exceeded' }), ctx)).toEqual({ retry: true, waitMs: 3000 });
});
