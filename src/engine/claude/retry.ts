/**
 * When to try an upstream call again, and after how long. Retry-after is honoured up to the review's
 * deadline (a 429 asking 60 s is waited when the deadline allows it); 529 and 5xx back off
 * exponentially with full jitter so that the batches of many reviews do not return in step; the
 * rate-limit headers give the wait when a 429 carries no retry-after (SDK issue #357's rule).
 *
 * Why not the SDK's own retries (@anthropic-ai/sdk 1.14, client.js `shouldRetry`/`retryRequest`):
 * they decide by status and `x-should-retry` only, so a 429 that is a monthly spend cap
 * (error.details.error_code `enforced_spend_limit_reached`: "Don't retry. Usage pauses until 00:00
 * UTC on the first day of the next month", learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/
 * concepts/anthropic-529-overloaded-error; the SDK names it EnforcedSpendLimitReachedError) is tried
 * again; they wait whatever retry-after says without knowing the review's deadline; they sleep while
 * holding our upstream slot; their jitter is at most 25 %; they cover the response headers only,
 * not a stream that fails midway; and they report nothing the pane could show. The rules the SDK
 * has that the API relies on are kept here: `x-should-retry` is obeyed, 408/409/429/5xx and lost
 * connections are retried, `retry-after-ms` comes before `retry-after`.
 */
import Anthropic from '@anthropic-ai/sdk';

export type RetryDecision = { retry: true; waitMs: number } | { retry: false; why: 'final' | 'deadline' };

export interface RetryContext {
  attempt: number;
  maxAttempts: number;
  /** Milliseconds left before the review's deadline. */
  remainingMs: number;
  timedOut: boolean;
  random?: () => number;
}

const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 16_000;

export function retryDecision(error: unknown, ctx: RetryContext): RetryDecision {
  const status = statusOf(error);
  const retryable = ctx.timedOut || error instanceof Anthropic.APIConnectionError || (error instanceof Anthropic.APIError && serverAllowsRetry(error));
  if (!retryable || ctx.attempt >= ctx.maxAttempts) return { retry: false, why: 'final' };
  const asked = error instanceof Anthropic.APIError ? (retryAfterMs(error.headers) ?? (status === 429 ? rateLimitResetMs(error.headers) : undefined)) : undefined;
  const waitMs = asked ?? jitteredBackoff(ctx.attempt, ctx.random ?? Math.random);
  // A wait that ends past the deadline leaves no time for the call itself.
  if (waitMs >= ctx.remainingMs) return { retry: false, why: 'deadline' };
  return { retry: true, waitMs };
}

/** Spend caps answer 429 but lift only next month or when the limit is raised: never retried. */
const SPEND_CAPS = new Set(['enforced_spend_limit_reached', 'contract_spend_limit_reached']);

/** The API's own word first (`x-should-retry`), then the status, as the SDK decides. */
function serverAllowsRetry(error: InstanceType<typeof Anthropic.APIError>): boolean {
  const said = error.headers?.get('x-should-retry');
  if (said === 'true') return true;
  if (said === 'false') return false;
  if (error.errorCode && SPEND_CAPS.has(error.errorCode)) return false;
  const status = error.status;
  return status === 408 || status === 409 || status === 429 || (typeof status === 'number' && status >= 500);
}

/** Full jitter: uniform in [0, min(cap, base·2^(attempt−1))], never below 100 ms. */
export function jitteredBackoff(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.max(100, Math.round(ceiling * random()));
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

const LIMITS = ['requests', 'input-tokens', 'output-tokens', 'tokens'] as const;

/** The latest reset among the exhausted anthropic-ratelimit-* limits, in ms from now. */
export function rateLimitResetMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  let wait: number | undefined;
  for (const limit of LIMITS) {
    const remaining = headers?.get(`anthropic-ratelimit-${limit}-remaining`);
    const reset = Date.parse(headers?.get(`anthropic-ratelimit-${limit}-reset`) ?? '');
    if (remaining === '0' && Number.isFinite(reset)) wait = Math.max(wait ?? 0, reset - now);
  }
  return wait === undefined ? undefined : Math.max(0, wait);
}

/**
 * Shared by every review of a process: when a successful answer says a limit is exhausted, new calls
 * wait for its reset instead of collecting 429s.
 */
export class RateLimitGate {
  private pausedUntil = 0;
  /** The last headers seen, for /healthz and logs. */
  last: Record<string, string> = {};

  observe(headers: Headers | undefined, now = Date.now()): void {
    if (!headers) return;
    for (const limit of LIMITS) {
      const remaining = headers.get(`anthropic-ratelimit-${limit}-remaining`);
      if (remaining !== null) this.last[limit] = remaining;
    }
    const wait = rateLimitResetMs(headers, now);
    if (wait !== undefined) this.pausedUntil = Math.max(this.pausedUntil, now + wait);
  }

  /** Milliseconds a new call should wait now. */
  waitMs(now = Date.now()): number {
    return Math.max(0, this.pausedUntil - now);
  }
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof Anthropic.APIError && typeof error.status === 'number' ? error.status : undefined;
}
