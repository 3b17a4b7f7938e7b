/** Binary searches over a paragraph's text pieces (and anything else kept in offset order). */
import type { TextPiece } from './text';

/** The piece holding the character at `offset` (start <= offset < end). */
export function pieceContaining(pieces: readonly TextPiece[], offset: number): TextPiece | undefined {
  const p = pieces[firstIndex(pieces, (x) => x.end > offset)];
  return p && p.start <= offset ? p : undefined;
}

/** The piece whose text ends at or runs over `offset` (start < offset <= end). */
export function pieceEndingIn(pieces: readonly TextPiece[], offset: number): TextPiece | undefined {
  const p = pieces[firstIndex(pieces, (x) => x.end >= offset)];
  return p && p.start < offset ? p : undefined;
}

/** The first index whose item passes a test that fails for a prefix of the items and holds after (binary search). */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
