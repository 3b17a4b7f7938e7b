/**
 * Batch work through the Message Batches API against the fake (which checks each request against
 * claude-sonnet-5-5's contract), through the real SDK: one submission, polling until it ends,
 * grounded findings per draft, failures reported unchecked, and resuming by batch id.
 */
import { createAnthropicClient } from '../../src/engine/claude/engine';
import { reviewInBatches } from '../../src/engine/claude/messageBatches';
import { clausesOf, startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic/server';
import { testCorpus } from './fixtures/corpus';
import { FAKE_KEY, finding, kkRequest, manyArticles, vagueDeadlineLawyer } from './helpers';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, batchPollsToEnd: 3, script: vagueDeadlineLawyer });
});
afterAll(() => fake.close());

test('reviews several drafts in one batch, polls until it ends, and resumes by id without submitting again', async () => {
  // The Kazakh draft's answer is cut: it must come back unchecked, not clean.
  fake.setScript((call) =>
    clausesOf(call.body).some((c) => c.paragraph === 2 && c.text.includes('қажет болған'))
      ? { kind: 'cut', answer: { findings: [finding({ paragraph: 2, quote: 'қажет болған жағдайда', message: 'Мерзім белгісіз.' })] } }
      : vagueDeadlineLawyer(call),
  );
  const client = createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url });
  const polls: number[] = [];
  let submitted = '';
  const items = [
    { id: 'law-1', request: manyArticles(6) },
    { id: 'law-2', request: kkRequest() },
  ];
  const first = await reviewInBatches(items, {
    client,
    model: 'claude-sonnet-5-5',
    corpus: testCorpus(),
    batchLimits: { maxChars: 8000, maxGroups: 3 },
    onSubmitted: (id) => (submitted = id),
    sleep: async (ms) => void polls.push(ms),
  });
  expect(first.batchId).toBe(submitted);
  expect(polls.length).toBeGreaterThanOrEqual(1);
  expect(fake.refused).toEqual([]);
  const batchCalls = fake.calls.filter((c) => c.customId);
  expect(batchCalls.map((c) => c.customId).sort()).toEqual(['law-1-0', 'law-1-1', 'law-2-0']);
  expect(batchCalls.every((c) => !c.body.stream && c.body.output_config?.format?.type === 'json_schema')).toBe(true);
  const law1 = first.items.get('law-1')!;
  expect(law1).toMatchObject({ articles: 6, checkedArticles: 6, unchecked: [] });
  expect(law1.findings.map((f) => f.anchor.paragraph)).toEqual([2, 8]);
  expect(first.items.get('law-2')).toMatchObject({ articles: 1, checkedArticles: 0, findings: [], unchecked: [{ group: 'a1', reason: 'max_tokens' }] });

  const before = fake.calls.length;
  const resumed = await reviewInBatches(items, { client, model: 'claude-sonnet-5-5', corpus: testCorpus(), batchLimits: { maxChars: 8000, maxGroups: 3 }, resume: submitted, sleep: async () => undefined });
  expect(fake.calls.length).toBe(before);
  expect(resumed.items.get('law-1')!.findings).toHaveLength(2);
});

test('a bad item id is refused before anything is sent', async () => {
  const client = createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url });
  await expect(reviewInBatches([{ id: 'закон 1', request: kkRequest() }], { client, model: 'claude-sonnet-5-5' })).rejects.toThrow(/letters, digits/);
});
