/**
 * The large parts we write (document.xml, comments) put into the zip already deflated by node's
 * zlib. JSZip deflates in JavaScript (pako): a 23 MB document.xml took 3 s there; natively at level 3
 * it takes 0.17 s for 3.9 MB (level 6: 0.52 s for 3.0 MB, not worth it). JSZip copies an entry whose data is a
 * CompressedObject of the method asked for without recompressing it (zipObject._compressWorker), as
 * it does for the untouched parts it read; CompressedObject and the compression table are JSZip
 * internals, unchanged since 3.0 (the reader relies on the same shape, see zipReader.ts).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type JSZip from 'jszip';

type CompressedObjectCtor = new (compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array) => object;

// JSZip's lib files are CommonJS without typings of their own.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CompressedObject = require('jszip/lib/compressedObject') as CompressedObjectCtor;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEFLATE } = require('jszip/lib/compressions') as { DEFLATE: unknown };

/**
 * Puts `content` at `path`, deflated natively; generate with compression 'DEFLATE' to keep it as is.
 * Text is written as UTF-8; bytes as they are (the writer splices document.xml as bytes: encoding
 * 23 MB of Cyrillic again cost 0.25 s).
 */
export function putDeflated(zip: JSZip, path: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const deflated = deflateRawSync(bytes, { level: 3 });
  zip.file(path, new CompressedObject(deflated.length, bytes.length, crc32(bytes) >>> 0, DEFLATE, deflated) as unknown as Uint8Array);
}
