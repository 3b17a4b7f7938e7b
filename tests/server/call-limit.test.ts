/**
 * The concurrency caps (p-limit) as the engine uses them: a review that is stopped stops waiting
 * for a slot at once, its queued call never runs, and the slot goes to the next review's call.
 */
import { callLimit, runLimited } from '../../src/engine/claude/callLimit';

function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

test('a queued call of a stopped review rejects at once with the reason and never runs; the next call gets the slot', async () => {
  const limit = callLimit(1);
  const busy = gate();
  const ran: string[] = [];
  const first = runLimited(limit, async () => {
    ran.push('first');
    await busy.opened;
    return 'first';
  });
  const stop = new AbortController();
  const stopped = runLimited(limit, async () => {
    ran.push('stopped');
    return 'stopped';
  }, stop.signal);
  const other = runLimited(limit, async () => {
    ran.push('other');
    return 'other';
  });
  stop.abort(new Error('review stopped: timeout'));
  await expect(stopped).rejects.toThrow('review stopped: timeout');
  expect(ran).toEqual(['first']);
  busy.open();
  await expect(first).resolves.toBe('first');
  await expect(other).resolves.toBe('other');
  expect(ran).toEqual(['first', 'other']);
  expect(limit.activeCount + limit.pendingCount).toBe(0);
});

test('an already stopped review queues nothing; a cap below 1 is refused', async () => {
  const limit = callLimit(2);
  const stop = new AbortController();
  stop.abort(new Error('client gone'));
  let ran = false;
  await expect(runLimited(limit, async () => (ran = true), stop.signal)).rejects.toThrow('client gone');
  expect(ran).toBe(false);
  expect(() => callLimit(0)).toThrow(/at least 1/);
});
