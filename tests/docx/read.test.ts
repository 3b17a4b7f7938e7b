import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocx } from '../../src/hosts/docx/build';
import { formatNumber } from '../../src/hosts/docx/numbering';
import { readDocx } from '../../src/hosts/docx/read';
import { corpusLines, docxWithBody, humanDel, humanIns, para, run } from './fixtures';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const EVAL = path.join(SHARED, 'eval');
const REAL = path.join(SHARED, 'realdocx');

function txtLines(file: string): string[] {
  const data = readFileSync(file, 'utf8');
  return (data.endsWith('\n') ? data.slice(0, -1) : data).split('\n');
}

describe('readDocx on the evaluation drafts', () => {
  const drafts = readdirSync(EVAL).filter((f) => f.endsWith('.docx'));

  it('finds all seven drafts', () => {
    expect(drafts.length).toBe(7);
  });

  it.each(drafts)('%s reads to exactly the lines of its .txt', async (file) => {
    const doc = await readDocx(readFileSync(path.join(EVAL, file)), { source: file });
    expect(doc.model.paragraphs.map((p) => p.text)).toEqual(txtLines(path.join(EVAL, file.replace(/\.docx$/, '.txt'))));
    expect(doc.model.paragraphs.map((p) => p.index)).toEqual(doc.model.paragraphs.map((_, i) => i));
    expect(doc.model.source).toBe(file);
  });

  it('renders the automatic numbering of dev-ru-autonum as Word does, outside the text', async () => {
    const doc = await readDocx(readFileSync(path.join(EVAL, 'dev-ru-autonum.docx')));
    const labels = doc.model.paragraphs.map((p) => p.listLabel ?? '');
    // Article 1: definitions 1)–5) on level 1 of their own list.
    expect(labels.slice(4, 9)).toEqual(['1)', '2)', '3)', '4)', '5)']);
    // Article 3: items and subitems of one list, subitems restart under each item.
    expect(labels.slice(13, 19)).toEqual(['1.', '1)', '2)', '2.', '1)', '2)']);
    // Article 5 reuses the list of article 4 without a restart: Word shows 3. and 4. (a planted defect).
    expect(labels[27]).toBe('3.');
    expect(labels[28]).toBe('4.');
    expect(doc.model.paragraphs[4]).toMatchObject({ listLevel: 1, listId: '109', style: 'ListNumber2' });
    expect(doc.model.paragraphs[4].text.startsWith('оператор проката')).toBe(true);
    expect(labels[0]).toBe('');
  });
});

describe('readDocx on corpus laws built with buildDocx', () => {
  it.each(['peaceful-assemblies-ru', 'peaceful-assemblies-kk', 'constitutional-court-ru'] as const)('%s round-trips exactly', async (name) => {
    const lines = corpusLines(name);
    const doc = await readDocx(await buildDocx(lines));
    expect(doc.model.paragraphs.map((p) => p.text)).toEqual(lines);
  });

  it('reads the Labour Code (~2,000 paragraphs) back exactly', async () => {
    // Read time is a benchmark figure (npm run bench), not a test.
    const lines = corpusLines('labour-code-ru');
    const doc = await readDocx(await buildDocx(lines));
    expect(doc.model.paragraphs.map((p) => p.text)).toEqual(lines);
    expect(lines.length).toBeGreaterThan(1500);
  });

  it('keeps styles, outline levels and generated numbering labels', async () => {
    const doc = await readDocx(
      await buildDocx([
        { text: 'Глава 1. Жалпы ережелер', style: 'Heading1' },
        { text: 'Статья 1', style: 'Heading2' },
        { text: 'первый пункт', numbering: { level: 0, format: 'decimal-dot' } },
        { text: 'подпункт', numbering: { level: 1, format: 'decimal-paren' } },
        { text: 'второй пункт', numbering: { level: 0, format: 'decimal-dot' } },
        { text: 'подпункт', numbering: { level: 1, format: 'decimal-paren' } },
        { text: 'снова', numbering: { level: 0, format: 'decimal-dot', restart: true } },
      ]),
    );
    const ps = doc.model.paragraphs;
    expect(ps[0]).toMatchObject({ style: 'Heading1', outlineLevel: 0 });
    expect(ps[1]).toMatchObject({ style: 'Heading2', outlineLevel: 1 });
    expect(ps.slice(2).map((p) => p.listLabel)).toEqual(['1.', '1)', '2.', '1)', '1.']);
    expect(ps[2].text).toBe('первый пункт');
  });
});

describe('readDocx: what counts as text', () => {
  it('reads tabs, breaks, symbols, hyphens, hyperlinks, content controls; leaves field codes and text boxes out', async () => {
    const body =
      para(
        `${run('а')}<w:r><w:tab/><w:t>б</w:t><w:br/><w:t>в</w:t><w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Symbol" w:char="00A7"/></w:r>` +
          `<w:hyperlink r:id="rId9">${run(' ссылка')}</w:hyperlink>` +
          `<w:sdt><w:sdtPr/><w:sdtContent>${run(' поле')}</w:sdtContent></w:sdt>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:fldSimple w:instr=" NUMPAGES ">${run('9')}</w:fldSimple>` +
          `<w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>${para(run('в рамке'))}</w:txbxContent></v:textbox></w:pict></w:r>`,
      ) + para('');
    const doc = await readDocx(await docxWithBody(body));
    expect(doc.model.paragraphs.map((p) => p.text)).toEqual(['а\tб\nв\u2011§ ссылка поле79', '']);
  });

  it('shows human insertions and hides human deletions, and flags the paragraph', async () => {
    const doc = await readDocx(await docxWithBody(para(`${run('Срок ')}${humanDel(1, 'десять')}${humanIns(2, 'пятнадцать')}${run(' дней.')}`) + para(run('Без правок.'))));
    expect(doc.model.paragraphs[0]).toMatchObject({ text: 'Срок пятнадцать дней.', hasTrackedChanges: true });
    expect(doc.model.paragraphs[1].hasTrackedChanges).toBeUndefined();
  });

  it('counts paragraphs in table cells, in order, with inTable', async () => {
    const cell = (t: string) => `<w:tc>${para(run(t))}</w:tc>`;
    const doc = await readDocx(await docxWithBody(para(run('до')) + `<w:tbl><w:tr>${cell('А1')}${cell('Б1')}</w:tr></w:tbl>` + para(run('после'))));
    expect(doc.model.paragraphs.map((p) => [p.text, !!p.inTable])).toEqual([
      ['до', false],
      ['А1', true],
      ['Б1', true],
      ['после', false],
    ]);
  });

  it('takes outline levels from the paragraph, the basedOn chain and built-in headings', async () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="ChapterKz"><w:name w:val="Chapter kz"/><w:basedOn w:val="Chapter"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/></w:style></w:styles>`;
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
    const doc = await readDocx(
      await docxWithBody(
        para(run('a'), '<w:pStyle w:val="ChapterKz"/>') + para(run('b'), '<w:pStyle w:val="3"/>') + para(run('c'), '<w:outlineLvl w:val="4"/>') + para(run('d'), '<w:pStyle w:val="Chapter"/><w:outlineLvl w:val="9"/>'),
        { parts: { 'word/styles.xml': styles, 'word/_rels/document.xml.rels': rels } },
      ),
    );
    expect(doc.model.paragraphs.map((p) => p.outlineLevel)).toEqual([0, 2, 4, undefined]);
  });

  it('renders numbering formats, overrides, lvlRestart and numbering through a style', async () => {
    const lvl = (i: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
    const numbering =
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'russianLower', '%2)')}${lvl(2, 'decimal', '%1.%2.%3.', '<w:isLgl/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '%2)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '\uF0B7')}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>` +
      `<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>` +
      `</w:numbering>`;
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
      `<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="Item"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
    const n = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
    const body = [
      para(run('x'), n(1, 0)), // I.
      para(run('x'), n(1, 1)), // а)
      para(run('x'), n(1, 1)), // б)
      para(run('x'), n(1, 2)), // 1.2.1. (isLgl shows the roman level as decimal)
      para(run('x'), n(1, 0)), // II.
      para(run('x'), n(1, 1)), // а) again: a higher level resets lower ones
      para(run('x'), n(5, 0)), // III.: another num of the same definition continues it, as in Word
      para(run('x'), '<w:pStyle w:val="Item"/>'), // 1. via the style
      para(run('x'), `<w:pStyle w:val="Item"/><w:numPr><w:ilvl w:val="1"/></w:numPr>`), // a)
      para(run('x'), '<w:pStyle w:val="Item"/>'), // 2.
      para(run('x'), `<w:pStyle w:val="Item"/><w:numPr><w:ilvl w:val="1"/></w:numPr>`), // b): lvlRestart 0 never restarts
      para(run('x'), n(3, 0)), // 5.: startOverride starts its own count
      para(run('x'), n(4, 0)), // •
      para(run('x'), `<w:pStyle w:val="Item"/><w:numPr><w:numId w:val="0"/></w:numPr>`), // numId 0 removes the style's numbering
    ].join('');
    const doc = await readDocx(await docxWithBody(body, { parts: { 'word/numbering.xml': numbering, 'word/styles.xml': styles, 'word/_rels/document.xml.rels': rels } }));
    expect(doc.model.paragraphs.map((p) => p.listLabel)).toEqual(['I.', 'а)', 'б)', '1.2.1.', 'II.', 'а)', 'III.', '1.', 'a)', '2.', 'b)', '5.', '•', undefined]);
  });

  it('formats numbers like Word', () => {
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(9, 'russianLower')).toBe('и');
    expect(formatNumber(10, 'russianLower')).toBe('к'); // Word skips й
    expect(formatNumber(3, 'decimalZero')).toBe('03');
    expect(formatNumber(3, 'none')).toBe('');
  });

  it('reads a strict OOXML document and a part with a UTF-8 byte-order mark', async () => {
    const strict = await readDocx(readFileSync(path.join(REAL, 'mammoth__strict-format.docx')));
    expect(strict.w).toBe('http://purl.oclc.org/ooxml/wordprocessingml/main');
    expect(strict.model.paragraphs.map((p) => p.text)).toEqual(['Test']);
    const bom = await readDocx(readFileSync(path.join(REAL, 'mammoth__utf8-bom.docx')));
    expect(bom.model.paragraphs[0].text).toBe('This XML has a byte order mark.');
    expect(bom.document.bom).toBe(true);
  });
});
