/**
 * The lighter pass of the reader: a paragraph made only of plain runs (text, tabs, breaks, bookmarks,
 * any formatting) is read from its XML text with one tokenizer, without building its DOM; a code's
 * paragraphs nearly all are. Anything else, or anything this pass is not sure of (another element,
 * a revision mark, a namespace declaration, an unknown entity, a carriage return that XML would
 * normalise), returns undefined and the paragraph goes to xmldom and text.ts as before. A test
 * holds the two to the same answer on every paragraph of the real .docx files we have.
 */
import { attr, firstChild } from './ooxml';
import type { ParagraphLayout } from './text';

/** What the reader keeps of a paragraph, however it was read. */
export interface ParagraphFacts {
  text: string;
  style?: string;
  outlineLevel?: string;
  numId?: string;
  ilvl?: string;
  hasTrackedChanges: boolean;
}

/** What the reader keeps of a paragraph parsed as DOM (plainParagraphFacts reads the same from text). */
export function domParagraphFacts(p: Element, layout: ParagraphLayout, w: string): ParagraphFacts {
  const pPr = firstChild(p, w, 'pPr');
  const numPr = firstChild(pPr, w, 'numPr');
  return {
    text: layout.text,
    style: attr(firstChild(pPr, w, 'pStyle'), w, 'val'),
    outlineLevel: attr(firstChild(pPr, w, 'outlineLvl'), w, 'val'),
    numId: attr(firstChild(numPr, w, 'numId'), w, 'val'),
    ilvl: attr(firstChild(numPr, w, 'ilvl'), w, 'val'),
    hasTrackedChanges: layout.hasTrackedChanges,
  };
}

// A tag (its name, attributes with quoted values, a closing or self-closing slash), else text up to the next '<'.
const TOKEN = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const PARAGRAPH_CHILDREN = new Set(['pPr', 'r', 'bookmarkStart', 'bookmarkEnd', 'proofErr']);
/** Run children and the text each shows (text.ts's walkRun); zero-width ones show ''. */
const RUN_CHILDREN = new Map([
  ['rPr', ''],
  ['t', ''],
  ['tab', '\t'],
  ['ptab', '\t'],
  ['br', '\n'],
  ['cr', '\n'],
  ['noBreakHyphen', '\u2011'],
  ['lastRenderedPageBreak', ''],
  ['softHyphen', ''],
]);
/** Revision marks anywhere in pPr or rPr: the full reader decides what they mean. */
const REVISION_MARKS = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'pPrChange', 'rPrChange']);

/** Facts of the paragraph `xml.slice(start, end)`, whose WordprocessingML prefix is `prefix`; undefined when only the full reader may say. */
export function plainParagraphFacts(xml: string, start: number, end: number, prefix: string | null): ParagraphFacts | undefined {
  const w = prefix ? `${prefix}:` : '';
  const path: string[] = []; // local names from the paragraph down
  const facts: ParagraphFacts = { text: '', hasTrackedChanges: false };
  let text = '';
  TOKEN.lastIndex = start;
  while (TOKEN.lastIndex < end) {
    const m = TOKEN.exec(xml);
    if (!m || TOKEN.lastIndex > end) return undefined;
    if (m[5] !== undefined) {
      const content = m[5];
      if (path[path.length - 1] === 't' && path.length === 3) {
        const decoded = decode(content);
        if (decoded === undefined) return undefined;
        text += decoded;
      } else if (content.trim() !== '') return undefined;
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    if (closing) {
      path.pop();
      continue;
    }
    if (attrs.includes('xmlns') || BAD_AMPERSAND.test(attrs)) return undefined;
    const own = name.startsWith(w) && name.indexOf(':', w.length) < 0;
    const local = own ? name.slice(w.length) : name;
    const depth = path.length;
    const inProperties = path[1] === 'pPr' || path[2] === 'rPr';
    if (inProperties) {
      if (REVISION_MARKS.has(local.slice(local.indexOf(':') + 1))) return undefined;
      if (own && path[1] === 'pPr') {
        const key =
          depth === 2 ? (local === 'pStyle' ? 'style' : local === 'outlineLvl' ? 'outlineLevel' : undefined) : depth === 3 && path[2] === 'numPr' && (local === 'numId' || local === 'ilvl') ? local : undefined;
        if (key && facts[key] === undefined) {
          const val = valueOf(attrs, w);
          if (val === undefined) return undefined; // no value, or an empty one: the full reader's rules
          facts[key] = val;
        }
      }
    } else if (!own) return undefined;
    else if (depth === 0) {
      if (local !== 'p') return undefined;
    } else if (depth === 1) {
      if (!PARAGRAPH_CHILDREN.has(local)) return undefined;
    } else if (depth === 2 && path[1] === 'r') {
      const shows = RUN_CHILDREN.get(local);
      if (shows === undefined) return undefined;
      text += shows;
    } else return undefined; // a child of t, tab, a bookmark...
    if (!selfClosing) path.push(local);
  }
  if (path.length) return undefined;
  facts.text = text;
  for (const key of ['style', 'outlineLevel', 'numId', 'ilvl'] as const) if (facts[key] === undefined) delete facts[key];
  return facts;
}

/** The w:val (or a plain val) of a tag's attributes; an empty value is left to the full reader's rule (undefined). */
function valueOf(attrs: string, w: string): string | undefined {
  let plain: string | undefined;
  for (const a of attrs.matchAll(ATTR)) {
    const value = decode(a[2] ?? a[3]) ?? '';
    if (a[1] === `${w}val` && value !== '') return value;
    if (a[1] === 'val' && value !== '') plain = value;
  }
  return plain;
}

/** Character data with its references replaced; undefined where XML would change or refuse it. */
function decode(s: string): string | undefined {
  if (s.includes('\r') || s.includes(']]>') || BAD_AMPERSAND.test(s)) return undefined;
  if (!s.includes('&')) return s;
  let bad = false;
  const out = s.replace(REFERENCE, (_, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named];
    const cp = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    if (cp < 0x20 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfffe || cp === 0xffff) {
      bad = true;
      return '';
    }
    return String.fromCodePoint(cp);
  });
  return bad ? undefined : out;
}
