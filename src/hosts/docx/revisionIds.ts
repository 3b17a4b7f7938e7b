/** Fresh w:ids for our revisions and comments: above every id the package already uses. */
import type JSZip from 'jszip';
import { readPartText } from './zipReader';
import type { DocxDocument } from './read';

/** The largest numeric w:id in the parts where revisions and comments live. */
export async function maxUsedId(zip: JSZip, doc: DocxDocument): Promise<number> {
  let max = 0;
  const scan = (text: string): void => {
    for (const m of text.matchAll(/:id="(\d{1,9})"/g)) max = Math.max(max, Number(m[1]));
  };
  scan(doc.document.text);
  for (const path of Object.keys(zip.files)) {
    if (path === doc.document.path || !/^word\/[^/]+\.xml$/.test(path)) continue;
    if (!/(comments|footnotes|endnotes|header|footer)/i.test(path)) continue;
    const raw = await readPartText(zip, path, doc.source);
    if (raw) scan(raw.text);
  }
  return max;
}
