/** Our comments written into the comments part: appended after the human ones, or in a new part. */
import type JSZip from 'jszip';
import { COMMENT_AUTHOR, COMMENT_INITIALS } from '../../core/plan-types';
import { putDeflated } from './deflatedPart';
import { CT_COMMENTS } from './ooxml';
import { findRel, resolveTarget } from './package';
import { parseXml } from './safeXml';
import { readPartText } from './zipReader';
import { addContentTypeOverride, addDocumentRelationship } from './partRegistration';
import type { DocxDocument } from './read';
import { escapeAttr, runContentXml, withBom } from './xml';

export interface NewComment {
  /** The w:id its range and reference in document.xml carry. */
  id: string;
  text: string;
}

/** Append to the comments part (keeping human comments), or create it with its relationship and content type. */
export async function addComments(zip: JSZip, doc: DocxDocument, comments: readonly NewComment[], date: string): Promise<void> {
  const rel = findRel(doc.documentRels, 'comments');
  const existingPath = rel && !rel.external ? resolveTarget(doc.document.path, rel.target) : undefined;
  const existing = existingPath ? await readPartText(zip, existingPath, doc.source) : undefined;
  const paraStyle = doc.styles.has('CommentText');
  const refStyle = doc.styles.has('CommentReference');

  if (existing && existingPath) {
    const dom = parseXml(existing.text, existingPath, doc.source);
    const prefix = dom.documentElement.prefix ?? '';
    const xml = comments.map((c) => commentXml(c, prefix, date, paraStyle, refStyle)).join('');
    const closing = prefix ? `</${prefix}:comments>` : '</comments>';
    const at = existing.text.lastIndexOf(closing);
    let text: string;
    if (at >= 0) text = existing.text.slice(0, at) + xml + existing.text.slice(at);
    else text = existing.text.replace(/\/>\s*$/, `>${xml}${closing}`);
    putDeflated(zip, existingPath, withBom(text, existing.bom));
    return;
  }

  const dir = doc.document.path.slice(0, doc.document.path.lastIndexOf('/') + 1);
  let name = 'comments.xml';
  for (let n = 1; zip.file(dir + name); n++) name = `comments${n}.xml`;
  const path = dir + name;
  putDeflated(
    zip,
    path,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<w:comments xmlns:w="${escapeAttr(doc.w)}">${comments.map((c) => commentXml(c, 'w', date, paraStyle, refStyle)).join('')}</w:comments>`,
  );
  await addDocumentRelationship(zip, doc, `${doc.relBase}/comments`, name);
  await addContentTypeOverride(zip, doc, path, CT_COMMENTS);
}

/** One w:comment: a paragraph per line of the text, the first opening with the annotation mark. */
function commentXml(c: NewComment, prefix: string, date: string, paraStyle: boolean, refStyle: boolean): string {
  const p = prefix ? `${prefix}:` : '';
  const lines = c.text.replace(/\r\n?/g, '\n').split('\n');
  const paras = lines
    .map((line, i) => {
      const pPr = paraStyle ? `<${p}pPr><${p}pStyle ${p}val="CommentText"/></${p}pPr>` : '';
      const mark =
        i === 0 ? `<${p}r>${refStyle ? `<${p}rPr><${p}rStyle ${p}val="CommentReference"/></${p}rPr>` : ''}<${p}annotationRef/></${p}r>` : '';
      const text = line ? `<${p}r>${runContentXml(line, 't', prefix)}</${p}r>` : '';
      return `<${p}p>${pPr}${mark}${text}</${p}p>`;
    })
    .join('');
  return `<${p}comment ${p}id="${c.id}" ${p}author="${escapeAttr(COMMENT_AUTHOR)}" ${p}date="${date}" ${p}initials="${escapeAttr(COMMENT_INITIALS)}">${paras}</${p}comment>`;
}
