/**
 * Errors of the Word host that a user can meet. `code` selects the wording in the pane's language
 * (src/i18n, keys "error.<code>"); `cause` keeps Word's own error for the console.
 */
import { errorGuard } from '../../core/errors';

export type WordHostErrorCode = 'tracked-changes-unsupported' | 'word-failed' | 'not-in-word';

const ENGLISH: Record<WordHostErrorCode, string> = {
  'tracked-changes-unsupported':
    'This version of Word cannot accept or reject single tracked changes (it needs WordApi 1.6). Use Review › Accept or Reject in Word instead.',
  'word-failed': 'Word did not complete the operation. Save the document, then try again; if it repeats, reopen the add-in.',
  'not-in-word': 'The pane is not running inside Word.',
};

export class WordHostError extends Error {
  constructor(
    readonly code: WordHostErrorCode,
    override readonly cause?: unknown,
  ) {
    super(ENGLISH[code] + (cause instanceof Error ? ` (${cause.message})` : ''));
    this.name = 'WordHostError';
  }
}

export const isWordHostError = errorGuard(WordHostError);
