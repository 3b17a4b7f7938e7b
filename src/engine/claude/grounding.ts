/**
 * Grounding, enforced in code: what the model says reaches a person only if
 *   - it fits the answer schema (each finding validated on its own);
 *   - its quote is an exact substring of a clause of the batch;
 *   - every citation is one of the sources given in the prompt AND the corpus confirms it
 *     (a 2026 article.item that exists, a resolution number that exists);
 *   - its replacement changes only the quote (else the replacement is dropped, the remark kept).
 * Everything else is dropped and counted, never applied or shown (invariants 3 and 4).
 */
import { z } from 'zod';
import type { Citation, Finding, Severity } from '../../core/finding';
import type { Language } from '../../core/language';
import type { CorpusIndex } from '../../corpus/types';
import { MODEL_CHECKS, emptyDropped, type DroppedCounts, type ModelCheck, type ReviewUnit } from '../../server/protocol';

const rawFindingSchema = z.object({
  paragraph: z.number().int(),
  category: z.enum(MODEL_CHECKS),
  severity: z.enum(['error', 'warning', 'info']),
  quote: z.string().min(1),
  message: z.string().trim().min(1),
  rationale: z.string().default(''),
  citations: z.array(z.string()).default([]),
  replacement: z.string().nullable().optional(),
  instrument: z
    .object({ name: z.string().trim().min(1), article: z.string().trim().min(1), difference: z.string().trim().min(1) })
    .nullable()
    .optional(),
  clear_breach: z.boolean().optional(),
});
export type RawFinding = z.infer<typeof rawFindingSchema>;

/** A grounded finding before ids are given; `unitIndex` locates it within its batch. */
export type GroundedFinding = Omit<Finding, 'id'>;

export interface GroundingContext {
  units: readonly ReviewUnit[];
  /** Ids of the sources that were in the prompt. */
  givenSources: ReadonlySet<string>;
  corpus?: CorpusIndex;
  language: Language;
  checks: readonly ModelCheck[];
}

export interface GroundingResult {
  findings: GroundedFinding[];
  dropped: DroppedCounts;
}

/** Grounds the tool input of one answer. `input` is whatever the model produced. */
export function groundAnswer(input: unknown, ctx: GroundingContext): GroundingResult {
  const dropped = emptyDropped();
  const findings: GroundedFinding[] = [];
  const list = input && typeof input === 'object' ? (input as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(list)) {
    dropped.schema++;
    return { findings, dropped };
  }
  const byParagraph = new Map(ctx.units.map((u) => [u.paragraph, u]));
  for (const item of list) {
    const parsed = rawFindingSchema.safeParse(item);
    if (!parsed.success || !ctx.checks.includes(parsed.data.category)) {
      dropped.schema++;
      continue;
    }
    const raw = parsed.data;
    if (raw.category === 'international' && !raw.instrument) {
      dropped.schema++;
      continue;
    }
    const unit = byParagraph.get(raw.paragraph);
    const start = unit ? unit.text.indexOf(raw.quote) : -1;
    if (!unit || start < 0) {
      dropped.quote++;
      continue;
    }
    const citations = verifyCitations(raw.citations, ctx);
    // A claim of unconstitutionality must rest on a provision the person can check.
    if (!citations || (raw.category === 'constitution' && citations.length === 0)) {
      dropped.citation++;
      continue;
    }
    const end = start + raw.quote.length;
    let replacement = raw.replacement ?? undefined;
    if (replacement !== undefined && !replacementStaysInQuote(unit.text, start, end, replacement)) {
      dropped.replacement++;
      replacement = undefined;
    }
    findings.push({
      ruleId: `model/${raw.category}`,
      category: raw.category,
      severity: severityOf(raw),
      unit: unit.path,
      anchor: { paragraph: unit.paragraph, start, end, quote: raw.quote },
      message: raw.message.trim(),
      rationale: rationaleOf(raw, ctx.language),
      citations,
      ...(replacement !== undefined ? { replacement } : {}),
      engine: 'model',
      language: ctx.language,
    });
  }
  return { findings, dropped };
}

/** Undefined when any citation is not among the given sources or not confirmed by the corpus. */
function verifyCitations(ids: readonly string[], ctx: GroundingContext): Citation[] | undefined {
  const out: Citation[] = [];
  for (const id of new Set(ids)) {
    if (!ctx.givenSources.has(id) || !ctx.corpus || !existsInCorpus(id, ctx.corpus)) return undefined;
    const citation = ctx.corpus.cite(id, ctx.language);
    if (!citation) return undefined;
    out.push(citation);
  }
  return out;
}

/** The provision itself must exist: a 2026 article(.item(subitem)), a resolution number. */
export function existsInCorpus(id: string, corpus: CorpusIndex): boolean {
  const constitution = /^const2026:(\d+(?:-\d+)?)(?:\.(\d+(?:-\d+)?))?(?:\((\d+(?:-\d+)?)\))?$/.exec(id);
  if (constitution) return corpus.constitution(constitution[1]!, constitution[2], constitution[3]) !== undefined;
  const resolution = /^cc:(.+)$/.exec(id);
  if (resolution) return corpus.resolution(resolution[1]!) !== undefined;
  return id.startsWith('lla:') || id.startsWith('act:');
}

function severityOf(raw: RawFinding): Severity {
  // International practice is information unless the model marks a clear breach.
  if (raw.category === 'international' && !raw.clear_breach) return 'info';
  return raw.severity;
}

function rationaleOf(raw: RawFinding, language: Language): string {
  const rationale = raw.rationale.trim();
  if (raw.category !== 'international' || !raw.instrument) return rationale;
  const { name, article, difference } = raw.instrument;
  const label = language === 'kk' ? 'Халықаралық практика' : 'Международная практика';
  const head = `${label}: ${name.trim()}, ${article.trim()} — ${difference.trim()}`;
  return rationale ? `${head}. ${rationale}` : head;
}

/** Overlap shorter than this is a coincidence (a preposition, a space), not reaching out. */
const MIN_REACH = 6;

/**
 * A replacement replaces exactly its quote. It reaches outside when it repeats the text standing
 * just before or after the quote (applying it would duplicate those words), spans lines or the
 * clause markup, or is no change at all.
 */
export function replacementStaysInQuote(text: string, start: number, end: number, replacement: string): boolean {
  const quote = text.slice(start, end);
  if (replacement === quote) return false;
  if (/[\r\n]/.test(replacement) || /<\/?(clauses?|draft_context)\b/i.test(replacement)) return false;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const head = longestSuffixPrefix(before, replacement);
  if (head.trim().length >= MIN_REACH && !quote.startsWith(head.trimStart())) return false;
  const tail = longestPrefixSuffix(after, replacement);
  if (tail.trim().length >= MIN_REACH && !quote.endsWith(tail.trimEnd())) return false;
  return true;
}

/** The longest string that ends `a` and begins `b`. */
function longestSuffixPrefix(a: string, b: string): string {
  const max = Math.min(a.length, b.length);
  for (let k = max; k > 0; k--) {
    if (a.endsWith(b.slice(0, k))) return b.slice(0, k);
  }
  return '';
}

/** The longest string that begins `a` and ends `b`. */
function longestPrefixSuffix(a: string, b: string): string {
  const max = Math.min(a.length, b.length);
  for (let k = max; k > 0; k--) {
    if (a.startsWith(b.slice(b.length - k))) return b.slice(b.length - k);
  }
  return '';
}
