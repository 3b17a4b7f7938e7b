/**
 * What the command line reports as refused (exit 3, one line, the batch goes on with the next
 * file), told apart by type guards: an input it cannot read or review, an output it may not write,
 * a server that refused the review (wrong token, limits, unreachable), an eval folder that does
 * not hold what `zan eval` needs.
 */
import { isEmptyDocumentError } from '../app/errors';
import { isEvalInputError } from '../eval/expected';
import { isDocxError } from '../hosts/docx/errors';
import { isServerReviewError } from '../protocol/client';
import { isInputError } from './documentFile';
import { isOutputError } from './outputs';

export function isRefusal(error: unknown): error is Error {
  return isInputError(error) || isDocxError(error) || isEmptyDocumentError(error) || isOutputError(error) || isServerReviewError(error) || isEvalInputError(error);
}
