/**
 * Backend settings of the pane: storage (partitioned inside Word), the URL rules, and "check
 * connection" against the real server (healthz, then the token) and against broken answers.
 */
import { BackendSettingsStore, SettingsStorageError, checkConnection, normalizeServerUrl, type KeyValueStorage } from '../../src/taskpane/settings';
import { ADDIN_ORIGIN, TOKEN_A, startServer, type Running } from '../server/start';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('BackendSettingsStore', () => {
  it('saves under Office’s partition key, keeps the saved token when none is typed, and clears', () => {
    const storage = memoryStorage();
    const store = new BackendSettingsStore(storage, 'part-1');
    expect(store.load()).toBeUndefined();
    store.save('https://zan.example.kz', 'secret-token');
    expect([...storage.data.keys()].sort()).toEqual(['part-1:zan.backend.token', 'part-1:zan.backend.url']);
    // Another partition (another add-in context) sees nothing.
    expect(new BackendSettingsStore(storage, 'part-2').load()).toBeUndefined();
    expect(store.save('https://zan2.example.kz')).toEqual({ url: 'https://zan2.example.kz', token: 'secret-token' });
    expect(store.savedUrl()).toBe('https://zan2.example.kz');
    expect(store.hasToken()).toBe(true);
    store.clear();
    expect(store.load()).toBeUndefined();
    expect(storage.data.size).toBe(0);
  });

  it('without partitioning uses plain keys, as the demo outside Word does', () => {
    const storage = memoryStorage();
    new BackendSettingsStore(storage).save('http://localhost:8787', 't');
    expect(storage.data.get('zan.backend.url')).toBe('http://localhost:8787');
  });

  it('reports a browser that refuses storage as a typed error, and reads nothing from it', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = new BackendSettingsStore(refusing);
    expect(store.load()).toBeUndefined();
    expect(() => store.save('https://zan.example.kz', 't')).toThrow(SettingsStorageError);
    expect(() => new BackendSettingsStore(undefined).save('https://zan.example.kz', 't')).toThrow(SettingsStorageError);
  });
});

describe('normalizeServerUrl', () => {
  it.each([
    ['https://zan.example.kz/', { url: 'https://zan.example.kz' }],
    ['  https://gov.kz/zan//  ', { url: 'https://gov.kz/zan' }],
    ['http://localhost:8787', { url: 'http://localhost:8787' }],
    ['http://127.0.0.1:8787/', { url: 'http://127.0.0.1:8787' }],
    ['', { problem: 'empty' }],
    ['zan.example.kz', { problem: 'invalid' }],
    ['ftp://zan.example.kz', { problem: 'invalid' }],
    ['https://user:pw@zan.example.kz', { problem: 'invalid' }],
    ['https://zan.example.kz/?token=x', { problem: 'invalid' }],
    ['http://zan.example.kz', { problem: 'insecure' }],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeServerUrl(raw)).toEqual(expected);
  });
});

describe('checkConnection against the real server', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s?.server.shutdown();
  });

  it('accepts a known token: the server runs local checks only without an API key', async () => {
    await expect(checkConnection({ url: s.url, token: TOKEN_A })).resolves.toEqual({ kind: 'ok', engine: 'local' });
  });

  it('tells a wrong token apart from a wrong address', async () => {
    await expect(checkConnection({ url: s.url, token: 'not-a-token' })).resolves.toEqual({ kind: 'unauthorized' });
    await expect(checkConnection({ url: `${s.url}/no-such-prefix`, token: TOKEN_A })).resolves.toEqual({ kind: 'not-zan', status: 404 });
  });

  it('reports a page origin the server does not admit', async () => {
    const fromEvilPage: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: 'https://evil.example.com' } });
    await expect(checkConnection({ url: s.url, token: TOKEN_A }, { fetch: fromEvilPage })).resolves.toEqual({ kind: 'forbidden-origin' });
    const fromAddin: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), origin: ADDIN_ORIGIN } });
    await expect(checkConnection({ url: s.url, token: TOKEN_A }, { fetch: fromAddin })).resolves.toEqual({ kind: 'ok', engine: 'local' });
  });

  it('never puts the token into the server log', () => {
    expect(s.logs.join('\n')).not.toContain(TOKEN_A);
  });
});

describe('checkConnection on broken answers', () => {
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('no answer is a network problem; a closed port too', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(checkConnection({ url: 'https://zan.example.kz', token: 't' }, { fetch: refused })).resolves.toEqual({ kind: 'network' });
    await expect(checkConnection({ url: 'http://127.0.0.1:1', token: 't' })).resolves.toEqual({ kind: 'network' });
  });

  it('a hung server times out as a network problem', async () => {
    const hung: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(checkConnection({ url: 'https://zan.example.kz', token: 't' }, { fetch: hung, timeoutMs: 20 })).resolves.toEqual({ kind: 'network' });
  });

  it('a web page that is not Zan, an unhealthy server, and the model engine', async () => {
    const answer = (health: Response, api?: Response): typeof fetch => async (input) => (String(input).endsWith('/healthz') ? health : api ?? json(400, { error: 'invalid-request' }));
    const settings = { url: 'https://zan.example.kz', token: 't' };
    await expect(checkConnection(settings, { fetch: answer(new Response('<html></html>', { status: 200 })) })).resolves.toEqual({ kind: 'not-zan', status: 200 });
    await expect(checkConnection(settings, { fetch: answer(json(200, { ok: false, engine: 'model' })) })).resolves.toEqual({ kind: 'unavailable' });
    await expect(checkConnection(settings, { fetch: answer(json(503, {})) })).resolves.toEqual({ kind: 'unavailable' });
    await expect(checkConnection(settings, { fetch: answer(json(200, { ok: true, engine: 'model', model: 'claude-x' })) })).resolves.toEqual({ kind: 'ok', engine: 'model', model: 'claude-x' });
    await expect(checkConnection(settings, { fetch: answer(json(200, { ok: true, engine: 'model' }), json(429, {})) })).resolves.toEqual({ kind: 'rate-limited' });
  });
});
