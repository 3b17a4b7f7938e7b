/**
 * The writer's invariants as reusable checks: rejecting every tracked change gives the input text,
 * accepting every one gives the suggested text (the applied hunks replayed on the strings).
 */
import type { ApplyResult, Hunk, ReviewPlan } from '../../src/core/plan-types';
import { countRevisions, paragraphTexts, type RevisionCounts } from '../../src/hosts/docx/revisions';

export { countRevisions, paragraphTexts, type RevisionCounts };

/** Apply non-overlapping hunks of one paragraph to its text (right to left, so offsets stay valid). */
export function applyHunksToText(text: string, hunks: readonly Hunk[]): string {
  const sorted = [...hunks].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const h of sorted) {
    if (h.start < at) throw new Error(`overlapping hunks at ${h.start}`);
    out += text.slice(at, h.start) + h.inserted;
    at = h.end;
  }
  return out + text.slice(at);
}

/** The text of every paragraph once the given hunks are accepted. */
export function suggestedTexts(original: readonly string[], hunks: readonly Hunk[]): string[] {
  return original.map((text, i) =>
    applyHunksToText(
      text,
      hunks.filter((h) => h.paragraph === i),
    ),
  );
}

/** The hunks a host actually wrote: everything not reported stale or skipped. */
export function appliedHunks(plan: ReviewPlan, result: ApplyResult & { skipped?: { findingId: string }[] }): Hunk[] {
  const out = new Set([...result.stale, ...(result.skipped ?? []).map((s) => s.findingId)]);
  return plan.hunks.filter((h) => !out.has(h.findingId) && (h.deleted !== '' || h.inserted !== ''));
}

export interface InvariantReport {
  original: string[];
  accepted: string[];
  expectedOriginal: string[];
  expectedAccepted: string[];
}

/** Views of the output next to what they must be; compare with `toEqual` in a test. */
export async function revisionInvariants(input: Uint8Array, output: Uint8Array, applied: readonly Hunk[]): Promise<InvariantReport> {
  const before = await paragraphTexts(input, 'current');
  return {
    original: await paragraphTexts(output, 'original'),
    accepted: await paragraphTexts(output, 'accepted'),
    expectedOriginal: await paragraphTexts(input, 'original'),
    expectedAccepted: suggestedTexts(before, applied),
  };
}
