import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { DocxError } from '../../src/hosts/docx/errors';
import { buildDocx } from '../../src/hosts/docx/build';
import { readDocx } from '../../src/hosts/docx/read';
import { docxWithBody, documentXml, para, run } from './fixtures';

async function refusal(data: Uint8Array): Promise<DocxError> {
  try {
    await readDocx(data, { source: 'проект.docx' });
  } catch (e) {
    expect(e).toBeInstanceOf(DocxError);
    expect((e as DocxError).message).toContain('проект.docx');
    return e as DocxError;
  }
  throw new Error('the file was accepted');
}

/** A deterministic PRNG so "random" inputs are the same on every run. */
function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('readDocx refuses bad input with a typed, worded error', () => {
  it('random bytes are not a .docx', async () => {
    expect((await refusal(bytes(4096, 7))).code).toBe('not-docx');
    expect((await refusal(new Uint8Array(0))).code).toBe('not-docx');
  });

  it('an OLE compound file (legacy .doc or encrypted .docx) is named as such', async () => {
    const ole = bytes(2048, 3);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await refusal(ole);
    expect(e.code).toBe('legacy-or-encrypted');
    expect(e.message).toMatch(/password|\.doc/);
  });

  it('a truncated package is corrupt', async () => {
    const good = await buildDocx(['Статья 1. Текст.']);
    expect((await refusal(good.slice(0, Math.floor(good.length / 2)))).code).toBe('corrupt');
  });

  it('a zip without word/document.xml is refused', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('hello.txt', 'hi');
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).code).toBe('missing-document');
  });

  it('a zip that is not a Word package at all is refused', async () => {
    const zip = new JSZip();
    zip.file('photo.jpg', bytes(100, 1));
    expect((await refusal(await zip.generateAsync({ type: 'uint8array' }))).code).toBe('not-docx');
  });

  it('a DOCTYPE in document.xml is refused before parsing', async () => {
    const xml = documentXml(para(run('текст'))).replace('<w:document', '<!DOCTYPE w:document SYSTEM "file:///etc/passwd"><w:document');
    expect((await refusal(await docxWithBody('', { documentXml: xml }))).code).toBe('unsafe-xml');
  });

  it('billion laughs is refused instantly, never expanded', async () => {
    let decl = '<!ENTITY lol "lol">';
    for (let i = 1; i <= 9; i++) decl += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const xml = documentXml(para('<w:r><w:t>&lol9;</w:t></w:r>')).replace('<w:document', `<!DOCTYPE w:document [${decl}]><w:document`);
    const t0 = performance.now();
    expect((await refusal(await docxWithBody('', { documentXml: xml }))).code).toBe('unsafe-xml');
    // Expanding it would take minutes and gigabytes; refusing it takes milliseconds. A generous bound.
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('an ENTITY declaration in another part (styles) is refused too', async () => {
    const styles = '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x "y">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    expect((await refusal(await docxWithBody(para(run('текст')), { parts: { 'word/styles.xml': styles } }))).code).toBe('unsafe-xml');
  });

  it('malformed XML is corrupt, with the part named', async () => {
    const e = await refusal(await docxWithBody('', { documentXml: documentXml(para(run('текст'))).replace('</w:body>', '') }));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('word/document.xml');
  });

  it('a document without any text is empty', async () => {
    expect((await refusal(await buildDocx(['', '   ', '']))).code).toBe('empty');
  });

  it('a document whose only text is in a text box says so', async () => {
    const data = readFileSync(path.resolve(__dirname, '..', '..', '..', 'shared', 'realdocx', 'mammoth__text-box.docx'));
    const e = await refusal(data);
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/text boxes/);
  });

  it('an absurd declared size is refused', async () => {
    const data = await buildDocx(['текст']);
    // Rewrite the central directory's uncompressed size of one entry to 300 MB.
    const buf = Buffer.from(data);
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(300 * 1024 * 1024, cd + 24);
    expect((await refusal(new Uint8Array(buf))).code).toBe('too-large');
  });
});
