/**
 * `zan review --server URL --token T`: the CLI runs the local checks itself and adds the model's
 * findings from the real server, which talks to a local fake of the Messages API through the SDK.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { buildDocx } from '../../src/hosts/docx/build';
import { countRevisions } from '../../src/hosts/docx/revisions';
import { clausesOf, startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from '../server/fixtures/corpus';
import { FAKE_KEY, finding } from '../server/helpers';
import { startServer, TOKEN_A, type Running } from '../server/start';

const DRAFT = [
  'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
  'О порядке рассмотрения обращений',
  'Статья 1. Рассмотрение обращений',
  '1. Уполномоченный орган рассматривает обращение в течение десяти рабочих дней.',
  '2. Сведения о заявителе передаются третьим лицам без его согласия.',
  'Статья 2. Порядок введения в действие настоящего Закона',
  'Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
];

let fake: FakeAnthropic;
let running: Running;

beforeAll(async () => {
  // The scripted model flags the personal-data clause under international practice.
  fake = await startFakeAnthropic({
    apiKey: FAKE_KEY,
    script: (call) => ({
      kind: 'answer',
      answer: {
        findings: clausesOf(call.body)
          .filter((c) => c.text.includes('без его согласия'))
          .flatMap((c) => [
            {
              ...finding({ paragraph: c.paragraph, quote: 'передаются третьим лицам без его согласия' }),
              category: 'international',
              severity: 'info',
              message: 'Передача сведений без согласия должна быть предусмотрена законом и соразмерна цели.',
              citations: ['iccpr:17.1'],
              source_quote: 'arbitrary or unlawful interference with his privacy',
            },
            // An instrument from the model's memory: it must not reach the report.
            {
              ...finding({ paragraph: c.paragraph, quote: 'передаются третьим лицам без его согласия' }),
              category: 'international',
              severity: 'error',
              message: 'Нарушена Конвенция СНГ о защите данных.',
              citations: ['cis-data:5'],
              source_quote: 'personal data shall be protected',
            },
          ]),
      },
    }),
  });
  running = await startServer({ ANTHROPIC_API_KEY: FAKE_KEY, ANTHROPIC_BASE_URL: fake.url }, { corpus: testCorpus() });
});

afterAll(async () => {
  await running.server.shutdown();
  await fake.close();
});

test('local findings and model findings end up in one report and one reviewed document', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-cli-server-'));
  const input = path.join(dir, 'draft.docx');
  writeFileSync(input, await buildDocx(DRAFT));
  let stderr = '';
  const code = await main(
    ['review', input, '--server', running.url, '--token', TOKEN_A, '--out', path.join(dir, 'out.docx'), '--report', path.join(dir, 'r.json')],
    { stdout: () => undefined, stderr: (t) => void (stderr += t) },
  );
  expect(stderr).not.toMatch(/unexpected/);
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
  const international = report.findings.filter((f: { category: string }) => f.category === 'international');
  expect(international).toHaveLength(1);
  const quote = 'передаются третьим лицам без его согласия';
  const at = DRAFT[4].indexOf(quote);
  expect(international[0].anchor).toEqual({ paragraph: 4, start: at, end: at + quote.length, quote });
  expect(international[0].citations.map((c: { id: string }) => c.id)).toEqual(['iccpr:17.1']);
  // The model's share of the work is in the report and on the terminal.
  expect(report.summary.model).toMatchObject({ model: 'claude-sonnet-5-5', articles: 3, checked: 3, failed: 0 });
  expect(report.summary.model.calls).toBeGreaterThan(0);
  expect(report.summary.model.inputTokens + report.summary.model.cachedTokens).toBeGreaterThan(0);
  expect(stderr).toMatch(/model: 3 of 3 articles checked/);
  expect(fake.calls.length).toBeGreaterThan(0);
  // The key went upstream only; the CLI never saw it.
  expect(stderr).not.toContain(FAKE_KEY);
  const counts = await countRevisions(readFileSync(path.join(dir, 'out.docx')));
  expect(counts.byAuthor['Zan Assistant']?.comments).toBe(report.findings.length);
});

test('a wrong token is a clear refusal, not a crash', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-cli-server-'));
  const input = path.join(dir, 'draft.docx');
  writeFileSync(input, await buildDocx(DRAFT));
  let stderr = '';
  const code = await main(['review', input, '--server', running.url, '--token', 'wrong-token-0123456789', '--report', path.join(dir, 'r.json')], {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
  });
  expect(code).toBe(3);
  expect(stderr).toMatch(/токен|token/i);
  expect(stderr).not.toMatch(/unexpected/);
});
