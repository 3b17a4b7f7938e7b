/**
 * Client of the server's `/api/v1/monitor` for `zan monitor --server URL --token T`: the monitoring
 * candidates go in one request, their verdicts come back as one JSON answer. Errors are the review
 * client's (same codes and messages).
 */
import type { UiLanguage } from '../core/language';
import type { VerdictCandidate, VerdictResponse } from '../monitor/verdictProtocol';
import { ServerReviewError, codeForStatus, isKnown, serverErrorMessage } from './client';
import type { ReviewErrorCode } from './review';

export interface VerifyViaServerOptions {
  url: string;
  token: string;
  candidates: VerdictCandidate[];
  /** The Message Batch of an earlier request with the same candidates, to poll instead of submitting again. */
  batchId?: string;
  uiLanguage?: UiLanguage;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export async function verifyViaServer(options: VerifyViaServerOptions): Promise<VerdictResponse> {
  const lang = options.uiLanguage ?? 'ru';
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const fail = (code: ReviewErrorCode, status?: number, detail?: string): ServerReviewError =>
    new ServerReviewError(code, detail && code === 'invalid-request' ? `${serverErrorMessage(code, lang)}: ${detail}` : serverErrorMessage(code, lang), status);
  let response: Response;
  try {
    response = await doFetch(`${options.url.replace(/\/+$/, '')}/api/v1/monitor`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}`, accept: 'application/json' },
      body: JSON.stringify({ candidates: options.candidates, ...(options.batchId ? { batchId: options.batchId } : {}) }),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw fail('network');
  }
  const body = (await response.json().catch(() => undefined)) as (VerdictResponse & { error?: ReviewErrorCode; message?: string }) | undefined;
  if (!response.ok) {
    const code = body?.error && isKnown(body.error) ? body.error : codeForStatus(response.status);
    throw fail(code, response.status, body?.message);
  }
  if (!body || !Array.isArray(body.verdicts) || !Array.isArray(body.unverified) || !body.summary) throw fail('internal', response.status);
  return body;
}
