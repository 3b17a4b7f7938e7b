/**
 * CPU-bound work off the server's event loop: a small pool of node:worker_threads, each running
 * one task at a time, with a deadline per task (a worker still busy at its deadline is terminated
 * and replaced, so one pathological request cannot hold a core for ever) and a bounded queue.
 * Workers start on first use. A worker file in TypeScript is loaded through tsx's require hook
 * (`--require tsx/cjs`), as the server itself runs under tsx.
 */
import { cpus } from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { errorGuard } from '../core/errors';

export interface WorkerPoolOptions {
  /** The worker module (.ts or .js); it calls `answerTasks`. */
  file: string;
  /** Workers at most. */
  size: number;
  /** A task still running after this long is stopped (its worker terminated). */
  deadlineMs: number;
  /** Tasks waiting for a worker at most; more are refused as busy. */
  maxQueue: number;
}

/** The task ran past its deadline and was stopped. */
export class TaskDeadlineError extends Error {
  override name = 'TaskDeadlineError';
}

/** Every worker busy and the queue full. */
export class PoolBusyError extends Error {
  override name = 'PoolBusyError';
}

/** The task failed inside the worker (its message), or the worker died under it. */
export class TaskFailedError extends Error {
  override name = 'TaskFailedError';
}

export const isTaskDeadlineError = errorGuard(TaskDeadlineError);
export const isPoolBusyError = errorGuard(PoolBusyError);

type Reply = { id: number; ok: true; output: unknown } | { id: number; ok: false; message: string };

interface Task {
  id: number;
  input: unknown;
  resolve(output: unknown): void;
  reject(error: Error): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/** A sensible default size: leave a core to the event loop. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, cpus().length - 1));
}

export class WorkerPool<In, Out> {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `input` on a worker; rejects on deadline, abort, failure, or a full queue. */
  run(input: In, signal?: AbortSignal): Promise<Out> {
    if (this.closed) return Promise.reject(new PoolBusyError('the worker pool is closed'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Out>((resolve, reject) => {
      const task: Task = { id: this.nextId++, input, resolve: resolve as (o: unknown) => void, reject, signal };
      const idle = [...this.slots].find((s) => !s.task);
      if (idle) return this.start(idle, task);
      if (this.slots.size < this.options.size) return this.start(this.spawn(), task);
      if (this.queue.length >= this.options.maxQueue) return reject(new PoolBusyError(`${this.queue.length} tasks already wait for a worker`));
      this.queue.push(task);
      this.watchAbort(task, () => {
        const at = this.queue.indexOf(task);
        if (at >= 0) this.queue.splice(at, 1);
      });
    });
  }

  /** Workers running a task, and tasks waiting. */
  get load(): { running: number; queued: number; workers: number } {
    return { running: [...this.slots].filter((s) => s.task).length, queued: this.queue.length, workers: this.slots.size };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new PoolBusyError('the worker pool is closed'));
    await Promise.all([...this.slots].map((s) => this.retire(s, new PoolBusyError('the worker pool is closed'))));
  }

  private spawn(): Slot {
    const ts = /\.ts$/.test(this.options.file);
    const worker = new Worker(this.options.file, { execArgv: ts ? ['--require', require.resolve('tsx/cjs')] : [] });
    const slot: Slot = { worker };
    this.slots.add(slot);
    worker.on('message', (reply: Reply) => {
      const task = slot.task;
      if (!task || reply.id !== task.id) return;
      this.finish(slot);
      if (reply.ok) task.resolve(reply.output);
      else task.reject(new TaskFailedError(reply.message));
      this.next(slot);
    });
    const died = (why: string): void => {
      if (!this.slots.delete(slot)) return;
      const task = slot.task;
      this.finish(slot);
      task?.reject(new TaskFailedError(why));
      // A queued task gets a fresh worker.
      const waiting = this.queue.shift();
      if (waiting && !this.closed) this.start(this.spawn(), waiting);
    };
    worker.on('error', (error) => died(`the worker failed: ${error.message}`));
    worker.on('exit', (code) => died(`the worker exited (${code})`));
    // An idle pool must not keep the process alive.
    worker.unref();
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      void this.retire(slot, new TaskDeadlineError(`stopped after ${this.options.deadlineMs} ms`));
    }, this.options.deadlineMs);
    this.watchAbort(task, () => {
      if (slot.task === task) void this.retire(slot, task.signal?.reason ?? new Error('aborted'));
    });
    slot.worker.postMessage({ id: task.id, input: task.input });
  }

  private watchAbort(task: Task, onAbort: () => void): void {
    if (!task.signal) return;
    if (task.onAbort) task.signal.removeEventListener('abort', task.onAbort);
    task.onAbort = () => {
      onAbort();
      task.reject(task.signal?.reason);
    };
    task.signal.addEventListener('abort', task.onAbort, { once: true });
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    if (task?.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    slot.task = undefined;
    slot.worker.unref();
  }

  private next(slot: Slot): void {
    const waiting = this.queue.shift();
    if (waiting) this.start(slot, waiting);
  }

  /** Ends a worker (deadline, abort, close): its task is rejected with `reason`; a waiting task gets a new worker. */
  private async retire(slot: Slot, reason: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    const task = slot.task;
    this.finish(slot);
    task?.reject(reason);
    const waiting = this.closed ? undefined : this.queue.shift();
    if (waiting) this.start(this.spawn(), waiting);
    await slot.worker.terminate();
  }
}

/** In a worker module: answer each task with `handle(input)` (sync or async); a throw becomes the task's failure. */
export function answerTasks<In, Out>(handle: (input: In) => Out | Promise<Out>): void {
  if (isMainThread || !parentPort) throw new Error('answerTasks runs inside a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, input }: { id: number; input: In }) => {
    try {
      port.postMessage({ id, ok: true, output: await handle(input) } satisfies Reply);
    } catch (error) {
      port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}
