/**
 * The engines as the pane uses them. The local engine and the corpus load lazily, after the pane
 * has painted: in a Web Worker chunk of their own (or, without workers, as chunks of the page).
 */
import type { LocalEngineResult } from '../app/review';
import type { DocModel } from '../core/document';
import type { LocalReviewReply, LocalReviewRequest, LocalWarmUpRequest } from './localReviewMessages';
import { reviewModules, type LocalEngine, type ModelEngine } from './session';
import type { BackendSettings } from './settings';

/**
 * Reviews in a Web Worker, so a code of a thousand articles does not freeze the pane; where no
 * worker can be started (or it fails to load), on the main thread as before.
 */
export const localEngine: LocalEngine = async (doc) => {
  const worker = localWorker();
  if (worker) {
    try {
      return await worker.review(doc);
    } catch (err) {
      if (!(err instanceof WorkerUnavailable)) throw err;
    }
  }
  return reviewHere(doc);
};

async function reviewHere(doc: DocModel): Promise<LocalEngineResult> {
  const [{ reviewLocal }, { loadCorpus }] = await Promise.all([import('../engine/local'), import('../corpus/index')]);
  const { act, findings, notRun } = reviewLocal(doc, { corpus: loadCorpus() });
  return { act, findings, notRun };
}

/**
 * A head start for the first Review, called when the pane is idle after its first paint: the
 * review use case's chunk is fetched, and the worker starts, loads the rules and the corpus and
 * warms them up (localWarmUp.ts). A Review clicked meanwhile waits behind it in the worker, never
 * longer than it would have from a cold start. Without a worker nothing runs on the main thread
 * ahead of the click (it would hold the pane up): the chunks are only fetched.
 */
export function prepareLocalEngine(): void {
  // A failure to load shows on the click, where the review reports it.
  void reviewModules().catch(() => undefined);
  // A Review clicked before the pane was idle has started the worker and warmed it already.
  if (shared !== undefined) return;
  const worker = localWorker();
  if (worker) worker.warmUp();
  else void Promise.all([import('../engine/local'), import('../corpus/index')]).catch(() => undefined);
}

/** The worker could not be started or loaded: review on the main thread instead. */
class WorkerUnavailable extends Error {}

interface LocalWorker {
  review(doc: DocModel): Promise<LocalEngineResult>;
  warmUp(): void;
}

let shared: LocalWorker | undefined | null;

/** One worker for the pane's lifetime (the rules and corpus load once); null once it has failed. */
function localWorker(): LocalWorker | undefined {
  if (shared !== undefined) return shared ?? undefined;
  shared = null; // until it starts
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    // webpack 5 bundles the worker and its imports as a chunk of their own from this form.
    worker = new Worker(new URL('./localReview.worker.ts', import.meta.url));
  } catch {
    return undefined;
  }
  const pending = new Map<number, { resolve: (r: LocalEngineResult) => void; reject: (e: Error) => void }>();
  let next = 1;
  const fail = (): void => {
    shared = null;
    worker.terminate();
    for (const p of pending.values()) p.reject(new WorkerUnavailable('the local-review worker failed to load'));
    pending.clear();
  };
  worker.onerror = fail;
  worker.onmessageerror = fail;
  worker.onmessage = (e: MessageEvent<LocalReviewReply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if ('error' in e.data) p.reject(new Error(e.data.error));
    else p.resolve({ act: e.data.act, findings: e.data.findings, notRun: e.data.notRun });
  };
  return (shared = {
    review: (doc) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        const request: LocalReviewRequest = { id, doc };
        worker.postMessage(request);
      }),
    warmUp: () => worker.postMessage({ warmUp: true } satisfies LocalWarmUpRequest),
  });
}

/** Model checks through the backend proxy (the API key stays on the server); client loaded lazily. */
export function modelEngine(config: BackendSettings | undefined): ModelEngine | undefined {
  if (!config) return undefined;
  return async (act, onEvent, options) => {
    const { reviewViaServer } = await import('../protocol/client');
    await reviewViaServer({ url: config.url, token: config.token, act, onEvent, signal: options?.signal, uiLanguage: options?.uiLanguage });
  };
}
