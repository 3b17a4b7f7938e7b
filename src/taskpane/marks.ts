/**
 * The assistant's marks already in the document, read back on every review: a finding whose
 * "[Zan]" comment sits on its words is "commented", so a re-review never writes it twice.
 */
import type { Finding } from '../core/finding';
import { COMMENT_TAG } from '../core/plan-types';

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
