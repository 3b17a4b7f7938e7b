/**
 * The sweep's model step as a user runs it: `zan monitor … --server URL --token T` against the real
 * server, which calls the fake Messages API (claude-sonnet-5-5's contract) through the real SDK.
 * Acts in Russian and Kazakh, each with a Court-resolution candidate and a 1995 citation without a
 * one-to-one 2026 counterpart; a verdict that cites a source the corpus lacks or quotes words not
 * in the source is dropped, counted, and its candidate listed unverified; a refused answer leaves
 * its candidates unverified and they are sent again on --resume.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runMonitor } from '../../src/cli/monitorCommand';
import { loadCorpus } from '../../src/corpus';
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { resolutionQueries } from '../../src/monitor/resolutionQueries';
import { parseMonitorJson } from '../../src/report/monitor/json';
import { startFakeAnthropic, type FakeAnthropic, type FakeCall, type FakeReply } from '../fakes/anthropic/server';
import { FAKE_KEY } from '../server/helpers';
import { startServer, TOKEN_A, type Running } from '../server/start';

jest.setTimeout(60_000);

interface SeenCandidate {
  id: string;
  kind: string;
  lang: 'ru' | 'kk';
  sources: Array<{ id: string; text: string }>;
}

/** The candidates of a request as the server wrote them into the prompt. */
function candidatesOf(call: FakeCall): SeenCandidate[] {
  const last = call.body.messages.at(-1)!;
  const text = typeof last.content === 'string' ? last.content : last.content.map((b) => b.text ?? '').join('');
  return [...text.matchAll(/<candidate id="([^"]+)" kind="([^"]+)" lang="(ru|kk)">([\s\S]*?)<\/candidate>/g)].map((m) => ({
    id: m[1]!,
    kind: m[2]!,
    lang: m[3] as 'ru' | 'kk',
    sources: [...m[4]!.matchAll(/^\[([^\]]+)\] [^\n]*\n([^\n]+)/gm)].map((s) => ({ id: s[1]!, text: s[2]! })),
  }));
}

const REASONS = {
  confirmed: { ru: 'Норма акта воспроизводит норму, признанную Судом неконституционной; её следует изменить.', kk: 'Актінің нормасы Сот қараған нормамен мазмұны бойынша бірдей; оны Соттың түсіндірмесіне сәйкес келтіру қажет.' },
  notConfirmed: { ru: 'Содержание нормы перенесено в статью 43 Конституции 2026 года; достаточно обновить номер.', kk: 'Норманың мазмұны 2026 жылғы Конституцияның 43-бабына көшірілген; нөмірін жаңарту жеткілікті.' },
};

/** A careful lawyer: confirms resolution candidates, not the citation ones, quoting a given source. */
function lawyer(call: FakeCall): FakeReply {
  const verdicts = candidatesOf(call).map((c) => {
    const source = c.kind === 'court-resolution' ? c.sources.find((s) => s.id.startsWith('cc:'))! : c.sources.find((s) => s.id.startsWith('const2026:'))!;
    const confirmed = c.kind === 'court-resolution';
    return {
      id: c.id,
      verdict: confirmed ? 'confirmed' : 'not_confirmed',
      reason: (confirmed ? REASONS.confirmed : REASONS.notConfirmed)[c.lang],
      citations: [source.id],
      source_quote: source.text.split(/\s+/).slice(0, 6).join(' '),
    };
  });
  return { kind: 'answer', answer: { verdicts } };
}

let fake: FakeAnthropic;
let running: Running;
let dir: string;
const stderr: string[] = [];
const io = { stdout: () => undefined, stderr: (t: string) => void stderr.push(t) };

beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: lawyer });
  running = await startServer(
    { ZAN_MODEL: 'claude-sonnet-5-5' },
    { anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: loadCorpus(), verdicts: { pollIntervalMs: 1, sleep: async () => undefined } },
  );
  dir = mkdtempSync(path.join(tmpdir(), 'zan-monitor-model-'));
  const reviewed = resolutionQueries().find((q) => q.number === '29-НП')!.reviewed;
  writeFileSync(
    path.join(dir, 'punishment_ru.txt'),
    ['Об исполнении наказаний', 'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.', 'Статья 1. Общие положения', '1. Порядок выборов определяется с учетом пункта 4 статьи 41 Конституции Республики Казахстан.', 'Статья 2. Жалобы', reviewed].join('\n') + '\n',
  );
  writeFileSync(
    path.join(dir, 'assemblies_kk.txt'),
    [
      'Бейбіт жиналыстар туралы',
      'Қазақстан Республикасының 2020 жылғы 25 мамырдағы № 333-VI Заңы.',
      '11-бап. Хабарламаны қарау тәртібі',
      '1. Жергілікті атқарушы орган хабарламаны қарау нәтижелері бойынша мынадай шешімдердің бірін қабылдайды:',
      '1) бейбіт жиналысты өткізу туралы;',
      '2) осы Заңның 14-бабында көзделген негіздер бойынша пикеттеуді өткізуден бас тарту туралы;',
      '3) өткізу орнын өзгерту туралы.',
      'ҚР Конституциялық Сотының 20.01.2025 № 61-НҚ нормативтік қаулысымен 1-тармақтың 2) және 3) тармақшалары Қазақстан Республикасының Конституциясына сәйкес келеді деп танылды.',
      '12-бап. Сайлау',
      '1. Сайлау тәртібі Қазақстан Республикасы Конституциясының 41-бабының 4-тармағы ескеріле отырып айқындалады.',
    ].join('\n') + '\n',
  );
});
afterAll(async () => {
  await running.server.shutdown();
  await fake.close();
});
beforeEach(() => {
  fake.setScript(lawyer);
  stderr.length = 0;
});

function monitor(out: string, ...more: string[]): Promise<number> {
  return runMonitor([path.join(dir, 'punishment_ru.txt'), path.join(dir, 'assemblies_kk.txt'), '--jobs', '1', '--quiet', '--server', running.url, '--token', TOKEN_A, '--report', out, ...more], io);
}

const findingsOf = (json: string, kind: string) => parseMonitorJson(readFileSync(json, 'utf8'), json).acts.flatMap((a) => a.findings.filter((f) => f.kind === kind).map((f) => ({ ...f, act: a.language })));

test('ru and kk: resolution candidates confirmed stay warnings, citations not confirmed drop to info, with the reason in every report', async () => {
  const out = path.join(dir, 'ok', 'm.json');
  expect(await monitor(out, '--report', path.join(dir, 'ok', 'm.html'), '--report', path.join(dir, 'ok', 'm.csv'), '--report', path.join(dir, 'ok', 'm.xlsx'))).toBe(0);
  expect(fake.refused).toEqual([]);
  const report = parseMonitorJson(readFileSync(out, 'utf8'), out);
  expect(report.summary.model).toMatchObject({ model: 'claude-sonnet-5-5', via: 'messages', candidates: 4, checked: 4, failed: 0, dropped: 0, calls: 1, unverified: [] });
  expect(report.summary.model!.inputTokens).toBeGreaterThan(0);
  expect(report.summary.model!.outputTokens).toBeGreaterThan(0);
  for (const lang of ['ru', 'kk'] as const) {
    const resolution = findingsOf(out, 'court-resolution').find((f) => f.act === lang)!;
    expect(resolution.verdict).toMatchObject({ status: 'confirmed', reason: REASONS.confirmed[lang] });
    expect(resolution.verdict!.citations![0].id).toMatch(/^cc:/);
    expect(resolution.severity).toBe('warning');
    const citation = findingsOf(out, 'constitution-citation').find((f) => f.act === lang)!;
    expect(citation.verdict).toMatchObject({ status: 'not-confirmed', reason: REASONS.notConfirmed[lang], severityBefore: 'warning' });
    expect(citation.severity).toBe('info');
  }
  const html = readFileSync(path.join(dir, 'ok', 'm.html'), 'utf8');
  expect(html).toContain('Модель: не подтверждено');
  expect(html).toContain(REASONS.notConfirmed.kk);
  const csv = readFileSync(path.join(dir, 'ok', 'm.csv'), 'utf8');
  expect(csv).toContain('not-confirmed');
  expect(csv).toContain(REASONS.confirmed.ru);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(dir, 'ok', 'm.xlsx')) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Findings')!;
  const header = (sheet.getRow(1).values as unknown[]).indexOf('model_verdict');
  expect(header).toBeGreaterThan(0);
  const verdicts = sheet.getColumn(header).values.slice(2).filter(Boolean);
  expect(verdicts.sort()).toEqual(['confirmed', 'confirmed', 'not-confirmed', 'not-confirmed']);
  expect(stderr.join('')).toContain('model: 4 of 4 candidates checked');
  // The model saw the Court's holding and the 2026 text, not just the act's words.
  const seen = candidatesOf(fake.calls.at(-1)!);
  expect(seen.find((c) => c.kind === 'court-resolution' && c.lang === 'ru')!.sources.map((s) => s.id)).toContain('cc:29-НП');
  expect(seen.find((c) => c.kind === 'constitution-citation' && c.lang === 'kk')!.sources.map((s) => s.id)).toContain('const2026:43');
});

test('a verdict citing a source the corpus lacks, quoting words not in its source, or in the other language is dropped, counted and its candidate listed unverified', async () => {
  fake.setScript((call) => {
    const answer = lawyer(call) as { kind: 'answer'; answer: { verdicts: Array<{ id: string; citations: string[]; source_quote: string; reason: string }> } };
    const byLang = (lang: 'ru' | 'kk') => answer.answer.verdicts.filter((v) => candidatesOf(call).find((c) => c.id === v.id)!.lang === lang);
    const [invented, misquoted] = byLang('kk');
    invented!.citations = ['const2026:999'];
    misquoted!.source_quote = 'никто не может быть лишен собственности';
    // A Russian act answered in Kazakh.
    byLang('ru')[0]!.reason = REASONS.notConfirmed.kk;
    return answer;
  });
  const out = path.join(dir, 'ungrounded', 'm.json');
  await monitor(out);
  const m = parseMonitorJson(readFileSync(out, 'utf8'), out).summary.model!;
  expect(m).toMatchObject({ candidates: 4, checked: 1, failed: 3, dropped: 3 });
  expect(m.unverified.map((u) => u.reason)).toEqual(['ungrounded', 'ungrounded', 'ungrounded']);
  const unverified = [...findingsOf(out, 'court-resolution'), ...findingsOf(out, 'constitution-citation')].filter((f) => f.verdict?.status === 'unverified');
  expect(unverified).toHaveLength(3);
  // Unverified keeps the local severity: a failure never lowers a finding.
  expect(unverified.every((f) => f.severity === 'warning')).toBe(true);
  expect(stderr.join('')).toMatch(/model: 1 of 4 candidates checked, 3 not checked \(ungrounded\)/);
});

test('a refused answer leaves the candidates unverified, not clean; --resume sends them again and records the verdicts', async () => {
  fake.setScript(() => ({ kind: 'refusal' }));
  const out = path.join(dir, 'refused', 'm.json');
  await monitor(out);
  const first = parseMonitorJson(readFileSync(out, 'utf8'), out);
  expect(first.summary.model).toMatchObject({ checked: 0, failed: 4 });
  expect(first.summary.model!.unverified.every((u) => u.reason === 'refusal')).toBe(true);

  fake.setScript(lawyer);
  const before = fake.calls.length;
  await monitor(out, '--resume');
  const second = parseMonitorJson(readFileSync(out, 'utf8'), out);
  expect(fake.calls.length).toBe(before + 1);
  expect(second.summary.model).toMatchObject({ candidates: 4, checked: 4, failed: 0 });
});

test('many candidates go through the Message Batches API', async () => {
  const server = await startServer(
    { ZAN_MODEL: 'claude-sonnet-5-5' },
    { anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: loadCorpus(), verdicts: { batchThreshold: 1, pollIntervalMs: 1, sleep: async () => undefined } },
  );
  try {
    const out = path.join(dir, 'batch', 'm.json');
    await runMonitor([dir, '--jobs', '1', '--quiet', '--server', server.url, '--token', TOKEN_A, '--report', out], io);
    const m = parseMonitorJson(readFileSync(out, 'utf8'), out).summary.model!;
    expect(m).toMatchObject({ via: 'batches', checked: 4, failed: 0 });
    expect(m.batchId).toMatch(/^msgbatch_/);
    expect(fake.calls.filter((c) => c.customId).length).toBeGreaterThan(0);
    expect(fake.refused).toEqual([]);
  } finally {
    await server.server.shutdown();
  }
});

test('a Message Batch that outlives the server\'s deadline: candidates unverified (deadline), and --resume polls the same batch instead of submitting again', async () => {
  const slow = await startFakeAnthropic({ apiKey: FAKE_KEY, script: lawyer, batchPollsToEnd: 2 });
  // One poll fits before the deadline (5 s less a tenth), the next would not: the batch is left running.
  const server = await startServer(
    { ZAN_MODEL: 'claude-sonnet-5-5', ZAN_REQUEST_TIMEOUT_MS: '5000' },
    { anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: slow.url }), corpus: loadCorpus(), verdicts: { batchThreshold: 1, pollIntervalMs: 10_000 } },
  );
  try {
    const out = path.join(dir, 'late', 'm.json');
    const args = [dir, '--jobs', '1', '--quiet', '--server', server.url, '--token', TOKEN_A, '--report', out];
    await runMonitor(args, io);
    const first = parseMonitorJson(readFileSync(out, 'utf8'), out).summary.model!;
    expect(first).toMatchObject({ via: 'batches', checked: 0, failed: 4 });
    expect(first.unverified.every((u) => u.reason === 'deadline')).toBe(true);
    expect(slow.calls).toHaveLength(0);

    await runMonitor([...args, '--resume'], io);
    const second = parseMonitorJson(readFileSync(out, 'utf8'), out).summary.model!;
    expect(second).toMatchObject({ via: 'batches', batchId: first.batchId, checked: 4, failed: 0 });
    // The batch's four answers were read once: nothing was submitted again.
    expect(slow.calls).toHaveLength(1);
    expect(new Set(slow.calls.map((c) => c.customId)).size).toBe(1);
  } finally {
    await server.server.shutdown();
    await slow.close();
  }
});

test('the endpoint: a token is required, and a server without a model says so instead of answering nothing', async () => {
  const body = JSON.stringify({ candidates: [{ id: 'c0', kind: 'court-resolution', language: 'ru', act: 'Закон', text: 'Норма.', claim: 'Близка к норме.', resolution: '29-НП' }] });
  const noToken = await fetch(`${running.url}/api/v1/monitor`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  expect(noToken.status).toBe(401);
  const local = await startServer({}, { corpus: loadCorpus() });
  try {
    const res = await fetch(`${local.url}/api/v1/monitor`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_A}` }, body });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ error: 'upstream' });
    // Without a model the answer is the same whatever the body: the refusal comes before validation.
    const badToLocal = await fetch(`${local.url}/api/v1/monitor`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_A}` }, body: '{"candidates":[]}' });
    expect(badToLocal.status).toBe(503);
    const bad = await fetch(`${running.url}/api/v1/monitor`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_A}` }, body: JSON.stringify({ candidates: [{ id: 'закон 1' }] }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid-request', message: expect.stringMatching(/^The review request is not valid\. .+ \(candidates\.0\.\w+\)$/) });
  } finally {
    await local.server.shutdown();
  }
});

test('a wrong token: the sweep still writes its reports and lists every candidate unverified with why', async () => {
  const out = path.join(dir, 'denied', 'm.json');
  const code = await runMonitor([path.join(dir, 'punishment_ru.txt'), '--jobs', '1', '--quiet', '--server', running.url, '--token', 'wrong-token-0123456789', '--report', out], io);
  expect(code).toBe(3);
  const report = parseMonitorJson(readFileSync(out, 'utf8'), out);
  expect(report.acts).toHaveLength(1);
  const m = report.summary.model!;
  expect(m).toMatchObject({ checked: 0, failed: 2 });
  expect(m.error).toMatch(/^unauthorized: Нет доступа к серверу проверки/);
  expect(m.unverified.map((u) => u.reason)).toEqual([m.error, m.error]);
  expect(stderr.join('')).toMatch(/model: unauthorized: /);
});
