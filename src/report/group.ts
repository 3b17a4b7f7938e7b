/** Grouping shared by the human reports: findings by article, in document order. */
import { SEVERITY_RANK } from '../core/finding';
import type { ReportFinding } from './json';

export interface ArticleGroup {
  /** "Статья 5. Предмет", "5-бап", "Пункт 3"; undefined for findings outside any article. */
  article: string | undefined;
  findings: ReportFinding[];
  /** The most severe finding's severity, for the overview. */
  worst: ReportFinding['severity'];
}

/**
 * Findings by the article they stand in, groups in order of first appearance (document order);
 * findings outside any article (title, preamble, signature) form a group of their own, first.
 */
export function groupByArticle(findings: readonly ReportFinding[]): ArticleGroup[] {
  const ordered = [...findings].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start);
  const outside = ordered.filter((f) => !f.article);
  const result: ArticleGroup[] = [];
  if (outside.length > 0) result.push({ article: undefined, findings: outside, worst: worstOf(outside) });
  // Runs, not a map by title: a draft with two "Статья 4" (a numbering defect) keeps them apart.
  let current: ArticleGroup | undefined;
  for (const f of ordered) {
    if (!f.article) continue;
    if (!current || current.article !== f.article) {
      current = { article: f.article, findings: [], worst: f.severity };
      result.push(current);
    }
    current.findings.push(f);
    if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[current.worst]) current.worst = f.severity;
  }
  return result;
}

function worstOf(findings: readonly ReportFinding[]): ReportFinding['severity'] {
  return findings.reduce<ReportFinding['severity']>((w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w), 'info');
}
