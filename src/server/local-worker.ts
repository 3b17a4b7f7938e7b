/**
 * The worker thread of the server's local engine (see worker-pool.ts): reviews the units of one
 * request with the deterministic rules, off the event loop. Loads the corpus once per worker.
 */
import { loadCorpus } from '../corpus/index';
import type { CorpusIndex } from '../corpus/types';
import type { Finding } from '../core/finding';
import { reviewUnitsLocally } from './local-fallback';
import type { ReviewRequest } from '../protocol/review';
import { answerTasks } from './worker-pool';

export interface LocalTaskOutput {
  findings: Finding[];
  corpusVersion?: string;
}

function corpusOrNothing(): CorpusIndex | undefined {
  try {
    return loadCorpus();
  } catch {
    // The main thread has said so at start-up; without it the rules cite nothing.
    return undefined;
  }
}

const corpus = corpusOrNothing();

answerTasks<ReviewRequest, LocalTaskOutput>(async (request) => ({ findings: await reviewUnitsLocally(request, corpus), corpusVersion: corpus?.version }));
