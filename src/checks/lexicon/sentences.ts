/**
 * Sentence bounds inside a paragraph. A rule that needs the grammatical subject, the criteria of
 * a power or the qualifier of a list reads the sentence around its marker, not the paragraph:
 * one paragraph of a norm often holds several sentences or list entries (";").
 */

export interface Span {
  start: number;
  end: number;
}

/** Where sentences end: ";" or ":" anywhere, ".!?" before a capital letter, a quote mark or the end. */
const BOUNDARY = /[;:]|[.!?](?=[\s\u00a0]*(?:$|[«"“(]?[\p{Lu}]))/gu;

/** The sentences of a paragraph, in order; their spans cover the text without gaps. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + 1;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  BOUNDARY.lastIndex = 0;
  return out.length ? out : [{ start: 0, end: text.length }];
}

/** The sentence that contains `offset`. */
export function sentenceAt(text: string, offset: number, list: Span[] = sentences(text)): Span {
  for (const s of list) if (offset >= s.start && offset < s.end) return s;
  return list[list.length - 1] ?? { start: 0, end: text.length };
}

/** The sentence containing `offset`, with spaces, list labels ("1.", "3)") and «» trimmed from its start. */
export function sentenceBody(text: string, offset: number, list?: Span[]): Span {
  const s = sentenceAt(text, offset, list);
  const lead = /^[\s\u00a0«"]*(?:\d+(?:-\d+)*[.)][\s\u00a0]*)?/u.exec(text.slice(s.start, s.end));
  return { start: s.start + (lead ? lead[0].length : 0), end: s.end };
}
