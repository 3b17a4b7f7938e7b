/**
 * The local engine off the pane's main thread: a 1,000-article code takes a second or more to
 * review, and the pane must keep answering meanwhile. Receives a DocModel, answers with the act
 * and the findings (plain data, structured-cloned), or with the error's message.
 */
import { loadCorpus } from '../corpus/index';
import { reviewLocal } from '../engine/local';
import type { LocalReviewReply, LocalReviewRequest } from './localReviewMessages';

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope.
const scope = self as unknown as { onmessage: ((e: MessageEvent<LocalReviewRequest>) => void) | null; postMessage(reply: LocalReviewReply): void };

scope.onmessage = (e) => {
  const { id, doc } = e.data;
  try {
    const { act, findings } = reviewLocal(doc, { corpus: loadCorpus() });
    scope.postMessage({ id, act, findings });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
