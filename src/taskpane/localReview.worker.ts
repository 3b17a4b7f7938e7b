/**
 * The local engine off the pane's main thread: a 1,000-article code takes a second or more to
 * review, and the pane must keep answering meanwhile. Receives a DocModel, answers with the act,
 * the findings and the rules that could not run (plain data, structured-cloned), or with the
 * error's message. It is the local engine of the review use case (src/app/review.ts) in the pane.
 */
import { loadCorpus } from '../corpus/index';
import { reviewLocal } from '../engine/local';
import type { LocalReviewReply, LocalReviewRequest, LocalWarmUpRequest } from './localReviewMessages';
import { warmLocalEngine } from './localWarmUp';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope.
const scope = self as unknown as { onmessage: ((e: MessageEvent<LocalReviewRequest | LocalWarmUpRequest>) => void) | null; postMessage(reply: LocalReviewReply): void };

scope.onmessage = (e) => {
  if ('warmUp' in e.data) {
    // Only a head start: a failure here shows (if it is real) in the review that follows.
    try {
      warmLocalEngine();
    } catch (err) {
      console.warn('Zan: the local engine could not warm up', err);
    }
    return;
  }
  const { id, doc } = e.data;
  try {
    const { act, findings, notRun } = reviewLocal(doc, { corpus: loadCorpus() });
    scope.postMessage({ id, act, findings, notRun });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
