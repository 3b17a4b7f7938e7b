/**
 * The fastify server over a real loopback socket: auth, CORS, limits, rate limit, streaming
 * order, local fallback, the key kept secret, graceful shutdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createAnthropicClient } from '../../src/engine/claude/engine';
import type { Rule } from '../../src/checks/rule';
import { reviewUnitsLocally } from '../../src/server/local-fallback';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, manyArticles, ruRequest, vagueDeadlineLawyer } from './helpers';
import { ADDIN_ORIGIN, TOKEN_A, TOKEN_B, post, readEvents, startServer, type Running } from './start';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.calls.length = 0;
  fake.refused.length = 0;
  fake.setScript(vagueDeadlineLawyer);
});
afterEach(() => {
  // Every request the server sent upstream keeps claude-sonnet-5-5's contract.
  expect(fake.refused).toEqual([]);
});

function modelServer(env: Record<string, string> = {}): Promise<Running> {
  return startServer(env, {
    anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }),
    corpus: testCorpus(),
    engine: { sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))) },
  });
}

describe('access', () => {
  let s: Running;
  beforeAll(async () => {
    s = await modelServer();
  });
  afterAll(() => s.server.shutdown());

  it('answers 401 without a token or with an unknown one, and reviews with a known one', async () => {
    const none = await post(s.url, ruRequest(), { authorization: '' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.json()).toMatchObject({ error: 'unauthorized' });
    expect((await post(s.url, ruRequest(), { authorization: 'Bearer not-a-token-of-ours-123' })).status).toBe(401);
    expect((await post(s.url, ruRequest(), { authorization: `Basic ${TOKEN_A}` })).status).toBe(401);
    const ok = await post(s.url, ruRequest(), { authorization: `Bearer ${TOKEN_B}` });
    expect(ok.status).toBe(200);
    await readEvents(ok);
    expect(fake.calls).toHaveLength(1);
  });

  it('allows CORS only for the add-in origin, refuses other pages, and sends security headers', async () => {
    const preflight = await fetch(`${s.url}/api/v1/review`, {
      method: 'OPTIONS',
      headers: { origin: ADDIN_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ADDIN_ORIGIN);
    const evil = await fetch(`${s.url}/api/v1/review`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const forged = await post(s.url, ruRequest(), { origin: 'https://evil.example.com' });
    expect(forged.status).toBe(403);
    expect(fake.calls).toHaveLength(0);
    const allowed = await post(s.url, ruRequest(), { origin: ADDIN_ORIGIN });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ADDIN_ORIGIN);
    expect(allowed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(allowed.headers.get('content-security-policy')).toContain('frame-ancestors');
    await readEvents(allowed);
  });

  it('serves /healthz without a token', async () => {
    const health = await fetch(`${s.url}/healthz`);
    expect(await health.json()).toMatchObject({ ok: true, engine: 'model', model: 'claude-sonnet-5-5', redis: 'off' });
  });
});

describe('limits', () => {
  let s: Running;
  beforeAll(async () => {
    s = await modelServer({ ZAN_BODY_LIMIT_BYTES: '20000', ZAN_MAX_UNITS: '5', ZAN_MAX_UNIT_CHARS: '300', });
  });
  afterAll(() => s.server.shutdown());

  it('answers 413 for a body over the limit', async () => {
    const big = ruRequest({ title: 'x'.repeat(30_000) });
    const res = await post(s.url, big);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too-large' });
  });

  it('answers 400 with a clear message for too many units, a unit too long, bad JSON or a missing field', async () => {
    const many = await post(s.url, manyArticles(6));
    expect(many.status).toBe(400);
    // The shape the pane and the CLI show: the code, then what is wrong and where.
    expect(await many.json()).toEqual({ error: 'invalid-request', message: 'The review request is not valid. more than 5 units in one request (units)' });
    const long = await post(s.url, ruRequest({ units: [{ id: 'a1', path: 'ст. 1', paragraph: 1, text: 'а'.repeat(301) }] }));
    expect(long.status).toBe(400);
    expect((await long.json()).message).toMatch(/longer than 300 characters \(units\.0\.text\)$/);
    const broken = await post(s.url, '{"language":');
    expect(broken.status).toBe(400);
    const missing = await post(s.url, { language: 'ru' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toMatch(/^The review request is not valid\. .*expected array.* \(units\)$/);
    const twice = await post(s.url, ruRequest({ units: [...ruRequest().units, ruRequest().units[0]!] }));
    expect((await twice.json()).message).toMatch(/paragraph 3 is sent twice/);
    expect(fake.calls).toHaveLength(0);
  });

  it('rate-limits per token (429), leaving other tokens alone', async () => {
    const s3 = await modelServer({ ZAN_RATE_LIMIT: '3', ZAN_RATE_WINDOW_MS: '60000' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await post(s3.url, { language: 'ru' });
        statuses.push(res.status);
        if (i === 3) expect(await res.json()).toMatchObject({ error: 'rate-limited' });
        else await res.arrayBuffer();
      }
      expect(statuses).toEqual([400, 400, 400, 429]);
      const other = await post(s3.url, { language: 'ru' }, { authorization: `Bearer ${TOKEN_B}` });
      expect(other.status).toBe(400);
    } finally {
      await s3.server.shutdown();
    }
  });
});

describe('streaming', () => {
  it('streams start, findings as each batch ends, then the summary last', async () => {
    fake.setScript((call) => ({ ...vagueDeadlineLawyer(call), latencyMs: 150 }) as ReturnType<typeof vagueDeadlineLawyer>);
    const s = await startServer(
      {},
      {
        anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }),
        corpus: testCorpus(),
        engine: { batchLimits: { maxChars: 8000, maxGroups: 3 } },
      },
    );
    try {
      const res = await post(s.url, manyArticles(9));
      expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
      const events = await readEvents(res);
      const types = events.map((e) => e.type);
      expect(types[0]).toBe('start');
      expect(types.at(-1)).toBe('summary');
      const batches = events.filter((e) => e.type === 'findings');
      expect(batches).toHaveLength(3);
      // The first batch's findings arrived well before the end of the review.
      expect(events.at(-1)!.at - batches[0]!.at).toBeGreaterThanOrEqual(100);
      const summary = events.at(-1)!;
      expect(summary).toMatchObject({ type: 'summary', summary: { engine: 'model', calls: 3, findings: 3, batches: 3 } });
      expect(summary.type === 'summary' && summary.summary.usage.cache_read_input_tokens).toBeGreaterThan(0);
    } finally {
      await s.server.shutdown();
    }
  });

  it('ends a review whose model never answers by its deadline, with a summary naming the unchecked articles', async () => {
    fake.setScript(() => ({ kind: 'hang-body' }));
    const s = await modelServer({ ZAN_REQUEST_TIMEOUT_MS: '1000' });
    try {
      const started = Date.now();
      const events = await readEvents(await post(s.url, ruRequest()));
      expect(Date.now() - started).toBeLessThan(1500);
      expect(events[0]!.type).toBe('start');
      const last = events.at(-1)!;
      expect(last.type).toBe('summary');
      if (last.type !== 'summary') return;
      expect(last.summary).toMatchObject({ articles: 2, checkedArticles: 0 });
      expect(last.summary.unchecked!.map((u) => [u.path, u.reason])).toEqual([
        ['ст. 1 п. 1', 'deadline'],
        ['ст. 2', 'deadline'],
      ]);
    } finally {
      await s.server.shutdown();
    }
  });
});

describe('local fallback', () => {
  it('reviews with the local engine when no key is configured', async () => {
    const s = await startServer({}, { corpus: testCorpus() });
    try {
      const events = await readEvents(await post(s.url, ruRequest()));
      expect(events[0]).toMatchObject({ type: 'start', engine: 'local' });
      expect(events.at(-1)).toMatchObject({ type: 'summary', summary: { engine: 'local', calls: 0 } });
      expect(fake.calls).toHaveLength(0);
      expect(await (await fetch(`${s.url}/healthz`)).json()).toMatchObject({ engine: 'local' });
    } finally {
      await s.server.shutdown();
    }
  });

  it('anchors local findings at the paragraph indexes the client sent', async () => {
    const closedList: Rule = {
      meta: { id: 'technique/open-list', category: 'technique', defaultSeverity: 'warning', languages: ['ru', 'kk'], docs: { description: 'test' }, messages: { open: { ru: 'Открытый перечень', kk: 'Ашық тізбе', en: 'Open list' } } },
      check({ act, report }) {
        act.doc.paragraphs.forEach((p) => {
          const at = p.text.indexOf('и т.д.');
          if (at >= 0) report({ messageId: 'open', range: { paragraph: p.index, start: at, end: at + 6 } });
        });
      },
    };
    const request = ruRequest({ units: [{ id: 'a7/i2', path: 'ст. 7 п. 2', paragraph: 41, group: 'a7', text: '2. Заявитель представляет паспорт, справку и т.д.' }] });
    const findings = await reviewUnitsLocally(request, undefined, [closedList]);
    expect(findings).toHaveLength(1);
    const at = request.units[0]!.text.indexOf('и т.д.');
    expect(findings[0]!.anchor).toEqual({ paragraph: 41, start: at, end: at + 6, quote: 'и т.д.' });
  });
});

describe('the API key', () => {
  it('never appears in a response or a log line, nor in the built pane', async () => {
    const s = await modelServer();
    const bodies: string[] = [];
    try {
      fake.setScript((call) => (call.index % 2 === 0 ? { kind: 'error', status: 401, message: 'bad key' } : vagueDeadlineLawyer(call)));
      for (const request of [ruRequest(), { language: 'xx' }, ruRequest()]) {
        const res = await post(s.url, request);
        bodies.push(JSON.stringify([...res.headers]), await res.text());
      }
      bodies.push(await (await fetch(`${s.url}/healthz`)).text());
    } finally {
      await s.server.shutdown();
    }
    expect(s.logs.length).toBeGreaterThan(3);
    for (const text of [...bodies, ...s.logs]) {
      expect(text).not.toContain(FAKE_KEY);
      expect(text).not.toContain(TOKEN_A);
    }
    const dist = path.resolve(__dirname, '..', '..', 'dist');
    if (fs.existsSync(dist)) {
      for (const file of fs.readdirSync(dist, { recursive: true }) as string[]) {
        const full = path.join(dist, file);
        if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8')).not.toMatch(/sk-ant-[A-Za-z0-9_-]{8,}/);
      }
    }
  });
});

describe('graceful shutdown', () => {
  it('lets a running review finish, refuses new ones, then closes', async () => {
    fake.setScript((call) => ({ ...vagueDeadlineLawyer(call), latencyMs: 400 }) as ReturnType<typeof vagueDeadlineLawyer>);
    const s = await modelServer({ ZAN_SHUTDOWN_GRACE_MS: '5000' });
    const running = post(s.url, ruRequest());
    const response = await running;
    const eventsPromise = readEvents(response);
    await new Promise((r) => setTimeout(r, 100));
    const closed = s.server.shutdown();
    const late = await post(s.url, ruRequest()).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(late);
    const events = await eventsPromise;
    expect(events.at(-1)).toMatchObject({ type: 'summary', summary: { findings: 1 } });
    await closed;
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
  });

  it('stops reviews that outlast the grace period with a message', async () => {
    fake.setScript(() => ({ kind: 'hang-body' }));
    const s = await modelServer({ ZAN_SHUTDOWN_GRACE_MS: '200' });
    const response = await post(s.url, ruRequest());
    const eventsPromise = readEvents(response);
    await new Promise((r) => setTimeout(r, 100));
    await s.server.shutdown();
    const events = await eventsPromise;
    expect(events.at(-1)).toMatchObject({ type: 'error', code: 'shutting-down' });
  });
});
