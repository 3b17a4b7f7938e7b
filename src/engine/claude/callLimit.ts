/**
 * Caps on concurrent work, on p-limit: one cap shared by every review a server runs (upstream
 * calls), and one per review (its batches in flight).
 *
 * p-limit has no per-call abort: a call queued behind others would wait for its turn even after
 * its review was stopped. `runLimited` stops waiting at once when the signal aborts, and the queued
 * function, when its turn comes, returns without doing anything.
 */
import pLimit, { type LimitFunction } from 'p-limit';

export type CallLimit = LimitFunction;

export function callLimit(concurrency: number): CallLimit {
  if (!(concurrency >= 1)) throw new Error(`A concurrency cap must be at least 1, got ${concurrency}`);
  return pLimit(Math.floor(concurrency));
}

/** Runs `task` within `limit`; rejects with the signal's reason as soon as it aborts (queued or running). */
export function runLimited<T>(limit: CallLimit, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const run = limit(() => (signal?.aborted ? Promise.reject(abortReason(signal)) : task()));
  if (!signal) return run;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    run.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
