/** Read a .docx into a DocModel, keeping what the writer needs to write back into the same package. */
import type JSZip from 'jszip';
import type { DocModel, DocParagraph } from '../../core/document';
import { docxError } from './errors';
import { Numbering } from './numbering';
import { W_STRICT, W_TRANSITIONAL, attr, firstChild, isEl, isElement } from './ooxml';
import { findRel, parseRelationships, readXmlPart, relBaseOf, relsPathFor, resolveTarget, type Relationship, type XmlPart } from './package';
import { checkAllParts, openZip } from './zipReader';
import { StyleSheet } from './styles';
import { layoutParagraph, newFieldState, type ParagraphLayout } from './text';

export interface DocxDocument {
  model: DocModel;
  /** File name for messages. */
  source: string;
  zip: JSZip;
  /** The bytes as given, so every write starts from the untouched package. */
  bytes: Uint8Array;
  /** The main document part (text, BOM flag, DOM) as read. */
  document: XmlPart;
  /** WordprocessingML namespace of this package (transitional or strict). */
  w: string;
  /** Relationship-type base of this package (transitional or strict). */
  relBase: string;
  /** Relationships of the main document part, and where they are stored. */
  documentRels: Relationship[];
  documentRelsPath: string;
  styles: StyleSheet;
  /** Body paragraph elements, by DocParagraph.index. */
  paragraphs: Element[];
  /** Text layout of each body paragraph (current view), by index. */
  layouts: ParagraphLayout[];
}

export interface ReadOptions {
  /** Name shown in messages and reports (a file name). */
  source?: string;
}

export async function readDocx(data: Uint8Array, options: ReadOptions = {}): Promise<DocxDocument> {
  const source = options.source ?? 'the document';
  const zip = await openZip(data, source);
  await checkAllParts(zip, source);

  const rootRels = parseRelationships((await readXmlPart(zip, '_rels/.rels', source))?.dom);
  const officeRel = findRel(rootRels, 'officeDocument');
  const mainPath = officeRel ? resolveTarget('', officeRel.target) : 'word/document.xml';
  const document = (await readXmlPart(zip, mainPath, source)) ?? (mainPath !== 'word/document.xml' ? await readXmlPart(zip, 'word/document.xml', source) : undefined);
  if (!document) throw docxError('missing-document', source);

  const root = document.dom.documentElement;
  const w = root?.namespaceURI;
  if (!root || root.localName !== 'document' || (w !== W_TRANSITIONAL && w !== W_STRICT)) {
    throw docxError('not-docx', source);
  }
  const body = firstChild(root, w, 'body');
  if (!body) throw docxError('missing-document', source);

  const documentRelsPath = relsPathFor(document.path);
  const documentRels = parseRelationships((await readXmlPart(zip, documentRelsPath, source))?.dom);
  const relBase = relBaseOf(rootRels.length ? rootRels : documentRels);
  const partOf = async (kind: string, fallback: string): Promise<XmlPart | undefined> => {
    const rel = findRel(documentRels, kind);
    return readXmlPart(zip, rel && !rel.external ? resolveTarget(document.path, rel.target) : fallback, source);
  };
  const styles = new StyleSheet((await partOf('styles', 'word/styles.xml'))?.dom, w);
  const numbering = new Numbering((await partOf('numbering', 'word/numbering.xml'))?.dom, w, styles);

  const paragraphs: Array<{ p: Element; inTable: boolean }> = [];
  collectBodyParagraphs(body, w, false, paragraphs);

  const fields = newFieldState();
  const layouts: ParagraphLayout[] = [];
  const docParagraphs: DocParagraph[] = paragraphs.map(({ p, inTable }, index) => {
    const layout = layoutParagraph(p, w, 'current', fields);
    layouts.push(layout);
    const pPr = firstChild(p, w, 'pPr');
    const style = attr(firstChild(pPr, w, 'pStyle'), w, 'val');
    const para: DocParagraph = { index, text: layout.text };
    if (style) para.style = style;
    const ownOutline = attr(firstChild(pPr, w, 'outlineLvl'), w, 'val');
    const outline = ownOutline !== undefined ? Number(ownOutline) : styles.outlineLevel(style);
    if (outline !== undefined && outline >= 0 && outline <= 8) para.outlineLevel = outline;
    const list = listOf(pPr, style, w, styles, numbering);
    if (list) {
      para.listLabel = list.label;
      para.listLevel = list.level;
      para.listId = list.listId;
    }
    if (inTable) para.inTable = true;
    if (layout.hasTrackedChanges) para.hasTrackedChanges = true;
    return para;
  });

  if (!docParagraphs.some((p) => p.text.trim() !== '')) {
    // Text only inside text boxes (or shapes) is not body text: say so rather than "no text".
    const boxed = Array.from(body.getElementsByTagNameNS(w, 't')).some((t) => (t.textContent ?? '').trim() !== '');
    throw docxError('empty', source, boxed ? 'its only text is inside text boxes or shapes, which are not reviewed' : undefined);
  }

  return {
    model: { paragraphs: docParagraphs, source: options.source },
    source,
    zip,
    bytes: data,
    document,
    w,
    relBase,
    documentRels,
    documentRelsPath,
    styles,
    paragraphs: paragraphs.map((x) => x.p),
    layouts,
  };
}

/** Every w:p in document order that is not inside another w:p (so text-box paragraphs stay out). */
export function collectBodyParagraphs(el: Element, w: string, inTable: boolean, out: Array<{ p: Element; inTable: boolean }>): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (isEl(c, w, 'p')) out.push({ p: c, inTable });
    else collectBodyParagraphs(c, w, inTable || isEl(c, w, 'tc'), out);
  }
}

function listOf(pPr: Element | undefined, style: string | undefined, w: string, styles: StyleSheet, numbering: Numbering) {
  const numPr = firstChild(pPr, w, 'numPr');
  const ownNumId = attr(firstChild(numPr, w, 'numId'), w, 'val');
  const ownIlvl = attr(firstChild(numPr, w, 'ilvl'), w, 'val');
  const fromStyle = styles.numbering(style);
  const numId = ownNumId ?? fromStyle.numId;
  if (numId === undefined || numId === '0') return undefined;
  const ilvl = ownIlvl !== undefined ? Number(ownIlvl) : fromStyle.ilvl ?? numbering.levelForStyle(numId, style) ?? 0;
  return numbering.next(numId, Math.max(0, Math.min(8, ilvl)));
}
