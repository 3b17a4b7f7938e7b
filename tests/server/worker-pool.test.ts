/**
 * The local engine runs on worker threads: the event loop keeps answering /healthz while drafts are
 * reviewed, a request that keeps a worker busy past its deadline is stopped (and the worker
 * replaced), and the real local worker gives the findings the in-process engine gives.
 */
import * as path from 'node:path';
import { loadCorpus } from '../../src/corpus/index';
import { reviewUnitsLocally } from '../../src/server/local-fallback';
import { PoolBusyError, TaskDeadlineError, TaskFailedError, WorkerPool } from '../../src/server/worker-pool';
import { ruRequest } from './helpers';
import { post, readEvents, startServer } from './start';

const SPIN = path.join(__dirname, 'fixtures', 'spin-worker.ts');

describe('WorkerPool', () => {
  const pool = new WorkerPool<{ title?: string }, { corpusVersion: string }>({ file: SPIN, size: 1, deadlineMs: 1500, maxQueue: 1 });
  afterAll(() => pool.close());

  it('runs a task on a worker thread (TypeScript loaded through tsx)', async () => {
    expect(await pool.run({ title: 'hello' })).toMatchObject({ corpusVersion: 'spin-worker' });
  });

  it('stops a task past its deadline, then serves the next one on a fresh worker', async () => {
    const t0 = Date.now();
    await expect(pool.run({ title: 'spin 20000' })).rejects.toBeInstanceOf(TaskDeadlineError);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(await pool.run({ title: 'after' })).toMatchObject({ corpusVersion: 'spin-worker' });
  });

  it('a failure inside the worker is the task\'s error, with its message', async () => {
    await expect(pool.run({ title: 'throw' })).rejects.toThrow(new TaskFailedError('the rules failed on this draft'));
  });

  it('refuses work beyond its queue as busy, and a cancelled task frees its worker', async () => {
    const controller = new AbortController();
    const running = pool.run({ title: 'spin 20000' }, controller.signal);
    const queued = pool.run({ title: 'queued' });
    await expect(pool.run({ title: 'one too many' })).rejects.toBeInstanceOf(PoolBusyError);
    controller.abort(new Error('client gone'));
    await expect(running).rejects.toThrow('client gone');
    expect(await queued).toMatchObject({ corpusVersion: 'spin-worker' });
  });
});

describe('the server under a CPU-heavy local review', () => {
  it('/healthz keeps answering at once while a worker spins for seconds', async () => {
    const s = await startServer({ ZAN_LOCAL_WORKERS: '1' }, { localWorker: SPIN });
    try {
      const heavy = post(s.url, ruRequest({ title: 'spin 3000' })).then(readEvents);
      await new Promise((r) => setTimeout(r, 300));
      const waits: number[] = [];
      let lastAnswer = 0;
      for (let i = 0; i < 5; i++) {
        const t0 = Date.now();
        const res = await fetch(`${s.url}/healthz`);
        expect(res.status).toBe(200);
        await res.json();
        lastAnswer = Date.now();
        waits.push(lastAnswer - t0);
        await new Promise((r) => setTimeout(r, 200));
      }
      const events = await heavy;
      expect(events.at(-1)).toMatchObject({ type: 'summary', summary: { engine: 'local' } });
      // Every health check was answered at once, and all of them while the review still ran.
      expect(Math.max(...waits)).toBeLessThan(1000);
      expect(events.at(-1)!.at).toBeGreaterThanOrEqual(lastAnswer);
    } finally {
      await s.server.shutdown();
    }
  });

  it('a review past ZAN_LOCAL_DEADLINE_MS ends with a timeout event, and the next one is served', async () => {
    const s = await startServer({ ZAN_LOCAL_WORKERS: '1', ZAN_LOCAL_DEADLINE_MS: '800' }, { localWorker: SPIN });
    try {
      const t0 = Date.now();
      const stopped = await readEvents(await post(s.url, ruRequest({ title: 'spin 30000' })));
      expect(stopped.at(-1)).toMatchObject({ type: 'error', code: 'timeout' });
      expect(Date.now() - t0).toBeLessThan(5000);
      const next = await readEvents(await post(s.url, ruRequest({ title: 'quick' })));
      expect(next.at(-1)).toMatchObject({ type: 'summary', summary: { engine: 'local', corpusVersion: 'spin-worker' } });
    } finally {
      await s.server.shutdown();
    }
  });

  it('the real local worker finds what the in-process engine finds', async () => {
    const s = await startServer({ ZAN_LOCAL_WORKERS: '1' });
    try {
      const request = ruRequest({ units: [...ruRequest().units, { id: 'a2/x', path: 'ст. 2 п. 2', paragraph: 7, group: 'a2', text: '2. Заявитель представляет паспорт, справку и т.д.' }] });
      const events = await readEvents(await post(s.url, request));
      const remote = events.flatMap((e) => (e.type === 'findings' ? e.findings : []));
      const local = await reviewUnitsLocally(request, loadCorpus());
      expect(local.length).toBeGreaterThan(0);
      expect(remote.map((f) => `${f.ruleId}|${f.anchor.paragraph}|${f.anchor.start}`).sort()).toEqual(local.map((f) => `${f.ruleId}|${f.anchor.paragraph}|${f.anchor.start}`).sort());
    } finally {
      await s.server.shutdown();
    }
  });
});
