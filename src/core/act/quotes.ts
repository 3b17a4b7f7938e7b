/**
 * Quoted new wordings «…» of amending instructions. A wording opens with « at the start of a
 * paragraph (or right after the colon of "…в следующей редакции:") and closes with the » that
 * balances it at the end of the same or a later paragraph ("»;", "».", "»,"). Guillemets nested
 * inside (a law's title) do not close it.
 *
 * Linear time: one pass pairs every « with its balancing » (a stack over the text of the paragraphs
 * not skipped), a second walks the openings in order. Scanning ahead from each opening instead
 * took quadratic time on a run of unclosed «.
 */

export interface QuoteSpan {
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
  /** The opening « stands at the start of its paragraph (not inline after a colon). */
  openAtStart: boolean;
}

interface Position {
  paragraph: number;
  offset: number;
}

/**
 * Every « that may open a wording, in order, as parallel arrays of numbers (a run of thousands of
 * « must not become thousands of objects for the collector): where it stands, whether at the
 * paragraph start, and the » that balances it (closeParagraph -1: none).
 */
interface Openings {
  paragraph: number[];
  offset: number[];
  atStart: boolean[];
  closeParagraph: number[];
  closeOffset: number[];
}

/** How far a wording may run before we give up on an unbalanced «. */
const MAX_QUOTE_PARAGRAPHS = 600;

/** After the closing », only these may follow in its paragraph: "»;", "».", "»,", "»»". */
const CLOSING_TAIL = /[\s.;,»]/;

export function findQuotes(texts: readonly string[], skip: (paragraph: number) => boolean): QuoteSpan[] {
  const o = pairOpenings(texts, skip);
  const spans: QuoteSpan[] = [];
  // Openings inside an accepted wording belong to it; the next one looked at comes after its ».
  let resume: Position = { paragraph: -1, offset: 0 };
  const tails = new Map<number, number>();
  const tailStart = (p: number): number => {
    let t = tails.get(p);
    if (t === undefined) tails.set(p, (t = closingTailStart(texts[p])));
    return t;
  };
  for (let k = 0; k < o.paragraph.length; k++) {
    const paragraph = o.paragraph[k];
    const offset = o.offset[k];
    if (paragraph < resume.paragraph || (paragraph === resume.paragraph && offset < resume.offset)) continue;
    const close = { paragraph: o.closeParagraph[k], offset: o.closeOffset[k] };
    if (close.paragraph < 0 || close.paragraph - paragraph > MAX_QUOTE_PARAGRAPHS) continue;
    if (close.offset + 1 < tailStart(close.paragraph)) continue; // text goes on after the »: not a wording's end
    spans.push({ start: { paragraph, offset: offset + 1 }, end: close, openAtStart: o.atStart[k] });
    resume = { paragraph: close.paragraph, offset: close.offset + 1 };
  }
  return spans;
}

/**
 * Every « that may open a wording (at the paragraph start or after a colon, spaces aside), in order,
 * each with the » where the guillemets opened from it balance again.
 */
function pairOpenings(texts: readonly string[], skip: (paragraph: number) => boolean): Openings {
  const o: Openings = { paragraph: [], offset: [], atStart: [], closeParagraph: [], closeOffset: [] };
  // Open guillemets: the index of their opening, or -1 for a « that cannot open a wording.
  const stack: number[] = [];
  for (let p = 0; p < texts.length; p++) {
    if (skip(p)) continue;
    const text = texts[p];
    // Only the guillemets matter (found natively; most paragraphs have none), and before a « the last
    // non-space character of the paragraph (0: none).
    let nextOpen = text.indexOf('«');
    let nextClose = text.indexOf('»');
    while (nextOpen >= 0 || nextClose >= 0) {
      const i = nextClose < 0 || (nextOpen >= 0 && nextOpen < nextClose) ? nextOpen : nextClose;
      if (i === nextOpen) {
        const lastVisible = visibleBefore(text, i);
        if (lastVisible === 0 || lastVisible === COLON) {
          stack.push(o.paragraph.length);
          o.paragraph.push(p);
          o.offset.push(i);
          o.atStart.push(lastVisible === 0);
          o.closeParagraph.push(-1);
          o.closeOffset.push(-1);
        } else stack.push(-1);
        nextOpen = text.indexOf('«', i + 1);
      } else {
        if (stack.length) {
          const k = stack.pop()!;
          if (k >= 0) {
            o.closeParagraph[k] = p;
            o.closeOffset[k] = i;
          }
        }
        nextClose = text.indexOf('»', i + 1);
      }
    }
  }
  return o;
}

const OPEN = 0xab; // «
const CLOSE = 0xbb; // »
const COLON = 0x3a;

/** Code of the last non-space character before `i` (0: none); each space is passed over once per paragraph. */
function visibleBefore(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j < 0 ? 0 : text.charCodeAt(j);
}

/** What the regex class \s matches, by code (one character at a time, without a regex). */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The offset from which the rest of the paragraph is only closing punctuation and spaces. */
function closingTailStart(text: string): number {
  let i = text.length;
  while (i > 0 && CLOSING_TAIL.test(text[i - 1])) i--;
  return i;
}
