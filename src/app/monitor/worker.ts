/**
 * A sweep worker: takes act paths one at a time, answers with the act's result or its reason for
 * being unreadable. The corpus and the resolution queries are built once per worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../../corpus/index';
import { QueryIndex, resolutionQueries } from '../../monitor/resolutionQueries';
import { failureReason } from './readers';
import { sweepActFile, type ChecksMode } from './sweepAct';
import type { WorkerAnswer, WorkerTask } from './pool';

const { checks } = workerData as { checks: ChecksMode };
const settings = { checks, corpus: loadCorpus(), queries: new QueryIndex(resolutionQueries()) };

parentPort!.on('message', (task: WorkerTask) => {
  void sweepActFile(task.path, settings).then(
    (act): void => parentPort!.postMessage({ id: task.id, act } satisfies WorkerAnswer),
    (err: unknown): void => parentPort!.postMessage({ id: task.id, unreadable: failureReason(err) } satisfies WorkerAnswer),
  );
});
