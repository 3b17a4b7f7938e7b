/** Messages between the pane and the local-review worker. */
import type { RuleNotRun } from '../checks/runner';
import type { Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Finding } from '../core/finding';

export interface LocalReviewRequest {
  id: number;
  doc: DocModel;
}

/** Sent once when the pane is idle after its first paint: prepare for the first review (no reply). */
export interface LocalWarmUpRequest {
  warmUp: true;
}

/** The act, the findings and the rules that could not run on it (the pane says so), or the error's message. */
export type LocalReviewReply = { id: number; act: Act; findings: Finding[]; notRun: RuleNotRun[] } | { id: number; error: string };
