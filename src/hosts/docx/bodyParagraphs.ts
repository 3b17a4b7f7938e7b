/**
 * The body paragraphs of document.xml as DOM, without a DOM of the whole part: a 58,000-paragraph
 * code as one xmldom tree took 2.6 s and most of 800 MB. The reader parses the paragraphs in batches
 * (each wrapped in a copy of the root's start tag, which binds their prefixes) and keeps only their
 * text and properties; the writer parses again, alone, just the paragraphs it changes.
 */
import { docxError } from './errors';
import { isElement } from './ooxml';
import { parseCheckedXml } from './safeXml';
import type { BodyScan } from './spans';
import { layoutParagraph, type FieldState, type ParagraphLayout } from './text';

/** About this many characters of paragraphs go into one parse: large enough that parsing costs per character, small enough to be freed at once. */
const BATCH_CHARS = 1 << 20;

/** Where the paragraphs are, and what the writer needs to read one of them again exactly as the reader did. */
export interface BodyParagraphs extends BodyScan {
  /** The open complex fields at the start of a paragraph, where there are any (they can span paragraphs). */
  fieldsAtStart: Map<number, FieldState>;
}

/** Calls `visit` with every body paragraph element, in order, parsing them in batches. */
export function forEachBodyParagraph(text: string, scan: BodyScan, path: string, source: string, visit: (p: Element, index: number) => void): void {
  const spans = scan.paragraphs;
  for (let first = 0; first < spans.length; ) {
    let last = first;
    let chars = 0;
    while (last < spans.length && (last === first || chars < BATCH_CHARS)) chars += spans[last].end - spans[last++].start;
    const xml = spans.slice(first, last).map((s) => text.slice(s.start, s.end));
    let index = first;
    for (const p of parsedParagraphs(scan, xml, path, source)) visit(p, index++);
    if (index !== last) throw docxError('unsupported', source, `part ${path}: ${last - first} paragraphs cut out of the text parsed as ${index - first}`);
    first = last;
  }
}

/** Body paragraph `index` parsed again on its own, with the layout the reader saw; undefined when there is no such paragraph. */
export function bodyParagraph(body: BodyParagraphs, text: string, w: string, index: number, path: string, source: string): { p: Element; layout: ParagraphLayout } | undefined {
  const span = body.paragraphs[index];
  if (!Number.isInteger(index) || !span) return undefined;
  const [p] = parsedParagraphs(body, [text.slice(span.start, span.end)], path, source);
  const fields = body.fieldsAtStart.get(index);
  return { p, layout: layoutParagraph(p, w, 'current', { stack: [...(fields?.stack ?? [])] }) };
}

function parsedParagraphs(root: { rootTag: string; rootName: string }, paragraphs: string[], path: string, source: string): Element[] {
  const dom = parseCheckedXml(`${root.rootTag}${paragraphs.join('')}</${root.rootName}>`, path, source);
  const out: Element[] = [];
  for (let c = dom.documentElement.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}
