/**
 * Why a finding was left out of the document, or written without its tracked change: one list of
 * codes for every producer (the plan, the .docx writer, the Word host's stale check). Reports and
 * the pane show each through its label in the message catalog (`skip.<code>` in src/i18n).
 */
export const SKIP_REASONS = [
  /** The paragraph index does not exist in the document. */
  'no-such-paragraph',
  /** The anchored words are not (any more) at their place: nothing is written for the finding. */
  'stale',
  /** Its replacement overlaps a stronger finding's (`overlaps`): the comment is placed, the edit is not. */
  'overlap',
  /** The change would cross a tracked change made by a person. */
  'human-revision',
  /** The words lie inside a field, whose result Word regenerates. */
  'field',
  /** The words lie inside a content control or alternate content. */
  'protected',
  /** The deletion would remove a picture, a note reference or a field mark. */
  'object',
  /** Two changes of the same paragraph overlap in the file. */
  'overlapping-edit',
  /** No run of text to attach the change or comment to. */
  'no-run',
  /** The same Zan comment already stands on this paragraph (a re-review). */
  'already-commented',
] as const;

export type SkipReason = (typeof SKIP_REASONS)[number];

/** A finding left out, and why; `overlaps` names the finding whose edit won an 'overlap'. */
export interface SkippedFinding {
  findingId: string;
  reason: SkipReason;
  overlaps?: string;
}

/** How many findings each reason left out, in the list's order (reasons with none omitted). */
export function countSkipReasons(skipped: readonly SkippedFinding[]): { reason: SkipReason; count: number }[] {
  return SKIP_REASONS.map((reason) => ({ reason, count: skipped.filter((s) => s.reason === reason).length })).filter((r) => r.count > 0);
}
