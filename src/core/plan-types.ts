/**
 * ReviewPlan: what a host applies. Built from Finding[] by core/plan: findings merged and
 * de-overlapped, each replacement turned into minimal word-level hunks.
 */
import type { Finding } from './finding';
import type { SkippedFinding } from './skipReasons';

/** One tracked change: inside paragraph `paragraph`, replace [start, end) (may be empty) by `insert`. */
export interface Hunk {
  paragraph: number;
  start: number;
  end: number;
  /** Exactly the text between start and end now (checked before applying: stale safety). */
  deleted: string;
  inserted: string;
  findingId: string;
}

/** One comment on [start, end) of a paragraph. `text` already carries the "[Zan] " tag. */
export interface PlannedComment {
  paragraph: number;
  start: number;
  end: number;
  /** The anchored words, checked before applying. */
  quote: string;
  text: string;
  findingId: string;
}

export interface ReviewPlan {
  comments: PlannedComment[];
  /** Sorted by paragraph then start; never overlapping. */
  hunks: Hunk[];
  /** Findings that were left out of the document (or out of its tracked changes), and why. */
  skipped: SkippedFinding[];
  findings: Finding[];
}

/** What a host reports after applying a plan. */
export interface ApplyResult {
  commentsAdded: number;
  hunksApplied: number;
  /** Findings whose anchored text had changed since the review: nothing was written for them. */
  stale: string[];
}

export const COMMENT_TAG = '[Zan] ';
export const COMMENT_AUTHOR = 'Zan Assistant';
export const COMMENT_INITIALS = 'ZA';
