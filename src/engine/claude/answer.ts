/**
 * The model's answer: one zod schema is the source of truth. The JSON schema sent as
 * `output_config.format` is derived from it once (the SDK's zodOutputFormat: z.toJSONSchema plus the
 * SDK's own reduction to the structured-outputs subset), and grounding validates each finding with it.
 *
 * Reading an answer skips thinking blocks (adaptive thinking puts them first) and says why an
 * answer is unusable: refused, cut at max_tokens, cut at the context window, or not the JSON asked for.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { z } from 'zod';
import { MODEL_CHECKS, type UncheckedReason } from '../../protocol/review';

export const modelFindingSchema = z.object({
  paragraph: z.number().int(),
  category: z.enum(MODEL_CHECKS),
  severity: z.enum(['error', 'warning', 'info']),
  /** The exact words of the clause the finding is about. */
  quote: z.string(),
  message: z.string(),
  rationale: z.string(),
  /** Ids of listed sources ("const2026:41.1", "iccpr:17.1"). */
  citations: z.array(z.string()),
  /** The words of a cited source the finding relies on, copied verbatim (required for constitution and international). */
  source_quote: z.string().nullable(),
  replacement: z.string().nullable(),
  /** International: a clash with a ratified treaty stated in so many words. */
  clear_breach: z.boolean(),
});
export type ModelFinding = z.infer<typeof modelFindingSchema>;

export const modelAnswerSchema = z.object({ findings: z.array(modelFindingSchema) });

const derived = zodOutputFormat(modelAnswerSchema);
/** `output_config.format`, derived once from the zod schema. */
export const ANSWER_FORMAT: Anthropic.JSONOutputFormat = { type: 'json_schema', schema: derived.schema };

export type AnswerOutcome = { ok: true; value: unknown } | { ok: false; reason: UncheckedReason; detail?: string };

/** The JSON the model wrote, or why there is none to use. */
export function readAnswer(message: Pick<Anthropic.Message, 'content' | 'stop_reason'>): AnswerOutcome {
  switch (message.stop_reason) {
    case 'refusal':
      return { ok: false, reason: 'refusal' };
    case 'max_tokens':
      return { ok: false, reason: 'max_tokens' };
    case 'model_context_window_exceeded':
      return { ok: false, reason: 'context_window' };
    default:
      break;
  }
  // Thinking and redacted-thinking blocks are the model's notes, never the answer.
  const text = message.content
    .filter((b): b is Anthropic.TextBlock => b.type === 'text')
    .map((b) => b.text)
    .join('');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: 'unparseable', detail: error instanceof Error ? error.message : String(error) };
  }
}
