/**
 * The prompt and answer of monitoring verdicts: for each candidate (a norm of an act in force near
 * one the Constitutional Court reviewed, or a 1995 Constitution citation without a one-to-one 2026
 * counterpart) the model says whether the local engine's claim holds against the 2026 text and the
 * resolution, with its reason and a verbatim quote of a listed source. Same contract as the review:
 * structured output derived from zod, adaptive thinking, explicit effort, the act's words only in
 * the user turn between delimiters.
 */
import type Anthropic from '@anthropic-ai/sdk';
import { zodOutputFormat } from '@anthropic-ai/sdk/helpers/zod';
import { z } from 'zod';
import type { VerdictCandidate } from '../../monitor/verdictProtocol';
import type { Effort } from './prompt';
import type { Source } from './sources';

export const modelVerdictSchema = z.object({
  id: z.string(),
  verdict: z.enum(['confirmed', 'not_confirmed']),
  reason: z.string(),
  /** Ids of listed sources the verdict rests on. */
  citations: z.array(z.string()),
  /** Words of a cited source, copied verbatim. */
  source_quote: z.string(),
});
export type ModelVerdict = z.infer<typeof modelVerdictSchema>;
export const verdictAnswerSchema = z.object({ verdicts: z.array(modelVerdictSchema) });

/** `output_config.format`, derived once from the zod schema. */
export const VERDICT_FORMAT: Anthropic.JSONOutputFormat = { type: 'json_schema', schema: zodOutputFormat(verdictAnswerSchema).schema };

export const VERDICT_INSTRUCTIONS = [
  'You are a legal expert of the Republic of Kazakhstan doing legal monitoring (құқықтық мониторинг) of acts in force against the Constitution of 2026 (in force since 01.07.2026) and the normative resolutions of the Constitutional Court.',
  'A local program found candidates; each comes with the act\'s words, the program\'s claim and the sources it rests on. For each candidate say whether the claim holds:',
  '- court-resolution: "confirmed" when the act\'s norm says in substance what the Court found unconstitutional, or what it accepted only in its interpretation, so the act needs amending or reading in that interpretation; "not_confirmed" when the norm only shares words and the Court\'s holding does not reach it. Resolutions cite 1995 numbers; they keep force where they do not contradict the 2026 text (Art. 96.3).',
  '- constitution-citation: "confirmed" when the cited 1995 provision has no one-to-one place in the 2026 text and the act\'s reference must be rewritten or the norm reconsidered; "not_confirmed" when a listed 2026 provision carries the same rule, so the reference only needs its number updated (say which).',
  'Silence is not an option: answer every candidate id exactly once.',
  'For each verdict: id as given; verdict; reason — why, at most 600 characters, in the language of the candidate (lang="ru" Russian, lang="kk" Kazakh); citations — ids of the SOURCES listed for that candidate, at least one, never from memory; source_quote — at least three words of a cited source, copied character for character from its text under SOURCES.',
].join('\n');

const THINKING_ROOM: Record<Effort, number> = { low: 2_000, medium: 6_000, high: 16_000, xhigh: 32_000, max: 48_000 };
const PER_VERDICT = 500;

/** Candidates of one request: few enough that an answer stays short and a failure costs little. */
export const CANDIDATES_PER_REQUEST = 8;

export interface VerdictPromptInput {
  model: string;
  effort: Effort;
  candidates: ReadonlyArray<{ candidate: VerdictCandidate; sources: readonly Source[] }>;
}

export function buildVerdictParams(input: VerdictPromptInput): Anthropic.MessageCreateParamsNonStreaming {
  const blocks = input.candidates.map(({ candidate: c, sources }) =>
    [
      `<candidate id="${c.id}" kind="${c.kind}" lang="${c.language}">`,
      `ACT: ${neutral(c.act)}`,
      `WORDS OF THE ACT: ${neutral(c.text)}`,
      `CLAIM: ${neutral(c.claim)}`,
      'SOURCES:',
      ...sources.map((s) => `[${s.id}] ${s.label}\n${s.text}${s.note ? `\n${s.note}` : ''}`),
      '</candidate>',
    ].join('\n'),
  );
  return {
    model: input.model,
    max_tokens: THINKING_ROOM[input.effort] + 1_000 + PER_VERDICT * input.candidates.length,
    output_config: { effort: input.effort, format: VERDICT_FORMAT },
    system: [{ type: 'text', text: VERDICT_INSTRUCTIONS, cache_control: { type: 'ephemeral' } }],
    messages: [{ role: 'user', content: [{ type: 'text', text: `<candidates>\n${blocks.join('\n\n')}\n</candidates>` }] }],
  };
}

/** The act's words cannot close the delimiters. */
function neutral(text: string): string {
  return text.replace(/<(\/?)(candidates?)\b/gi, '‹$1$2');
}
