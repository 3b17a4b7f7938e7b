/**
 * Redis killed mid-run (SIGKILL, as in a crash). By default the server keeps reviewing with its
 * own rate limits and cache, says so once in the log, and /healthz stays 200 with redis "down";
 * when Redis is back it is used again. With ZAN_REDIS_REQUIRED=1 it answers 503 instead, so a load
 * balancer takes it out.
 */
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { ConfigError } from '../../src/engine/claude/settings';
import { loadConfig } from '../../src/server/config';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, ruRequest, vagueDeadlineLawyer } from './helpers';
import { TestRedis } from './redis-server';
import { TOKEN_B, post, readEvents, startServer, type Running } from './start';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer });
});
afterAll(() => fake.close());

const deps = () => ({ anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: testCorpus() });

async function health(s: Running): Promise<{ status: number; body: { ok: boolean; redis: string } }> {
  const res = await fetch(`${s.url}/healthz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; redis: string } };
}

async function until(what: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const redisLines = (s: Running, what: RegExp) => s.logs.filter((l) => what.test(l));

describe('Redis goes away (fallback, the default)', () => {
  let redis: TestRedis;
  let s: Running;
  beforeAll(async () => {
    redis = await TestRedis.start();
    s = await startServer({ ZAN_REDIS_URL: redis.url, ZAN_RATE_LIMIT: '4' }, deps());
  });
  afterAll(async () => {
    await s.server.shutdown();
    await redis.stop();
  });

  it('keeps reviewing, reports redis "down" with 200, logs it once, and keeps limiting in process', async () => {
    expect(await health(s)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, redis: 'up' }) });
    expect((await readEvents(await post(s.url, ruRequest()))).at(-1)).toMatchObject({ type: 'summary' });

    await redis.kill();
    await until(async () => (await health(s)).body.redis === 'down');
    expect(await health(s)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, redis: 'down' }) });

    // Reviews go on; the cache they fill is this process's own.
    const review = ruRequest({ title: 'После отказа Redis', units: ruRequest().units.map((u) => ({ ...u, text: `${u.text} Redis нет.` })) });
    const first = await readEvents(await post(s.url, review));
    expect(first.at(-1)).toMatchObject({ type: 'summary', summary: { engine: 'model', cacheMisses: 2 } });
    const again = await readEvents(await post(s.url, review));
    expect(again.at(-1)).toMatchObject({ type: 'summary', summary: { cacheHits: 2, calls: 0 } });

    // The per-token limit still holds, counted here.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(s.url, { language: 'ru' }, { authorization: `Bearer ${TOKEN_B}` });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    expect(redisLines(s, /redis is down/)).toHaveLength(1);
    expect(s.logs.some((l) => /"statusCode":500/.test(l))).toBe(false);
  });

  it('uses Redis again when it comes back, and says so', async () => {
    await redis.restart();
    await until(async () => (await health(s)).body.redis === 'up', 15_000);
    expect(redisLines(s, /redis is back/)).toHaveLength(1);
    expect((await readEvents(await post(s.url, ruRequest()))).at(-1)).toMatchObject({ type: 'summary' });
  });
});

describe('Redis goes away with ZAN_REDIS_REQUIRED=1', () => {
  let redis: TestRedis;
  let s: Running;
  beforeAll(async () => {
    redis = await TestRedis.start();
    s = await startServer({ ZAN_REDIS_URL: redis.url, ZAN_REDIS_REQUIRED: '1' }, deps());
  });
  afterAll(async () => {
    await s.server.shutdown();
    await redis.stop();
  });

  it('answers 503 on /healthz and on reviews while Redis is down, and serves again when it is back', async () => {
    expect((await health(s)).status).toBe(200);
    await redis.kill();
    await until(async () => (await health(s)).status === 503);
    expect((await health(s)).body).toMatchObject({ ok: false, redis: 'down' });
    const refused = await post(s.url, ruRequest());
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: 'busy', message: expect.stringMatching(/Redis/) });
    await redis.restart();
    await until(async () => (await health(s)).status === 200, 15_000);
    expect((await readEvents(await post(s.url, ruRequest()))).at(-1)).toMatchObject({ type: 'summary' });
  });
});

it('ZAN_REDIS_REQUIRED without ZAN_REDIS_URL is a configuration error naming the variable', () => {
  expect(() => loadConfig({ ZAN_TOKENS: 'token-a-0123456789abcdef', ZAN_REDIS_REQUIRED: '1' })).toThrow(ConfigError);
  expect(() => loadConfig({ ZAN_TOKENS: 'token-a-0123456789abcdef', ZAN_REDIS_REQUIRED: '1' })).toThrow(/ZAN_REDIS_REQUIRED/);
});
