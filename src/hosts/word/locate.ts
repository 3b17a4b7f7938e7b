/**
 * How to reach the words [start, end) of a paragraph with Word's search, which has no offsets and
 * refuses strings longer than 255 characters. Pure: computed from the paragraph's current text.
 *
 * A locate plan is a chain of searches, each taking the FIRST hit in a window that starts where the
 * previous hit ended and runs to the paragraph's end. Because every searched piece is exactly the
 * text at the window's start (or the quote itself, when its first occurrence is the wanted one),
 * each first hit lands where the plan expects, whatever repeats elsewhere in the paragraph.
 */

/** Word rejects longer search strings ("SearchStringInvalidOrTooLong"). */
export const WORD_SEARCH_LIMIT = 255;

export interface LocatePlan {
  /** Pieces that move the window's start up to `start` (the text before it, in chunks). */
  skip: string[];
  /** Pieces whose hits, joined, are the target (the quote in chunks). */
  take: string[];
}

/** Escape Word's search metacharacter: "^" introduces special codes (^p, ^t), "^^" is a caret. */
export function escapeSearch(text: string): string {
  return text.replace(/\^/g, '^^');
}

/** Split into pieces whose escaped form fits Word's search limit, never inside a surrogate pair. */
export function chunkForSearch(text: string, limit = WORD_SEARCH_LIMIT): string[] {
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const cost = ch === '^' ? 2 : ch.length;
    if (size + cost > limit) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += cost;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Plan to reach [start, end) of `text` (end > start). Returns undefined when the range is empty or
 * outside the text.
 */
export function planLocate(text: string, start: number, end: number): LocatePlan | undefined {
  if (!(start >= 0 && end > start && end <= text.length)) return undefined;
  const quote = text.slice(start, end);
  const take = chunkForSearch(quote);
  // When the quote's first occurrence is the wanted one, no skipping is needed.
  const skip = text.indexOf(take[0]) === start ? [] : chunkForSearch(text.slice(0, start));
  return { skip, take };
}
