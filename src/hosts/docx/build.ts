/**
 * Build a minimal, valid .docx (content types, relationships, document, styles with Normal and
 * Heading 1/2, numbering when used, settings, core properties) that Word and LibreOffice open.
 * Used for fixtures, samples and the scripts that turn corpus laws into .docx.
 */
import JSZip from 'jszip';
import { escapeAttr, escapeText, runContentXml } from './xml';

export interface BuildRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font name (w:rFonts ascii/hAnsi/cs). */
  font?: string;
  /** Size in points. */
  size?: number;
}

export interface BuildParagraph {
  text: string;
  /** Style id: "Normal", "Heading1", "Heading2" or "Title" exist in the built styles. */
  style?: string;
  /** Automatic numbering: label "1." (decimal-dot) or "1)" (decimal-paren) at a level; restart starts again at 1. */
  numbering?: { level: number; format: 'decimal-dot' | 'decimal-paren'; restart?: boolean };
  /** Optional run split with formatting; the runs' texts must join to `text`. */
  runs?: BuildRun[];
}

export interface BuildOptions {
  title?: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function buildDocx(paragraphs: ReadonlyArray<string | BuildParagraph>, options: BuildOptions = {}): Promise<Uint8Array> {
  const paras = paragraphs.map((p) => (typeof p === 'string' ? { text: p } : p));
  const numbering = new NumberingBuilder();
  const body = paras.map((p) => paragraphXml(p, numbering)).join('');
  const usesNumbering = numbering.used;

  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    XML_DECL +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      (usesNumbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    XML_DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    XML_DECL +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/>` +
      (usesNumbering ? `<Relationship Id="rId3" Type="${R}/numbering" Target="numbering.xml"/>` : '') +
      '</Relationships>',
  );
  zip.file(
    'word/document.xml',
    XML_DECL +
      `<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}` +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>' +
      '</w:body></w:document>',
  );
  zip.file('word/styles.xml', STYLES_XML);
  zip.file('word/settings.xml', XML_DECL + `<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="708"/><w:compat/></w:settings>`);
  if (usesNumbering) zip.file('word/numbering.xml', numbering.xml());
  zip.file(
    'docProps/core.xml',
    XML_DECL +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      (options.title ? `<dc:title>${escapeText(options.title)}</dc:title>` : '') +
      '<dc:creator>Zan Assistant</dc:creator></cp:coreProperties>',
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function paragraphXml(p: BuildParagraph, numbering: NumberingBuilder): string {
  const pPr: string[] = [];
  if (p.style) pPr.push(`<w:pStyle w:val="${escapeAttr(p.style)}"/>`);
  if (p.numbering) {
    const level = Math.max(0, Math.min(8, Math.floor(p.numbering.level)));
    pPr.push(`<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numbering.numIdFor(p.numbering.format, level, !!p.numbering.restart)}"/></w:numPr>`);
  }
  const runs = p.runs ?? [{ text: p.text }];
  if (p.runs && p.runs.map((r) => r.text).join('') !== p.text) {
    throw new Error('buildDocx: the runs of a paragraph must join to its text');
  }
  const runsXml = runs
    .filter((r) => r.text !== '')
    .map((r) => `<w:r>${runPropsXml(r)}${runContentXml(r.text, 't')}</w:r>`)
    .join('');
  return `<w:p>${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}${runsXml}</w:p>`;
}

function runPropsXml(r: BuildRun): string {
  const props: string[] = [];
  if (r.font) props.push(`<w:rFonts w:ascii="${escapeAttr(r.font)}" w:hAnsi="${escapeAttr(r.font)}" w:cs="${escapeAttr(r.font)}"/>`);
  if (r.bold) props.push('<w:b/>');
  if (r.italic) props.push('<w:i/>');
  if (r.size) props.push(`<w:sz w:val="${Math.round(r.size * 2)}"/>`);
  if (r.underline) props.push('<w:u w:val="single"/>');
  return props.length ? `<w:rPr>${props.join('')}</w:rPr>` : '';
}

type LabelFormat = 'decimal-dot' | 'decimal-paren';

/**
 * One list for all numbered paragraphs, so items "1." and their subitems "1)" nest and subitems
 * restart under each item as in Word. A level that is asked for in another format opens a new
 * list; `restart` opens a new w:num with start overrides on the same definition.
 */
class NumberingBuilder {
  used = false;
  private readonly abstracts: Array<Map<number, LabelFormat>> = [];
  private readonly nums: Array<{ id: number; abstract: number; restart: boolean }> = [];

  numIdFor(format: LabelFormat, level: number, restart: boolean): number {
    this.used = true;
    const cur = this.nums[this.nums.length - 1];
    if (cur) {
      const formats = this.abstracts[cur.abstract];
      if ((formats.get(level) ?? format) === format) {
        formats.set(level, format);
        if (!restart) return cur.id;
        this.nums.push({ id: this.nums.length + 1, abstract: cur.abstract, restart: true });
        return this.nums.length;
      }
    }
    this.abstracts.push(new Map([[level, format]]));
    this.nums.push({ id: this.nums.length + 1, abstract: this.abstracts.length - 1, restart: false });
    return this.nums.length;
  }

  xml(): string {
    const abstracts = this.abstracts
      .map((formats, id) => {
        let levels = '';
        for (let l = 0; l < 9; l++) {
          const suffix = (formats.get(l) ?? 'decimal-dot') === 'decimal-dot' ? '.' : ')';
          levels +=
            `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${l + 1}${suffix}"/><w:lvlJc w:val="left"/>` +
            `<w:pPr><w:ind w:left="0" w:firstLine="709"/></w:pPr></w:lvl>`;
        }
        return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`;
      })
      .join('');
    const nums = this.nums
      .map((n) => {
        const overrides = n.restart
          ? Array.from({ length: 9 }, (_, l) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="1"/></w:lvlOverride>`).join('')
          : '';
        return `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abstract}"/>${overrides}</w:num>`;
      })
      .join('');
    return XML_DECL + `<w:numbering xmlns:w="${W}">${abstracts}${nums}</w:numbering>`;
  }
}

const STYLES_XML =
  XML_DECL +
  `<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="ru-RU" w:eastAsia="ru-RU" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="709"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>' +
  '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>' +
  '</w:styles>';
