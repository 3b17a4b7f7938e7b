/**
 * Write a ReviewPlan back into the .docx it was read from: comments (word/comments.xml) and tracked
 * changes (w:del + w:ins by "Zan Assistant"). Only the paragraphs that change are re-serialized and
 * spliced into document.xml; every other part, and every other byte of document.xml, stays as read.
 *
 * The steps live beside this file: editSafety (stale and unsafe changes left out), earlierComments
 * (no comment said twice), paragraphWriter (one paragraph rewritten), commentsPart and
 * partRegistration (the package parts), revisionIds.
 */
import JSZip from 'jszip';
import type { ApplyResult, ReviewPlan } from '../../core/plan-types';
import type { SkipReason, SkippedFinding } from '../../core/skipReasons';
import { addComments, type NewComment } from './commentsPart';
import { commentIdsIn, commentKey, zanCommentsByText } from './earlierComments';
import { groupFresh, refuseUnsafe } from './editSafety';
import { putDeflated } from './deflatedPart';
import { docxError } from './errors';
import { writeParagraph } from './paragraphWriter';
import { paragraphsAt, type DocxDocument } from './read';
import { maxUsedId } from './revisionIds';
import { readPartBytes } from './zipReader';

export interface ApplyOptions {
  /** Date stamped on every revision and comment (default: now). */
  date?: Date;
}

/** ApplyResult plus the changes that were left out, and why (never written half-way). */
export interface DocxApplyResult extends ApplyResult {
  skipped: SkippedFinding[];
}

export async function applyPlan(doc: DocxDocument, plan: ReviewPlan, options: ApplyOptions = {}): Promise<{ data: Uint8Array; result: DocxApplyResult }> {
  const result: DocxApplyResult = { commentsAdded: 0, hunksApplied: 0, stale: [], skipped: [] };
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const w = doc.w;

  // The DOM as read is only read here (paragraphs are written out as new text), so the DocxDocument stays reusable.
  const prefix = doc.prefix;
  if (!prefix) throw docxError('unsupported', doc.source, 'the WordprocessingML namespace has no prefix');

  // 1. Stale safety: the anchored text must still be exactly what the plan saw.
  // Only the paragraphs the plan names are parsed again, in batches.
  const parsed = paragraphsAt(doc, [...plan.hunks, ...plan.comments].map((x) => x.paragraph));
  const { work, stale } = groupFresh(plan, doc.model.paragraphs.map((p) => p.text), parsed);
  parsed.clear();

  // 2. Refuse what would touch anything but plain runs, and what we said here before.
  const skippedKeys = new Set<string>();
  const refused = new Set<string>();
  const refuse = (findingId: string, reason: SkipReason): void => {
    const key = `${findingId}\n${reason}`;
    if (!skippedKeys.has(key)) result.skipped.push({ findingId, reason });
    skippedKeys.add(key);
    refused.add(findingId);
  };
  for (const wk of work.values()) refuseUnsafe(wk, refuse);
  const ours = await zanCommentsByText(doc);
  if (ours.size) {
    for (const wk of work.values()) {
      const here = commentIdsIn(wk.p, w);
      for (const c of wk.comments) {
        if ((ours.get(commentKey(c.text)) ?? []).some((id) => here.has(id))) refuse(c.findingId, 'already-commented');
      }
    }
  }
  for (const wk of work.values()) {
    wk.hunks = wk.hunks.filter((h) => !refused.has(h.findingId) && (h.deleted !== '' || h.inserted !== ''));
    wk.comments = wk.comments.filter((c) => !refused.has(c.findingId));
  }

  // 3. Ids above every w:id already used anywhere a revision or comment can live.
  const zip = await JSZip.loadAsync(doc.bytes);
  let nextId = (await maxUsedId(zip, doc)) + 1;

  // 4. Rewrite the paragraphs.
  const newComments: NewComment[] = [];
  const hasCommentRefStyle = doc.styles.has('CommentReference');
  const changed = new Map<number, string>();
  const nextFreeId = (): string => String(nextId++);
  for (const index of [...work.keys()].sort((a, b) => a - b)) {
    const wk = work.get(index)!;
    if (!wk.hunks.length && !wk.comments.length) continue;
    const { xml, commentIds } = writeParagraph(
      wk.p,
      wk.layout,
      { hunks: wk.hunks, comments: wk.comments, nextId: nextFreeId, referenceStyle: hasCommentRefStyle },
      { w, prefix, date },
    );
    result.hunksApplied += wk.hunks.length;
    wk.comments.forEach((c, i) => newComments.push({ id: commentIds[i], text: c.text }));
    result.commentsAdded += wk.comments.length;
    changed.set(wk.index, xml);
    // Its DOM is done with: a code's thousands of commented paragraphs need not all live until the zip is packed.
    work.delete(wk.index);
  }

  // 5. Splice the changed paragraphs into the original text of the part.
  if (changed.size) putDeflated(zip, doc.document.path, await spliceParagraphs(zip, doc, changed));
  if (newComments.length) await addComments(zip, doc, newComments, date);

  result.stale = [...stale];
  const data = changed.size ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) : doc.bytes;
  return { data, result };
}

/**
 * document.xml as read, with the paragraphs at the given indexes replaced by their new XML, in one
 * buffer: what lies between them is copied from the part's bytes as stored (the text was decoded
 * from them, strictly, so its UTF-8 is those very bytes; the byte-order mark, if any, stays first).
 */
async function spliceParagraphs(zip: JSZip, doc: DocxDocument, changed: Map<number, string>): Promise<Uint8Array> {
  const stored = await readPartBytes(zip, doc.document.path, doc.source);
  if (!stored) throw docxError('missing-document', doc.source);
  const spans = doc.body.paragraphs;
  const text = doc.document.text;
  // Byte ranges of the replaced paragraphs in `stored`, and the size of the result.
  const edits: Array<{ from: number; to: number; xml: string }> = [];
  let size = stored.length;
  let at = 0;
  let byteAt = doc.document.bom ? 3 : 0;
  for (const [index, xml] of [...changed].sort((a, b) => a[0] - b[0])) {
    const from = byteAt + Buffer.byteLength(text.slice(at, spans[index].start));
    const to = from + Buffer.byteLength(text.slice(spans[index].start, spans[index].end));
    edits.push({ from, to, xml });
    size += Buffer.byteLength(xml) - (to - from);
    byteAt = to;
    at = spans[index].end;
  }
  const out = Buffer.allocUnsafe(size);
  let copied = 0;
  let written = 0;
  for (const { from, to, xml } of edits) {
    out.set(stored.subarray(copied, from), written);
    written += from - copied;
    written += out.write(xml, written, 'utf8');
    copied = to;
  }
  out.set(stored.subarray(copied), written);
  return out;
}
