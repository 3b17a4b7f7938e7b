/** Hand-made findings and plans for host tests (independent of the rules and the plan builder). */
import type { Finding } from '../../src/core/finding';
import { COMMENT_TAG, type ReviewPlan } from '../../src/core/plan-types';

let counter = 0;

export function finding(paragraphs: readonly string[], paragraph: number, quote: string, replacement?: string, occurrence = 0): Finding {
  const text = paragraphs[paragraph];
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in paragraph ${paragraph}`);
  return {
    id: `test/rule:${paragraph}:${start}:${counter++}`,
    ruleId: 'test/rule',
    category: 'technique',
    severity: 'warning',
    unit: `ст. ${paragraph}`,
    anchor: { paragraph, start, end: start + quote.length, quote },
    message: `Замечание к «${quote.slice(0, 20)}»`,
    rationale: 'Закон «О правовых актах», ст. 24',
    citations: [],
    replacement,
  };
}

/** A plan with one comment per finding and one hunk per replacement (the whole quote). */
export function planOf(findings: Finding[]): ReviewPlan {
  return {
    findings,
    skipped: [],
    comments: findings.map((f) => ({ paragraph: f.anchor.paragraph, start: f.anchor.start, end: f.anchor.end, quote: f.anchor.quote, text: COMMENT_TAG + f.message, findingId: f.id })),
    hunks: findings
      .filter((f) => f.replacement !== undefined)
      .map((f) => ({ paragraph: f.anchor.paragraph, start: f.anchor.start, end: f.anchor.end, deleted: f.anchor.quote, inserted: f.replacement!, findingId: f.id })),
  };
}

/** A synthetic act of n paragraphs, alternating article headings and items. */
export function syntheticAct(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    out.push(`Статья ${i + 1}. Порядок рассмотрения обращений`);
    out.push(`1. Уполномоченный орган рассматривает обращение в разумный срок и т.д. (пункт ${i + 1}).`);
  }
  return out.slice(0, n);
}
