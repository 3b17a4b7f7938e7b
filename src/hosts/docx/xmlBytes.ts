/**
 * The checks every XML part of a package gets, on its bytes as stored (UTF-8 or any ASCII-based
 * encoding): does it look like XML, does it declare a DOCTYPE or ENTITY, does it hold a character
 * XML 1.0 forbids (raw, or as a character reference). The same answers as the regexps of
 * safeXml.ts and xml.ts on the bytes read one per character (latin1), without making that string:
 * a 23 MB document.xml cost 0.1 s to turn into one. The markup looked for is ASCII, and ASCII-only
 * case folding is what /i does on latin1 text.
 */
import { isXmlChar } from './xml';

const LT = 0x3c;
const AMP = 0x26;

/** After an optional UTF-8 byte-order mark and blanks (what \s matches in latin1), the first byte is "<". */
export function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && isLatin1Space(bytes[i])) i++;
  return bytes[i] === LT;
}

/** "<!DOCTYPE" or "<!ENTITY" anywhere, in any case. */
export function declaresEntities(bytes: Uint8Array): boolean {
  const buf = asBuffer(bytes);
  for (let i = buf.indexOf('<!'); i >= 0; i = buf.indexOf('<!', i + 2)) {
    if (asciiWordAt(buf, i + 2, 'DOCTYPE') || asciiWordAt(buf, i + 2, 'ENTITY')) return true;
  }
  return false;
}

/**
 * The first code point XML 1.0 forbids, as forbiddenXmlChar (xml.ts) finds it: a raw C0 control
 * first, then U+FFFE / U+FFFF in UTF-8, then a character reference to a forbidden code point.
 */
export function forbiddenXmlCharInBytes(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return b;
  }
  const buf = asBuffer(bytes);
  if (buf.includes(FFFE)) return 0xfffe;
  if (buf.includes(FFFF)) return 0xffff;
  for (let i = buf.indexOf('&#'); i >= 0; i = buf.indexOf(AMP_HASH, i + 1)) {
    const cp = characterReferenceAt(buf, i);
    if (cp !== undefined && !isXmlChar(cp)) return cp;
  }
  return undefined;
}

const FFFE = Buffer.from([0xef, 0xbf, 0xbe]);
const FFFF = Buffer.from([0xef, 0xbf, 0xbf]);
const AMP_HASH = Buffer.from('&#');

/** The code point of "&#123;" / "&#x7B;" at `i` (as /&#(x[0-9a-f]+|[0-9]+);/i reads it), or undefined. */
function characterReferenceAt(buf: Buffer, i: number): number | undefined {
  if (buf[i] !== AMP || buf[i + 1] !== 0x23) return undefined;
  const hex = buf[i + 2] === 0x78 || buf[i + 2] === 0x58;
  let j = hex ? i + 3 : i + 2;
  const from = j;
  while (j < buf.length && (hex ? isHexDigit(buf[j]) : isDigit(buf[j]))) j++;
  if (j === from || buf[j] !== 0x3b) return undefined;
  const digits = buf.toString('latin1', from, j);
  return hex ? parseInt(digits, 16) : parseInt(digits, 10);
}

function asciiWordAt(buf: Buffer, at: number, upper: string): boolean {
  if (at + upper.length > buf.length) return false;
  for (let k = 0; k < upper.length; k++) {
    const b = buf[at + k];
    if (b !== upper.charCodeAt(k) && b !== upper.charCodeAt(k) + 0x20) return false;
  }
  return true;
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

function isHexDigit(b: number): boolean {
  return isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}

/** What \s matches among the code points 0–255. */
function isLatin1Space(b: number): boolean {
  return (b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
