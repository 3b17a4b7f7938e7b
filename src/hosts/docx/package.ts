/**
 * Opening a .docx package safely: format sniffing, size limits, and XML parts refused before parsing
 * when they declare a DOCTYPE or ENTITY (no entity is ever expanded).
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { docxError } from './errors';
import { REL_BASE_STRICT, REL_BASE_TRANSITIONAL, childElements } from './ooxml';

/** Refuse packages whose parts would expand beyond this (zip bombs, absurd media). */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

export interface XmlPart {
  path: string;
  /** The part's text as stored, BOM removed. */
  text: string;
  /** True when the stored bytes started with a UTF-8 byte-order mark (kept on write). */
  bom: boolean;
  dom: Document;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openZip(data: Uint8Array, source: string): Promise<JSZip> {
  if (data.length >= 4 && OLE_MAGIC.slice(0, 4).every((b, i) => data[i] === b)) {
    throw docxError('legacy-or-encrypted', source);
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw docxError('not-docx', source);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch (e) {
    throw docxError('corrupt', source, `the zip structure is broken: ${(e as Error).message}`);
  }
  let total = 0;
  for (const file of Object.values(zip.files)) {
    // JSZip keeps the central directory's declared size here; reads below re-check real lengths.
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += declared;
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw docxError('too-large', source, `${Math.round(total / 1024 / 1024)} MB uncompressed, limit ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
  }
  if (!zip.file('[Content_Types].xml') && !zip.file('word/document.xml')) throw docxError('not-docx', source);
  return zip;
}

const UNSAFE_XML = /<!DOCTYPE|<!ENTITY/i;

/** Read a part's bytes as text; undefined when the part does not exist. */
export async function readPartText(zip: JSZip, path: string, source: string): Promise<{ text: string; bom: boolean } | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await file.async('uint8array');
  } catch (e) {
    throw docxError('corrupt', source, `part ${path} cannot be decompressed: ${(e as Error).message}`);
  }
  if (bytes.length > MAX_UNCOMPRESSED_BYTES) throw docxError('too-large', source, `part ${path}`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw docxError('unsupported', source, `part ${path} is stored as UTF-16`);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  } catch {
    throw docxError('corrupt', source, `part ${path} is not valid UTF-8`);
  }
  return { text, bom };
}

/** Parse XML text strictly; refuses DOCTYPE/ENTITY before the parser sees anything. */
export function parseXml(text: string, path: string, source: string): Document {
  if (UNSAFE_XML.test(text)) throw docxError('unsafe-xml', source, path);
  try {
    const dom = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    if (!dom.documentElement) throw new Error('no root element');
    return dom as unknown as Document;
  } catch (e) {
    throw docxError('corrupt', source, `part ${path} is not well-formed XML: ${firstLine((e as Error).message)}`);
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0].slice(0, 160);
}

export async function readXmlPart(zip: JSZip, path: string, source: string): Promise<XmlPart | undefined> {
  const raw = await readPartText(zip, path, source);
  if (!raw) return undefined;
  return { path, text: raw.text, bom: raw.bom, dom: parseXml(raw.text, path, source) };
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPathFor(partPath: string): string {
  const i = partPath.lastIndexOf('/');
  return `${partPath.slice(0, i + 1)}_rels/${partPath.slice(i + 1)}.rels`;
}

/** Resolve a relationship target against the folder of the source part (no leading slash in zip paths). */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function parseRelationships(dom: Document | undefined): Relationship[] {
  if (!dom?.documentElement) return [];
  return childElements(dom.documentElement)
    .filter((e) => e.localName === 'Relationship')
    .map((e) => ({
      id: e.getAttribute('Id') ?? '',
      type: e.getAttribute('Type') ?? '',
      target: e.getAttribute('Target') ?? '',
      external: e.getAttribute('TargetMode') === 'External',
    }));
}

/** A relationship whose type ends in `/kind` under either the transitional or the strict base. */
export function findRel(rels: Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => r.type === `${REL_BASE_TRANSITIONAL}/${kind}` || r.type === `${REL_BASE_STRICT}/${kind}`);
}

/** The relationship-type base a package uses, judged by its officeDocument relationship. */
export function relBaseOf(rels: Relationship[]): string {
  return rels.some((r) => r.type.startsWith(REL_BASE_STRICT)) ? REL_BASE_STRICT : REL_BASE_TRANSITIONAL;
}
