/** Read a .docx into a DocModel, keeping what the writer needs to write back into the same package. */
import type JSZip from 'jszip';
import type { DocModel, DocParagraph } from '../../core/document';
import { docxError } from './errors';
import { Numbering } from './numbering';
import { bodyParagraphsAt, forEachBodyParagraph, type BodyParagraphs } from './bodyParagraphs';
import { W_STRICT, W_TRANSITIONAL, attr, firstChild, isEl, isElement } from './ooxml';
import { findRel, parseRelationships, readXmlPart, relBaseOf, relsPathFor, resolveTarget, type Relationship, type XmlPart } from './package';
import { domParagraphFacts, plainParagraphFacts, type ParagraphFacts } from './plainParagraph';
import { parseCheckedXml, parseXml, refuseUnsafeXml } from './safeXml';
import { TagStructureError, scanBody, type BodyScan } from './spans';
import { StyleSheet } from './styles';
import { layoutParagraph, newFieldState, type FieldState, type ParagraphLayout } from './text';
import { checkAllParts, forgetCheckedParts, openZip, readPartText } from './zipReader';

export interface DocxDocument {
  model: DocModel;
  /** File name for messages. */
  source: string;
  zip: JSZip;
  /** The bytes as given, so every write starts from the untouched package. */
  bytes: Uint8Array;
  /** The main document part as read: its text (no DOM is kept of it) and BOM flag. */
  document: { path: string; text: string; bom: boolean };
  /** WordprocessingML namespace of this package (transitional or strict), and the prefix document.xml binds it to. */
  w: string;
  prefix: string | null;
  /** Relationship-type base of this package (transitional or strict). */
  relBase: string;
  /** Relationships of the main document part, and where they are stored. */
  documentRels: Relationship[];
  documentRelsPath: string;
  styles: StyleSheet;
  /** Where each body paragraph (by DocParagraph.index) sits in document.xml; see paragraphAt. */
  body: BodyParagraphs;
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
  const documentPath = zip.file(mainPath) ? mainPath : 'word/document.xml';
  const raw = await readPartText(zip, documentPath, source);
  if (!raw) throw docxError('missing-document', source);
  const document = { path: documentPath, ...raw };
  refuseUnsafeXml(document.text, documentPath, source);
  const scan = scanDocument(document.text, documentPath, source);
  const root = parseCheckedXml(`${scan.rootTag}</${scan.rootName}>`, documentPath, source).documentElement;
  const w = root?.namespaceURI;
  if (!root || root.localName !== 'document' || (w !== W_TRANSITIONAL && w !== W_STRICT)) {
    throw docxError('not-docx', source);
  }
  if (!scan.hasBody) throw docxError('missing-document', source);

  const documentRelsPath = relsPathFor(document.path);
  const documentRels = parseRelationships((await readXmlPart(zip, documentRelsPath, source))?.dom);
  const relBase = relBaseOf(rootRels.length ? rootRels : documentRels);
  const partOf = async (kind: string, fallback: string): Promise<XmlPart | undefined> => {
    const rel = findRel(documentRels, kind);
    return readXmlPart(zip, rel && !rel.external ? resolveTarget(document.path, rel.target) : fallback, source);
  };
  const styles = new StyleSheet((await partOf('styles', 'word/styles.xml'))?.dom, w);
  const numbering = new Numbering((await partOf('numbering', 'word/numbering.xml'))?.dom, w, styles);

  // Plain paragraphs are read from their text; the others are parsed in batches and let go. Either
  // way only their text and properties are kept, in document order (numbering and fields count on it).
  const prefix = root.prefix;
  const fields = newFieldState();
  const fieldsAtStart = new Map<number, FieldState>();
  const docParagraphs: DocParagraph[] = [];
  const add = (index: number, facts: ParagraphFacts): void => {
    docParagraphs.push(docParagraph(index, facts, scan.paragraphs[index].inTable, styles, numbering));
  };
  const fromDom = (p: Element, index: number): void => {
    if (fields.stack.length) fieldsAtStart.set(index, { stack: [...fields.stack] });
    add(index, domParagraphFacts(p, layoutParagraph(p, w, 'current', fields), w));
  };
  const plain = scan.paragraphs.map((s) => plainParagraphFacts(document.text, s.start, s.end, prefix));
  const addPlainUpTo = (end: number): void => {
    for (let i = docParagraphs.length; i < end; i++) {
      // Text inside an open field is the field's (hidden code or generated result): the full reader says which.
      if (fields.stack.length) forEachBodyParagraph(document.text, scan, documentPath, source, fromDom, [i]);
      else add(i, plain[i]!);
    }
  };
  const parsed = plain.flatMap((facts, i) => (facts ? [] : [i]));
  forEachBodyParagraph(
    document.text,
    scan,
    documentPath,
    source,
    (p, index) => {
      addPlainUpTo(index);
      fromDom(p, index);
    },
    parsed,
  );
  addPlainUpTo(scan.paragraphs.length);

  forgetCheckedParts(zip);
  if (!docParagraphs.some((p) => p.text.trim() !== '')) {
    // Text only inside text boxes (or shapes) is not body text: say so rather than "no text".
    const body = firstChild(parseXml(document.text, documentPath, source).documentElement, w, 'body');
    const boxed = Array.from(body?.getElementsByTagNameNS(w, 't') ?? []).some((t) => (t.textContent ?? '').trim() !== '');
    throw docxError('empty', source, boxed ? 'its only text is inside text boxes or shapes, which are not reviewed' : undefined);
  }

  return {
    model: { paragraphs: docParagraphs, source: options.source },
    source,
    zip,
    bytes: data,
    document,
    w,
    prefix: root.prefix,
    relBase,
    documentRels,
    documentRelsPath,
    styles,
    body: { ...scan, fieldsAtStart },
  };
}

/** Body paragraphs at `indexes` as DOM with their text layouts (parsed again from document.xml); indexes past the last one are left out. */
export function paragraphsAt(doc: DocxDocument, indexes: Iterable<number>): Map<number, { p: Element; layout: ParagraphLayout }> {
  return bodyParagraphsAt(doc.body, doc.document.text, doc.w, indexes, doc.document.path, doc.source);
}

function scanDocument(text: string, path: string, source: string): BodyScan {
  try {
    const scan = scanBody(text);
    if (!scan.rootName) throw new TagStructureError('no root element');
    return scan;
  } catch (e) {
    if (e instanceof TagStructureError) throw docxError('corrupt', source, `part ${path} is not well-formed XML: ${e.message}`);
    throw e;
  }
}

/** Every w:p in document order that is not inside another w:p (so text-box paragraphs stay out). */
export function collectBodyParagraphs(el: Element, w: string, inTable: boolean, out: Array<{ p: Element; inTable: boolean }>): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (isEl(c, w, 'p')) out.push({ p: c, inTable });
    else collectBodyParagraphs(c, w, inTable || isEl(c, w, 'tc'), out);
  }
}

function docParagraph(index: number, facts: ParagraphFacts, inTable: boolean, styles: StyleSheet, numbering: Numbering): DocParagraph {
  const { style } = facts;
  const para: DocParagraph = { index, text: facts.text };
  if (style) para.style = style;
  const outline = facts.outlineLevel !== undefined ? Number(facts.outlineLevel) : styles.outlineLevel(style);
  if (outline !== undefined && outline >= 0 && outline <= 8) para.outlineLevel = outline;
  const list = listOf(facts, styles, numbering);
  if (list) {
    para.listLabel = list.label;
    para.listLevel = list.level;
    para.listId = list.listId;
  }
  if (inTable) para.inTable = true;
  if (facts.hasTrackedChanges) para.hasTrackedChanges = true;
  return para;
}

function listOf({ style, numId: ownNumId, ilvl: ownIlvl }: ParagraphFacts, styles: StyleSheet, numbering: Numbering) {
  const fromStyle = styles.numbering(style);
  const numId = ownNumId ?? fromStyle.numId;
  if (numId === undefined || numId === '0') return undefined;
  const ilvl = ownIlvl !== undefined ? Number(ownIlvl) : fromStyle.ilvl ?? numbering.levelForStyle(numId, style) ?? 0;
  return numbering.next(numId, Math.max(0, Math.min(8, ilvl)));
}
