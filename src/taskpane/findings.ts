/**
 * Pure helpers of the pane: how findings are keyed for dismissal, filtered, grouped and counted.
 * No React, no Office: unit-tested directly.
 */
import type { ArticleOf } from '../core/act/articles';
import { CATEGORIES, SEVERITIES, SEVERITY_RANK, compareFindings, type Category, type Finding, type Severity } from '../core/finding';

/**
 * What identifies a finding across reviews, for "dismiss": the rule, the unit and the words. Not the
 * id, which carries offsets that move whenever the user types above the finding.
 */
export function dismissKey(f: Finding): string {
  return `${f.ruleId}|${f.unit}|${f.anchor.quote}`;
}

export interface Filters {
  categories: ReadonlySet<Category>;
  severities: ReadonlySet<Severity>;
}

export const ALL_FILTERS: Filters = { categories: new Set(CATEGORIES), severities: new Set(SEVERITIES) };

export function filterFindings(findings: readonly Finding[], filters: Filters): Finding[] {
  return findings.filter((f) => filters.categories.has(f.category) && filters.severities.has(f.severity));
}

export type GroupBy = 'article' | 'category';

export interface FindingGroup {
  /** The article's unit id or the category id; '' for findings outside any article. */
  key: string;
  /** The article as its path says it ("ст. 5", "5-бап", "гл. 2" in a bylaw); undefined outside articles. */
  label?: string;
  category?: Category;
  findings: Finding[];
}

/**
 * Groups by the article's unit id (`articleOf`, from the reviewed act), so two articles with the
 * same number stay two groups; by category in the fixed category order.
 */
export function groupFindings(findings: readonly Finding[], by: GroupBy, articleOf?: ArticleOf): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of [...findings].sort(compareFindings)) {
    const article = by === 'article' ? articleOf?.({ unitId: f.unitId, paragraph: f.anchor.paragraph }) : undefined;
    const key = by === 'article' ? (article?.id ?? '') : f.category;
    let g = groups.get(key);
    if (!g) {
      g = by === 'article' ? { key, label: article?.path, findings: [] } : { key, category: f.category, findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
  }
  const list = [...groups.values()];
  if (by === 'category') list.sort((a, b) => CATEGORIES.indexOf(a.category!) - CATEGORIES.indexOf(b.category!));
  // Findings outside articles (title, preamble, signature) come last.
  else list.sort((a, b) => (a.label === undefined ? 1 : 0) - (b.label === undefined ? 1 : 0));
  return list;
}

export type CategoryCounts = Record<Category, Record<Severity, number>>;

export function countByCategory(findings: readonly Finding[]): CategoryCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { error: 0, warning: 0, info: 0 }])) as CategoryCounts;
  for (const f of findings) counts[f.category][f.severity]++;
  return counts;
}

/** Keep the worst severity first within a group when severities tie on position. */
export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0]?.severity;
}

/** Merge streamed findings into the list: same id or same place and rule → kept once. */
export { mergeFindings } from '../core/merge';

/** A row of the virtualized list: a group's header, or one finding of an expanded group. */
export type ListRow = { kind: 'group'; group: FindingGroup; collapsed: boolean } | { kind: 'finding'; finding: Finding; group: string };

/** Groups flattened into rows; a collapsed group keeps only its header. */
export function listRows(groups: readonly FindingGroup[], collapsed: ReadonlySet<string>): ListRow[] {
  const rows: ListRow[] = [];
  for (const group of groups) {
    const closed = collapsed.has(group.key);
    rows.push({ kind: 'group', group, collapsed: closed });
    if (!closed) for (const finding of group.findings) rows.push({ kind: 'finding', finding, group: group.key });
  }
  return rows;
}

/** Findings in the order the list shows them (groups in order, collapsed ones included). */
export function readingOrder(groups: readonly FindingGroup[]): Finding[] {
  return groups.flatMap((g) => g.findings);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
