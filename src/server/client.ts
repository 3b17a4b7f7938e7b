/**
 * Client of the review server for the CLI (`zan review --server URL --token T`) and the pane.
 * Uses the global fetch (Node 20 and browsers) and reads the NDJSON stream as it arrives.
 * No Node built-ins: safe for the pane bundle.
 */
import type { Act } from '../core/act/types';
import { compareFindings, type Finding } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { buildReviewRequest, parseEventLine, type ModelCheck, type ReviewErrorCode, type ReviewEvent, type ReviewRequestInput, type ReviewSummary } from './protocol';

export interface ReviewViaServerOptions {
  /** Base URL of the server, e.g. "https://zan.example.kz". */
  url: string;
  token: string;
  /** The parsed act; or pass `request` to send a prepared request. */
  act?: Act;
  request?: ReviewRequestInput;
  checks?: ModelCheck[];
  onEvent?: (event: ReviewEvent) => void;
  signal?: AbortSignal;
  /** Language of error messages (defaults to the act's). */
  uiLanguage?: UiLanguage;
  fetch?: typeof fetch;
}

export interface ServerReview {
  /** Every finding received, in document order. */
  findings: Finding[];
  summary: ReviewSummary;
}

/** What went wrong, worded for the user; `code` for programs. */
export class ServerReviewError extends Error {
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    readonly status?: number,
    /** Findings that arrived before the failure (a stream cut short keeps them). */
    readonly partial: Finding[] = [],
  ) {
    super(message);
    this.name = 'ServerReviewError';
  }
}

export const MESSAGES: Record<ReviewErrorCode, Record<UiLanguage, string>> = {
  'invalid-request': { ru: 'Сервер отклонил запрос на проверку', kk: 'Сервер тексеру сұрауын қабылдамады', en: 'The server rejected the review request' },
  unauthorized: {
    ru: 'Нет доступа к серверу проверки: проверьте адрес сервера и токен доступа в настройках.',
    kk: 'Тексеру серверіне қол жеткізу жоқ: баптаулардағы сервер мекенжайы мен қол жеткізу токенін тексеріңіз.',
    en: 'No access to the review server: check the server address and access token in the settings.',
  },
  'forbidden-origin': {
    ru: 'Эта страница не допущена к серверу проверки: администратору нужно добавить её адрес в ZAN_ALLOWED_ORIGINS.',
    kk: 'Бұл бетке тексеру серверіне рұқсат жоқ: әкімші оның мекенжайын ZAN_ALLOWED_ORIGINS тізіміне қосуы керек.',
    en: 'This page may not use the review server: the administrator must add its origin to ZAN_ALLOWED_ORIGINS.',
  },
  'too-large': {
    ru: 'Проект слишком велик для одного запроса: проверьте его по частям или попросите администратора увеличить лимит.',
    kk: 'Жоба бір сұрау үшін тым үлкен: оны бөліктермен тексеріңіз немесе әкімшіден шекті ұлғайтуды сұраңыз.',
    en: 'The draft is too large for one request: review it in parts or ask the administrator to raise the limit.',
  },
  'rate-limited': {
    ru: 'Слишком много проверок за короткое время. Подождите минуту и повторите.',
    kk: 'Қысқа уақытта тым көп тексеру. Бір минут күтіп, қайталаңыз.',
    en: 'Too many reviews in a short time. Wait a minute and try again.',
  },
  busy: { ru: 'Сервер проверки занят. Повторите чуть позже.', kk: 'Тексеру сервері бос емес. Сәл кейінірек қайталаңыз.', en: 'The review server is busy. Try again shortly.' },
  timeout: {
    ru: 'Проверка заняла слишком много времени и была остановлена; полученные замечания сохранены.',
    kk: 'Тексеру тым ұзаққа созылып, тоқтатылды; алынған ескертулер сақталды.',
    en: 'The review took too long and was stopped; the findings received are kept.',
  },
  'shutting-down': { ru: 'Сервер проверки перезапускается. Повторите через минуту.', kk: 'Тексеру сервері қайта іске қосылуда. Бір минуттан кейін қайталаңыз.', en: 'The review server is restarting. Try again in a minute.' },
  upstream: {
    ru: 'Сервис модели недоступен. Повторите позже; локальные проверки работают.',
    kk: 'Модель сервисі қолжетімсіз. Кейінірек қайталаңыз; жергілікті тексерулер жұмыс істейді.',
    en: 'The model service is unavailable. Try again later; the local checks still work.',
  },
  'local-engine': { ru: 'Локальные проверки не удалось выполнить на сервере.', kk: 'Жергілікті тексерулерді серверде орындау мүмкін болмады.', en: 'The local checks could not run on the server.' },
  network: {
    ru: 'Сервер проверки недоступен: проверьте адрес сервера и подключение к сети.',
    kk: 'Тексеру сервері қолжетімсіз: сервер мекенжайы мен желіге қосылуды тексеріңіз.',
    en: 'The review server cannot be reached: check the server address and the network connection.',
  },
  internal: { ru: 'Сбой сервера проверки. Повторите; если повторится, сообщите администратору.', kk: 'Тексеру серверінің ақауы. Қайталаңыз; қайталанса, әкімшіге хабарлаңыз.', en: 'The review server failed. Try again; if it repeats, tell the administrator.' },
};

/** Reviews an act on the server; resolves when the summary arrives. */
export async function reviewViaServer(options: ReviewViaServerOptions): Promise<ServerReview> {
  const request = options.request ?? (options.act ? buildReviewRequest(options.act, { checks: options.checks }) : undefined);
  if (!request) throw new TypeError('reviewViaServer: pass `act` or `request`');
  const lang: UiLanguage = options.uiLanguage ?? request.language;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const findings: Finding[] = [];
  const fail = (code: ReviewErrorCode, status?: number, detail?: string): ServerReviewError =>
    new ServerReviewError(code, detail && code === 'invalid-request' ? `${MESSAGES[code][lang]}: ${detail}` : MESSAGES[code][lang], status, [...findings].sort(compareFindings));

  let response: Response;
  try {
    response = await doFetch(`${options.url.replace(/\/+$/, '')}/api/v1/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}`, accept: 'application/x-ndjson' },
      body: JSON.stringify(request),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw fail('network');
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => undefined)) as { error?: ReviewErrorCode; message?: string } | undefined;
    const code = body?.error && body.error in MESSAGES ? body.error : codeForStatus(response.status);
    throw fail(code, response.status, body?.message);
  }

  let summary: ReviewSummary | undefined;
  const handle = (line: string): void => {
    if (!line.trim()) return;
    let event: ReviewEvent;
    try {
      event = parseEventLine(line);
    } catch {
      throw fail('internal', response.status);
    }
    if (event.type === 'findings') findings.push(...event.findings);
    if (event.type === 'summary') summary = event.summary;
    options.onEvent?.(event);
    if (event.type === 'error') throw fail(event.code in MESSAGES ? event.code : 'internal', response.status);
  };

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        handle(line);
      }
    }
    handle(buffer + decoder.decode());
  } catch (error) {
    void reader.cancel().catch(() => {});
    if (error instanceof ServerReviewError || options.signal?.aborted) throw error;
    throw fail('network', response.status);
  }
  // The stream ended without a summary: the connection was cut.
  if (!summary) throw fail('network', response.status);
  return { findings: findings.sort(compareFindings), summary };
}

export function codeForStatus(status: number): ReviewErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden-origin';
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'shutting-down';
  if (status >= 400 && status < 500) return 'invalid-request';
  return 'internal';
}
