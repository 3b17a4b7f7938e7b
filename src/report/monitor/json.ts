/**
 * The monitoring report as JSON: `{acts: [{path, title, kind, number, date, articles, findings}],
 * unreadable, summary}`. Anchors are counted as in the review (for .txt and .md, the 0-based line
 * of the file). The zod schema validates a report read back for `--resume`.
 */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES } from '../../core/finding';
import { MONITOR_KINDS, type MonitorReport } from '../../app/monitor/types';

const anchor = z.object({ paragraph: z.number().int().nonnegative(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), quote: z.string() });

const finding = z.object({
  id: z.string(),
  ruleId: z.string(),
  kind: z.enum(MONITOR_KINDS),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  unit: z.string(),
  /** Absent in reports of sweeps older than unit ids: they still load for --resume. */
  unitId: z.string().optional(),
  article: z.string().optional(),
  articleId: z.string().optional(),
  anchor,
  message: z.string(),
  rationale: z.string(),
  citations: z.array(z.object({ id: z.string(), label: z.string(), url: z.string().optional() })),
  replacement: z.string().optional(),
  context: z.string(),
  related2026: z.array(z.object({ id: z.string(), label: z.string(), text: z.string() })),
  resolution: z
    .object({
      number: z.string(),
      date: z.string(),
      outcome: z.enum(['constitutional', 'constitutional_with_interpretation', 'unconstitutional']).optional(),
      holding: z.string(),
      score: z.number(),
      byNote: z.boolean(),
      inCorpus: z.boolean(),
      rank: z.number().int().positive().optional(),
    })
    .optional(),
  verdict: z
    .object({
      status: z.enum(['confirmed', 'not-confirmed', 'unverified']),
      reason: z.string(),
      citations: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
      sourceQuote: z.string().optional(),
      model: z.string().optional(),
      severityBefore: z.enum(SEVERITIES).optional(),
    })
    .optional(),
  engine: z.enum(['local', 'model']).optional(),
  language: z.enum(['ru', 'kk']).optional(),
});

const act = z.object({
  path: z.string(),
  title: z.string(),
  kind: z.enum(['constitutional-law', 'code', 'law', 'decree', 'resolution', 'order', 'act']),
  number: z.string().optional(),
  date: z.string().optional(),
  edition: z.string().optional(),
  editionBasis: z.enum(['stated', 'latest-amendment', 'adoption']).optional(),
  constitution: z.union([z.literal(1995), z.literal(2026)]).optional(),
  language: z.enum(['ru', 'kk']),
  format: z.enum(['docx', 'txt', 'md', 'pdf']),
  paragraphs: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  findings: z.array(finding),
});

export const monitorReportSchema = z.object({
  acts: z.array(act),
  unreadable: z.array(z.object({ path: z.string(), reason: z.string() })),
  summary: z.object({
    acts: z.number(),
    unreadable: z.number(),
    articles: z.number(),
    findings: z.number(),
    bySeverity: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
    byKind: z.record(z.string(), z.number()),
    millis: z.number().optional(),
    model: z
      .object({
        model: z.string(),
        via: z.enum(['messages', 'batches']),
        batchId: z.string().optional(),
        candidates: z.number(),
        checked: z.number(),
        failed: z.number(),
        calls: z.number(),
        inputTokens: z.number(),
        cachedTokens: z.number(),
        outputTokens: z.number(),
        dropped: z.number(),
        unverified: z.array(z.object({ path: z.string(), findingId: z.string(), reason: z.string() })),
        error: z.string().optional(),
      })
      .optional(),
  }),
  tool: z.object({ name: z.literal('zan'), command: z.literal('monitor'), version: z.string(), checks: z.enum(['monitoring', 'all']) }),
  generatedAt: z.string(),
});

export function toMonitorJson(report: MonitorReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/** A report read back (for --resume): a clear error when it is not one. */
export function parseMonitorJson(text: string, source: string): MonitorReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not JSON (${(err as Error).message}); --resume needs the JSON report of an earlier sweep`);
  }
  const parsed = monitorReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: not a monitoring report (${issue.path.join('.') || 'top level'}: ${issue.message})`);
  }
  return parsed.data as MonitorReport;
}
