/**
 * Write a ReviewPlan back into the .docx it was read from: comments (word/comments.xml) and tracked
 * changes (w:del + w:ins by "Zan Assistant"). Only the paragraphs that change are re-serialized and
 * spliced into document.xml; every other part, and every other byte of document.xml, stays as read.
 */
import JSZip from 'jszip';
import type { ApplyResult, Hunk, PlannedComment, ReviewPlan } from '../../core/plan-types';
import type { SkipReason, SkippedFinding } from '../../core/skipReasons';
import { COMMENT_AUTHOR, COMMENT_INITIALS } from '../../core/plan-types';
import { docxError } from './errors';
import { CT_COMMENTS, attr } from './ooxml';
import { findRel, parseXml, readPartText, relsPathFor, resolveTarget } from './package';
import { firstIndex, pieceContaining, pieceEndingIn, writeParagraph } from './paragraphWriter';
import type { DocxDocument } from './read';
import { topLevelParagraphSpans } from './spans';
import type { ParagraphLayout, TextPiece } from './text';
import { escapeAttr, runContentXml } from './xml';

export interface ApplyOptions {
  /** Date stamped on every revision and comment (default: now). */
  date?: Date;
}

/** ApplyResult plus the changes that were left out, and why (never written half-way). */
export interface DocxApplyResult extends ApplyResult {
  skipped: SkippedFinding[];
}

/** Zero-width run children a deletion may carry along without losing anything. */
const SAFE_TO_DELETE = new Set(['lastRenderedPageBreak', 'softHyphen', 'proofErr']);

interface ParagraphWork {
  index: number;
  p: Element;
  layout: ParagraphLayout;
  hunks: Hunk[];
  comments: PlannedComment[];
}

export async function applyPlan(doc: DocxDocument, plan: ReviewPlan, options: ApplyOptions = {}): Promise<{ data: Uint8Array; result: DocxApplyResult }> {
  const result: DocxApplyResult = { commentsAdded: 0, hunksApplied: 0, stale: [], skipped: [] };
  const stale = new Set<string>();
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const w = doc.w;

  // The DOM as read is only read here (paragraphs are written out as new text), so the DocxDocument stays reusable.
  const prefix = doc.document.dom.documentElement.prefix;
  if (!prefix) throw docxError('unsupported', doc.source, 'the WordprocessingML namespace has no prefix');
  const collected = doc.paragraphs.map((p) => ({ p }));
  const layouts = doc.layouts;

  const textOf = (i: number): string | undefined => doc.model.paragraphs[i]?.text;

  // 1. Stale safety: the anchored text must still be exactly what the plan saw.
  const work = new Map<number, ParagraphWork>();
  const workFor = (i: number): ParagraphWork => {
    let wk = work.get(i);
    if (!wk) work.set(i, (wk = { index: i, p: collected[i].p, layout: layouts[i], hunks: [], comments: [] }));
    return wk;
  };
  const inRange = (i: number, s: number, e: number): boolean => {
    const t = textOf(i);
    return t !== undefined && i < collected.length && layouts[i].text === t && Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= t.length;
  };
  for (const h of plan.hunks) {
    if (!inRange(h.paragraph, h.start, h.end) || textOf(h.paragraph)!.slice(h.start, h.end) !== h.deleted) stale.add(h.findingId);
    else workFor(h.paragraph).hunks.push(h);
  }
  for (const c of plan.comments) {
    if (!inRange(c.paragraph, c.start, c.end) || textOf(c.paragraph)!.slice(c.start, c.end) !== c.quote) stale.add(c.findingId);
    else workFor(c.paragraph).comments.push(c);
  }
  // A finding is written whole or not at all: drop the other half of a stale finding.
  for (const wk of work.values()) {
    wk.hunks = wk.hunks.filter((h) => !stale.has(h.findingId));
    wk.comments = wk.comments.filter((c) => !stale.has(c.findingId));
  }

  // 2. Refuse what would touch anything but plain runs.
  const skippedKeys = new Set<string>();
  const skip = (findingId: string, reason: SkipReason): void => {
    const key = `${findingId}\n${reason}`;
    if (!skippedKeys.has(key)) result.skipped.push({ findingId, reason });
    skippedKeys.add(key);
  };
  const refused = new Set<string>();
  for (const wk of work.values()) {
    wk.hunks.sort((a, b) => a.start - b.start || a.end - b.end);
    let lastEnd = -1;
    for (const h of wk.hunks) {
      const reason =
        h.start < lastEnd ? 'overlapping-edit' : h.start === h.end ? insertionProblem(wk.layout, h.start) : rangeProblem(wk.layout, h.start, h.end, true);
      if (reason) {
        skip(h.findingId, reason);
        refused.add(h.findingId);
      } else lastEnd = Math.max(lastEnd, h.end);
    }
    for (const c of wk.comments) {
      const reason = c.start === c.end ? insertionProblem(wk.layout, c.start) : rangeProblem(wk.layout, c.start, c.end, false);
      if (reason) {
        skip(c.findingId, reason);
        refused.add(c.findingId);
      }
    }
  }
  // A re-review of a document we reviewed before does not say the same thing twice.
  const ours = await zanCommentsByText(doc);
  if (ours.size) {
    for (const wk of work.values()) {
      const here = new Set(Array.from(wk.p.getElementsByTagNameNS(w, 'commentRangeStart')).map((el) => attr(el, w, 'id') ?? ''));
      for (const c of wk.comments) {
        if ((ours.get(commentKey(c.text)) ?? []).some((id) => here.has(id))) {
          skip(c.findingId, 'already-commented');
          refused.add(c.findingId);
        }
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
  const newComments: Array<{ id: string; text: string }> = [];
  const hasCommentRefStyle = doc.styles.has('CommentReference');
  const changed = new Map<number, string>();
  const nextFreeId = (): string => String(nextId++);
  for (const wk of [...work.values()].sort((a, b2) => a.index - b2.index)) {
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
  }

  // 5. Splice the changed paragraphs into the original text of the part.
  if (changed.size) {
    const spans = topLevelParagraphSpans(doc.document.text, prefix);
    if (spans.length !== collected.length) {
      throw docxError('unsupported', doc.source, `found ${spans.length} paragraphs in the XML text but ${collected.length} in its structure`);
    }
    let out = '';
    let at = 0;
    for (const [index, xml] of [...changed].sort((a, b2) => a[0] - b2[0])) {
      out += doc.document.text.slice(at, spans[index].start) + xml;
      at = spans[index].end;
    }
    out += doc.document.text.slice(at);
    zip.file(doc.document.path, withBom(out, doc.document.bom));
  }
  if (newComments.length) await addComments(zip, doc, newComments, date);

  result.stale = [...stale];
  const data = changed.size ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) : doc.bytes;
  return { data, result };
}

function withBom(text: string, bom: boolean): string {
  return bom ? `\uFEFF${text}` : text;
}

/**
 * Why [start, end) cannot be changed or commented, or undefined when every character is in a plain run.
 * Pieces, deletion marks and objects are in offset order: only those in the range are looked at.
 */
function rangeProblem(layout: ParagraphLayout, start: number, end: number, deleting: boolean): SkipReason | undefined {
  for (let i = firstIndex(layout.pieces, (x) => x.end > start); i < layout.pieces.length && layout.pieces[i].start < end; i++) {
    const r = contextProblem(layout.pieces[i]);
    if (r) return r;
  }
  // A human deletion has no visible text, but changing or commenting words around it would still cross it.
  const mark = layout.deletionMarks[firstIndex(layout.deletionMarks, (o) => o > start)];
  if (mark !== undefined && mark < end) return 'human-revision';
  if (deleting) {
    for (let i = firstIndex(layout.objects, (o) => o.offset > start); i < layout.objects.length && layout.objects[i].offset < end; i++) {
      if (!SAFE_TO_DELETE.has(layout.objects[i].node.localName)) return 'object';
    }
  }
  return undefined;
}

function contextProblem(piece: TextPiece): SkipReason | undefined {
  switch (piece.context) {
    case 'plain':
      return undefined;
    case 'human-revision':
      return 'human-revision';
    case 'field':
      return 'field';
    default:
      return 'protected';
  }
}

/** Where a pure insertion at `offset` would go: the run before it, or after it, must be plain. */
function insertionProblem(layout: ParagraphLayout, offset: number): SkipReason | undefined {
  if (!layout.pieces.length) return undefined; // empty paragraph: a new run at its end
  const left = pieceEndingIn(layout.pieces, offset);
  const right = pieceContaining(layout.pieces, offset);
  if (left && !contextProblem(left)) return undefined;
  if (right && !contextProblem(right)) return undefined;
  return contextProblem(left ?? right!) ?? 'no-run';
}

/** The largest numeric w:id in the parts where revisions and comments live. */
async function maxUsedId(zip: JSZip, doc: DocxDocument): Promise<number> {
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

/** Append to the comments part (keeping human comments), or create it with its relationship and content type. */
async function addComments(zip: JSZip, doc: DocxDocument, comments: Array<{ id: string; text: string }>, date: string): Promise<void> {
  const rel = findRel(doc.documentRels, 'comments');
  const existingPath = rel && !rel.external ? resolveTarget(doc.document.path, rel.target) : undefined;
  const existing = existingPath ? await readPartText(zip, existingPath, doc.source) : undefined;
  const paraStyle = doc.styles.has('CommentText');
  const refStyle = doc.styles.has('CommentReference');

  if (existing && existingPath) {
    const dom = parseXml(existing.text, existingPath, doc.source);
    const prefix = dom.documentElement.prefix ?? '';
    const xml = comments.map((c) => commentXml(c, prefix, date, paraStyle, refStyle)).join('');
    const closing = prefix ? `</${prefix}:comments>` : '</comments>';
    const at = existing.text.lastIndexOf(closing);
    let text: string;
    if (at >= 0) text = existing.text.slice(0, at) + xml + existing.text.slice(at);
    else text = existing.text.replace(/\/>\s*$/, `>${xml}${closing}`);
    zip.file(existingPath, withBom(text, existing.bom));
    return;
  }

  const dir = doc.document.path.slice(0, doc.document.path.lastIndexOf('/') + 1);
  let name = 'comments.xml';
  for (let n = 1; zip.file(dir + name); n++) name = `comments${n}.xml`;
  const path = dir + name;
  zip.file(
    path,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<w:comments xmlns:w="${escapeAttr(doc.w)}">${comments.map((c) => commentXml(c, 'w', date, paraStyle, refStyle)).join('')}</w:comments>`,
  );

  // The relationship from the document to the new part.
  const relsPath = doc.documentRelsPath || relsPathFor(doc.document.path);
  const relsRaw = await readPartText(zip, relsPath, doc.source);
  const used = new Set(doc.documentRels.map((r) => r.id));
  let rid = 1;
  while (used.has(`rId${rid}`)) rid++;
  const relXml = `<Relationship Id="rId${rid}" Type="${escapeAttr(`${doc.relBase}/comments`)}" Target="${escapeAttr(name)}"/>`;
  if (relsRaw) {
    const at = relsRaw.text.lastIndexOf('</Relationships>');
    const text = at >= 0 ? relsRaw.text.slice(0, at) + relXml + relsRaw.text.slice(at) : relsRaw.text.replace(/\/>\s*$/, `>${relXml}</Relationships>`);
    zip.file(relsPath, withBom(text, relsRaw.bom));
  } else {
    zip.file(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relXml}</Relationships>`);
  }

  // Its content type.
  const ct = await readPartText(zip, '[Content_Types].xml', doc.source);
  if (!ct) throw docxError('not-docx', doc.source);
  if (!ct.text.includes(`PartName="/${path}"`)) {
    const override = `<Override PartName="/${escapeAttr(path)}" ContentType="${CT_COMMENTS}"/>`;
    const at = ct.text.lastIndexOf('</Types>');
    if (at < 0) throw docxError('corrupt', doc.source, '[Content_Types].xml has no closing tag');
    zip.file('[Content_Types].xml', withBom(ct.text.slice(0, at) + override + ct.text.slice(at), ct.bom));
  }
}

function commentXml(c: { id: string; text: string }, prefix: string, date: string, paraStyle: boolean, refStyle: boolean): string {
  const p = prefix ? `${prefix}:` : '';
  const lines = c.text.replace(/\r\n?/g, '\n').split('\n');
  const paras = lines
    .map((line, i) => {
      const pPr = paraStyle ? `<${p}pPr><${p}pStyle ${p}val="CommentText"/></${p}pPr>` : '';
      const mark =
        i === 0 ? `<${p}r>${refStyle ? `<${p}rPr><${p}rStyle ${p}val="CommentReference"/></${p}rPr>` : ''}<${p}annotationRef/></${p}r>` : '';
      const text = line ? `<${p}r>${runContentXml(line, 't', prefix)}</${p}r>` : '';
      return `<${p}p>${pPr}${mark}${text}</${p}p>`;
    })
    .join('');
  return `<${p}comment ${p}id="${c.id}" ${p}author="${escapeAttr(COMMENT_AUTHOR)}" ${p}date="${date}" ${p}initials="${escapeAttr(COMMENT_INITIALS)}">${paras}</${p}comment>`;
}

function commentKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Our earlier comments in the document: their text (whitespace folded) → their w:ids. */
async function zanCommentsByText(doc: DocxDocument): Promise<Map<string, string[]>> {
  const byText = new Map<string, string[]>();
  const rel = findRel(doc.documentRels, 'comments');
  const path = rel && !rel.external ? resolveTarget(doc.document.path, rel.target) : undefined;
  const part = path ? await readPartText(doc.zip, path, doc.source) : undefined;
  if (!part || !path) return byText;
  const dom = parseXml(part.text, path, doc.source);
  const w = dom.documentElement.namespaceURI ?? doc.w;
  for (const c of Array.from(dom.getElementsByTagNameNS(w, 'comment'))) {
    if (attr(c, w, 'author') !== COMMENT_AUTHOR) continue;
    const text = Array.from(c.getElementsByTagNameNS(w, 'p'))
      .map((p) => Array.from(p.getElementsByTagNameNS(w, 't')).map((t) => t.textContent ?? '').join(''))
      .join('\n');
    const key = commentKey(text);
    byText.set(key, [...(byText.get(key) ?? []), attr(c, w, 'id') ?? '']);
  }
  return byText;
}
