/**
 * Several instances behind a load balancer: with ZAN_REDIS_URL they share the review cache and
 * the per-token rate limits. A real redis-server on a free loopback port, in a temp dir.
 */
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, ruRequest, vagueDeadlineLawyer } from './helpers';
import { TestRedis } from './redis-server';
import { TOKEN_B, post, readEvents, startServer, type Running } from './start';

describe('with ZAN_REDIS_URL', () => {
  let redis: TestRedis;
  let fake: FakeAnthropic;
  let a: Running;
  let b: Running;

  beforeAll(async () => {
    redis = await TestRedis.start();
    const redisUrl = redis.url;
    fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer });
    const deps = () => ({ anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: testCorpus() });
    a = await startServer({ ZAN_REDIS_URL: redisUrl, ZAN_RATE_LIMIT: '3' }, deps());
    b = await startServer({ ZAN_REDIS_URL: redisUrl, ZAN_RATE_LIMIT: '3' }, deps());
  });

  afterAll(async () => {
    await a?.server.shutdown();
    await b?.server.shutdown();
    await fake?.close();
    await redis?.stop();
  });

  it('reports Redis in /healthz', async () => {
    expect(await (await fetch(`${a.url}/healthz`)).json()).toMatchObject({ redis: 'up' });
  });

  it('shares the review cache: a draft reviewed on one instance costs no call on another', async () => {
    const first = await readEvents(await post(a.url, ruRequest()));
    expect(first.at(-1)).toMatchObject({ type: 'summary', summary: { calls: 1, cacheMisses: 2 } });
    const second = await readEvents(await post(b.url, ruRequest()));
    expect(second.at(-1)).toMatchObject({ type: 'summary', summary: { calls: 0, cacheHits: 2, findings: 1 } });
    expect(fake.calls).toHaveLength(1);
  });

  it('shares the per-token rate limit across instances', async () => {
    const statuses: number[] = [];
    for (const server of [a, b, a, b]) {
      const res = await post(server.url, { language: 'ru' }, { authorization: `Bearer ${TOKEN_B}` });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});
