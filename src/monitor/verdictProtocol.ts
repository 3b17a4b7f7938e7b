/**
 * The wire format of `/api/v1/monitor`: monitoring candidates sent to the model for a reasoned
 * verdict. Pure TypeScript + zod (no Node built-ins). A candidate carries the act's words and what
 * it is to be checked against (a Court resolution by number, the 2026 provisions by id); the server
 * puts the texts of those sources into the prompt from its own corpus, never from the request.
 */
import { z } from 'zod';

export const CANDIDATE_KINDS = ['court-resolution', 'constitution-citation'] as const;

export interface VerdictLimits {
  maxCandidates: number;
  maxTextChars: number;
}

export const DEFAULT_VERDICT_LIMITS: VerdictLimits = { maxCandidates: 2000, maxTextChars: 20_000 };

export function verdictRequestSchema(limits: VerdictLimits = DEFAULT_VERDICT_LIMITS) {
  const candidate = z.object({
    /** Letters, digits, "_" and "-": it becomes part of a Message Batches custom_id. */
    id: z.string().regex(/^[a-zA-Z0-9_-]{1,48}$/, { message: 'a candidate id is 1–48 letters, digits, "_" or "-"' }),
    kind: z.enum(CANDIDATE_KINDS),
    language: z.enum(['ru', 'kk']),
    /** The act's title, for the model's orientation. */
    act: z.string().max(2000),
    /** The paragraph of the act the candidate is about. */
    text: z.string().min(1).max(limits.maxTextChars),
    /** What the local engine says (the claim to confirm or not). */
    claim: z.string().max(5000),
    /** A Court resolution's number ("29-НП"), for court-resolution candidates. */
    resolution: z.string().max(100).optional(),
    /** Corpus ids the claim rests on ("const1995:41.4", "const2026:43"). */
    sources: z.array(z.string().max(100)).max(20).default([]),
  });
  return z
    .object({
      candidates: z.array(candidate).min(1, { message: 'no candidates' }).max(limits.maxCandidates, { message: `more than ${limits.maxCandidates} candidates in one request` }),
      /** A Message Batch of an earlier request with the same candidates (it ran past the deadline): polled, not submitted again. */
      batchId: z.string().regex(/^[a-zA-Z0-9_-]{1,200}$/).optional(),
    })
    .superRefine((req, ctx) => {
      const seen = new Set<string>();
      for (const c of req.candidates) {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: `candidate ${c.id} is sent twice`, path: ['candidates'] });
        seen.add(c.id);
      }
    });
}

export type VerdictRequest = z.infer<ReturnType<typeof verdictRequestSchema>>;
export type VerdictCandidate = VerdictRequest['candidates'][number];

/** Why a candidate got no verdict. */
export type UnverifiedReason = 'refusal' | 'max_tokens' | 'context_window' | 'unparseable' | 'upstream' | 'deadline' | 'ungrounded' | 'no-verdict';

export interface Verdict {
  id: string;
  status: 'confirmed' | 'not-confirmed';
  /** The model's reason, in the candidate's language. */
  reason: string;
  /** Corpus ids the verdict cites (checked: given to the model and known to the corpus). */
  citations: string[];
  /** Words of a cited source, verbatim (checked in code). */
  sourceQuote: string;
}

export interface Unverified {
  id: string;
  reason: UnverifiedReason;
}

export interface VerdictSummary {
  model: string;
  /** 'batches' when the Message Batches API was used. */
  via: 'messages' | 'batches';
  batchId?: string;
  candidates: number;
  checked: number;
  failed: number;
  calls: number;
  inputTokens: number;
  cachedTokens: number;
  outputTokens: number;
  /** Verdicts dropped by grounding (unknown source, words not in the source, wrong language, unknown id). */
  dropped: number;
}

export interface VerdictResponse {
  verdicts: Verdict[];
  unverified: Unverified[];
  summary: VerdictSummary;
}
