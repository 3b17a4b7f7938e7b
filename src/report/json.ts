/**
 * The JSON report: the stable contract that the CLI writes, the eval scores, and the markdown and
 * HTML reports render. Its zod schema is exported so readers can validate what they load.
 */
import { z } from 'zod';
import { articleLookup, articleTitle, unitOfPlace } from '../core/act/articles';
import type { Act, UnitKind } from '../core/act/types';
import { CATEGORIES, SEVERITIES, compareFindings, type Category, type Finding, type Severity } from '../core/finding';
import type { ReviewPlan } from '../core/plan-types';
import { SKIP_REASONS } from '../core/skipReasons';
import type { ReviewSummary } from '../protocol/review';
import { TOOL_NAME, TOOL_VERSION } from './version';

const anchorSchema = z.object({
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

const citationSchema = z.object({ id: z.string(), label: z.string(), url: z.string().optional() });

export const reportFindingSchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  rule: z.string(),
  unit: z.string(),
  /** Id of the innermost unit the finding is in ("a5/i2"), as in the parsed act; absent in older reports. */
  unitId: z.string().optional(),
  /** The enclosing article (or chapter or item of a bylaw) as a reader names it: "Статья 5. Предмет". */
  article: z.string().optional(),
  /** That article's unit id: what the human reports group by (two "Статья 4" stay two); absent in older reports. */
  articleId: z.string().optional(),
  anchor: anchorSchema,
  message: z.string(),
  rationale: z.string(),
  citations: z.array(citationSchema),
  replacement: z.string().optional(),
  pairAnchor: anchorSchema.optional(),
});

const count = z.number().int().nonnegative();
export const modelSummarySchema = z.object({
  model: z.string(),
  /** Article groups sent to the model, and those it answered validly (cache hits included). */
  articles: count,
  checked: count,
  /** Articles not checked (refused, cut, unparseable, upstream failure, deadline). */
  failed: count,
  calls: count,
  /** Input tokens billed at the input rate (uncached + cache writes), read from the cache, output (thinking included). */
  inputTokens: count,
  cachedTokens: count,
  outputTokens: count,
});
export type ModelSummary = z.infer<typeof modelSummarySchema>;

const countsOf = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int().nonnegative()])) as Record<K, z.ZodNumber>);

const UNIT_COUNT_KEYS = ['sections', 'chapters', 'articles', 'items', 'subitems', 'parts', 'quotes', 'amendments'] as const;

export const jsonReportSchema = z.object({
  document: z.object({
    path: z.string(),
    language: z.enum(['ru', 'kk']),
    kind: z.enum(['new-law', 'amending', 'bylaw', 'code', 'unknown']),
    title: z.string().nullable(),
    paragraphs: z.number().int().nonnegative(),
    units: countsOf(UNIT_COUNT_KEYS),
    pair: z.object({ path: z.string(), language: z.enum(['ru', 'kk']), paragraphs: z.number().int().nonnegative() }).optional(),
  }),
  findings: z.array(reportFindingSchema),
  summary: z.object({
    total: z.number().int().nonnegative(),
    bySeverity: countsOf(SEVERITIES),
    byCategory: countsOf(CATEGORIES),
    /** Findings the host found stale when applying (their text had changed). */
    stale: z.number().int().nonnegative().optional(),
    /** Findings left out of the document or of its tracked changes by the plan. */
    skipped: z.number().int().nonnegative().optional(),
    /** Whenever a model took part: how much of the draft it checked, and what it cost. */
    model: modelSummarySchema.optional(),
  }),
  /** Which findings the plan or the writer left out, and why (codes of core/skipReasons; `overlaps`: the finding whose edit won). */
  skipped: z.array(z.object({ findingId: z.string(), reason: z.enum(SKIP_REASONS), overlaps: z.string().optional() })).optional(),
  /** Rules that gave up on this document ("input-too-large"): their part of the review is missing. */
  notRun: z.array(z.object({ rule: z.string(), reason: z.string() })).optional(),
  tool: z.object({ name: z.literal(TOOL_NAME), version: z.string(), engine: z.string().optional() }),
  /** Milliseconds per stage ("parse", "rules", "model", …). */
  timings: z.record(z.string(), z.number()).optional(),
  generatedAt: z.string(),
});

export type JsonReport = z.infer<typeof jsonReportSchema>;
export type ReportFinding = z.infer<typeof reportFindingSchema>;

export interface JsonReportInput {
  /** The reviewed file as the user named it. */
  path: string;
  act: Act;
  findings: readonly Finding[];
  pair?: { path: string; act: Act };
  /** "local", "model", "local+model". */
  engine: string;
  timings?: Record<string, number>;
  /** From the plan: findings not written (or written without their edit). */
  skipped?: ReviewPlan['skipped'];
  /** From the host: finding ids whose text had changed before applying. */
  stale?: readonly string[];
  /** Fixed time for reproducible reports; now by default. */
  generatedAt?: Date;
  /** When a model took part. */
  model?: ModelSummary;
  /** Rules that gave up on this document. */
  notRun?: readonly { ruleId: string; reason: string }[];
}

export function toJsonReport(input: JsonReportInput): JsonReport {
  const { act } = input;
  const articleOf = articleLookup(act);
  const findings = [...input.findings].sort(compareFindings).map((f): ReportFinding => {
    const out: ReportFinding = {
      id: f.id,
      category: f.category,
      severity: f.severity,
      rule: f.ruleId,
      unit: f.unit,
      anchor: { ...f.anchor },
      message: f.message,
      rationale: f.rationale,
      citations: f.citations.map((c) => (c.url ? { id: c.id, label: c.label, url: c.url } : { id: c.id, label: c.label })),
    };
    const place = { unitId: f.unitId, paragraph: f.anchor.paragraph };
    const unit = unitOfPlace(act, place);
    if (unit) out.unitId = unit.id;
    const article = articleOf(place);
    if (article) {
      out.article = articleTitle(article, act.language);
      out.articleId = article.id;
    }
    if (f.replacement !== undefined) out.replacement = f.replacement;
    if (f.pairAnchor) out.pairAnchor = { ...f.pairAnchor };
    return out;
  });

  const report: JsonReport = {
    document: {
      path: input.path,
      language: act.language,
      kind: act.kind,
      title: act.title ?? null,
      paragraphs: act.doc.paragraphs.length,
      units: unitCounts(act),
    },
    findings,
    summary: summarize(findings),
    tool: { name: TOOL_NAME, version: TOOL_VERSION, engine: input.engine },
    generatedAt: (input.generatedAt ?? new Date()).toISOString(),
  };
  if (input.pair) {
    report.document.pair = { path: input.pair.path, language: input.pair.act.language, paragraphs: input.pair.act.doc.paragraphs.length };
  }
  if (input.stale) report.summary.stale = input.stale.length;
  if (input.skipped) {
    report.summary.skipped = input.skipped.length;
    report.skipped = input.skipped.map((s) => ({ ...s }));
  }
  if (input.timings) report.timings = { ...input.timings };
  if (input.model) report.summary.model = { ...input.model };
  if (input.notRun?.length) report.notRun = input.notRun.map((r) => ({ rule: r.ruleId, reason: r.reason }));
  return report;
}

/** The report's model summary from the review's; undefined when no model answered (local engine). */
export function modelSummaryOf(summary: ReviewSummary | undefined): ModelSummary | undefined {
  if (!summary || summary.engine !== 'model' || !summary.model) return undefined;
  const articles = summary.articles ?? 0;
  const failed = summary.unchecked?.length ?? 0;
  return {
    model: summary.model,
    articles,
    checked: summary.checkedArticles ?? articles - failed,
    failed,
    calls: summary.calls,
    inputTokens: summary.usage.input_tokens + summary.usage.cache_creation_input_tokens,
    cachedTokens: summary.usage.cache_read_input_tokens,
    outputTokens: summary.usage.output_tokens,
  };
}

/** Counts by severity and category, every key present (zeros included) so readers need no guards. */
export function summarize(findings: readonly { severity: Severity; category: Category }[]): JsonReport['summary'] {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCategory[f.category]++;
  }
  return { total: findings.length, bySeverity, byCategory };
}

const KIND_KEY: Partial<Record<UnitKind, (typeof UNIT_COUNT_KEYS)[number]>> = {
  section: 'sections',
  chapter: 'chapters',
  article: 'articles',
  item: 'items',
  subitem: 'subitems',
  part: 'parts',
};

/** The draft's own units; units of quoted new wordings belong to the amended act, not the draft. */
function unitCounts(act: Act): JsonReport['document']['units'] {
  const counts = { sections: 0, chapters: 0, articles: 0, items: 0, subitems: 0, parts: 0, quotes: act.quotes.length, amendments: act.amendments.length };
  for (const u of Object.values(act.units)) {
    const key = KIND_KEY[u.kind];
    if (key && u.quote === undefined) counts[key]++;
  }
  return counts;
}
