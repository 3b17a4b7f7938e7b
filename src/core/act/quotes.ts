/**
 * Quoted new wordings «…» of amending instructions. A wording opens with « at the start of a
 * paragraph (or right after the colon of "…в следующей редакции:") and closes with the » that
 * balances it at the end of the same or a later paragraph ("»;", "».", "»,"). Guillemets nested
 * inside (a law's title) do not close it.
 */

export interface QuoteSpan {
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
  /** The opening « stands at the start of its paragraph (not inline after a colon). */
  openAtStart: boolean;
}

/** How far a wording may run before we give up on an unbalanced «. */
const MAX_QUOTE_PARAGRAPHS = 600;

export function findQuotes(texts: readonly string[], skip: (paragraph: number) => boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let p = 0;
  let from = 0;
  while (p < texts.length) {
    if (skip(p)) {
      p++;
      from = 0;
      continue;
    }
    const text = texts[p];
    const open = nextOpening(text, from);
    if (open < 0) {
      p++;
      from = 0;
      continue;
    }
    const close = findClose(texts, p, open + 1, skip);
    if (close && /^[\s.;,»]*$/.test(texts[close.paragraph].slice(close.offset + 1))) {
      spans.push({
        start: { paragraph: p, offset: open + 1 },
        end: close,
        openAtStart: /^[\s\u00a0]*$/.test(text.slice(0, open)),
      });
      if (close.paragraph === p) from = close.offset + 1;
      else {
        p = close.paragraph;
        from = close.offset + 1;
      }
      continue;
    }
    from = open + 1;
  }
  return spans;
}

/** Index of the next « that can open a wording: at the paragraph start or after a colon. */
function nextOpening(text: string, from: number): number {
  for (let i = text.indexOf('«', from); i >= 0; i = text.indexOf('«', i + 1)) {
    const before = text.slice(0, i);
    if (/^[\s\u00a0]*$/.test(before) || /:[\s\u00a0]*$/.test(before)) return i;
  }
  return -1;
}

function findClose(
  texts: readonly string[],
  paragraph: number,
  offset: number,
  skip: (paragraph: number) => boolean,
): { paragraph: number; offset: number } | undefined {
  let depth = 1;
  const last = Math.min(texts.length - 1, paragraph + MAX_QUOTE_PARAGRAPHS);
  for (let p = paragraph; p <= last; p++) {
    if (p !== paragraph && skip(p)) continue;
    const text = texts[p];
    for (let i = p === paragraph ? offset : 0; i < text.length; i++) {
      const c = text[i];
      if (c === '«') depth++;
      else if (c === '»' && --depth === 0) return { paragraph: p, offset: i };
    }
  }
  return undefined;
}
