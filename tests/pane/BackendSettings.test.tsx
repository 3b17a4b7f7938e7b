/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { App } from '../../src/taskpane/App';
import { demoFromText } from '../../src/taskpane/demo';
import { ReviewSession, type ModelEngine } from '../../src/taskpane/session';
import { BackendSettingsStore, type BackendSettings, type ConnectionCheck, type KeyValueStorage } from '../../src/taskpane/settings';
import { handEngine } from './handEngine';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow its actions.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const SAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'samples', 'sample-ru.txt'), 'utf8');
const TOKEN = 'tok-3f9a1c77e2d04b58a6';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** The pane with its settings section open; the model engine follows the saved settings as in index.tsx. */
function renderPane(options: { saved?: BackendSettings; check?: (s: BackendSettings) => Promise<ConnectionCheck> } = {}) {
  const storage = memoryStorage();
  const store = new BackendSettingsStore(storage, 'partition');
  if (options.saved) store.save(options.saved.url, options.saved.token);
  const demo = demoFromText(SAMPLE, 'ru');
  const used: BackendSettings[] = [];
  const engineFor = (s: BackendSettings | undefined): ModelEngine | undefined =>
    s &&
    (async (_act, onEvent) => {
      used.push(s);
      onEvent({ type: 'start', engine: 'model', units: 9, batches: 1 });
    });
  const session = new ReviewSession({ host: demo.host, local: handEngine, model: engineFor(store.load()), language: () => 'ru' });
  const check = jest.fn(options.check ?? (async (): Promise<ConnectionCheck> => ({ kind: 'ok', engine: 'model', model: 'claude-sonnet' })));
  const onChange = jest.fn((s: BackendSettings | undefined) => session.setModel(engineFor(s)));
  render(<App session={session} canDecide language="ru" settings={{ store, onChange, check, origin: 'https://localhost:3000' }} />);
  fireEvent.click(screen.getByRole('button', { name: 'Настройки' }));
  const section = screen.getByRole('region', { name: 'Сервер проверки моделью' });
  return { storage, store, session, check, onChange, used, section };
}

const urlInput = (section: HTMLElement) => within(section).getByLabelText('Адрес сервера') as HTMLInputElement;
const tokenInput = (section: HTMLElement) => within(section).getByLabelText('Токен доступа') as HTMLInputElement;

describe('backend settings in the pane', () => {
  let logged: jest.SpyInstance[];
  beforeEach(() => {
    logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
  });
  afterEach(() => {
    // The token is never written to the console, whatever the test did.
    for (const spy of logged) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain(TOKEN);
      spy.mockRestore();
    }
  });

  it('opens from the header, and closes again', () => {
    renderPane();
    const toggle = screen.getByRole('button', { name: 'Настройки' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.queryByRole('region', { name: 'Сервер проверки моделью' })).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('refuses an address without https and a missing token, saving nothing', () => {
    const { section, storage, onChange } = renderPane();
    fireEvent.change(urlInput(section), { target: { value: 'http://zan.example.kz' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Сохранить' }));
    expect(within(section).getByText(/Адрес должен начинаться с https:\/\//)).toBeTruthy();
    expect(within(section).getByText('Укажите токен доступа.')).toBeTruthy();
    expect(storage.data.size).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('saves the address and token, then shows the token only as a mask and switches the model engine on', async () => {
    const { section, storage, onChange, session, used } = renderPane();
    fireEvent.change(urlInput(section), { target: { value: 'https://zan.example.kz/' } });
    fireEvent.change(tokenInput(section), { target: { value: TOKEN } });
    fireEvent.click(within(section).getByRole('button', { name: 'Сохранить' }));

    expect(storage.data.get('partition:zan.backend.url')).toBe('https://zan.example.kz');
    expect(storage.data.get('partition:zan.backend.token')).toBe(TOKEN);
    expect(onChange).toHaveBeenCalledWith({ url: 'https://zan.example.kz', token: TOKEN });
    // The token is gone from the form and from the page; a hint says one is saved.
    expect(tokenInput(section).value).toBe('');
    expect(tokenInput(section).type).toBe('password');
    expect(document.body.innerHTML).not.toContain(TOKEN);
    expect(within(section).getByText('Токен сохранён и скрыт. Чтобы заменить его, введите новый.')).toBeTruthy();
    expect(urlInput(section).value).toBe('https://zan.example.kz');

    await act(async () => {
      await session.review();
    });
    expect(used).toEqual([{ url: 'https://zan.example.kz', token: TOKEN }]);
  });

  it('checks the connection with the saved token when none is typed, and words each outcome', async () => {
    const outcomes: ConnectionCheck[] = [
      { kind: 'ok', engine: 'model', model: 'claude-sonnet' },
      { kind: 'ok', engine: 'local' },
      { kind: 'unauthorized' },
      { kind: 'network' },
      { kind: 'not-zan', status: 404 },
    ];
    const expected = [
      'Подключение установлено: сервер проверяет моделью claude-sonnet, токен принят.',
      /модель на сервере не настроена/,
      /токен не принят/,
      /Сервер не отвечает.*https:\/\/localhost:3000 в ZAN_ALLOWED_ORIGINS/,
      /не сервер Zan \(HTTP 404\)/,
    ];
    let next = 0;
    const { section, check } = renderPane({ saved: { url: 'https://zan.example.kz', token: TOKEN }, check: async () => outcomes[next++] });
    expect(urlInput(section).value).toBe('https://zan.example.kz');
    expect(tokenInput(section).value).toBe('');
    for (const text of expected) {
      await act(async () => {
        fireEvent.click(within(section).getByRole('button', { name: 'Проверить подключение' }));
      });
      await waitFor(() => expect(within(section).getByText(text)).toBeTruthy());
    }
    expect(check).toHaveBeenCalledTimes(outcomes.length);
    expect(check).toHaveBeenLastCalledWith({ url: 'https://zan.example.kz', token: TOKEN });
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });

  it('checks a typed token before it is saved, without saving it', async () => {
    const { section, check, storage } = renderPane({ saved: { url: 'https://zan.example.kz', token: 'old-token' } });
    fireEvent.change(tokenInput(section), { target: { value: TOKEN } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Проверить подключение' }));
    });
    expect(check).toHaveBeenCalledWith({ url: 'https://zan.example.kz', token: TOKEN });
    expect(storage.data.get('partition:zan.backend.token')).toBe('old-token');
  });

  it('removes the settings: only local checks from then on', async () => {
    const { section, storage, onChange, session, used } = renderPane({ saved: { url: 'https://zan.example.kz', token: TOKEN } });
    fireEvent.click(within(section).getByRole('button', { name: 'Удалить настройки' }));
    expect(storage.data.size).toBe(0);
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(urlInput(section).value).toBe('');
    expect(within(section).getByText('Настройки удалены: выполняются только локальные проверки.')).toBeTruthy();
    await act(async () => {
      await session.review();
    });
    expect(used).toEqual([]);
  });
});
