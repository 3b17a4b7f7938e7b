/**
 * Acts swept in parallel: one worker thread per job (default: one per core), each taking the next
 * act as soon as it is done, so a large code and many small laws keep every core busy. With one
 * job the acts are swept in this thread (no worker to start; and tests run it under jest).
 * Results come back as each act finishes; nothing of an act but its findings is kept.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadCorpus } from '../../corpus/index';
import { QueryIndex, resolutionQueries } from '../../monitor/resolutionQueries';
import { failureReason } from './readers';
import { sweepActFile, type ChecksMode } from './sweepAct';
import type { ActResult } from './types';

export interface WorkerTask {
  id: number;
  path: string;
}
export type WorkerAnswer = { id: number; act: ActResult; unreadable?: undefined } | { id: number; unreadable: string; act?: undefined };

export interface PoolOptions {
  jobs: number;
  checks: ChecksMode;
  onResult(path: string, answer: { act?: ActResult; unreadable?: string }): void;
}

export async function sweepFiles(paths: readonly string[], options: PoolOptions): Promise<void> {
  if (options.jobs <= 1 || paths.length <= 1) return sweepInThread(paths, options);
  const jobs = Math.min(options.jobs, paths.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: jobs }, () => {
        const worker = startWorker(options.checks);
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          const give = () => {
            if (next >= paths.length) return resolve();
            const id = next++;
            worker.postMessage({ id, path: paths[id] } satisfies WorkerTask);
          };
          worker.on('message', (answer: WorkerAnswer) => {
            options.onResult(paths[answer.id], answer.act ? { act: answer.act } : { unreadable: answer.unreadable });
            give();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (next < paths.length || code !== 0 ? reject(new Error(`a sweep worker stopped (exit code ${code})`)) : undefined));
          give();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker runs this module's sibling; from TypeScript sources (tsx) the worker registers tsx first. */
function startWorker(checks: ChecksMode): Worker {
  const file = path.join(__dirname, `worker${path.extname(__filename)}`);
  if (/\.ts$/.test(file)) {
    const tsx = require.resolve('tsx/cjs/api');
    return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});`, { eval: true, workerData: { checks } });
  }
  return new Worker(file, { workerData: { checks } });
}

async function sweepInThread(paths: readonly string[], options: PoolOptions): Promise<void> {
  const settings = { checks: options.checks, corpus: loadCorpus(), queries: new QueryIndex(resolutionQueries()) };
  for (const p of paths) {
    try {
      options.onResult(p, { act: await sweepActFile(p, settings) });
    } catch (err) {
      // As in a worker: one act that fails is listed with its reason, the sweep goes on.
      options.onResult(p, { unreadable: failureReason(err) });
    }
  }
}
