/**
 * Opening a .docx package safely: format sniffing, size limits counted on the bytes really inflated,
 * and every part refused when it declares a DOCTYPE or ENTITY or holds a character XML forbids.
 */
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { docxError } from './errors';
import { UNSAFE_XML } from './safeXml';
import { forbiddenXmlChar } from './xml';
import { declaresEntities, forbiddenXmlCharInBytes, looksLikeXml } from './xmlBytes';

/** Refuse packages whose parts inflate beyond this in all (zip bombs, absurd media), counted as inflated. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** No single part we read may inflate beyond this (a 100,000-paragraph act's document.xml is ~60 MB). */
export const MAX_PART_BYTES = 120 * 1024 * 1024;
/** A Word package has tens of parts, a few thousand with many images; 200,000 entries is an attack. */
export const MAX_ENTRIES = 10_000;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function openZip(data: Uint8Array, source: string): Promise<JSZip> {
  if (data.length >= 4 && OLE_MAGIC.slice(0, 4).every((b, i) => data[i] === b)) {
    throw docxError('legacy-or-encrypted', source);
  }
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw docxError('not-docx', source);
  const entries = countCentralEntries(data, MAX_ENTRIES);
  if (entries > MAX_ENTRIES) throw docxError('too-large', source, `more than ${MAX_ENTRIES} parts in the package`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: false });
  } catch (e) {
    throw docxError('corrupt', source, `the zip structure is broken: ${(e as Error).message}`);
  }
  let total = 0;
  for (const file of Object.values(zip.files)) {
    // The directory's declared sizes refuse an honest giant at once; a lying one is caught while inflating.
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += declared;
  }
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw docxError('too-large', source, `${Math.round(total / 1024 / 1024)} MB uncompressed, limit ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
  }
  if (!zip.file('[Content_Types].xml') && !zip.file('word/document.xml')) throw docxError('not-docx', source);
  return zip;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * How many central-directory records the package really has, counted by walking them (not trusting
 * the end record's count), stopping once past `limit`: JSZip would otherwise build every entry first.
 * 0 when the directory cannot be found (JSZip then reports the damage).
 */
export function countCentralEntries(data: Uint8Array, limit: number): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 0;
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((size === 0xffffffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(eocd - 12, true));
    if (record + 56 <= data.length) {
      size = Number(view.getBigUint64(record + 40, true));
      offset = Number(view.getBigUint64(record + 48, true));
    }
  }
  // Bytes before the zip (self-extractors) shift every offset: then the directory ends at the end record.
  const candidates = [offset, eocd - size];
  const start = candidates.find((c) => c >= 0 && c + 4 <= data.length && view.getUint32(c, true) === CENTRAL_HEADER);
  if (start === undefined) return 0;
  let count = 0;
  for (let at = start; at + 46 <= data.length && view.getUint32(at, true) === CENTRAL_HEADER; count++) {
    if (count > limit) break;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return count;
}

/**
 * Real bytes inflated from each package, each part counted once (the declared sizes may lie), and the
 * XML parts checkAllParts inflated, kept until they are read once so no part is inflated twice.
 */
const inflated = new WeakMap<JSZip, { total: number; counted: Set<string>; kept: Map<string, Uint8Array> }>();

/** How JSZip keeps a part read from a zip (internal, stable since 3.0): the stored bytes, their method and declared size. */
interface StoredPart {
  compressedContent?: unknown;
  compression?: { magic?: string };
  uncompressedSize?: number;
}

const STORE = '\x00\x00';
const DEFLATE = '\x08\x00';

/**
 * A part's bytes, inflated by node's zlib with an output ceiling: past the part or package limit the
 * inflation stops there, whatever the directory declared. Parts we put in the zip ourselves are
 * plain text JSZip already holds.
 */
async function inflatePart(zip: JSZip, file: JSZip.JSZipObject, path: string, source: string): Promise<Uint8Array> {
  const account = inflated.get(zip) ?? { total: 0, counted: new Set<string>(), kept: new Map<string, Uint8Array>() };
  inflated.set(zip, account);
  const used = account.counted.has(path) ? 0 : account.total;
  const budget = Math.min(MAX_PART_BYTES, MAX_UNCOMPRESSED_BYTES - used);
  const tooLarge = (): Error =>
    budget < MAX_PART_BYTES
      ? docxError('too-large', source, `the package inflates past ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`)
      : docxError('too-large', source, `part ${path} inflates past ${MAX_PART_BYTES / 1024 / 1024} MB`);
  const part = (file as unknown as { _data?: StoredPart })._data;
  const content = part?.compressedContent;
  let bytes: Uint8Array;
  if (content instanceof Uint8Array && part?.compression?.magic === DEFLATE) {
    try {
      // Output in one chunk of the declared size (at most the budget): zlib's default 16 KB chunks cost a copy of the whole part.
      const chunkSize = Math.min(Math.max(part.uncompressedSize ?? 0, 64 * 1024), budget + 1);
      bytes = inflateRawSync(content, { maxOutputLength: budget + 1, chunkSize });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw docxError('corrupt', source, `part ${path} cannot be decompressed: ${(e as Error).message}`);
    }
  } else if (content instanceof Uint8Array && part?.compression?.magic === STORE) {
    bytes = content;
  } else {
    try {
      bytes = await file.async('uint8array');
    } catch (e) {
      throw docxError('corrupt', source, `part ${path} cannot be decompressed: ${(e as Error).message}`);
    }
  }
  if (bytes.length > budget) throw tooLarge();
  if (!account.counted.has(path)) {
    account.counted.add(path);
    account.total += bytes.length;
  }
  return bytes;
}

/**
 * Every part of the package inflated once (counted against the limits) and, when it is XML, refused
 * for a DOCTYPE/ENTITY or a control character XML 1.0 forbids: parts we never parse are still copied
 * into the output, which Word and LibreOffice would then refuse.
 */
export async function checkAllParts(zip: JSZip, source: string): Promise<void> {
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const bytes = await inflatePart(zip, file, file.name, source);
    let bad: number | undefined;
    if (isUtf16(bytes)) {
      const text = xmlTextOf(bytes);
      if (text === undefined) continue;
      if (UNSAFE_XML.test(text)) throw docxError('unsafe-xml', source, file.name);
      bad = forbiddenXmlChar(text);
    } else {
      // UTF-8 (or another ASCII-based encoding): checked on the bytes themselves.
      if (!looksLikeXml(bytes)) continue;
      if (declaresEntities(bytes)) throw docxError('unsafe-xml', source, file.name);
      bad = forbiddenXmlCharInBytes(bytes);
    }
    if (bad !== undefined) {
      throw docxError('corrupt', source, `part ${file.name} contains the control character U+${bad.toString(16).toUpperCase().padStart(4, '0')}, which XML forbids`);
    }
    inflated.get(zip)?.kept.set(file.name, bytes);
  }
}

/** Lets go of the checked parts nobody read (call once the reading is done). */
export function forgetCheckedParts(zip: JSZip): void {
  inflated.get(zip)?.kept.clear();
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** A UTF-16 part as text when it looks like XML (first character "<" after the byte-order mark and blanks), else undefined. */
function xmlTextOf(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  return /^\s*</.test(text) ? text : undefined;
}

/**
 * A part's bytes as stored (inflated, counted against the limits like any read), or undefined when
 * the part does not exist: the writer copies the unchanged stretches of document.xml from them.
 */
export async function readPartBytes(zip: JSZip, path: string, source: string): Promise<Uint8Array | undefined> {
  const file = zip.file(path);
  return file ? inflatePart(zip, file, path, source) : undefined;
}

/** Read a part's bytes as text; undefined when the part does not exist. */
export async function readPartText(zip: JSZip, path: string, source: string): Promise<{ text: string; bom: boolean } | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  const kept = inflated.get(zip)?.kept;
  const checked = kept?.get(path);
  kept?.delete(path);
  const bytes = checked ?? (await inflatePart(zip, file, path, source));
  if (isUtf16(bytes)) {
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
