/** Messages between the pane and the local-review worker. */
import type { Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Finding } from '../core/finding';

export interface LocalReviewRequest {
  id: number;
  doc: DocModel;
}

export type LocalReviewReply = { id: number; act: Act; findings: Finding[] } | { id: number; error: string };
