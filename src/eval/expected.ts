/** The eval set's `<id>.expected.json` (see ../shared/eval/README.md), validated on load. */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../core/finding';
import { errorGuard } from '../core/errors';

export const expectedFindingSchema = z.object({
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** 0-based index of the body paragraph. */
  paragraph: z.number().int().nonnegative(),
  /** Exact substring, unique in that paragraph. */
  quote: z.string().min(1),
  why: z.string().optional(),
  cite: z.array(z.string()).optional(),
  detectable: z.enum(['local', 'model']),
  pair_paragraph: z.number().int().nonnegative().optional(),
  pair_quote: z.string().optional(),
});

export const expectedFileSchema = z.object({
  id: z.string(),
  language: z.enum(['ru', 'kk']),
  kind: z.enum(['new-law', 'amending', 'bylaw', 'pair', 'control']),
  paired_with: z.string().optional(),
  findings: z.array(expectedFindingSchema),
  notes: z.string().optional(),
});

export type ExpectedFinding = z.infer<typeof expectedFindingSchema>;
export type ExpectedFile = z.infer<typeof expectedFileSchema>;

/** The eval input does not fit its own rules (bad JSON, a quote not in its paragraph, …). */
export class EvalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalInputError';
  }
}

export const isEvalInputError = errorGuard(EvalInputError);

/** Parse and check an expected file's JSON; `source` names it in errors. */
export function parseExpectedFile(json: unknown, source: string): ExpectedFile {
  const parsed = expectedFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EvalInputError(`${source}: not an expected-findings file (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return parsed.data;
}
