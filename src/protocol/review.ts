/**
 * The wire format of `/api/v1/review`, shared by the server, the CLI and the pane. Pure
 * TypeScript + zod (no Node built-ins) so the pane bundle can import it.
 *
 * Request: the act's units (one per paragraph, with its index, grouped by article), the act's
 * outline and definitions — never the file. Response: NDJSON, one ReviewEvent per line.
 */
import { z } from 'zod';
import type { Act } from '../core/act/types';
import type { Finding } from '../core/finding';

/** Categories the model engine reviews; the deterministic ones stay with the local engine. */
export const MODEL_CHECKS = ['constitution', 'conflict', 'international', 'technique', 'anticorruption'] as const;
export type ModelCheck = (typeof MODEL_CHECKS)[number];

export const ACT_KINDS = ['new-law', 'amending', 'bylaw', 'code', 'unknown'] as const;
/** Place in the hierarchy of the Law "On Legal Acts" (art. 10). */
export const ACT_RANKS = ['constitutional-law', 'code', 'law', 'bylaw', 'unknown'] as const;
export type ActRank = (typeof ACT_RANKS)[number];

/** The rank from the act's kind and title ("Конституционный закон", "Конституциялық заңы"). */
export function actRankOf(act: Pick<Act, 'kind' | 'title'>): ActRank {
  if (/конституционн\S* закон|конституциялық заң/i.test(act.title ?? '')) return 'constitutional-law';
  if (act.kind === 'code' || /(?:^|\s)кодекс/i.test(act.title ?? '')) return 'code';
  if (act.kind === 'bylaw') return 'bylaw';
  if (act.kind === 'new-law' || act.kind === 'amending') return 'law';
  return 'unknown';
}

export interface WireLimits {
  maxUnits: number;
  maxUnitChars: number;
  maxOutline: number;
  maxDefinitions: number;
}

export const DEFAULT_WIRE_LIMITS: WireLimits = { maxUnits: 3000, maxUnitChars: 20_000, maxOutline: 2000, maxDefinitions: 500 };

/** Builds the request schema for given limits (the server's limits come from its configuration). */
export function reviewRequestSchema(limits: WireLimits = DEFAULT_WIRE_LIMITS) {
  const unit = z.object({
    /** Id of the unit the paragraph belongs to ("a5/i2"); several paragraphs (parts) may share one. */
    id: z.string().min(1).max(200),
    /** Unit path in the draft's language ("ст. 5 п. 2"). */
    path: z.string().max(500),
    /** Paragraph index in the document: anchors of findings refer to it. */
    paragraph: z.number().int().min(0).max(1_000_000),
    text: z.string().max(limits.maxUnitChars, { message: `a unit's text is longer than ${limits.maxUnitChars} characters` }),
    /** The article (or other top unit) the paragraph belongs to: units of one group are read together. */
    group: z.string().min(1).max(200).optional(),
  });
  return z
    .object({
      language: z.enum(['ru', 'kk']),
      title: z.string().max(2000).optional(),
      outline: z.array(z.string().max(1000)).max(limits.maxOutline).default([]),
      definitions: z
        .array(z.object({ term: z.string().min(1).max(500), text: z.string().max(5000) }))
        .max(limits.maxDefinitions)
        .default([]),
      units: z
        .array(unit)
        .min(1, { message: 'no units to review' })
        .max(limits.maxUnits, { message: `more than ${limits.maxUnits} units in one request` }),
      checks: z.array(z.enum(MODEL_CHECKS)).min(1).optional(),
      /** The act's kind and rank, for hierarchy checks. */
      kind: z.enum(ACT_KINDS).optional(),
      rank: z.enum(ACT_RANKS).optional(),
    })
    .superRefine((req, ctx) => {
      const seen = new Set<number>();
      for (const u of req.units) {
        if (seen.has(u.paragraph)) {
          ctx.addIssue({ code: 'custom', message: `paragraph ${u.paragraph} is sent twice`, path: ['units'] });
          return;
        }
        seen.add(u.paragraph);
      }
    });
}

export type ReviewRequest = z.infer<ReturnType<typeof reviewRequestSchema>>;
export type ReviewUnit = ReviewRequest['units'][number];

/**
 * `Finding.unitId` of a finding in a wire unit: the act's id of that unit. None for a paragraph
 * outside any unit, which `buildReviewRequest` sends under a stand-in id ("p<index>") and no path.
 */
export function unitIdOf(unit: Pick<ReviewUnit, 'id' | 'path'>): { unitId?: string } {
  return unit.path ? { unitId: unit.id } : {};
}

/** What callers build (defaults may be omitted). */
export type ReviewRequestInput = z.input<ReturnType<typeof reviewRequestSchema>>;

export interface TokenUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

/** Why answers of the model were not shown (grounding enforced in code). */
export interface DroppedCounts {
  /** Answer or finding that breaks the schema (malformed JSON, missing fields, unknown category). */
  schema: number;
  /** Quote that is not an exact substring of the unit, or names a paragraph outside the batch. */
  quote: number;
  /** Citation that was not among the sources given, or that the corpus lacks. */
  citation: number;
  /** Replacement that reaches outside its quote: the finding is kept, the replacement dropped. */
  replacement: number;
  /** A constitution or international finding whose source quote is not verbatim in a cited source of its kind. */
  source: number;
  /** Message or rationale not in the draft's language. */
  language: number;
}

export interface ReviewSummary {
  engine: 'model' | 'local';
  model?: string;
  corpusVersion?: string;
  findings: number;
  units: number;
  batches: number;
  /** Upstream calls made, retries included. */
  calls: number;
  retries: number;
  /** Article groups answered from the review cache. */
  cacheHits: number;
  cacheMisses: number;
  usage: TokenUsage;
  dropped: DroppedCounts;
  /** Batches that could not be reviewed (after retries); their units got no model findings. */
  failedBatches: number;
  millis: number;
  /** Article groups sent to the model. */
  articles?: number;
  /** Groups the model answered validly (cache hits included). */
  checkedArticles?: number;
  /** Groups not checked, with why (the pane offers a Retry for them). */
  unchecked?: UncheckedGroup[];
}

/** Why an article group got no model review. */
export type UncheckedReason = 'refusal' | 'max_tokens' | 'context_window' | 'unparseable' | 'upstream' | 'deadline';
export interface UncheckedGroup {
  group: string;
  path: string;
  paragraphs: number[];
  reason: UncheckedReason;
}

export type ReviewEvent =
  | { type: 'start'; engine: 'model' | 'local'; units: number; batches: number; model?: string }
  | { type: 'progress'; done: number; total: number; batch?: number; stage?: 'cached' | 'reviewed' | 'retrying' | 'failed'; message?: string }
  /** `unitId` of a finding is absent from servers older than it: readers fall back to the anchor's paragraph. */
  | { type: 'findings'; batch: number; findings: Finding[] }
  | { type: 'summary'; summary: ReviewSummary }
  | { type: 'error'; code: ReviewErrorCode; message: string };

export type ReviewErrorCode =
  | 'invalid-request'
  | 'unauthorized'
  | 'forbidden-origin'
  | 'too-large'
  | 'rate-limited'
  | 'busy'
  | 'timeout'
  | 'shutting-down'
  | 'upstream'
  | 'local-engine'
  | 'network'
  | 'internal';

export function emptyUsage(): TokenUsage {
  return { input_tokens: 0, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
}

export function emptyDropped(): DroppedCounts {
  return { schema: 0, quote: 0, citation: 0, replacement: 0, source: 0, language: 0 };
}

/** Roles of paragraphs whose text is reviewed by the model: norms and quoted new wordings. */
// Headings and title lines go too: the model reads an article with its heading, and a server without a model key
// rebuilds the act's structure from them for its local engine.
const REVIEWED_ROLES = new Set(['norm', 'quote', 'preamble', 'heading', 'title']);
const OUTLINE_KINDS = new Set(['section', 'chapter', 'paragraph', 'article']);
/** Units that hold articles (or bylaw items): each child is a group of its own. */
const CONTAINER_KINDS = new Set(['section', 'chapter', 'paragraph']);

/**
 * Builds the wire request from a parsed Act: one unit per reviewed paragraph, grouped by the
 * top-level unit it belongs to (an article, or a chapter in a bylaw), plus the outline (headings)
 * and definitions. Pure: used by the pane and the CLI.
 */
export function buildReviewRequest(act: Act, options: { checks?: ModelCheck[] } = {}): ReviewRequestInput {
  const topOf = new Map<string, string>();
  const visit = (unit: Act['body'][number], top: string): void => {
    topOf.set(unit.id, top);
    for (const child of unit.children) visit(child, CONTAINER_KINDS.has(unit.kind) ? child.id : top);
  };
  for (const unit of act.body) visit(unit, unit.id);
  const units: ReviewRequestInput['units'] = [];
  let previousGroup: string | undefined;
  act.paragraphs.forEach((info, index) => {
    const text = act.doc.paragraphs[index]?.text ?? '';
    if (!REVIEWED_ROLES.has(info.role) || !text.trim()) return;
    const unit = info.unitId ? act.units[info.unitId] : undefined;
    // A quoted new wording ("q3/...") is read with the instruction that introduces it, which
    // precedes it: it joins the group of the previous reviewed paragraph.
    const group = (info.unitId ? topOf.get(info.unitId) : undefined) ?? previousGroup ?? `p${index}`;
    previousGroup = group;
    units.push({ id: info.unitId ?? `p${index}`, path: unit?.path ?? '', paragraph: index, text, group });
  });
  const outline: string[] = [];
  const walk = (unit: Act['body'][number]): void => {
    if (OUTLINE_KINDS.has(unit.kind)) outline.push(`${unit.labelText ?? unit.number}${unit.heading ? ` ${unit.heading}` : ''}`.trim());
    unit.children.forEach(walk);
  };
  act.body.forEach(walk);
  const definitions = act.definitions.map((d) => ({ term: d.term, text: act.doc.paragraphs[d.range.paragraph]?.text ?? d.term }));
  return { language: act.language, title: act.title, outline, definitions, units, checks: options.checks, kind: act.kind, rank: actRankOf(act) };
}

/** Parses an NDJSON line into an event (throws on malformed input). */
export function parseEventLine(line: string): ReviewEvent {
  const value = JSON.parse(line) as ReviewEvent;
  if (!value || typeof value !== 'object' || typeof (value as { type?: unknown }).type !== 'string') {
    throw new Error('malformed event');
  }
  return value;
}
