/**
 * Writes one body paragraph anew with our tracked changes and comment marks, in one pass.
 *
 * Editing the DOM in place was quadratic in the number of changes in a paragraph: xmldom re-indexes
 * every child of a parent on each insertion in the middle, and each lookup scanned all text pieces
 * (20,000 comments on "и т.д." in one paragraph took two minutes). Here the source DOM is only read:
 * 1. every boundary a change needs becomes a cut, and each run is cut into segments at once (each
 *    later segment gets a copy of the run's w:rPr; zero-width things keep to the side of the cut
 *    they were on);
 * 2. hunks and comments are attached to segments (w:del around deleted segments, w:ins and marks
 *    before or after a segment), found by binary search over the text;
 * 3. the paragraph is serialized once, with the prefixes and attribute order it was read with.
 */
import type { Hunk, PlannedComment } from '../../core/plan-types';
import { COMMENT_AUTHOR } from '../../core/plan-types';
import { isElement } from './ooxml';
import { firstIndex, pieceContaining, pieceEndingIn } from './pieceSearch';
import { Cuts, adjacentGroups, cutRun, slot, type DelGroup, type Segment } from './runSegments';
import { childElement, openTag, segmentXml, serializeWithout, type WriterNames } from './segmentXml';
import type { ParagraphLayout, TextPiece } from './text';
import { escapeAttr, runContentXml, serializeNode } from './xml';

export type { WriterNames } from './segmentXml';

export interface ParagraphEdits {
  hunks: readonly Hunk[];
  comments: readonly PlannedComment[];
  /** Next free w:id, in the order the old in-place editor used: per hunk its w:ins, then each w:del; then comments. */
  nextId: () => string;
  /** The document has a CommentReference style for the reference run. */
  referenceStyle: boolean;
}

interface TextPart {
  start: number;
  end: number;
  segment: Segment;
}

/** Revision marks a copied w:rPr must not carry into our insertion. */
const REVISION_MARKS_IN_RPR = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange']);

export function writeParagraph(p: Element, layout: ParagraphLayout, edits: ParagraphEdits, names: WriterNames): { xml: string; commentIds: string[] } {
  const { prefix } = names;
  const el = (local: string, attrs: Record<string, string>, inner = ''): string => {
    const a = Object.entries(attrs)
      .map(([k, v]) => ` ${prefix}:${k}="${escapeAttr(v)}"`)
      .join('');
    return inner ? `<${prefix}:${local}${a}>${inner}</${prefix}:${local}>` : `<${prefix}:${local}${a}/>`;
  };

  // 1. Cuts: "before the text at offset o" and "after the text ending at o", per run.
  const pieces = layout.pieces;
  const cuts = new Cuts();
  const boundary = (offset: number, bias: 'start' | 'end'): void => {
    const piece = bias === 'start' ? pieceContaining(pieces, offset) : pieceEndingIn(pieces, offset);
    if (!piece) return;
    if (piece.start < offset && offset < piece.end) cuts.text(piece.node, offset);
    cuts.run(piece.run, bias, offset);
  };
  const pointSide = (offset: number): { side: 'after' | 'before'; piece: TextPiece } | undefined => {
    const left = pieceEndingIn(pieces, offset);
    if (left?.context === 'plain') return { side: 'after', piece: left };
    const right = pieceContaining(pieces, offset);
    if (right?.context === 'plain') return { side: 'before', piece: right };
    return undefined;
  };
  for (const op of [...edits.hunks, ...edits.comments]) {
    if (op.start === op.end) {
      const at = pointSide(op.start);
      if (at) boundary(op.start, at.side === 'after' ? 'end' : 'start');
    } else {
      boundary(op.start, 'start');
      boundary(op.end, 'end');
    }
  }

  // Every run with plain text is cut into segments (most into one).
  const segmentsOf = new Map<Element, Segment[]>();
  const textParts: TextPart[] = [];
  const pieceOf = new Map<Node, TextPiece>();
  for (const piece of pieces) pieceOf.set(piece.node, piece);
  for (const piece of pieces) {
    if (piece.context !== 'plain' || segmentsOf.has(piece.run)) continue;
    const segments = cutRun(piece.run, pieceOf, cuts);
    segmentsOf.set(piece.run, segments);
    for (const s of segments) for (const part of s.parts) if (part.start !== undefined && part.end! > part.start) textParts.push({ start: part.start, end: part.end!, segment: s });
  }
  textParts.sort((a, b) => a.start - b.start);
  const segmentAt = (offset: number, bias: 'start' | 'end'): Segment | undefined => {
    const i = bias === 'start' ? firstIndex(textParts, (t) => t.end > offset) : firstIndex(textParts, (t) => t.end >= offset);
    const t = textParts[i];
    if (!t) return undefined;
    return (bias === 'start' ? t.start <= offset && offset < t.end : t.start < offset && offset <= t.end) ? t.segment : undefined;
  };
  /** Segments whose text lies in [start, end), in order. */
  const segmentsIn = (start: number, end: number): Segment[] => {
    const out: Segment[] = [];
    for (let i = firstIndex(textParts, (t) => t.start >= start); i < textParts.length && textParts[i].end <= end; i++) {
      if (out[out.length - 1] !== textParts[i].segment) out.push(textParts[i].segment);
    }
    return out;
  };
  const tail: string[] = [];
  /** Where a point (an insertion, an empty comment) attaches: after the text ending there, else before the text starting there. */
  const pointSegment = (offset: number): { side: 'after' | 'before'; segment: Segment } | undefined => {
    const at = pointSide(offset);
    if (!at) return undefined;
    const segment = segmentAt(offset, at.side === 'after' ? 'end' : 'start');
    return segment && { side: at.side, segment };
  };

  // 2a. Hunks: the deleted segments in w:del (one per stretch of neighbouring runs), then w:ins.
  for (const h of edits.hunks) {
    const insId = edits.nextId();
    const deleted = segmentsIn(h.start, h.end).filter((s) => s.end > s.start);
    for (const group of adjacentGroups(deleted, segmentsOf)) {
      const del: DelGroup = { id: edits.nextId(), first: group[0], last: group[group.length - 1] };
      for (const s of group) s.del = del;
    }
    if (h.inserted === '') continue;
    const point = deleted.length ? undefined : pointSegment(h.start);
    const anchorRun = deleted[0]?.run ?? point?.segment.run;
    const rPr = anchorRun ? childElement(anchorRun, 'rPr') : undefined;
    const run = el('r', {}, (rPr ? serializeWithout(rPr, REVISION_MARKS_IN_RPR) : '') + runContentXml(h.inserted, 't', prefix));
    const ins = el('ins', { id: insId, author: COMMENT_AUTHOR, date: names.date }, run);
    if (deleted.length) deleted[deleted.length - 1].afterOurs.push({ xml: ins, hunk: h });
    else if (!point) tail.push(ins);
    else if (point.side === 'after') point.segment.afterOurs.push({ xml: ins, hunk: h });
    else point.segment.before.push(ins);
  }

  // 2b. Comments: range start before the first commented segment, end and reference after the last.
  const commentIds: string[] = [];
  for (const c of edits.comments) {
    const id = edits.nextId();
    commentIds.push(id);
    const start = el('commentRangeStart', { id });
    const end = el('commentRangeEnd', { id });
    const ref = el('r', {}, (edits.referenceStyle ? el('rPr', {}, el('rStyle', { val: 'CommentReference' })) : '') + el('commentReference', { id }));
    const first = c.start < c.end ? segmentAt(c.start, 'start') : undefined;
    const last = c.start < c.end ? segmentAt(c.end, 'end') : undefined;
    if (!first || !last) {
      const point = pointSegment(c.start);
      // After our insertions that end at this point, so insertions keep the plan's order.
      if (!point) tail.push(start, end, ref);
      else if (point.side === 'after') slot(point.segment, point.segment.afterOurs.length).push(start + end + ref);
      else point.segment.before.push(start, end, ref);
      continue;
    }
    first.before.push(start);
    // Keep our insertions that replace the commented words inside the comment's range.
    let k = 0;
    while (k < last.afterOurs.length && last.afterOurs[k].hunk.start >= c.start && last.afterOurs[k].hunk.end <= c.end) k++;
    slot(last, k).push(end + ref);
  }

  // 3. Serialize: elements holding cut runs are written anew, everything else as read.
  const holders = new Set<Node>();
  for (const run of segmentsOf.keys()) for (let n: Node | null = run.parentNode; n && n !== p && !holders.has(n); n = n.parentNode) holders.add(n);
  const write = (parent: Element): string => {
    let s = openTag(parent);
    let empty = true;
    for (let c: Node | null = parent.firstChild; c; c = c.nextSibling) {
      empty = false;
      const segments = isElement(c) ? segmentsOf.get(c) : undefined;
      if (segments) for (const seg of segments) s += segmentXml(seg, names);
      else if (holders.has(c)) s += write(c as Element);
      else s += serializeNode(c);
    }
    if (parent === p && tail.length) s += tail.join('');
    else if (empty) return `${s.slice(0, -1)}/>`;
    return `${s}</${parent.nodeName}>`;
  };
  return { xml: write(p), commentIds };
}
