/** Starts the real server on a loopback port for a test (no inject(): see the report on cookie 2). */
import { buildServer, type ServerDeps, type ZanServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { ReviewEvent } from '../../src/protocol/review';

export const TOKEN_A = 'token-a-0123456789abcdef';
export const TOKEN_B = 'token-b-0123456789abcdef';
export const ADDIN_ORIGIN = 'https://addin.example.kz';

export interface Running {
  server: ZanServer;
  url: string;
  logs: string[];
}

export async function startServer(env: Record<string, string> = {}, deps: ServerDeps = {}): Promise<Running> {
  const logs: string[] = [];
  const config = loadConfig({
    ZAN_TOKENS: `${TOKEN_A},${TOKEN_B}`,
    ZAN_ALLOWED_ORIGINS: ADDIN_ORIGIN,
    ZAN_PORT: '0',
    ZAN_STATIC_DIR: 'no-such-dir-for-tests',
    ZAN_LOG_LEVEL: 'info',
    ...env,
  });
  const server = await buildServer(config, { logStream: { write: (line) => void logs.push(line) }, ...deps });
  const url = await server.listen();
  return { server, url, logs };
}

export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/v1/review`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN_A}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Reads an NDJSON response, noting when each event arrived. */
export async function readEvents(response: Response): Promise<Array<ReviewEvent & { at: number }>> {
  const events: Array<ReviewEvent & { at: number }> = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.trim()) events.push({ ...(JSON.parse(line) as ReviewEvent), at: Date.now() });
    }
  }
  return events;
}
