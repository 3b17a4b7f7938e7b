/**
 * The reader's lighter pass (plainParagraphFacts, from the XML text) must say exactly what the full
 * reader (xmldom + text.ts) says of a paragraph, or step aside: on every body paragraph of every real
 * .docx we hold, and on hand-made paragraphs it must leave to the full reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { buildDocx } from '../../src/hosts/docx/build';
import { domParagraphFacts, plainParagraphFacts } from '../../src/hosts/docx/plainParagraph';
import { parseXml } from '../../src/hosts/docx/safeXml';
import { scanBody } from '../../src/hosts/docx/spans';
import { layoutParagraph } from '../../src/hosts/docx/text';
import { corpusLines, documentXml, W_NS } from './fixtures';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');

/** Per body paragraph: the lighter pass's facts (or undefined) and the full reader's, for document.xml text. */
function bothReadings(xml: string): Array<{ plain: ReturnType<typeof plainParagraphFacts>; full: ReturnType<typeof domParagraphFacts>; xml: string }> {
  const scan = scanBody(xml);
  const prefix = scan.rootName.includes(':') ? scan.rootName.split(':')[0] : null;
  const root = parseXml(`${scan.rootTag}</${scan.rootName}>`, 'document.xml', 'test').documentElement;
  const w = root.namespaceURI!;
  return scan.paragraphs.map((s) => {
    const p = parseXml(`${scan.rootTag}${xml.slice(s.start, s.end)}</${scan.rootName}>`, 'document.xml', 'test').documentElement.firstChild as Element;
    const full = domParagraphFacts(p, layoutParagraph(p, w, 'current'), w);
    for (const k of ['style', 'outlineLevel', 'numId', 'ilvl'] as const) if (full[k] === undefined) delete full[k];
    return { plain: plainParagraphFacts(xml, s.start, s.end, prefix), full, xml: xml.slice(s.start, s.end) };
  });
}

const sorted = (o: object): string => JSON.stringify(o, Object.keys(o).sort());

async function documentXmlOf(data: Uint8Array): Promise<string | undefined> {
  return (await JSZip.loadAsync(data)).file('word/document.xml')?.async('string');
}

it('agrees with the full reader on every paragraph it reads in the real .docx files, the eval drafts and the corpus', async () => {
  const files = ['realdocx', 'eval', 'corpus'].flatMap((d) =>
    readdirSync(path.join(SHARED, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.docx'))
      .map((f) => path.join(SHARED, d, f)),
  );
  let plain = 0;
  let full = 0;
  const disagreements: string[] = [];
  for (const file of files) {
    const xml = await documentXmlOf(readFileSync(file)).catch(() => undefined);
    if (!xml || /<!DOCTYPE|<!ENTITY/i.test(xml)) continue;
    let readings;
    try {
      readings = bothReadings(xml);
    } catch {
      continue; // a package the reader refuses anyway (tests/docx/errors)
    }
    for (const r of readings) {
      if (!r.plain) full++;
      else {
        plain++;
        if (sorted(r.plain) !== sorted(r.full)) disagreements.push(`${path.basename(file)}: ${JSON.stringify(r.plain)} ≠ ${JSON.stringify(r.full)} in ${r.xml.slice(0, 300)}`);
      }
    }
  }
  expect(disagreements.slice(0, 5)).toEqual([]);
  // Both readers are at work on this material, so the agreement says something.
  expect(plain).toBeGreaterThan(500);
  expect(full).toBeGreaterThan(20);
});

it('reads a built code the way the full reader does, nearly every paragraph by the lighter pass', async () => {
  const xml = (await documentXmlOf(await buildDocx(corpusLines('peaceful-assemblies-kk'))))!;
  const readings = bothReadings(xml);
  expect(readings.filter((r) => r.plain).length).toBeGreaterThan(readings.length * 0.9);
  for (const r of readings) if (r.plain) expect(r.plain).toEqual(r.full);
});

describe('leaves to the full reader', () => {
  const facts = (body: string) => {
    const xml = documentXml(body);
    const s = scanBody(xml).paragraphs[0];
    return plainParagraphFacts(xml, s.start, s.end, 'w');
  };
  const run = (inner: string) => `<w:r>${inner}</w:r>`;

  it.each([
    ['a human insertion', `<w:p><w:ins w:id="1" w:author="A">${run('<w:t>да</w:t>')}</w:ins></w:p>`],
    ['a revision mark on the paragraph mark', `<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="A"/></w:rPr></w:pPr>${run('<w:t>да</w:t>')}</w:p>`],
    ['a field', `<w:p>${run('<w:fldChar w:fldCharType="begin"/>')}${run('<w:instrText> PAGE </w:instrText>')}</w:p>`],
    ['a hyperlink', `<w:p><w:hyperlink r:id="rId9">${run('<w:t>сайт</w:t>')}</w:hyperlink></w:p>`],
    ['a text box', `<w:p>${run('<w:drawing/>')}</w:p>`],
    ['a namespace declared inside', `<w:p xmlns:x="urn:x">${run('<w:t>да</w:t>')}</w:p>`],
    ['a carriage return XML would turn into a line feed', `<w:p>${run('<w:t>а\rб</w:t>')}</w:p>`],
    ['a comment inside the paragraph', `<w:p><!-- c -->${run('<w:t>да</w:t>')}</w:p>`],
    ['an empty style value', `<w:p><w:pPr><w:pStyle w:val=""/></w:pPr>${run('<w:t>да</w:t>')}</w:p>`],
  ])('%s', (_, body) => {
    expect(facts(body)).toBeUndefined();
  });

  it('but reads references, tabs, breaks and properties itself', () => {
    expect(facts(`<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr>${run('<w:t>a &amp; &#1171;&#x4e9;</w:t><w:tab/><w:br/>')}</w:p>`)).toEqual({
      text: 'a & ғө\t\n',
      style: 'H1',
      numId: '3',
      ilvl: '1',
      hasTrackedChanges: false,
    });
    expect(W_NS).toContain('wordprocessingml');
  });
});
