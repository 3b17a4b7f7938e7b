/** Hand-made packages for the cases a builder would never produce (human revisions, fields, bad XML). */
import JSZip from 'jszip';
import { loadCorpusLaw } from '../../scripts/corpus-laws';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface PackageOptions {
  /** Extra or replacement parts: path → text (or null to leave a part out). */
  parts?: Record<string, string | null>;
  documentXml?: string;
}

const CT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

export function documentXml(bodyXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`;
}

/** A package with the given body XML (paragraphs written by hand). */
export async function docxWithBody(bodyXml: string, options: PackageOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const parts: Record<string, string | null> = {
    '[Content_Types].xml': CT,
    '_rels/.rels': RELS,
    'word/document.xml': options.documentXml ?? documentXml(bodyXml),
    ...options.parts,
  };
  for (const [p, text] of Object.entries(parts)) if (text !== null) zip.file(p, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const run = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const humanIns = (id: number, text: string): string => `<w:ins w:id="${id}" w:author="Айгерим" w:date="2026-01-10T09:00:00Z">${run(text)}</w:ins>`;
export const humanDel = (id: number, text: string): string =>
  `<w:del w:id="${id}" w:author="Айгерим" w:date="2026-01-10T09:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
export const para = (inner: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;

export async function partsOf(data: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, Uint8Array>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('uint8array'));
  return out;
}

export async function partText(data: Uint8Array, name: string): Promise<string | undefined> {
  const f = (await JSZip.loadAsync(data)).file(name);
  return f ? f.async('string') : undefined;
}

/** The corpus loader's lines as plain strings (some editorial notes come through as objects with `text`). */
export function corpusLines(name: Parameters<typeof loadCorpusLaw>[0]): string[] {
  return (loadCorpusLaw(name).lines as unknown[]).map((l) => (typeof l === 'string' ? l : String((l as { text: unknown }).text)));
}

