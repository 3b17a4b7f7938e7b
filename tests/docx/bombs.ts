/**
 * Hostile packages built by hand, byte by byte (no zip library would write a lying directory):
 * APPNOTE.TXT 4.3.7 (local header), 4.3.12 (central header), 4.3.16 (end record).
 */
import { constants, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The bytes as stored: raw deflate when method is 8, the content itself when 0. */
  stored: Uint8Array;
  method: 0 | 8;
  /** What the directory claims the content inflates to (a bomb lies here). */
  declaredSize: number;
}

/** A zip of the given entries, CRCs zero (the reader does not check them; Word's packages always have them). */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(e.stored));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.stored.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

export function stored(name: string, text: string): RawEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, stored: bytes, method: 0, declaredSize: bytes.length };
}

/**
 * A deflate stream of `prefix` then `megabytes` MB of spaces, made from one compressed megabyte
 * repeated: each block is flushed with Z_FULL_FLUSH, so it stands alone and copies chain.
 */
export function deflatedBomb(prefix: string, megabytes: number): Uint8Array {
  const head = deflateRawSync(Buffer.from(prefix, 'utf8'), { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  return new Uint8Array(Buffer.concat([head, ...Array.from({ length: megabytes }, () => block), last]));
}

const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/** A .docx whose word/document.xml declares 1 KB and inflates to `megabytes` MB. */
export function lyingBombDocx(megabytes: number): Uint8Array {
  const open = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
  return rawZip([stored('[Content_Types].xml', CT), { name: 'word/document.xml', stored: deflatedBomb(open, megabytes), method: 8, declaredSize: 1024 }]);
}

/** A .docx with `n` empty entries besides its parts. */
export function manyEntriesDocx(n: number): Uint8Array {
  const doc =
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Статья 1.</w:t></w:r></w:p></w:body></w:document>';
  const empties = Array.from({ length: n }, (_, i) => ({ name: `x/${i}`, stored: new Uint8Array(0), method: 0 as const, declaredSize: 0 }));
  return rawZip([stored('[Content_Types].xml', CT), stored('word/document.xml', doc), ...empties]);
}
