/** Errors of the review use case that a caller tells apart (the CLI's exit status, the pane's message). */
import { errorGuard } from '../core/errors';

/** Every paragraph is blank: there is nothing to review (the pane says so; the CLI refuses the file). */
export class EmptyDocumentError extends Error {
  override name = 'EmptyDocumentError';
  constructor(readonly source: string) {
    super(`${source}: the document is empty: there is nothing to review`);
  }
}

/** The caller's signal stopped the review between two stages (a newer review superseded it). */
export class ReviewAbortedError extends Error {
  override name = 'ReviewAbortedError';
  constructor() {
    super('the review was stopped');
  }
}

export const isEmptyDocumentError = errorGuard(EmptyDocumentError);
export const isReviewAbortedError = errorGuard(ReviewAbortedError);
