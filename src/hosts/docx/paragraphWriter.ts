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
import { isElement, textContent } from './ooxml';
import type { ParagraphLayout, TextPiece } from './text';
import { escapeAttr, escapeText, runContentXml, serializeNode } from './xml';

export interface WriterNames {
  /** WordprocessingML namespace and the prefix the document binds it to. */
  w: string;
  prefix: string;
  /** Date stamped on every revision. */
  date: string;
}

export interface ParagraphEdits {
  hunks: readonly Hunk[];
  comments: readonly PlannedComment[];
  /** Next free w:id, in the order the old in-place editor used: per hunk its w:ins, then each w:del; then comments. */
  nextId: () => string;
  /** The document has a CommentReference style for the reference run. */
  referenceStyle: boolean;
}

/** A piece of a run's content: a child node as read, or part of a w:t cut at a boundary. */
interface Part {
  node: Node;
  start?: number;
  end?: number;
  /** Set when a w:t was cut: the text of this part. */
  text?: string;
}

interface DelGroup {
  id: string;
  first: Segment;
  last: Segment;
}

/** One run of the output: a slice of a run as read, with what we put around it. */
interface Segment {
  run: Element;
  /** 0 for the slice that keeps the run's own w:rPr; later ones get a copy. */
  index: number;
  parts: Part[];
  start: number;
  end: number;
  before: string[];
  /** Our w:ins right after this segment (after its w:del), each with its hunk. */
  afterOurs: Array<{ xml: string; hunk: Hunk }>;
  /** Comment marks after afterOurs[k - 1] (slot 0: right after the segment); a later block goes first. */
  afterSlots: string[][];
  del?: DelGroup;
}

interface TextPart {
  start: number;
  end: number;
  segment: Segment;
}

/** Inside w:del, text is w:delText and field code w:delInstrText. */
const DELETED_NAMES = new Map([
  ['t', 'delText'],
  ['instrText', 'delInstrText'],
]);
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

function slot(segment: Segment, k: number): string[] {
  while (segment.afterSlots.length <= k) segment.afterSlots.push([]);
  return segment.afterSlots[k];
}

/** Offsets where runs and texts are cut. */
class Cuts {
  readonly texts = new Map<Node, Set<number>>();
  readonly before = new Map<Element, Set<number>>();
  readonly after = new Map<Element, Set<number>>();

  text(node: Node, offset: number): void {
    add(this.texts, node, offset);
  }

  run(run: Element, bias: 'start' | 'end', offset: number): void {
    add(bias === 'start' ? this.before : this.after, run, offset);
  }
}

function add<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * The run as segments: a new segment starts before text cut "before" (unless only w:rPr precedes
 * it) and at the first element after text cut "after".
 */
function cutRun(run: Element, pieceOf: Map<Node, TextPiece>, cuts: Cuts): Segment[] {
  const before = cuts.before.get(run);
  const after = cuts.after.get(run);
  const segments: Segment[] = [];
  let current = newSegment(run, 0);
  let hasContent = false; // an element other than w:rPr in the current segment
  let pendingAfter = false;
  const startNew = (): void => {
    segments.push(current);
    current = newSegment(run, segments.length);
    hasContent = false;
    pendingAfter = false;
  };
  for (let c: Node | null = run.firstChild; c; c = c.nextSibling) {
    const piece = pieceOf.get(c);
    const parts: Part[] = piece ? partsOfPiece(piece, cuts.texts.get(c)) : [{ node: c }];
    for (const part of parts) {
      if (isElement(c)) {
        if (pendingAfter || (part.start !== undefined && before?.has(part.start) && hasContent)) startNew();
        if (c.localName !== 'rPr') hasContent = true;
      }
      current.parts.push(part);
      if (part.start !== undefined) {
        if (current.end < 0) current.start = part.start;
        current.end = part.end!;
        if (after?.has(part.end!) && part.end! > part.start) pendingAfter = true;
      }
    }
  }
  segments.push(current);
  for (const s of segments) if (s.end < 0) s.start = s.end = -1;
  return segments;
}

function newSegment(run: Element, index: number): Segment {
  return { run, index, parts: [], start: -1, end: -1, before: [], afterOurs: [], afterSlots: [] };
}

function partsOfPiece(piece: TextPiece, cutsInside: Set<number> | undefined): Part[] {
  if (!cutsInside?.size) return [{ node: piece.node, start: piece.start, end: piece.end }];
  const text = textContent(piece.node);
  const points = [piece.start, ...[...cutsInside].sort((a, b) => a - b), piece.end];
  const parts: Part[] = [];
  for (let i = 1; i < points.length; i++) {
    parts.push({ node: piece.node, start: points[i - 1], end: points[i], text: text.slice(points[i - 1] - piece.start, points[i] - piece.start) });
  }
  return parts;
}

/** Deleted segments of one hunk that are next to each other go into one w:del. */
function adjacentGroups(segments: Segment[], segmentsOf: Map<Element, Segment[]>): Segment[][] {
  const groups: Segment[][] = [];
  for (const s of segments) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    const prevOfRun = prev ? segmentsOf.get(prev.run)! : [];
    const adjacent =
      prev !== undefined &&
      (prev.run === s.run
        ? s.index === prev.index + 1
        : prev.index === prevOfRun.length - 1 && s.index === 0 && prev.run.parentNode === s.run.parentNode && nextElement(prev.run) === s.run);
    if (adjacent) g.push(s);
    else groups.push([s]);
  }
  return groups;
}

function segmentXml(seg: Segment, names: WriterNames): string {
  const del = seg.del;
  let s = seg.before.join('');
  if (del?.first === seg) s += `<${names.prefix}:del ${names.prefix}:id="${escapeAttr(del.id)}" ${names.prefix}:author="${escapeAttr(COMMENT_AUTHOR)}" ${names.prefix}:date="${escapeAttr(names.date)}">`;
  let inner = '';
  if (seg.index > 0) {
    const rPr = childElement(seg.run, 'rPr');
    if (rPr) inner += serializeNode(rPr);
  }
  for (const part of seg.parts) inner += partXml(part, del !== undefined, names);
  s += inner ? `${openTag(seg.run)}${inner}</${seg.run.nodeName}>` : `${openTag(seg.run).slice(0, -1)}/>`;
  if (del?.last === seg) s += `</${names.prefix}:del>`;
  for (let k = 0; k <= seg.afterOurs.length; k++) {
    const marks = seg.afterSlots[k];
    if (marks) for (let i = marks.length - 1; i >= 0; i--) s += marks[i];
    if (k < seg.afterOurs.length) s += seg.afterOurs[k].xml;
  }
  return s;
}

/** A run child as written: cut text keeps its element and attributes (with xml:space="preserve"); inside w:del, w:t is w:delText. */
function partXml(part: Part, deleted: boolean, names: WriterNames): string {
  const node = part.node;
  if (!isElement(node)) return serializeNode(node);
  const renamed = deleted && node.namespaceURI === names.w ? DELETED_NAMES.get(node.localName) : undefined;
  if (part.text === undefined && !renamed) return serializeNode(node);
  const name = renamed ? `${names.prefix}:${renamed}` : node.nodeName;
  let attrs = '';
  let preserve = part.text === undefined;
  for (let i = 0; i < node.attributes.length; i++) {
    const a = node.attributes[i];
    const value = a.name === 'xml:space' && part.text !== undefined ? 'preserve' : a.value;
    if (a.name === 'xml:space') preserve = true;
    attrs += ` ${a.name}="${escapeAttr(value)}"`;
  }
  if (!preserve) attrs += ' xml:space="preserve"';
  let inner = '';
  if (part.text !== undefined) inner = escapeText(part.text);
  else for (let c: Node | null = node.firstChild; c; c = c.nextSibling) inner += serializeNode(c);
  return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`;
}

function openTag(el: Element): string {
  let s = `<${el.nodeName}`;
  for (let i = 0; i < el.attributes.length; i++) s += ` ${el.attributes[i].name}="${escapeAttr(el.attributes[i].value)}"`;
  return `${s}>`;
}

/** An element serialized without the children named in `drop` (revision marks in a copied w:rPr). */
function serializeWithout(el: Element, drop: ReadonlySet<string>): string {
  let inner = '';
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) if (!(isElement(c) && drop.has(c.localName))) inner += serializeNode(c);
  return inner ? `${openTag(el)}${inner}</${el.nodeName}>` : `${openTag(el).slice(0, -1)}/>`;
}

function childElement(el: Element, local: string): Element | undefined {
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) if (isElement(c) && c.localName === local) return c;
  return undefined;
}

function nextElement(n: Node): Element | undefined {
  for (let s = n.nextSibling; s; s = s.nextSibling) if (isElement(s)) return s;
  return undefined;
}

/** The piece holding the character at `offset` (start <= offset < end). */
export function pieceContaining(pieces: readonly TextPiece[], offset: number): TextPiece | undefined {
  const p = pieces[firstIndex(pieces, (x) => x.end > offset)];
  return p && p.start <= offset ? p : undefined;
}

/** The piece whose text ends at or runs over `offset` (start < offset <= end). */
export function pieceEndingIn(pieces: readonly TextPiece[], offset: number): TextPiece | undefined {
  const p = pieces[firstIndex(pieces, (x) => x.end >= offset)];
  return p && p.start < offset ? p : undefined;
}

/** The first index whose item passes a test that fails for a prefix of the items and holds after (binary search). */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
