/**
 * A local fake of the Anthropic Messages API (and its Message Batches API) on loopback, driven by
 * the real SDK through `baseURL`. It keeps the contract of the model it is asked for: a request the
 * real API refuses is refused here with the same status and error type, before any script runs.
 *
 * Pages followed (read through the project's `search` tool, 2026-12-07):
 *   - "What's new in Claude Sonnet 5.5" — platform.claude.com/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5
 *     forced tool use (`tool_choice` any/tool) → 400 invalid_request_error; `thinking: {type:
 *     "disabled"}` → 400 (use `between_tools`, allowed at effort low/medium/high only); adaptive
 *     thinking on by default, effort default `high`; thinking blocks come back in the answer.
 *   - "Stop reasons and fallback" — platform.claude.com/docs/en/build-with-claude/handling-stop-reasons
 *     `max_tokens` (truncated), `refusal` (stop_details), `model_context_window_exceeded`.
 *   - Structured outputs: `output_config: {format: {type: "json_schema", schema}}`; the accepted
 *     JSON-schema subset is the one the SDK's own transformJSONSchema produces
 *     (@anthropic-ai/sdk 1.14, lib/transform-json-schema.js): objects closed with
 *     additionalProperties false, no value-range keywords.
 *   - `output_config.effort`: low | medium | high | xhigh | max (SDK 1.14 `OutputConfig`).
 *   - Rate limits: `anthropic-ratelimit-{requests,input-tokens,output-tokens}-{limit,remaining,reset}`
 *     headers on every answer, `retry-after` (seconds) on 429.
 *   - Message Batches: POST /v1/messages/batches, GET …/{id}, GET …/{id}/results (JSONL),
 *     processing_status in_progress → ended (platform.claude.com/docs/en/build-with-claude/batch-processing).
 *
 * Thinking tokens count against max_tokens (the SDK's ThinkingConfigParam doc): the fake spends a
 * thinking budget that depends on the effort, then writes the JSON answer; when the two exceed
 * max_tokens the JSON is cut where the budget ends and stop_reason is `max_tokens`.
 *
 * Usage is simulated the way the API reports it: input tokens ≈ characters / 4; a prefix ending at
 * a cache_control breakpoint that was sent before is read from the cache, otherwise written.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  index: number;
  headers: Record<string, string>;
  body: FakeRequestBody;
  receivedAt: number;
  /** Set for a request that came inside a Message Batch. */
  customId?: string;
}

/** The parts of a Messages request the fake reads. */
export interface FakeRequestBody {
  model: string;
  stream?: boolean;
  max_tokens: number;
  tools?: Array<Record<string, unknown>>;
  tool_choice?: { type: string; name?: string };
  thinking?: { type: string; budget_tokens?: number; display?: string };
  output_config?: { effort?: string | null; format?: { type: string; schema?: unknown } | null };
  system?: string | Array<{ type: 'text'; text: string; cache_control?: unknown }>;
  messages: Array<{ role: string; content: string | Array<{ type: string; text?: string; cache_control?: unknown }> }>;
}

export type FakeReply =
  /** The model's JSON answer, after a thinking block. `thinkingTokens` overrides the effort's budget. */
  | { kind: 'answer'; answer: unknown; latencyMs?: number; thinkingTokens?: number }
  /** Text that is not the asked-for JSON. */
  | { kind: 'text'; text: string; latencyMs?: number }
  /** The answer cut at this many characters, as when max_tokens runs out. */
  | { kind: 'cut'; answer: unknown; at?: number; latencyMs?: number }
  | { kind: 'refusal'; latencyMs?: number }
  | { kind: 'context-window'; answer: unknown; latencyMs?: number }
  | { kind: 'error'; status: number; type?: string; message?: string; headers?: Record<string, string>; details?: { error_code: string }; latencyMs?: number }
  /** Headers are sent, then nothing: the client's deadline must end it. */
  | { kind: 'hang-body' }
  /** Nothing is sent at all. */
  | { kind: 'hang' };

export type FakeScript = (call: FakeCall) => FakeReply | Promise<FakeReply>;

/** What a model accepts. Only what a vendor page states is enforced; the rest is accepted as sent. */
export interface ModelContract {
  forcedToolUse: boolean;
  thinkingTypes: readonly string[];
  /** Efforts at which `between_tools` is allowed. */
  betweenToolsEfforts: readonly string[];
  defaultEffort: string;
  maxOutputTokens: number;
  contextWindow: number;
}

const EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'];

export const MODEL_CONTRACTS: Record<string, ModelContract> = {
  // "What's new in Claude Sonnet 5.5" and its model page (1M context, 128K output).
  'claude-sonnet-5-5': {
    forcedToolUse: false,
    thinkingTypes: ['adaptive', 'between_tools'],
    betweenToolsEfforts: ['low', 'medium', 'high'],
    defaultEffort: 'high',
    maxOutputTokens: 128_000,
    contextWindow: 1_000_000,
  },
};

/** Models of the SDK's `Model` list without a page read here: the common contract only. */
const LENIENT: ModelContract = {
  forcedToolUse: true,
  thinkingTypes: ['adaptive', 'enabled', 'disabled', 'between_tools'],
  betweenToolsEfforts: EFFORTS,
  defaultEffort: 'high',
  maxOutputTokens: 64_000,
  contextWindow: 200_000,
};
const KNOWN_MODELS = new Set(['claude-sonnet-5-5', 'claude-opus-5-5', 'claude-haiku-5-5', 'claude-sonnet-5', 'claude-opus-5']);

/** Thinking tokens the fake spends per effort before it answers (adaptive thinking). */
export const THINKING_TOKENS: Record<string, number> = { low: 300, medium: 1200, high: 4000, xhigh: 9000, max: 16000 };

export interface FakeAnthropicOptions {
  script: FakeScript;
  /** Key the fake accepts (Bearer or x-api-key); any other gets 401. */
  apiKey: string;
  /** Added to every answer unless the reply sets its own. */
  latencyMs?: number;
  /** Polls of a Message Batch before it ends (default 1). */
  batchPollsToEnd?: number;
}

export interface FakeAnthropic {
  url: string;
  calls: FakeCall[];
  /** Requests refused by the contract (400/404), with the error message. */
  refused: Array<{ model: string; message: string }>;
  setScript(script: FakeScript): void;
  /** Calls whose answer has been sent in full. */
  answered(): number;
  close(): Promise<void>;
}

interface StoredBatch {
  id: string;
  polls: number;
  created_at: string;
  requests: Array<{ custom_id: string; params: FakeRequestBody }>;
  results?: string[];
}

export async function startFakeAnthropic(options: FakeAnthropicOptions): Promise<FakeAnthropic> {
  let script = options.script;
  const calls: FakeCall[] = [];
  const refused: FakeAnthropic['refused'] = [];
  const cachedPrefixes = new Set<string>();
  const open = new Set<ServerResponse>();
  const batches = new Map<string, StoredBatch>();
  let answered = 0;
  let selfUrl = '';

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: String(error) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    open.add(res);
    res.on('close', () => open.delete(res));
    const raw = await readBody(req);
    const auth = req.headers.authorization;
    const key = auth?.startsWith('Bearer ') ? auth.slice(7) : (req.headers['x-api-key'] as string | undefined);
    if (key !== options.apiKey) return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    const url = new URL(req.url ?? '/', 'http://fake');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    if (url.pathname.startsWith('/v1/messages/batches')) return handleBatches(req.method ?? 'GET', url.pathname, raw, headers, res);
    if (req.method !== 'POST' || url.pathname !== '/v1/messages') return sendError(res, 404, 'not_found_error', 'not found');
    let body: FakeRequestBody;
    try {
      body = JSON.parse(raw) as FakeRequestBody;
    } catch {
      return sendError(res, 400, 'invalid_request_error', 'request body is not valid JSON');
    }
    const refusal = contractError(body);
    if (refusal) {
      refused.push({ model: String(body.model), message: refusal.message });
      return sendError(res, refusal.status, refusal.type, refusal.message);
    }
    const call: FakeCall = { index: calls.length, headers, body, receivedAt: Date.now() };
    calls.push(call);
    const reply = await script(call);
    if (reply.kind === 'hang') return;
    await delay(('latencyMs' in reply ? reply.latencyMs : undefined) ?? options.latencyMs ?? 0);
    if (res.destroyed) return;
    if (reply.kind === 'error') {
      return sendError(res, reply.status, reply.type ?? errorType(reply.status), reply.message ?? 'scripted error', reply.headers, reply.details);
    }
    if (reply.kind === 'hang-body') {
      res.writeHead(200, body.stream ? { 'content-type': 'text/event-stream' } : { 'content-type': 'application/json' });
      res.flushHeaders();
      return;
    }
    const message = composeMessage(body, reply, `msg_fake_${call.index}`, cachedPrefixes);
    const rate = rateLimitHeaders();
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...rate });
      for (const [event, data] of streamEvents(message)) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      answered++;
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', ...rate });
    answered++;
    res.end(JSON.stringify(message));
  }

  async function handleBatches(method: string, pathname: string, raw: string, headers: Record<string, string>, res: ServerResponse): Promise<void> {
    const [, , , , id, tail] = pathname.split('/'); // '', v1, messages, batches, id, results
    if (method === 'POST' && !id) {
      const body = JSON.parse(raw) as { requests?: StoredBatch['requests'] };
      if (!Array.isArray(body.requests) || body.requests.length === 0) return sendError(res, 400, 'invalid_request_error', 'requests: at least one request is required');
      const ids = new Set<string>();
      for (const r of body.requests) {
        if (typeof r.custom_id !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(r.custom_id)) return sendError(res, 400, 'invalid_request_error', `requests.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$' (${r.custom_id})`);
        if (ids.has(r.custom_id)) return sendError(res, 400, 'invalid_request_error', `requests: custom_id must be unique (${r.custom_id})`);
        ids.add(r.custom_id);
        if (r.params.stream) return sendError(res, 400, 'invalid_request_error', 'stream is not supported in a batch request');
      }
      const batch: StoredBatch = { id: `msgbatch_fake_${batches.size}`, polls: 0, created_at: new Date().toISOString(), requests: body.requests };
      batches.set(batch.id, batch);
      return sendJson(res, batchObject(batch));
    }
    const batch = id ? batches.get(id) : undefined;
    if (!batch) return sendError(res, 404, 'not_found_error', `batch ${id} not found`);
    if (method === 'GET' && !tail) {
      batch.polls++;
      if (batch.polls >= (options.batchPollsToEnd ?? 1) && !batch.results) batch.results = await runBatch(batch, headers);
      return sendJson(res, batchObject(batch));
    }
    if (method === 'GET' && tail === 'results') {
      if (!batch.results) return sendError(res, 400, 'invalid_request_error', 'batch has not ended');
      res.writeHead(200, { 'content-type': 'application/binary' });
      res.end(batch.results.join('\n') + '\n');
      return;
    }
    return sendError(res, 404, 'not_found_error', 'not found');
  }

  /** Each request of a batch is checked and answered on its own (one may fail, the others not). */
  async function runBatch(batch: StoredBatch, headers: Record<string, string>): Promise<string[]> {
    const lines: string[] = [];
    for (const { custom_id, params } of batch.requests) {
      const refusal = contractError(params);
      if (refusal) {
        refused.push({ model: String(params.model), message: refusal.message });
        lines.push(JSON.stringify({ custom_id, result: { type: 'errored', error: { type: 'error', error: { type: refusal.type, message: refusal.message } } } }));
        continue;
      }
      const call: FakeCall = { index: calls.length, headers, body: params, receivedAt: Date.now(), customId: custom_id };
      calls.push(call);
      const reply = await script(call);
      if (reply.kind === 'error' || reply.kind === 'hang' || reply.kind === 'hang-body') {
        const status = reply.kind === 'error' ? reply.status : 500;
        lines.push(JSON.stringify({ custom_id, result: { type: 'errored', error: { type: 'error', error: { type: errorType(status), message: 'scripted error' } } } }));
        continue;
      }
      lines.push(JSON.stringify({ custom_id, result: { type: 'succeeded', message: composeMessage(params, reply, `msg_fake_${call.index}`, cachedPrefixes) } }));
      answered++;
    }
    return lines;
  }

  function batchObject(batch: StoredBatch): Record<string, unknown> {
    const ended = Boolean(batch.results);
    const succeeded = batch.results?.filter((l) => l.includes('"type":"succeeded"')).length ?? 0;
    return {
      id: batch.id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : 'in_progress',
      request_counts: { processing: ended ? 0 : batch.requests.length, succeeded, errored: ended ? batch.requests.length - succeeded : 0, canceled: 0, expired: 0 },
      created_at: batch.created_at,
      ended_at: ended ? new Date().toISOString() : null,
      expires_at: new Date(Date.parse(batch.created_at) + 24 * 3600 * 1000).toISOString(),
      archived_at: null,
      cancel_initiated_at: null,
      // The API gives an absolute address; the SDK fetches it as given.
      results_url: ended ? `${selfUrl}/v1/messages/batches/${batch.id}/results` : null,
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  selfUrl = `http://127.0.0.1:${port}`;
  return {
    url: selfUrl,
    calls,
    refused,
    setScript(next) {
      script = next;
    },
    answered: () => answered,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The contract check: what the real API refuses for this model, with its status and message. */
export function contractError(body: FakeRequestBody): { status: number; type: string; message: string } | undefined {
  const bad = (message: string) => ({ status: 400, type: 'invalid_request_error', message });
  if (typeof body.model !== 'string' || !KNOWN_MODELS.has(body.model)) return { status: 404, type: 'not_found_error', message: `model: ${String(body.model)}` };
  const contract = MODEL_CONTRACTS[body.model] ?? LENIENT;
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return bad('max_tokens: must be a positive integer');
  if (body.max_tokens > contract.maxOutputTokens) return bad(`max_tokens: ${body.max_tokens} > ${contract.maxOutputTokens}, which is the maximum allowed number of output tokens for ${body.model}`);
  if (!Array.isArray(body.messages) || body.messages.length === 0) return bad('messages: at least one message is required');
  const effort = body.output_config?.effort ?? contract.defaultEffort;
  if (!EFFORTS.includes(effort)) return bad(`output_config.effort: Input should be ${EFFORTS.map((e) => `'${e}'`).join(', ')}`);
  const choice = body.tool_choice?.type;
  if ((choice === 'any' || choice === 'tool') && !contract.forcedToolUse) {
    return bad(`tool_choice: forced tool use ("${choice}") is not supported on ${body.model}; use tool_choice "auto" or structured outputs (output_config.format)`);
  }
  const thinking = body.thinking?.type;
  if (thinking !== undefined && !contract.thinkingTypes.includes(thinking)) {
    return bad(thinking === 'disabled' ? `thinking.type: "disabled" is not supported on ${body.model}; use "between_tools" to turn off up-front thinking` : `thinking.type: "${thinking}" is not supported on ${body.model}`);
  }
  if (thinking === 'between_tools' && !contract.betweenToolsEfforts.includes(effort)) {
    return bad(`thinking.type "between_tools" is not supported at effort "${effort}"; use adaptive thinking for xhigh or max`);
  }
  const format = body.output_config?.format;
  if (format) {
    if (format.type !== 'json_schema') return bad(`output_config.format.type: Input should be 'json_schema'`);
    const problem = schemaProblem(format.schema, 'output_config.format.schema');
    if (problem) return bad(problem);
  }
  const inputTokens = promptSegments(body).reduce((n, s) => n + Math.ceil(s.text.length / 4), 0);
  if (inputTokens + body.max_tokens > contract.contextWindow) return bad(`prompt is too long: ${inputTokens} tokens + max_tokens ${body.max_tokens} > ${contract.contextWindow} maximum`);
  return undefined;
}

/** Keywords structured outputs do not take (the SDK moves them into `description`). */
const UNSUPPORTED_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'maxItems', 'not', 'if', 'then', 'else', 'patternProperties', 'propertyNames'];

/** The first reason the schema is outside the structured-outputs subset, if any. */
export function schemaProblem(schema: unknown, at: string): string | undefined {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return `${at}: must be a JSON schema object`;
  const s = schema as Record<string, unknown>;
  for (const keyword of UNSUPPORTED_KEYWORDS) if (keyword in s) return `${at}: '${keyword}' is not supported in structured outputs`;
  if (typeof s.minItems === 'number' && s.minItems > 1) return `${at}: minItems values other than 0 or 1 are not supported`;
  if (s.type === 'object') {
    if (s.additionalProperties !== false) return `${at}: For 'object' type, 'additionalProperties' must be explicitly set to false`;
    for (const [name, sub] of Object.entries((s.properties as Record<string, unknown>) ?? {})) {
      const problem = schemaProblem(sub, `${at}.properties.${name}`);
      if (problem) return problem;
    }
  }
  if (s.type === 'array' && s.items !== undefined) return schemaProblem(s.items, `${at}.items`);
  for (const list of ['anyOf', 'allOf'] as const) {
    if (Array.isArray(s[list])) {
      for (const [i, sub] of (s[list] as unknown[]).entries()) {
        const problem = schemaProblem(sub, `${at}.${list}[${i}]`);
        if (problem) return problem;
      }
    }
  }
  if (s.$defs && typeof s.$defs === 'object') {
    for (const [name, sub] of Object.entries(s.$defs as Record<string, unknown>)) {
      const problem = schemaProblem(sub, `${at}.$defs.${name}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

type Block = { type: 'thinking'; thinking: string; signature: string } | { type: 'text'; text: string };
interface FakeMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: Block[];
  stop_reason: string;
  stop_sequence: null;
  stop_details: null | { type: 'refusal'; category: null; explanation: string };
  usage: Record<string, unknown>;
}

/** The message the model would send: a thinking block, then the answer as JSON text. */
function composeMessage(body: FakeRequestBody, reply: Exclude<FakeReply, { kind: 'error' | 'hang' | 'hang-body' }>, id: string, cached: Set<string>): FakeMessage {
  const usage = simulateUsage(body, cached);
  const contract = MODEL_CONTRACTS[body.model] ?? LENIENT;
  const effort = body.output_config?.effort ?? contract.defaultEffort;
  const thinks = body.thinking?.type !== 'disabled' && body.thinking?.type !== 'between_tools';
  let thinkingTokens = thinks ? (reply.kind === 'answer' && reply.thinkingTokens !== undefined ? reply.thinkingTokens : (THINKING_TOKENS[effort] ?? 0)) : 0;
  thinkingTokens = Math.min(thinkingTokens, body.max_tokens);
  let text: string;
  let stop = 'end_turn';
  let details: FakeMessage['stop_details'] = null;
  if (reply.kind === 'refusal') {
    text = '';
    stop = 'refusal';
    details = { type: 'refusal', category: null, explanation: 'The request was declined.' };
  } else if (reply.kind === 'text') {
    text = reply.text;
  } else {
    text = JSON.stringify(reply.answer);
    if (reply.kind === 'cut') {
      text = text.slice(0, reply.at ?? Math.floor(text.length / 2));
      stop = 'max_tokens';
    } else if (reply.kind === 'context-window') {
      text = text.slice(0, Math.floor(text.length / 2));
      stop = 'model_context_window_exceeded';
    }
  }
  // Thinking spends the budget first; what is left of max_tokens bounds the answer.
  const room = (body.max_tokens - thinkingTokens) * 4;
  if (text.length > room) {
    text = text.slice(0, Math.max(0, room));
    stop = 'max_tokens';
  }
  // The default display on Sonnet 5.5 is "omitted": the thinking text is empty, the signature is not.
  const shown = body.thinking && 'display' in body.thinking && body.thinking.display === 'summarized' ? 'Reading the clauses against the sources.' : '';
  const content: Block[] = [];
  if (thinkingTokens > 0) content.push({ type: 'thinking', thinking: shown, signature: createHash('sha256').update(id).digest('base64') });
  if (text || stop !== 'refusal') content.push({ type: 'text', text });
  return {
    id,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content,
    stop_reason: stop,
    stop_sequence: null,
    stop_details: details,
    usage: { ...usage, output_tokens: thinkingTokens + Math.ceil(text.length / 4), output_tokens_details: { thinking_tokens: thinkingTokens } },
  };
}

/** The SSE events of a message, as the streaming API sends them. */
function streamEvents(message: FakeMessage): Array<[string, unknown]> {
  const events: Array<[string, unknown]> = [];
  events.push(['message_start', { type: 'message_start', message: { ...message, content: [], stop_reason: null, stop_details: null, usage: { ...message.usage, output_tokens: 1 } } }]);
  message.content.forEach((block, index) => {
    if (block.type === 'thinking') {
      events.push(['content_block_start', { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } }]);
      if (block.thinking) events.push(['content_block_delta', { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: block.thinking } }]);
      events.push(['content_block_delta', { type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: block.signature } }]);
    } else {
      events.push(['content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } }]);
      for (let i = 0; i < block.text.length; i += 40) {
        events.push(['content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text.slice(i, i + 40) } }]);
      }
    }
    events.push(['content_block_stop', { type: 'content_block_stop', index }]);
  });
  events.push(['message_delta', { type: 'message_delta', delta: { stop_reason: message.stop_reason, stop_sequence: null, stop_details: message.stop_details }, usage: { output_tokens: message.usage.output_tokens } }]);
  events.push(['message_stop', { type: 'message_stop' }]);
  return events;
}

function rateLimitHeaders(): Record<string, string> {
  const reset = new Date(Date.now() + 60_000).toISOString();
  return {
    'anthropic-ratelimit-requests-limit': '4000',
    'anthropic-ratelimit-requests-remaining': '3999',
    'anthropic-ratelimit-requests-reset': reset,
    'anthropic-ratelimit-input-tokens-limit': '2000000',
    'anthropic-ratelimit-input-tokens-remaining': '1990000',
    'anthropic-ratelimit-input-tokens-reset': reset,
    'anthropic-ratelimit-output-tokens-limit': '400000',
    'anthropic-ratelimit-output-tokens-remaining': '399000',
    'anthropic-ratelimit-output-tokens-reset': reset,
  };
}

function sendJson(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function sendError(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}, details?: { error_code: string }): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ type: 'error', error: { type, message, ...(details ? { details } : {}) } }));
}

function errorType(status: number): string {
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status === 400) return 'invalid_request_error';
  return 'api_error';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

/** A 429 as the API sends it when a limit is hit: retry-after in seconds. */
export function rateLimited(seconds = 60): FakeReply {
  return { kind: 'error', status: 429, message: 'Number of request tokens has exceeded your per-minute rate limit', headers: { 'retry-after': String(seconds), 'anthropic-ratelimit-requests-remaining': '0' } };
}

/**
 * The organization's monthly spend cap: a 429 rate_limit_error with no retry-after whose
 * error.details.error_code says so (learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/
 * anthropic-529-overloaded-error, "529, 429, or spend cap"; @anthropic-ai/sdk 1.14 maps
 * "429 enforced_spend_limit_reached" to EnforcedSpendLimitReachedError). Access resumes next month: not worth a retry.
 */
export function spendCapReached(): FakeReply {
  return { kind: 'error', status: 429, message: 'Your organization has reached its monthly usage limit.', details: { error_code: 'enforced_spend_limit_reached' } };
}

/** A burst of 529 overloaded answers: the first `n` calls of the script fail, the others go on. */
export function overloadedBurst(n: number, then: FakeScript): FakeScript {
  let left = n;
  return (call) => (left-- > 0 ? { kind: 'error', status: 529, message: 'Overloaded' } : then(call));
}

/** The request as an ordered list of prompt segments (tools, system blocks, message blocks). */
export function promptSegments(body: FakeRequestBody): Array<{ text: string; breakpoint: boolean }> {
  const segments: Array<{ text: string; breakpoint: boolean }> = [];
  for (const tool of body.tools ?? []) segments.push({ text: JSON.stringify(tool), breakpoint: Boolean(tool.cache_control) });
  if (body.output_config?.format) segments.push({ text: JSON.stringify(body.output_config.format), breakpoint: false });
  const system = typeof body.system === 'string' ? [{ type: 'text' as const, text: body.system }] : (body.system ?? []);
  for (const block of system) segments.push({ text: block.text, breakpoint: Boolean('cache_control' in block && block.cache_control) });
  for (const message of body.messages ?? []) {
    const blocks = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    for (const block of blocks) segments.push({ text: `${message.role}:${block.text ?? JSON.stringify(block)}`, breakpoint: Boolean(block.cache_control) });
  }
  return segments;
}

/** The text of the request up to and including its last cache breakpoint (the cached prefix). */
export function cachedPrefix(body: FakeRequestBody): string {
  const segments = promptSegments(body);
  let last = -1;
  segments.forEach((s, i) => {
    if (s.breakpoint) last = i;
  });
  return segments
    .slice(0, last + 1)
    .map((s) => s.text)
    .join('\u0000');
}

function simulateUsage(body: FakeRequestBody, cached: Set<string>) {
  const segments = promptSegments(body);
  const tokens = (text: string): number => Math.ceil(text.length / 4);
  const total = segments.reduce((n, s) => n + tokens(s.text), 0);
  let read = 0;
  let written = 0;
  let prefixText = '';
  let prefixTokens = 0;
  const hashes: Array<{ hash: string; tokens: number }> = [];
  for (const s of segments) {
    prefixText += `${s.text}\u0000`;
    prefixTokens += tokens(s.text);
    if (s.breakpoint) hashes.push({ hash: createHash('sha256').update(body.model).update(prefixText).digest('hex'), tokens: prefixTokens });
  }
  for (const h of hashes) if (cached.has(h.hash)) read = h.tokens;
  const longest = hashes.at(-1);
  if (longest && longest.tokens > read) written = longest.tokens - read;
  for (const h of hashes) cached.add(h.hash);
  return { input_tokens: total - read - written, cache_creation_input_tokens: written, cache_read_input_tokens: read };
}

/** The clauses of a request as the engine sent them (paragraph, path, text). */
export function clausesOf(body: FakeRequestBody): Array<{ paragraph: number; path: string; text: string }> {
  const last = body.messages.at(-1);
  const blocks = typeof last?.content === 'string' ? [{ type: 'text', text: last.content }] : (last?.content ?? []);
  const text = blocks.at(-1)?.text ?? '';
  const out: Array<{ paragraph: number; path: string; text: string }> = [];
  for (const m of text.matchAll(/<clause paragraph="(\d+)" path="([^"]*)"[^>]*>([\s\S]*?)<\/clause>/g)) {
    out.push({ paragraph: Number(m[1]), path: m[2]!, text: m[3]! });
  }
  return out;
}

/** The system prompt as one string. */
export function systemText(body: FakeRequestBody): string {
  return typeof body.system === 'string' ? body.system : (body.system ?? []).map((b) => b.text).join('\n');
}

/** The whole prompt as one string (system and message blocks). */
function promptText(body: FakeRequestBody): string {
  return promptSegments(body)
    .map((s) => s.text)
    .join('\n');
}

/** Source ids listed in the prompt ("[const2026:41.1] …" at the start of a line). */
export function sourceIdsOf(body: FakeRequestBody): string[] {
  return [...promptText(body).matchAll(/^(?:user:)?\[([^\]]+)\] /gm)].map((m) => m[1]!);
}
