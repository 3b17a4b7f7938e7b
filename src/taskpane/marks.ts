/**
 * The assistant's marks already in the document, read back on every review: a finding whose
 * "[Zan]" comment sits on its words is "commented", one whose fix is there as tracked changes is
 * "applied", so a re-review never writes either twice.
 */
import { wordEdits } from '../core/edits';
import type { Finding } from '../core/finding';
import { COMMENT_TAG } from '../core/plan-types';
import type { DocTrackedChange } from '../hosts/word/host';

export type { DocTrackedChange };

/** A "[Zan] …" comment as the host reads it: its content and the words it sits on now. */
export interface DocComment {
  content: string;
  text: string;
}

/** The message line of a Zan comment (its first line, without the tag); undefined for others' comments. */
export function commentMessage(content: string): string | undefined {
  if (!content.startsWith(COMMENT_TAG)) return undefined;
  // Word may give the comment's paragraphs back separated by \r, \n or \v.
  return content.slice(COMMENT_TAG.length).split(/[\r\n\v]/)[0].trim();
}

/**
 * One of `comments` is this finding's: same message, on its words (or on its replacement, once the
 * suggestion was applied: nothing left, when the suggestion was to delete them).
 */
export function commentedBy(f: Finding, comments: readonly DocComment[]): boolean {
  const message = f.message.trim();
  const words = [f.anchor.quote, f.replacement ?? f.anchor.quote];
  return comments.some((c) => commentMessage(c.content) === message && words.includes(c.text));
}

/**
 * The finding's fix is in the document as tracked changes: in its paragraph, each word-level edit
 * of its suggestion (as the plan writes them) found as a deletion of those words and an insertion
 * of the suggested ones. Word names the user, not the add-in, as a change's author, so the match is
 * on the words. Word for Mac reads a deletion's text as "" (OfficeDev/office-js #5188): an empty
 * deletion counts where the insertion beside it confirms the edit.
 */
export function appliedBy(f: Finding, changes: readonly DocTrackedChange[]): boolean {
  if (f.replacement === undefined) return false;
  const edits = wordEdits(f.anchor.quote, f.replacement);
  if (edits.length === 0) return false;
  const unused = changes.filter((c) => c.paragraph === f.anchor.paragraph);
  const take = (type: DocTrackedChange['type'], ok: (text: string) => boolean): boolean => {
    const at = unused.findIndex((c) => c.type === type && ok(c.text));
    if (at >= 0) unused.splice(at, 1);
    return at >= 0;
  };
  return edits.every(
    (e) =>
      (!e.deleted || take('Deleted', (t) => t === e.deleted || (t === '' && e.inserted !== ''))) &&
      (!e.inserted || take('Added', (t) => t === e.inserted)),
  );
}
