/**
 * Which planned changes and comments may be written: the anchored text must still be what the plan
 * saw (else the finding is stale), and a range must touch nothing but plain runs (never a human
 * revision, a field, a content control, or an object a deletion would swallow).
 */
import type { Hunk, PlannedComment, ReviewPlan } from '../../core/plan-types';
import { firstIndex, pieceContaining, pieceEndingIn } from './pieceSearch';
import type { SkipReason } from '../../core/skipReasons';
import type { ParagraphLayout, TextPiece } from './text';

/** Zero-width run children a deletion may carry along without losing anything. */
const SAFE_TO_DELETE = new Set(['lastRenderedPageBreak', 'softHyphen', 'proofErr']);

/** What the plan asks of one body paragraph. */
export interface ParagraphWork {
  index: number;
  p: Element;
  layout: ParagraphLayout;
  hunks: Hunk[];
  comments: PlannedComment[];
}

/**
 * The plan's hunks and comments grouped by paragraph, each still anchored on the text it quotes
 * (`texts` as the plan saw them, `parsed` the paragraphs as they are); a finding with any stale half
 * is dropped whole and named in `stale`.
 */
export function groupFresh(
  plan: ReviewPlan,
  texts: readonly (string | undefined)[],
  parsed: ReadonlyMap<number, { p: Element; layout: ParagraphLayout }>,
): { work: Map<number, ParagraphWork>; stale: Set<string> } {
  const stale = new Set<string>();
  const work = new Map<number, ParagraphWork>();
  const workFor = (i: number): ParagraphWork => {
    let wk = work.get(i);
    if (!wk) work.set(i, (wk = { index: i, ...parsed.get(i)!, hunks: [], comments: [] }));
    return wk;
  };
  const inRange = (i: number, s: number, e: number): boolean => {
    const t = texts[i];
    return t !== undefined && parsed.get(i)?.layout.text === t && Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= t.length;
  };
  for (const h of plan.hunks) {
    if (!inRange(h.paragraph, h.start, h.end) || texts[h.paragraph]!.slice(h.start, h.end) !== h.deleted) stale.add(h.findingId);
    else workFor(h.paragraph).hunks.push(h);
  }
  for (const c of plan.comments) {
    if (!inRange(c.paragraph, c.start, c.end) || texts[c.paragraph]!.slice(c.start, c.end) !== c.quote) stale.add(c.findingId);
    else workFor(c.paragraph).comments.push(c);
  }
  // A finding is written whole or not at all: drop the other half of a stale finding.
  for (const wk of work.values()) {
    wk.hunks = wk.hunks.filter((h) => !stale.has(h.findingId));
    wk.comments = wk.comments.filter((c) => !stale.has(c.findingId));
  }
  return { work, stale };
}

/** Calls `refuse` for every hunk or comment of the paragraph that would touch anything but plain runs, or overlap. */
export function refuseUnsafe(wk: ParagraphWork, refuse: (findingId: string, reason: SkipReason) => void): void {
  wk.hunks.sort((a, b) => a.start - b.start || a.end - b.end);
  let lastEnd = -1;
  for (const h of wk.hunks) {
    const reason = h.start < lastEnd ? 'overlapping-edit' : h.start === h.end ? insertionProblem(wk.layout, h.start) : rangeProblem(wk.layout, h.start, h.end, true);
    if (reason) refuse(h.findingId, reason);
    else lastEnd = Math.max(lastEnd, h.end);
  }
  for (const c of wk.comments) {
    const reason = c.start === c.end ? insertionProblem(wk.layout, c.start) : rangeProblem(wk.layout, c.start, c.end, false);
    if (reason) refuse(c.findingId, reason);
  }
}

/**
 * Why [start, end) cannot be changed or commented, or undefined when every character is in a plain run.
 * Pieces, deletion marks and objects are in offset order: only those in the range are looked at.
 */
function rangeProblem(layout: ParagraphLayout, start: number, end: number, deleting: boolean): SkipReason | undefined {
  for (let i = firstIndex(layout.pieces, (x) => x.end > start); i < layout.pieces.length && layout.pieces[i].start < end; i++) {
    const r = contextProblem(layout.pieces[i]);
    if (r) return r;
  }
  // A human deletion has no visible text, but changing or commenting words around it would still cross it.
  const mark = layout.deletionMarks[firstIndex(layout.deletionMarks, (o) => o > start)];
  if (mark !== undefined && mark < end) return 'human-revision';
  if (deleting) {
    for (let i = firstIndex(layout.objects, (o) => o.offset > start); i < layout.objects.length && layout.objects[i].offset < end; i++) {
      if (!SAFE_TO_DELETE.has(layout.objects[i].node.localName)) return 'object';
    }
  }
  return undefined;
}

function contextProblem(piece: TextPiece): SkipReason | undefined {
  switch (piece.context) {
    case 'plain':
      return undefined;
    case 'human-revision':
      return 'human-revision';
    case 'field':
      return 'field';
    default:
      return 'protected';
  }
}

/** Where a pure insertion at `offset` would go: the run before it, or after it, must be plain. */
function insertionProblem(layout: ParagraphLayout, offset: number): SkipReason | undefined {
  if (!layout.pieces.length) return undefined; // empty paragraph: a new run at its end
  const left = pieceEndingIn(layout.pieces, offset);
  const right = pieceContaining(layout.pieces, offset);
  if (left && !contextProblem(left)) return undefined;
  if (right && !contextProblem(right)) return undefined;
  return contextProblem(left ?? right!) ?? 'no-run';
}
