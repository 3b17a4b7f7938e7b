/**
 * Client of the review server for the CLI (`zan review --server URL --token T`) and the pane.
 * Uses the global fetch (Node 20 and browsers) and reads the NDJSON stream as it arrives.
 * No Node built-ins: safe for the pane bundle.
 */
import type { Act } from '../core/act/types';
import { errorGuard } from '../core/errors';
import { compareFindings, type Finding } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { SERVER_ERROR_CATALOGS, serverErrorTranslator } from '../i18n/serverErrors';
import { buildReviewRequest, parseEventLine, type ModelCheck, type ReviewErrorCode, type ReviewEvent, type ReviewRequestInput, type ReviewSummary } from './review';

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

export const isServerReviewError = errorGuard(ServerReviewError);

/** An error code the catalog words ("server.error.<code>"); anything else reads as "internal". */
export const isKnown = (code: string): code is ReviewErrorCode => `server.error.${code}` in SERVER_ERROR_CATALOGS.en;

/** The catalog's words for an error code, in the interface language. */
export function serverErrorMessage(code: ReviewErrorCode, lang: UiLanguage): string {
  return serverErrorTranslator(lang)(`server.error.${code}`);
}

/** Reviews an act on the server; resolves when the summary arrives. */
export async function reviewViaServer(options: ReviewViaServerOptions): Promise<ServerReview> {
  const request = options.request ?? (options.act ? buildReviewRequest(options.act, { checks: options.checks }) : undefined);
  if (!request) throw new TypeError('reviewViaServer: pass `act` or `request`');
  const lang: UiLanguage = options.uiLanguage ?? request.language;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const findings: Finding[] = [];
  const t = serverErrorTranslator(lang);
  const fail = (code: ReviewErrorCode, status?: number, detail?: string): ServerReviewError => {
    const text = t(`server.error.${code}`);
    return new ServerReviewError(code, detail && code === 'invalid-request' ? `${text}: ${detail}` : text, status, [...findings].sort(compareFindings));
  };

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
    const code = body?.error && isKnown(body.error) ? body.error : codeForStatus(response.status);
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
    if (event.type === 'error') throw fail(isKnown(event.code) ? event.code : 'internal', response.status);
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
    if (isServerReviewError(error) || options.signal?.aborted) throw error;
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
