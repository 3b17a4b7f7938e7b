/**
 * The server under hostile or heavy use: identical reviews in flight share one upstream run, a
 * request refused at auth is not waited for while its body trickles in, and a token put in a
 * query string never reaches the log.
 */
import net from 'node:net';
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, ruRequest, vagueDeadlineLawyer } from './helpers';
import { TOKEN_A, post, readEvents, startServer, type Running } from './start';

let fake: FakeAnthropic;
let s: Running;
beforeAll(async () => {
  // A slow lawyer, so that fifty requests sent at once are all in flight together.
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer, latencyMs: 400 });
  s = await startServer({ ZAN_RATE_LIMIT: '1000' }, { anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: testCorpus() });
});
afterAll(async () => {
  await s.server.shutdown();
  await fake.close();
});
beforeEach(() => {
  fake.calls.length = 0;
});

/** The two-article draft with its texts made unique to a test, so no earlier review's cache answers it. */
function fresh(tag: string) {
  const r = ruRequest();
  return { ...r, units: r.units.map((u) => ({ ...u, text: `${u.text} (${tag})` })) };
}

it('fifty identical reviews at once make one upstream run, and every client gets the whole review', async () => {
  const all = await Promise.all(Array.from({ length: 50 }, async () => readEvents(await post(s.url, fresh('fifty')))));
  expect(fake.calls).toHaveLength(1);
  // Late arrivals may be answered from the cache the run filled: same findings, no second call.
  const findingsOf = (events: Array<{ type: string }>) => events.flatMap((e) => (e.type === 'findings' ? (e as unknown as { findings: unknown[] }).findings : []));
  const first = findingsOf(all[0]!);
  expect(first).toHaveLength(1);
  for (const events of all) {
    expect(events.at(-1)).toMatchObject({ type: 'summary', summary: { engine: 'model', findings: 1 } });
    expect(findingsOf(events)).toEqual(first);
  }
});

it('different drafts are not merged: two requests, two runs', async () => {
  await Promise.all([readEvents(await post(s.url, fresh('one'))), readEvents(await post(s.url, fresh('two')))]);
  expect(fake.calls).toHaveLength(2);
});

it('a client that leaves does not stop the run another client shares', async () => {
  const leaving = new AbortController();
  const first = fetch(`${s.url}/api/v1/review`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_A}` },
    body: JSON.stringify(fresh('leave')),
    signal: leaving.signal,
  }).catch(() => undefined);
  const staying = post(s.url, fresh('leave'));
  await new Promise((r) => setTimeout(r, 100));
  leaving.abort();
  await first;
  const events = await readEvents(await staying);
  expect(events.at(-1)).toMatchObject({ type: 'summary', summary: { findings: 1 } });
  expect(fake.calls).toHaveLength(1);
});

it('a request refused at auth is answered and closed at once, its slow body not waited for', async () => {
  const { port } = new URL(s.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  const t0 = Date.now();
  let received = '';
  const closed = new Promise<number>((resolve) => {
    socket.on('data', (d) => (received += d.toString('utf8')));
    socket.on('close', () => resolve(Date.now() - t0));
    socket.on('error', () => undefined);
  });
  // Headers promise a megabyte; ten bytes come, then nothing.
  socket.write('POST /api/v1/review HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nauthorization: Bearer wrong-token-0123456789\r\ncontent-length: 1000000\r\n\r\n{"language"');
  const ms = await closed;
  expect(received).toMatch(/^HTTP\/1\.1 401/);
  expect(received).toContain('"error":"unauthorized"');
  expect(ms).toBeLessThan(3000);
});

it('a token in a query string is not logged', async () => {
  const secret = 'query-secret-0123456789abcdef';
  await (await fetch(`${s.url}/healthz?token=${secret}&x=1`)).arrayBuffer();
  await (await post(`${s.url}`, ruRequest(), { authorization: '' })).arrayBuffer();
  await (await fetch(`${s.url}/api/v1/review?access_token=${secret}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).arrayBuffer();
  const log = s.logs.join('');
  expect(log).toContain('/healthz?token=[redacted]&x=[redacted]');
  expect(log).not.toContain(secret);
});
