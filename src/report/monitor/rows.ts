/**
 * One row per finding, the shape the CSV and the XLSX share: the act's requisites, where the words
 * stand, the words, the 2026 text, the suggestion.
 */
import type { MonitorReport } from '../../app/monitor/types';

export const ROW_COLUMNS = [
  'act', 'title', 'act_kind', 'number', 'date', 'edition', 'kind', 'severity', 'category', 'rule', 'article', 'unit',
  'paragraph', 'start', 'end', 'quote', 'message', 'suggestion', 'constitution_2026', 'text_2026',
  'resolution', 'rank', 'score', 'citations', 'model_verdict', 'model_reason',
] as const;
export type RowColumn = (typeof ROW_COLUMNS)[number];
export type Row = Record<RowColumn, string | number>;

export function findingRows(report: MonitorReport): Row[] {
  const rows: Row[] = [];
  for (const a of report.acts)
    for (const f of a.findings)
      rows.push({
        act: a.path,
        title: a.title,
        act_kind: a.kind,
        number: a.number ?? '',
        date: a.date ?? '',
        edition: a.edition ?? '',
        kind: f.kind,
        severity: f.severity,
        category: f.category,
        rule: f.ruleId,
        article: f.article ?? '',
        unit: f.unit,
        paragraph: f.anchor.paragraph,
        start: f.anchor.start,
        end: f.anchor.end,
        quote: f.anchor.quote,
        message: f.message,
        suggestion: f.replacement ?? '',
        constitution_2026: f.related2026.map((r) => r.label).join('; '),
        text_2026: f.related2026.map((r) => r.text).join('\n'),
        resolution: f.resolution ? `${f.resolution.number} (${f.resolution.date})` : '',
        rank: f.resolution?.rank ?? '',
        score: f.resolution?.score ?? '',
        citations: f.citations.map((c) => c.label).join('; '),
        model_verdict: f.verdict?.status ?? '',
        model_reason: f.verdict ? `${f.verdict.reason}${f.verdict.sourceQuote ? ` «${f.verdict.sourceQuote}»` : ''}` : '',
      });
  return rows;
}
