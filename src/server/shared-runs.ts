/**
 * Identical reviews in flight share one run: the first request starts it, later ones get the
 * events so far and then the rest as they come. The run is stopped only when every request
 * that joined it has gone; the server's shutdown waits for (or stops) every run.
 */
export interface RunSubscriber<E> {
  event(event: E): void;
  end(): void;
}

/** Starts the work of a run: emits its events, resolves when it is over; the controller stops it. */
export type RunStarter<E> = (emit: (event: E) => void, controller: AbortController) => Promise<void>;

interface Run<E> {
  events: E[];
  subscribers: Set<RunSubscriber<E>>;
  controller: AbortController;
  finished: boolean;
  done: Promise<void>;
}

export class SharedRuns<E> {
  private readonly byKey = new Map<string, Run<E>>();
  private readonly live = new Set<Run<E>>();

  /**
   * Joins the run of `key`, starting it when none is in flight. Returns `leave`, to call when the
   * subscriber goes away early; the last one to leave calls `abandon` with the run's controller.
   */
  join(key: string, subscriber: RunSubscriber<E>, start: RunStarter<E>, abandon: (controller: AbortController) => void): () => void {
    const existing = this.byKey.get(key);
    const run = existing ?? this.start(key, subscriber, start);
    if (existing) {
      for (const e of existing.events) subscriber.event(e);
      existing.subscribers.add(subscriber);
    }
    return () => {
      if (!run.subscribers.delete(subscriber)) return;
      if (run.subscribers.size === 0 && !run.finished) abandon(run.controller);
    };
  }

  /** How many runs are in flight (for tests and logs). */
  get size(): number {
    return this.live.size;
  }

  /** Every run in flight: its controller and when it is over. */
  inFlight(): Array<{ controller: AbortController; done: Promise<void> }> {
    return [...this.live].map((r) => ({ controller: r.controller, done: r.done }));
  }

  private start(key: string, first: RunSubscriber<E>, start: RunStarter<E>): Run<E> {
    const run: Run<E> = { events: [], subscribers: new Set([first]), controller: new AbortController(), finished: false, done: Promise.resolve() };
    this.byKey.set(key, run);
    this.live.add(run);
    const emit = (event: E): void => {
      if (run.finished) return;
      run.events.push(event);
      for (const s of run.subscribers) s.event(event);
    };
    run.done = (async () => {
      try {
        await start(emit, run.controller);
      } finally {
        run.finished = true;
        if (this.byKey.get(key) === run) this.byKey.delete(key);
        this.live.delete(run);
        for (const s of run.subscribers) s.end();
        run.subscribers.clear();
      }
    })().catch(() => undefined); // the starter reports its own failures as events
    return run;
  }
}
