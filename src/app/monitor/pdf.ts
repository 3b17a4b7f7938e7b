/**
 * The official adilet PDF of an act → paragraphs. pdfjs-dist gives the text layer as positioned
 * pieces; lines are rebuilt from their baselines, and paragraphs from the lines: a paragraph starts
 * at a first-line indent, at a unit label ("Статья 5.", "1.", "1)", "Глава", "5-бап") after a
 * closed sentence, or at a heading. A line-broken hyphenated word or number keeps its hyphen
 * ("407-" + "1" → "407-1"), which pdftotext's dehyphenation loses.
 * pdfjs-dist is ESM only: loaded by a dynamic import at first use.
 */

export interface PdfLine {
  text: string;
  /** Left edge of the line's first piece, in PDF points. */
  x: number;
}

interface TextPiece {
  str: string;
  x: number;
  y: number;
  width: number;
}

/** A PDF that cannot be read (damaged, encrypted, no text layer): its reason is shown to the user. */
export class PdfReadError extends Error {
  override name = 'PdfReadError';
}

export async function readPdfParagraphs(data: Uint8Array): Promise<string[]> {
  const pages = await readPdfLines(data);
  const paragraphs = paragraphsFromLines(pages);
  if (!paragraphs.some((p) => p.trim())) throw new PdfReadError('the PDF has no text layer (a scan?): there is nothing to read');
  return paragraphs;
}

/** Lines of each page, top to bottom. */
export async function readPdfLines(data: Uint8Array): Promise<PdfLine[][]> {
  // The legacy build runs on Node without DOM; fonts are not needed for the text layer.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const reason = isPdfPasswordError(err) ? 'the PDF is encrypted' : `not a readable PDF (${(err as Error)?.message ?? String(err)})`;
    throw new PdfReadError(reason);
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        pieces.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width });
      }
      pages.push(linesOf(pieces));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Pieces on one baseline (within a point) form a line, read left to right. */
export function linesOf(pieces: readonly TextPiece[]): PdfLine[] {
  const rows: TextPiece[][] = [];
  for (const p of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - p.y) < 1) row.push(p);
    else rows.push([p]);
  }
  const lines: PdfLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of row) {
      // Pieces that do not touch and carry no space of their own are separate words.
      if (text && p.x - end > 1.5 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      text += p.str;
      end = p.x + p.width;
    }
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed) lines.push({ text: trimmed, x: row[0].x });
  }
  return lines;
}

const UNIT_START = /^(?:Статья\s+\d|Глава\s+\d|Раздел\s+\d|РАЗДЕЛ\s+\d|Параграф\s+\d|ОБЩАЯ\s+ЧАСТЬ|ОСОБЕННАЯ\s+ЧАСТЬ|\d+(?:-\d+)*[.)]\s|\d+(?:-\d+)*-(?:бап|тарау|бөлім|параграф)|Сноска\.|Ескерту\.|Примечание\s|Вниманию\s)/u;
const HEADING = /^(?:Статья\s+\d|Глава\s+\d|Раздел\s+\d|РАЗДЕЛ\s+\d|Параграф\s+\d|\d+(?:-\d+)*-(?:бап|тарау|бөлім|параграф))|^[^a-zа-яёәғқңөұүһі]{6,}$/u;

/** Paragraphs from the lines of every page: indent, unit labels and closed sentences decide. */
export function paragraphsFromLines(pages: readonly PdfLine[][]): string[] {
  const all = pages.flat();
  if (!all.length) return [];
  // The left margin: the most common left edge.
  const edges = new Map<number, number>();
  for (const l of all) edges.set(Math.round(l.x), (edges.get(Math.round(l.x)) ?? 0) + 1);
  const margin = [...edges.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const out: string[] = [];
  let current = '';
  for (const line of all) {
    const indented = line.x > margin + 8;
    const closed = /[.;:!?»"]$/.test(current) || HEADING.test(current);
    const startsUnit = UNIT_START.test(line.text);
    const startsCapital = /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"]/u.test(line.text);
    const newParagraph = !current || indented || (closed && (startsUnit || startsCapital)) || (startsUnit && HEADING.test(line.text));
    if (newParagraph) {
      if (current) out.push(current);
      current = line.text;
    } else {
      // A line-broken hyphenated word keeps its hyphen and joins without a space.
      current = /-$/.test(current) ? current + line.text : `${current} ${line.text}`;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * pdfjs-dist exports no PasswordException class (its errors are rebuilt from the worker's
 * messages by name), so its name is the only thing to test: the one guard here that reads a name.
 */
function isPdfPasswordError(error: unknown): boolean {
  return (error as { name?: unknown })?.name === 'PasswordException';
}
