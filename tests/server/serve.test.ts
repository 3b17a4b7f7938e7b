/**
 * The "done when": `npm run serve` (src/server/main.ts, as a process) with
 * ZAN_MODEL=claude-sonnet-5-5 against the fake that keeps that model's contract sends only
 * accepted requests, passes its start-up check, and reports the model's share in the summary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { FAKE_KEY, ruRequest, vagueDeadlineLawyer } from './helpers';
import { post, readEvents, TOKEN_A } from './start';

const repoRoot = path.resolve(__dirname, '..', '..');
let fake: FakeAnthropic;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer });
  child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [path.join(repoRoot, 'src', 'server', 'main.ts')], {
    cwd: repoRoot,
    env: { ...process.env, ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url, ZAN_MODEL: 'claude-sonnet-5-5', ZAN_TOKENS: TOKEN_A, ZAN_PORT: '0', ZAN_STATIC_DIR: 'no-pane-here', ZAN_REDIS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 50_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await fake.close();
});

test('the start-up check passes, a review gets only accepted requests, and the summary counts the checked articles', async () => {
  const health = async () => (await (await fetch(`${url}/healthz`)).json()) as { engine: string; model: string; modelCheck: { state: string } };
  for (let i = 0; i < 100 && (await health()).modelCheck.state === 'pending'; i++) await new Promise((r) => setTimeout(r, 100));
  expect(await health()).toMatchObject({ engine: 'model', model: 'claude-sonnet-5-5', modelCheck: { state: 'accepted' } });
  const events = await readEvents(await post(url, ruRequest()));
  const summary = events.at(-1)!;
  expect(summary.type).toBe('summary');
  if (summary.type !== 'summary') return;
  expect(summary.summary).toMatchObject({ engine: 'model', articles: 2, checkedArticles: 2, unchecked: [] });
  expect(events.some((e) => e.type === 'findings' && e.findings.some((f) => f.anchor.quote === 'в разумный срок'))).toBe(true);
  expect(fake.calls.length).toBeGreaterThanOrEqual(2);
  expect(fake.refused).toEqual([]);
});
