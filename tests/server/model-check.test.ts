/**
 * The live check of the model path: `zan doctor` and the server's start-up check (in /healthz),
 * against the fake that keeps claude-sonnet-5-5's contract, through the real SDK.
 */
import { runDoctorCommand } from '../../src/cli/doctorCommand';
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { startLiveCheck } from '../../src/engine/claude/liveCheck';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { FAKE_KEY, vagueDeadlineLawyer } from './helpers';
import { startServer } from './start';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer, latencyMs: 30 });
});
afterAll(() => fake.close());

async function doctor(env: Record<string, string | undefined>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runDoctorCommand([], { stdout: (t) => void (out += t), stderr: (t) => void (err += t) }, env);
  return { code, out, err };
}

test('without a key, doctor says the local engine is in use', async () => {
  const r = await doctor({});
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/local engine is in use/);
});

test('with a key, doctor makes one call in the review shape and prints model, acceptance and latency', async () => {
  const before = fake.calls.length;
  const r = await doctor({ ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url });
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/model: claude-sonnet-5-5 \(effort medium\)/);
  expect(r.out).toMatch(/request shape: accepted, \d+ ms/);
  expect(fake.calls.length).toBe(before + 1);
  expect(fake.calls.at(-1)!.body.output_config).toMatchObject({ effort: 'medium', format: { type: 'json_schema' } });
});

test('doctor exits non-zero when the API refuses, with its words; a bad ZAN_EFFORT is a usage error', async () => {
  const refused = await doctor({ ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url, ZAN_MODEL: 'claude-sonnet-9-9' });
  expect(refused.code).toBe(1);
  expect(refused.out).toMatch(/REFUSED.*HTTP 404/);
  const badKey = await doctor({ ANTHROPIC_API_KEY: 'not-the-key', ANTHROPIC_BASE_URL: fake.url });
  expect(badKey.code).toBe(1);
  expect(badKey.out).toMatch(/HTTP 401/);
  expect(badKey.out).not.toContain('not-the-key');
  expect((await doctor({ ANTHROPIC_API_KEY: FAKE_KEY, ZAN_EFFORT: 'extreme' })).code).toBe(2);
});

test('the server shows the start-up check in /healthz', async () => {
  const anthropic = createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url });
  const check = startLiveCheck(anthropic, 'claude-sonnet-5-5', 'medium');
  const running = await startServer({}, { anthropic, modelCheck: check.current });
  try {
    await check.done;
    const health = (await (await fetch(`${running.url}/healthz`)).json()) as { modelCheck: { state: string; model: string; latencyMs: number } };
    expect(health.modelCheck).toMatchObject({ state: 'accepted', model: 'claude-sonnet-5-5' });
    expect(health.modelCheck.latencyMs).toBeGreaterThanOrEqual(0);
  } finally {
    await running.server.shutdown();
  }
  const refused = startLiveCheck(anthropic, 'claude-sonnet-9-9', 'medium');
  expect(await refused.done).toMatchObject({ state: 'refused', status: 404 });
});
