/**
 * Several instances behind a load balancer: with ZAN_REDIS_URL they share the review cache and
 * the per-token rate limits. A real redis-server on a free loopback port, in a temp dir.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, ruRequest, vagueDeadlineLawyer } from './helpers';
import { TOKEN_B, post, readEvents, startServer, type Running } from './start';

const REDIS = '/usr/bin/redis-server';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForPort(port: number, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`redis-server did not start on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('with ZAN_REDIS_URL', () => {
  let redis: ChildProcess;
  let dir: string;
  let redisUrl: string;
  let fake: FakeAnthropic;
  let a: Running;
  let b: Running;

  beforeAll(async () => {
    if (!fs.existsSync(REDIS)) throw new Error(`${REDIS} is missing: install the redis-server package (CI does)`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zan-redis-'));
    const port = await freePort();
    redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitForPort(port, 10_000);
    redisUrl = `redis://127.0.0.1:${port}`;
    fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer });
    const deps = () => ({ anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: testCorpus() });
    a = await startServer({ ZAN_REDIS_URL: redisUrl, ZAN_RATE_LIMIT: '3' }, deps());
    b = await startServer({ ZAN_REDIS_URL: redisUrl, ZAN_RATE_LIMIT: '3' }, deps());
  });

  afterAll(async () => {
    await a?.server.shutdown();
    await b?.server.shutdown();
    await fake?.close();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((r) => redis.once('exit', r));
      redis.kill('SIGTERM');
      await exited;
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
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
