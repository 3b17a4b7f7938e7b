/** Grouping shared by the human reports: findings by article, in document order. */
import { SEVERITY_RANK } from '../core/finding';
import type { ReportFinding } from './json';

/** What grouping reads of a finding: the review's report findings and monitoring's alike. */
export type Groupable = Pick<ReportFinding, 'article' | 'articleId' | 'anchor' | 'severity'>;

export interface ArticleGroup<F extends Groupable = ReportFinding> {
  /** "Статья 5. Предмет", "5-бап", "Пункт 3"; undefined for findings outside any article. */
  article: string | undefined;
  findings: F[];
  /** The most severe finding's severity, for the overview. */
  worst: ReportFinding['severity'];
}

/**
 * Findings by the article they stand in (its unit id), groups in document order; findings outside
 * any article (title, preamble, signature) form a group of their own, first. A draft with two
 * "Статья 4" (a numbering defect) keeps them apart: they are two units with two ids.
 */
export function groupByArticle<F extends Groupable>(findings: readonly F[]): ArticleGroup<F>[] {
  const ordered = [...findings].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
  const outside = ordered.filter((f) => !f.article);
  const result: ArticleGroup<F>[] = [];
  if (outside.length > 0) result.push({ article: undefined, findings: outside, worst: worstOf(outside) });
  const byKey = new Map<string, ArticleGroup<F>>();
  let previous: F | undefined;
  let run = 0;
  for (const f of ordered) {
    if (!f.article) continue;
    // A report written before unit ids has titles only: a run of one title is then one group.
    if (!f.articleId && (previous?.articleId || previous?.article !== f.article)) run++;
    const key = f.articleId ? `id:${f.articleId}` : `run:${run}`;
    let group = byKey.get(key);
    if (!group) {
      group = { article: f.article, findings: [], worst: f.severity };
      byKey.set(key, group);
      result.push(group);
    }
    group.findings.push(f);
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[group.worst]) group.worst = f.severity;
    previous = f;
  }
  return result;
}

function worstOf(findings: readonly Groupable[]): ReportFinding['severity'] {
  return findings.reduce<ReportFinding['severity']>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
}
