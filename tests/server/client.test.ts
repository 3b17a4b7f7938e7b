/** reviewViaServer (CLI and pane) against the real server, and the wire request built from an Act. */
import type { Act, Unit } from '../../src/core/act/types';
import { docFromLines } from '../../src/core/document';
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { ServerReviewError, reviewViaServer } from '../../src/protocol/client';
import { buildReviewRequest, reviewRequestSchema, type ReviewEvent } from '../../src/protocol/review';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, ruRequest, vagueDeadlineLawyer } from './helpers';
import { TOKEN_A, startServer, type Running } from './start';

function u(id: string, kind: Unit['kind'], number: string, paragraph: number, lastParagraph: number, path: string, children: Unit[] = [], extra: Partial<Unit> = {}): Unit {
  return { id, kind, number, paragraph, lastParagraph, textStart: 0, path, children, ...extra };
}

/** A small amending act: chapter 1 › article 1 (two items), article 2 with a quoted new wording. */
function amendingAct(): Act {
  const lines = [
    'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
    'Глава 1. Общие положения',
    'Статья 1. Порядок рассмотрения',
    '1. Уполномоченный орган рассматривает заявление в разумный срок.',
    '2. Решение может быть обжаловано в суд.',
    'Статья 2. Изменения',
    'Статью 5 изложить в следующей редакции:',
    '«Статья 5. Сроки',
    'Срок составляет десять дней.»',
  ];
  const i1 = u('a1/i1', 'item', '1', 3, 3, 'ст. 1 п. 1');
  const i2 = u('a1/i2', 'item', '2', 4, 4, 'ст. 1 п. 2');
  const a1 = u('a1', 'article', '1', 2, 4, 'ст. 1', [i1, i2], { labelText: 'Статья 1.', heading: 'Порядок рассмотрения' });
  const a2 = u('a2', 'article', '2', 5, 8, 'ст. 2', [], { labelText: 'Статья 2.', heading: 'Изменения' });
  const c1 = u('c1', 'chapter', '1', 1, 8, 'гл. 1', [a1, a2], { labelText: 'Глава 1.', heading: 'Общие положения' });
  const q = u('q0/a5', 'article', '5', 7, 8, 'ст. 5 (новая редакция)', [], { quote: 0 });
  return {
    doc: docFromLines(lines),
    language: 'ru',
    kind: 'amending',
    title: 'О внесении изменений',
    body: [c1],
    units: { c1, a1, 'a1/i1': i1, 'a1/i2': i2, a2, 'q0/a5': q },
    paragraphs: [
      { role: 'title' },
      { role: 'heading', unitId: 'c1' },
      { role: 'heading', unitId: 'a1' },
      { role: 'norm', unitId: 'a1/i1' },
      { role: 'norm', unitId: 'a1/i2' },
      { role: 'heading', unitId: 'a2' },
      { role: 'norm', unitId: 'a2' },
      { role: 'quote', unitId: 'q0/a5', quote: 0 },
      { role: 'quote', unitId: 'q0/a5', quote: 0 },
    ],
    crossReferences: [],
    externalReferences: [],
    definitions: [],
    abbreviations: [],
    amendments: [],
    quotes: [],
  };
}

describe('buildReviewRequest', () => {
  it('sends norms, quoted wordings, headings and title lines, grouped by article, with the outline', () => {
    // Headings and title lines let a server without a model key rebuild the act's structure.
    const request = buildReviewRequest(amendingAct());
    expect(request.units.map((x) => [x.paragraph, x.group, x.path])).toEqual([
      [0, 'p0', ''],
      [1, 'c1', 'гл. 1'],
      [2, 'a1', 'ст. 1'],
      [3, 'a1', 'ст. 1 п. 1'],
      [4, 'a1', 'ст. 1 п. 2'],
      [5, 'a2', 'ст. 2'],
      [6, 'a2', 'ст. 2'],
      [7, 'a2', 'ст. 5 (новая редакция)'],
      [8, 'a2', 'ст. 5 (новая редакция)'],
    ]);
    expect(request.outline).toEqual(['Глава 1. Общие положения', 'Статья 1. Порядок рассмотрения', 'Статья 2. Изменения']);
    expect(reviewRequestSchema().safeParse(request).success).toBe(true);
  });
});

describe('reviewViaServer', () => {
  let fake: FakeAnthropic;
  let s: Running;
  beforeAll(async () => {
    fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: vagueDeadlineLawyer });
    s = await startServer({}, { anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: testCorpus() });
  });
  afterAll(async () => {
    await s.server.shutdown();
    await fake.close();
  });

  it('reviews an act and returns its findings and the summary, reporting events as they come', async () => {
    const events: ReviewEvent[] = [];
    const result = await reviewViaServer({ url: `${s.url}/`, token: TOKEN_A, act: amendingAct(), onEvent: (e) => events.push(e) });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.anchor).toMatchObject({ paragraph: 3, quote: 'в разумный срок' });
    expect(result.summary).toMatchObject({ engine: 'model', findings: 1, units: 9 });
    expect(events[0]!.type).toBe('start');
    expect(events.at(-1)!.type).toBe('summary');
  });

  it('turns a refused token into a typed error worded for the user, in the draft language', async () => {
    const error = await reviewViaServer({ url: s.url, token: 'wrong-token-0123456789', request: { ...ruRequest(), language: 'kk' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerReviewError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    expect((error as Error).message).toMatch(/токен/);
  });

  it('reports an unreachable server as a network error', async () => {
    const error = await reviewViaServer({ url: 'http://127.0.0.1:9', token: TOKEN_A, request: ruRequest() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network' });
    expect((error as Error).message).toMatch(/Сервер проверки недоступен/);
  });

  it('keeps the findings received before the deadline and names the articles left unchecked', async () => {
    fake.setScript((call) => (call.index % 2 === 0 ? vagueDeadlineLawyer(call) : { kind: 'hang-body' }));
    fake.calls.length = 0;
    const slow = await startServer(
      { ZAN_REQUEST_TIMEOUT_MS: '1000' },
      { anthropic: createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url }), corpus: testCorpus(), engine: { batchLimits: { maxChars: 8000, maxGroups: 1 } } },
    );
    try {
      const result = await reviewViaServer({ url: slow.url, token: TOKEN_A, request: ruRequest() });
      expect(result.findings).toHaveLength(1);
      expect(result.summary).toMatchObject({ articles: 2, checkedArticles: 1, unchecked: [{ group: 'a2', reason: 'deadline' }] });
    } finally {
      await slow.server.shutdown();
    }
  });
});
