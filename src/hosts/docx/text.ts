/**
 * The one place that decides what text a paragraph shows and where each character lives in the XML.
 * The reader, the writer (offset → run mapping) and the revision views all walk paragraphs here, so
 * offsets mean the same thing everywhere.
 */
import { MC, attr, isElement, textContent } from './ooxml';

/**
 * Where a piece of text sits: `plain` runs can be split and wrapped in our revisions; the others
 * (a human w:ins, a field result, a content control, alternate content) must never be touched.
 */
export type PieceContext = 'plain' | 'human-revision' | 'field' | 'protected';

export interface TextPiece {
  start: number;
  end: number;
  /** The element that produced the text (w:t, w:tab, w:br, w:sym, ...). */
  node: Element;
  /** The w:r that holds it. */
  run: Element;
  context: PieceContext;
}

/** A zero-width thing inside a run that a deletion must not swallow (picture, note reference, field char). */
export interface ObjectMark {
  offset: number;
  node: Element;
  run: Element;
}

export interface ParagraphLayout {
  text: string;
  pieces: TextPiece[];
  objects: ObjectMark[];
  /** Offsets where a human deletion (invisible in the current view) sits between characters. */
  deletionMarks: number[];
  hasTrackedChanges: boolean;
}

/** 'current' = what Word shows (insertions in, deletions out); 'original' = every revision rejected. */
export type TextView = 'current' | 'original';

/** Complex fields can span paragraphs (a TOC), so their state is carried from one paragraph to the next. */
export interface FieldState {
  stack: Array<'instr' | 'result'>;
}

export function newFieldState(): FieldState {
  return { stack: [] };
}

interface WalkContext {
  context: PieceContext;
  inDeletion: boolean;
}

/** Containers whose runs are still ordinary runs of the paragraph. */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'customXml', 'dir', 'bdo']);
/** Zero-width run children that are harmless to keep on either side of a split. */
const HARMLESS = new Set(['rPr', 'lastRenderedPageBreak', 'annotationRef', 'footnoteRef', 'endnoteRef', 'softHyphen', 'proofErr']);

export function layoutParagraph(p: Element, w: string, view: TextView = 'current', fields: FieldState = newFieldState()): ParagraphLayout {
  const out: ParagraphLayout = { text: '', pieces: [], objects: [], deletionMarks: [], hasTrackedChanges: false };
  const parts: string[] = [];
  let offset = 0;

  const push = (s: string, node: Element, run: Element, ctx: WalkContext): void => {
    if (!s) return;
    const top = fields.stack[fields.stack.length - 1];
    if (top === 'instr') return; // text between begin and separate is field code, not shown
    const context: PieceContext = top === 'result' && ctx.context === 'plain' ? 'field' : ctx.context;
    parts.push(s);
    out.pieces.push({ start: offset, end: offset + s.length, node, run, context });
    offset += s.length;
  };

  const walkRun = (r: Element, ctx: WalkContext): void => {
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (c.namespaceURI !== w) {
        if (c.namespaceURI === MC) out.objects.push({ offset, node: c, run: r });
        continue;
      }
      switch (c.localName) {
        case 't':
          if (!ctx.inDeletion) push(textContent(c), c, r, ctx);
          break;
        case 'delText':
          if (ctx.inDeletion) push(textContent(c), c, r, ctx);
          break;
        case 'tab':
        case 'ptab':
          push('\t', c, r, ctx);
          break;
        case 'br':
        case 'cr':
          push('\n', c, r, ctx);
          break;
        case 'noBreakHyphen':
          push('\u2011', c, r, ctx);
          break;
        case 'sym':
          push(symbolChar(c, w), c, r, ctx);
          break;
        case 'fldChar': {
          const type = attr(c, w, 'fldCharType');
          if (type === 'begin') fields.stack.push('instr');
          else if (type === 'separate') {
            if (fields.stack.length) fields.stack[fields.stack.length - 1] = 'result';
          } else if (type === 'end') fields.stack.pop();
          out.objects.push({ offset, node: c, run: r });
          break;
        }
        case 'instrText':
        case 'delInstrText':
          break;
        default:
          if (!HARMLESS.has(c.localName)) out.objects.push({ offset, node: c, run: r });
      }
    }
  };

  const walk = (el: Element, ctx: WalkContext): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (!isElement(c)) continue;
      if (c.namespaceURI === MC && c.localName === 'AlternateContent') {
        // Word shows the first Choice it understands; for text we follow the first Choice.
        const choice = Array.from(c.childNodes).find((n) => isElement(n) && n.localName === 'Choice') as Element | undefined;
        if (choice) walk(choice, { ...ctx, context: 'protected' });
        continue;
      }
      if (c.namespaceURI !== w) continue;
      const name = c.localName;
      if (name === 'r') walkRun(c, ctx);
      else if (name === 'ins' || name === 'moveTo') {
        out.hasTrackedChanges = true;
        if (view === 'current') walk(c, { ...ctx, context: 'human-revision' });
      } else if (name === 'del' || name === 'moveFrom') {
        out.hasTrackedChanges = true;
        if (view === 'original') walk(c, { context: 'human-revision', inDeletion: true });
        else out.deletionMarks.push(offset);
      } else if (TRANSPARENT.has(name)) walk(c, ctx);
      else if (name === 'fldSimple') walk(c, { ...ctx, context: ctx.context === 'plain' ? 'field' : ctx.context });
      else if (name === 'sdt') {
        for (let s = c.firstChild; s; s = s.nextSibling) {
          if (isElement(s) && s.localName === 'sdtContent') walk(s, { ...ctx, context: 'protected' });
        }
      } else if (name === 'pPr') {
        if (hasParagraphMarkRevision(c, w)) out.hasTrackedChanges = true;
      }
      // bookmarks, comment ranges, proofErr, permStart/End, math: no visible text of their own
    }
  };

  walk(p, { context: 'plain', inDeletion: false });
  out.text = parts.join('');
  return out;
}

function hasParagraphMarkRevision(pPr: Element, w: string): boolean {
  for (let c = pPr.firstChild; c; c = c.nextSibling) {
    if (!isElement(c) || c.namespaceURI !== w) continue;
    if (c.localName === 'pPrChange') return true;
    if (c.localName === 'rPr') {
      for (let d = c.firstChild; d; d = d.nextSibling) {
        if (isElement(d) && d.namespaceURI === w && ['ins', 'del', 'moveFrom', 'moveTo'].includes(d.localName)) return true;
      }
    }
  }
  return false;
}

/** w:sym stores a code point in hex; symbol fonts use the private-use area F000–F0FF. */
function symbolChar(sym: Element, w: string): string {
  const hex = attr(sym, w, 'char');
  if (!hex || !/^[0-9a-f]{1,6}$/i.test(hex)) return '';
  const code = parseInt(hex, 16);
  if (code < 0x20 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  return String.fromCodePoint(code);
}
