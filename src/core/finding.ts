import type { Language } from './language';

/** Stable category ids, shared by the report, the eval and the UI. */
export const CATEGORIES = [
  'structure',
  'crossref',
  'terms',
  'technique',
  'reference',
  'anticorruption',
  'constitution',
  'conflict',
  'bilingual',
  'international',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where a finding sits: paragraph index, [start, end) in its text, and the exact quote. */
export interface Anchor {
  paragraph: number;
  start: number;
  end: number;
  /** Exactly `paragraphs[paragraph].text.slice(start, end)`. */
  quote: string;
}

/** A source a finding relies on; every one shown to a person is checked against the corpus index. */
export interface Citation {
  /** Corpus id, e.g. "const2026:41.1", "cc:61-НП", "lla:24.3", "act:z1600000480". */
  id: string;
  /** Human label in the draft's language, e.g. "Конституция РК 2026, ст. 41 п. 1 (1995: ст. 39 п. 1)". */
  label: string;
  url?: string;
}

export interface Finding {
  /** Stable within a report: `${ruleId}:${paragraph}:${start}` made unique. */
  id: string;
  /** The rule that produced it (e.g. "structure/numbering-gap"). */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Unit path in the draft's language, e.g. "ст. 5 п. 2 пп. 3)" / "5-бап 2-тармақ 3) тармақша". */
  unit: string;
  /**
   * Id of the innermost unit the finding is in, as in `Act.units` ("a5/i2/s3"): what the reports,
   * the pane and monitoring group by. Absent outside any unit, and from servers older than it.
   */
  unitId?: string;
  anchor: Anchor;
  /** What is wrong and what to do, in the draft's language. */
  message: string;
  /** Why: the rule of law behind it, in the draft's language. */
  rationale: string;
  citations: Citation[];
  /** Suggested new text for exactly `anchor.quote`; absent when the fix is not mechanical. */
  replacement?: string;
  /** For bilingual findings: where the same thing sits in the paired document. */
  pairAnchor?: Anchor;
  /** Which engine produced it. */
  engine?: 'local' | 'model';
  /** Language of message and rationale. */
  language?: Language;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Order findings by position in the document, then by severity. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.anchor.paragraph - b.anchor.paragraph ||
    a.anchor.start - b.anchor.start ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.id.localeCompare(b.id)
  );
}
