/**
 * What the pane's review session holds and says (session.ts keeps it; React renders it): the
 * state of each finding, the status line's message, the model phase, the last bulk action.
 */
import type { ArticleOf } from '../core/act/articles';
import type { RuleNotRun } from '../checks/runner';
import type { Category, Finding } from '../core/finding';
import type { Hunk } from '../core/plan-types';
import type { SkipReason } from '../core/skipReasons';
import type { ModelCoverage } from './modelSummary';

export type FindingStatus = 'commented' | 'applied' | 'accepted' | 'rejected' | 'stale';

export type SessionMessage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'local' }
  | { kind: 'localDone'; count: number }
  /** Nothing found and every article was checked by every engine: the draft passed. */
  | { kind: 'none' }
  /** Nothing found by the local checks (no model, or the model did not check everything). */
  | { kind: 'noneLocal' }
  | { kind: 'noneSelection' }
  | { kind: 'empty' }
  | { kind: 'noArticles'; count: number }
  /** `skipped`: what the plan left out, by reason (stale words counted in `stale` are the host's). */
  | { kind: 'applied'; comments: number; changes: number; stale: number; skipped?: { reason: SkipReason; count: number }[] }
  | { kind: 'undone' }
  | { kind: 'error'; code: string; detail?: string };

export type ModelPhase = 'waiting' | 'running' | 'done' | 'cancelled' | 'timeout' | 'error';

export interface ModelState extends ModelCoverage {
  phase: ModelPhase;
  /** Article groups answered so far, of `total` (progress events). */
  done: number;
  total: number;
  error?: string;
}

/** What one bulk action did, so that one undo takes it back. */
export interface BulkRecord {
  category: Category;
  findings: Finding[];
  hunks: Hunk[];
  comments: number;
  changes: number;
}

export interface SessionState {
  busy: boolean;
  message: SessionMessage;
  findings: Finding[];
  status: Record<string, FindingStatus>;
  /** Findings the user dismissed (in this document), which can be shown and restored. */
  hidden: Finding[];
  /** The model phase of the last review; undefined when no model engine is configured. */
  model?: ModelState;
  /** The review has run at least once. */
  reviewed: boolean;
  scope: 'document' | 'selection';
  lastBulk?: BulkRecord;
  /** The document has no articles (a letter, a note): only general checks apply. */
  notAnAct?: boolean;
  /** The article of a finding in the reviewed act, for grouping (by unit id, the paragraph's unit when a server sent none). */
  articleOf?: ArticleOf;
  /** A finding whose change was just rejected while its comment stays: the pane offers to remove it. */
  rejectedWithComment?: string;
  /** Local rules that could not run on this document: the review is incomplete, never "passed". */
  notRun: RuleNotRun[];
}
