/**
 * The backend settings of the pane (server URL and access token): where they are kept, how the URL
 * is checked, and the "check connection" probe. Plain TypeScript, no React, no Office: the pane
 * passes in its storage (with Office's partition key inside Word) and `fetch`.
 *
 * Where: localStorage, under Office's partition key when Word provides one. Not Office's document
 * settings (they travel inside the .docx, so anyone given the draft would get the token) and not
 * RoamingSettings (Outlook only, and not meant for credentials either).
 * The token is never returned to the interface once saved and never written to a log.
 */

export interface BackendSettings {
  /** Base URL of the Zan server, without a trailing slash, e.g. "https://zan.example.kz". */
  url: string;
  token: string;
}

/** The part of Web Storage the store uses (localStorage, or a map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const URL_KEY = 'zan.backend.url';
const TOKEN_KEY = 'zan.backend.token';

/** Raised when the browser refuses storage (private mode, blocked cookies). */
export class SettingsStorageError extends Error {
  readonly code = 'settings-storage';
  constructor() {
    super('The browser does not allow this page to store settings.');
    this.name = 'SettingsStorageError';
  }
}

export class BackendSettingsStore {
  private readonly prefix: string;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    partitionKey?: string,
  ) {
    this.prefix = partitionKey ? `${partitionKey}:` : '';
  }

  /** The saved settings, or undefined when none (or storage is unavailable). */
  load(): BackendSettings | undefined {
    try {
      const url = this.storage?.getItem(this.prefix + URL_KEY)?.trim();
      const token = this.storage?.getItem(this.prefix + TOKEN_KEY)?.trim();
      return url && token ? { url, token } : undefined;
    } catch {
      return undefined;
    }
  }

  /** The saved URL alone, for the form (the token is never handed back to the interface). */
  savedUrl(): string | undefined {
    try {
      return this.storage?.getItem(this.prefix + URL_KEY)?.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  hasToken(): boolean {
    try {
      return Boolean(this.storage?.getItem(this.prefix + TOKEN_KEY)?.trim());
    } catch {
      return false;
    }
  }

  /** Saves the URL, and the token when one is given (an empty token keeps the saved one). */
  save(url: string, token?: string): BackendSettings {
    if (!this.storage) throw new SettingsStorageError();
    try {
      this.storage.setItem(this.prefix + URL_KEY, url);
      if (token) this.storage.setItem(this.prefix + TOKEN_KEY, token);
    } catch {
      throw new SettingsStorageError();
    }
    const saved = this.load();
    if (!saved) throw new SettingsStorageError();
    return saved;
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.prefix + URL_KEY);
      this.storage?.removeItem(this.prefix + TOKEN_KEY);
    } catch {
      // Nothing stored then.
    }
  }
}

/** localStorage when the browser allows it (reading the property itself may throw). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export type UrlProblem = 'empty' | 'invalid' | 'insecure';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The server URL as the pane will use it: https (http only on this machine, for a local server),
 * no credentials, query or fragment, no trailing slash. A path prefix is kept (reverse proxies).
 */
export function normalizeServerUrl(raw: string): { url: string } | { problem: UrlProblem } {
  const text = raw.trim();
  if (!text) return { problem: 'empty' };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { problem: 'invalid' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { problem: 'invalid' };
  if (u.username || u.password || u.search || u.hash) return { problem: 'invalid' };
  if (u.protocol === 'http:' && !LOOPBACK.has(u.hostname)) return { problem: 'insecure' };
  return { url: `${u.origin}${u.pathname.replace(/\/+$/, '')}` };
}

/** What "check connection" found, for the user. */
export type ConnectionCheck =
  /** The server answers, is Zan, and accepts the token. */
  | { kind: 'ok'; engine: 'model' | 'local'; model?: string }
  /** The server answers but refuses the token. */
  | { kind: 'unauthorized' }
  /** The server refuses this page's origin. */
  | { kind: 'forbidden-origin' }
  | { kind: 'rate-limited' }
  /** The server is shutting down or unhealthy. */
  | { kind: 'unavailable' }
  /** Something answers, but not a Zan server. */
  | { kind: 'not-zan'; status?: number }
  /** No answer: wrong address, no network, or the browser blocked it (CORS: origin not allowed). */
  | { kind: 'network' };

export interface CheckOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * GET /healthz (is it a Zan server, is it healthy, which engine), then, when it is, whether the
 * token opens the API: an empty review request is refused with 401 before its body is read when
 * the token is wrong, and with 400 (invalid request) when it is right. No review runs, no model
 * tokens are spent.
 */
export async function checkConnection(settings: BackendSettings, options: CheckOptions = {}): Promise<ConnectionCheck> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const request = async (path: string, init: RequestInit = {}): Promise<Response | undefined> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await doFetch(`${settings.url}${path}`, { ...init, signal: controller.signal });
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  const health = await request('/healthz', { headers: { accept: 'application/json' } });
  if (!health) return { kind: 'network' };
  if (health.status === 503) return { kind: 'unavailable' };
  if (!health.ok) return { kind: 'not-zan', status: health.status };
  const body = (await health.json().catch(() => undefined)) as { ok?: unknown; engine?: unknown; model?: unknown } | undefined;
  if (!body || typeof body.ok !== 'boolean' || (body.engine !== 'model' && body.engine !== 'local')) return { kind: 'not-zan', status: health.status };
  if (!body.ok) return { kind: 'unavailable' };

  const api = await request('/api/v1/review', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${settings.token}` },
    body: '{}',
  });
  if (!api) return { kind: 'network' };
  if (api.status === 401) return { kind: 'unauthorized' };
  if (api.status === 403) return { kind: 'forbidden-origin' };
  if (api.status === 429) return { kind: 'rate-limited' };
  if (api.status === 503) return { kind: 'unavailable' };
  if (api.status !== 400) return { kind: 'not-zan', status: api.status };
  return { kind: 'ok', engine: body.engine, ...(typeof body.model === 'string' ? { model: body.model } : {}) };
}
