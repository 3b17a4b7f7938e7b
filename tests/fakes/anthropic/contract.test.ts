/**
 * The fake keeps claude-sonnet-5-5's contract, checked through the real SDK: the request shapes the
 * vendor's "What's new in Claude Sonnet 5.5" page says are refused get the same 400, and an
 * accepted request answers with a thinking block before the structured answer.
 */
import Anthropic from '@anthropic-ai/sdk';
import { createAnthropicClient } from '../../../src/engine/claude/engine';
import { ANSWER_FORMAT } from '../../../src/engine/claude/answer';
import { FAKE_KEY } from '../../server/helpers';
import { startFakeAnthropic, type FakeAnthropic } from './server';

let fake: FakeAnthropic;
let client: Anthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ apiKey: FAKE_KEY, script: () => ({ kind: 'answer', answer: { findings: [] } }) });
  client = createAnthropicClient({ apiKey: FAKE_KEY, baseURL: fake.url });
});
afterAll(() => fake.close());

const base = { model: 'claude-sonnet-5-5', max_tokens: 2000, messages: [{ role: 'user' as const, content: 'Проверьте статью.' }] };
const tool: Anthropic.Tool = { name: 'report', input_schema: { type: 'object', properties: {} } };

async function status(params: Record<string, unknown>): Promise<number | string> {
  try {
    await client.messages.create(params as unknown as Anthropic.MessageCreateParamsNonStreaming);
    return 'accepted';
  } catch (error) {
    return error instanceof Anthropic.APIError ? `${error.status} ${(error.error as { error?: { type?: string } })?.error?.type}` : String(error);
  }
}

test.each([
  ['forced tool use (tool)', { ...base, tools: [tool], tool_choice: { type: 'tool', name: 'report' } }],
  ['forced tool use (any)', { ...base, tools: [tool], tool_choice: { type: 'any' } }],
  ['thinking disabled', { ...base, thinking: { type: 'disabled' } }],
  ['between_tools at effort max', { ...base, thinking: { type: 'between_tools' }, output_config: { effort: 'max' } }],
  ['an output schema with an open object', { ...base, output_config: { format: { type: 'json_schema', schema: { type: 'object', properties: {} } } } }],
  ['a value-range keyword in the schema', { ...base, output_config: { format: { type: 'json_schema', schema: { type: 'object', additionalProperties: false, properties: { n: { type: 'integer', minimum: 1 } } } } } }],
  ['max_tokens above the 128K output cap', { ...base, max_tokens: 200_000 }],
])('claude-sonnet-5-5 refuses %s with 400 invalid_request_error', async (_name, params) => {
  expect(await status(params)).toBe('400 invalid_request_error');
});

test('an unknown model is 404', async () => {
  expect(await status({ ...base, model: 'claude-sonnet-9-9' })).toBe('404 not_found_error');
});

test('the shape the engine sends is accepted; tools with tool_choice auto and between_tools at medium too', async () => {
  expect(await status({ ...base, output_config: { effort: 'medium', format: ANSWER_FORMAT } })).toBe('accepted');
  expect(await status({ ...base, tools: [tool], tool_choice: { type: 'auto' } })).toBe('accepted');
  expect(await status({ ...base, thinking: { type: 'between_tools' }, output_config: { effort: 'medium' } })).toBe('accepted');
});

test('an answer streams a thinking block first, then the JSON text; thinking tokens count against max_tokens', async () => {
  const message = await client.messages.stream({ ...base, max_tokens: 8000, output_config: { effort: 'high', format: ANSWER_FORMAT } }).finalMessage();
  expect(message.content.map((b) => b.type)).toEqual(['thinking', 'text']);
  expect(JSON.parse((message.content[1] as Anthropic.TextBlock).text)).toEqual({ findings: [] });
  // Effort high thinks about 4000 tokens: with max_tokens 4200 the answer is cut mid-way.
  fake.setScript(() => ({ kind: 'answer', answer: { findings: [{ message: 'x'.repeat(2000) }] } }));
  const cut = await client.messages.stream({ ...base, max_tokens: 4200, output_config: { effort: 'high', format: ANSWER_FORMAT } }).finalMessage();
  expect(cut.stop_reason).toBe('max_tokens');
  expect(() => JSON.parse((cut.content[1] as Anthropic.TextBlock).text)).toThrow();
});
