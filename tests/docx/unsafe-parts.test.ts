/**
 * Every part of a package is checked, not only the ones we parse: a DOCTYPE or ENTITY anywhere is
 * refused (it would be copied into the output, which LibreOffice then refuses), and so is a control
 * character XML 1.0 forbids (raw or as &#1;); what we write never contains one. No real .docx we
 * hold is refused by these checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocxError } from '../../src/hosts/docx/errors';
import { readDocx } from '../../src/hosts/docx/read';
import { applyPlan } from '../../src/hosts/docx/write';
import { forbiddenXmlChar } from '../../src/hosts/docx/xml';
import { docxWithBody, para, partsOf, run } from './fixtures';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const BODY = para(run('Статья 1. Уполномоченный орган рассматривает заявление.'));

async function refusal(data: Uint8Array): Promise<DocxError> {
  const e = await readDocx(data, { source: 'проект.docx' }).then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof DocxError)) throw new Error(`expected a DocxError, got ${String(e)}`);
  return e;
}

describe('a DOCTYPE or ENTITY in a part we never parse is refused', () => {
  it.each([
    ['[Content_Types].xml', '<?xml version="1.0"?><!DOCTYPE Types SYSTEM "x.dtd"><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'],
    ['word/settings.xml', `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:settings ${W}/>`],
    ['word/comments.xml', `<w:comments ${W}><!ENTITY x "y"></w:comments>`],
    ['customXml/item1.xml', '\uFEFF  <!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>'],
  ])('in %s', async (part, xml) => {
    const e = await refusal(await docxWithBody(BODY, { parts: { [part]: xml } }));
    expect(e.code).toBe('unsafe-xml');
    expect(e.message).toContain(part);
  });

  it('a binary part that happens to hold the bytes "<!ENTITY" is not XML and is accepted', async () => {
    const png = '\u0089PNG\r\n\u001a\n<!ENTITY not markup>';
    const doc = await readDocx(await docxWithBody(BODY, { parts: { 'word/media/image1.png': png } }));
    expect(doc.model.paragraphs[0]!.text).toMatch(/^Статья 1\./);
  });
});

describe('control characters XML 1.0 forbids', () => {
  it.each([
    ['a character reference', '&#1;', 'U+0001'],
    ['a hexadecimal reference', '&#x1F;', 'U+001F'],
    ['a raw character', '\u0002', 'U+0002'],
  ])('as %s in the text are refused with the part and character named', async (_what, bad, named) => {
    const e = await refusal(await docxWithBody(para(run(`1. Орган рассматривает${bad} заявление.`))));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('word/document.xml');
    expect(e.message).toContain(named);
  });

  it('allowed references (tab, line feed, Cyrillic) are read as text', async () => {
    const doc = await readDocx(await docxWithBody(para(run('1. Орган&#9;рассматривает &#1047;аявление.'))));
    expect(doc.model.paragraphs[0]!.text).toBe('1. Орган\tрассматривает Заявление.');
  });

  it('a comment or suggestion carrying one is written without it', async () => {
    const doc = await readDocx(await docxWithBody(BODY));
    const text = doc.model.paragraphs[0]!.text;
    const at = text.indexOf('заявление');
    const { data } = await applyPlan(doc, {
      hunks: [{ paragraph: 0, start: at, end: at + 9, deleted: 'заявление', inserted: 'заяв\u0001ление\u0008', findingId: 'f1' }],
      comments: [{ paragraph: 0, start: 0, end: 6, quote: 'Статья', text: '[Zan] Текст\u0007 с \u001bсимволом', findingId: 'f2' }],
      skipped: [],
      findings: [],
    });
    for (const [name, bytes] of await partsOf(data)) expect([name, forbiddenXmlChar(Buffer.from(bytes).toString('utf8'))]).toEqual([name, undefined]);
  });
});

it('no real .docx we hold (Word, LibreOffice, mammoth test files, the eval drafts, the corpus) is refused by these checks', async () => {
  const files = ['realdocx', 'eval', 'corpus'].flatMap((d) =>
    readdirSync(path.join(SHARED, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.docx'))
      .map((f) => path.join(SHARED, d, f)),
  );
  expect(files.length).toBeGreaterThan(50);
  const refused: string[] = [];
  for (const file of files) {
    const e = await readDocx(readFileSync(file), { source: file }).then(
      () => undefined,
      (x: unknown) => x as DocxError,
    );
    if (e && (e.code === 'unsafe-xml' || /control character|inflates past|parts in the package/.test(e.message))) refused.push(`${path.basename(file)}: ${e.message}`);
  }
  expect(refused).toEqual([]);
});
