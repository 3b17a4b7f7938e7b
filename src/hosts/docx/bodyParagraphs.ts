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

/** Calls `visit` with every body paragraph element (or those at `indexes`, ascending), in order, parsing them in batches. */
export function forEachBodyParagraph(
  text: string,
  scan: BodyScan,
  path: string,
  source: string,
  visit: (p: Element, index: number) => void,
  indexes: readonly number[] = scan.paragraphs.map((_, i) => i),
): void {
  const spans = scan.paragraphs;
  for (let first = 0; first < indexes.length; ) {
    let last = first;
    let chars = 0;
    while (last < indexes.length && (last === first || chars < BATCH_CHARS)) chars += spans[indexes[last]].end - spans[indexes[last++]].start;
    const xml = indexes.slice(first, last).map((i) => text.slice(spans[i].start, spans[i].end));
    let k = first;
    for (const p of parsedParagraphs(scan, xml, path, source)) visit(p, indexes[k++]);
    if (k !== last) throw docxError('unsupported', source, `part ${path}: ${last - first} paragraphs cut out of the text parsed as ${k - first}`);
    first = last;
  }
}

/** Body paragraphs at `indexes` parsed again, with the layouts the reader saw; indexes with no paragraph are left out. */
export function bodyParagraphsAt(
  body: BodyParagraphs,
  text: string,
  w: string,
  indexes: Iterable<number>,
  path: string,
  source: string,
): Map<number, { p: Element; layout: ParagraphLayout }> {
  const out = new Map<number, { p: Element; layout: ParagraphLayout }>();
  const wanted = [...new Set(indexes)].filter((i) => Number.isInteger(i) && body.paragraphs[i] !== undefined).sort((a, b) => a - b);
  forEachBodyParagraph(
    text,
    body,
    path,
    source,
    (p, i) => out.set(i, { p, layout: layoutParagraph(p, w, 'current', { stack: [...(body.fieldsAtStart.get(i)?.stack ?? [])] }) }),
    wanted,
  );
  return out;
}

function parsedParagraphs(root: { rootTag: string; rootName: string }, paragraphs: string[], path: string, source: string): Element[] {
  const dom = parseCheckedXml(`${root.rootTag}${paragraphs.join('')}</${root.rootName}>`, path, source);
  const out: Element[] = [];
  for (let c = dom.documentElement.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}
