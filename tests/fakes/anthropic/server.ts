/**
 * A local fake of the Anthropic Messages API on loopback, driven by the real SDK through
 * `baseURL`. A script decides each answer: a tool-use answer (streamed as SSE or as JSON), an
 * error status with headers (429/529/500 + retry-after), latency, a hang (for timeouts), text
 * with no tool call, or tool input that is not valid JSON. Every request is recorded.
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
}

/** The parts of a Messages request the fake reads. */
export interface FakeRequestBody {
  model: string;
  stream?: boolean;
  max_tokens: number;
  tools?: Array<Record<string, unknown>>;
  tool_choice?: { type: string; name?: string };
  system?: string | Array<{ type: 'text'; text: string; cache_control?: unknown }>;
  messages: Array<{ role: string; content: string | Array<{ type: string; text?: string; cache_control?: unknown }> }>;
}

export type FakeReply =
  | { kind: 'tool'; input: unknown; latencyMs?: number; stopReason?: 'tool_use' | 'max_tokens'; name?: string }
  | { kind: 'text'; text: string; latencyMs?: number }
  /** Tool input sent as this exact string (e.g. broken JSON). */
  | { kind: 'raw-tool-json'; json: string; latencyMs?: number }
  | { kind: 'error'; status: number; type?: string; message?: string; headers?: Record<string, string>; latencyMs?: number }
  /** Headers are sent, then nothing: the client's deadline must end it. */
  | { kind: 'hang-body' }
  /** Nothing is sent at all. */
  | { kind: 'hang' };

export type FakeScript = (call: FakeCall) => FakeReply | Promise<FakeReply>;

export interface FakeAnthropicOptions {
  script: FakeScript;
  /** Key the fake accepts (Bearer or x-api-key); any other gets 401. */
  apiKey: string;
  /** Added to every answer unless the reply sets its own. */
  latencyMs?: number;
}

export interface FakeAnthropic {
  url: string;
  calls: FakeCall[];
  setScript(script: FakeScript): void;
  /** Calls whose answer has been sent in full. */
  answered(): number;
  close(): Promise<void>;
}

export async function startFakeAnthropic(options: FakeAnthropicOptions): Promise<FakeAnthropic> {
  let script = options.script;
  const calls: FakeCall[] = [];
  const cachedPrefixes = new Set<string>();
  const open = new Set<ServerResponse>();
  let answered = 0;

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
    if (req.method !== 'POST' || !req.url?.startsWith('/v1/messages')) {
      return sendError(res, 404, 'not_found_error', 'not found');
    }
    const auth = req.headers.authorization;
    const key = auth?.startsWith('Bearer ') ? auth.slice(7) : (req.headers['x-api-key'] as string | undefined);
    if (key !== options.apiKey) return sendError(res, 401, 'authentication_error', 'invalid x-api-key');
    const body = JSON.parse(raw) as FakeRequestBody;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
    const call: FakeCall = { index: calls.length, headers, body, receivedAt: Date.now() };
    calls.push(call);
    const reply = await script(call);
    if (reply.kind === 'hang') return;
    await delay(('latencyMs' in reply ? reply.latencyMs : undefined) ?? options.latencyMs ?? 0);
    if (res.destroyed) return;
    if (reply.kind === 'error') {
      return sendError(res, reply.status, reply.type ?? errorType(reply.status), reply.message ?? 'scripted error', reply.headers);
    }
    if (reply.kind === 'hang-body') {
      res.writeHead(200, body.stream ? { 'content-type': 'text/event-stream' } : { 'content-type': 'application/json' });
      res.flushHeaders();
      return;
    }
    const usage = simulateUsage(body, cachedPrefixes);
    const id = `msg_fake_${call.index}`;
    const content =
      reply.kind === 'text'
        ? [{ type: 'text', text: reply.text }]
        : [{ type: 'tool_use', id: `toolu_fake_${call.index}`, name: reply.kind === 'tool' ? (reply.name ?? 'report_findings') : 'report_findings', input: {} }];
    const json = reply.kind === 'tool' ? JSON.stringify(reply.input) : reply.kind === 'raw-tool-json' ? reply.json : undefined;
    const stopReason = reply.kind === 'tool' ? (reply.stopReason ?? 'tool_use') : reply.kind === 'text' ? 'end_turn' : 'tool_use';
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      const send = (event: string, data: unknown): void => {
        res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      send('message_start', {
        type: 'message_start',
        message: { id, type: 'message', role: 'assistant', model: body.model, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } },
      });
      const block = content[0]!;
      if (block.type === 'text') {
        send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
        send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: (block as { text: string }).text } });
      } else {
        send('content_block_start', { type: 'content_block_start', index: 0, content_block: { ...block, input: {} } });
        for (let i = 0; i < (json ?? '').length; i += 40) {
          send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: json!.slice(i, i + 40) } });
        }
      }
      send('content_block_stop', { type: 'content_block_stop', index: 0 });
      send('message_delta', { type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: Math.ceil((json ?? '').length / 4) } });
      send('message_stop', { type: 'message_stop' });
      answered++;
      res.end();
      return;
    }
    // Non-streaming: the whole message as JSON (broken tool JSON makes the whole body broken).
    const message = {
      id,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: content.map((b) => (b.type === 'tool_use' ? { ...b, input: '__INPUT__' } : b)),
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { ...usage, output_tokens: Math.ceil((json ?? '').length / 4) },
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    answered++;
    res.end(JSON.stringify(message).replace('"__INPUT__"', json ?? '{}'));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
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

function sendError(res: ServerResponse, status: number, type: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ type: 'error', error: { type, message } }));
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

/** The request as an ordered list of prompt segments (tools, system blocks, message blocks). */
export function promptSegments(body: FakeRequestBody): Array<{ text: string; breakpoint: boolean }> {
  const segments: Array<{ text: string; breakpoint: boolean }> = [];
  for (const tool of body.tools ?? []) segments.push({ text: JSON.stringify(tool), breakpoint: Boolean(tool.cache_control) });
  const system = typeof body.system === 'string' ? [{ type: 'text' as const, text: body.system }] : (body.system ?? []);
  for (const block of system) segments.push({ text: block.text, breakpoint: Boolean('cache_control' in block && block.cache_control) });
  for (const message of body.messages) {
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
    if (s.breakpoint) hashes.push({ hash: createHash('sha256').update(prefixText).digest('hex'), tokens: prefixTokens });
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
  for (const m of text.matchAll(/<clause paragraph="(\d+)" path="([^"]*)">([\s\S]*?)<\/clause>/g)) {
    out.push({ paragraph: Number(m[1]), path: m[2]!, text: m[3]! });
  }
  return out;
}

/** The system prompt as one string. */
export function systemText(body: FakeRequestBody): string {
  return typeof body.system === 'string' ? body.system : (body.system ?? []).map((b) => b.text).join('\n');
}

/** Source ids listed in the system prompt ("[const2026:41.1] …"). */
export function sourceIdsOf(body: FakeRequestBody): string[] {
  return [...systemText(body).matchAll(/^\[([^\]]+)\] /gm)].map((m) => m[1]!);
}
