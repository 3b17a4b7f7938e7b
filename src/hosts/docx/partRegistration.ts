/**
 * A new part made known to the package: a relationship from its source part, and a content-type
 * override. Both files are edited as text (appended before their closing tag), so every other
 * byte stays as read.
 */
import type JSZip from 'jszip';
import { docxError } from './errors';
import { relsPathFor } from './package';
import { readPartText } from './zipReader';
import type { DocxDocument } from './read';
import { escapeAttr, withBom } from './xml';

/** Adds a relationship of `type` from the main document part to `target`; returns its id. */
export async function addDocumentRelationship(zip: JSZip, doc: DocxDocument, type: string, target: string): Promise<string> {
  const relsPath = doc.documentRelsPath || relsPathFor(doc.document.path);
  const relsRaw = await readPartText(zip, relsPath, doc.source);
  const used = new Set(doc.documentRels.map((r) => r.id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relXml = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  if (relsRaw) {
    const at = relsRaw.text.lastIndexOf('</Relationships>');
    const text = at >= 0 ? relsRaw.text.slice(0, at) + relXml + relsRaw.text.slice(at) : relsRaw.text.replace(/\/>\s*$/, `>${relXml}</Relationships>`);
    zip.file(relsPath, withBom(text, relsRaw.bom));
  } else {
    zip.file(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relXml}</Relationships>`);
  }
  return id;
}

/** Declares the content type of the part at `path` (a zip path, no leading slash) unless it already is. */
export async function addContentTypeOverride(zip: JSZip, doc: DocxDocument, path: string, contentType: string): Promise<void> {
  const ct = await readPartText(zip, '[Content_Types].xml', doc.source);
  if (!ct) throw docxError('not-docx', doc.source);
  if (ct.text.includes(`PartName="/${path}"`)) return;
  const override = `<Override PartName="/${escapeAttr(path)}" ContentType="${escapeAttr(contentType)}"/>`;
  const at = ct.text.lastIndexOf('</Types>');
  if (at < 0) throw docxError('corrupt', doc.source, '[Content_Types].xml has no closing tag');
  zip.file('[Content_Types].xml', withBom(ct.text.slice(0, at) + override + ct.text.slice(at), ct.bom));
}
