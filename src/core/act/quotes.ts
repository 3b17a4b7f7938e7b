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

/** An « that can open a wording, and the » that balances it (if any). */
interface Opening extends Position {
  atStart: boolean;
  close?: Position;
}

/** How far a wording may run before we give up on an unbalanced «. */
const MAX_QUOTE_PARAGRAPHS = 600;

/** After the closing », only these may follow in its paragraph: "»;", "».", "»,", "»»". */
const CLOSING_TAIL = /[\s.;,»]/;
const SPACE = /\s/;

export function findQuotes(texts: readonly string[], skip: (paragraph: number) => boolean): QuoteSpan[] {
  const openings = pairOpenings(texts, skip);
  const spans: QuoteSpan[] = [];
  // Openings inside an accepted wording belong to it; the next one looked at comes after its ».
  let resume: Position = { paragraph: -1, offset: 0 };
  const tails = new Map<number, number>();
  const tailStart = (p: number): number => {
    let t = tails.get(p);
    if (t === undefined) tails.set(p, (t = closingTailStart(texts[p])));
    return t;
  };
  for (const open of openings) {
    if (open.paragraph < resume.paragraph || (open.paragraph === resume.paragraph && open.offset < resume.offset)) continue;
    const close = open.close;
    if (!close || close.paragraph - open.paragraph > MAX_QUOTE_PARAGRAPHS) continue;
    if (close.offset + 1 < tailStart(close.paragraph)) continue; // text goes on after the »: not a wording's end
    spans.push({ start: { paragraph: open.paragraph, offset: open.offset + 1 }, end: close, openAtStart: open.atStart });
    resume = { paragraph: close.paragraph, offset: close.offset + 1 };
  }
  return spans;
}

/**
 * Every « that may open a wording (at the paragraph start or after a colon, spaces aside), in order,
 * each with the » where the guillemets opened from it balance again.
 */
function pairOpenings(texts: readonly string[], skip: (paragraph: number) => boolean): Opening[] {
  const openings: Opening[] = [];
  const stack: Array<Opening | undefined> = [];
  for (let p = 0; p < texts.length; p++) {
    if (skip(p)) continue;
    const text = texts[p];
    let lastVisible = ''; // the last non-space character before i in this paragraph
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '«') {
        let open: Opening | undefined;
        if (lastVisible === '' || lastVisible === ':') {
          open = { paragraph: p, offset: i, atStart: lastVisible === '' };
          openings.push(open);
        }
        stack.push(open);
      } else if (c === '»' && stack.length) {
        const open = stack.pop();
        if (open) open.close = { paragraph: p, offset: i };
      }
      if (!SPACE.test(c)) lastVisible = c;
    }
  }
  return openings;
}

/** The offset from which the rest of the paragraph is only closing punctuation and spaces. */
function closingTailStart(text: string): number {
  let i = text.length;
  while (i > 0 && CLOSING_TAIL.test(text[i - 1])) i--;
  return i;
}
