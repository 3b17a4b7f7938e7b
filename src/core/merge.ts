/**
 * Local and model findings together: the model often sees what a rule already reported (a vague
 * deadline, an appeal excluded). The reviewer should read it once: a model finding is dropped when a
 * finding already kept says the same category on overlapping words of the same paragraph.
 */
import { compareFindings, type Finding } from './finding';

function overlaps(a: Finding, b: Finding): boolean {
  return a.anchor.paragraph === b.anchor.paragraph && a.anchor.start < b.anchor.end && b.anchor.start < a.anchor.end;
}

/** `kept` plus those of `incoming` that say something new; in document order. */
export function mergeFindings(kept: readonly Finding[], incoming: readonly Finding[]): Finding[] {
  const ids = new Set(kept.map((f) => f.id));
  const out = [...kept];
  for (const f of incoming) {
    if (ids.has(f.id)) continue;
    if (out.some((k) => k.category === f.category && (k.ruleId === f.ruleId || k.engine !== f.engine) && overlaps(k, f))) continue;
    ids.add(f.id);
    out.push(f);
  }
  return out.sort(compareFindings);
}
