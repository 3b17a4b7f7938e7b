/**
 * Cutting runs into segments: every boundary a change needs is a cut, and each run is cut once into
 * the slices that will be written (each later slice gets a copy of the run's w:rPr; zero-width things
 * keep to the side of the cut they were on).
 */
import { isElement, textContent } from './ooxml';
import type { Hunk } from '../../core/plan-types';
import type { TextPiece } from './text';

/** A piece of a run's content: a child node as read, or part of a w:t cut at a boundary. */
export interface Part {
  node: Node;
  start?: number;
  end?: number;
  /** Set when a w:t was cut: the text of this part. */
  text?: string;
}

export interface DelGroup {
  id: string;
  first: Segment;
  last: Segment;
}

/** One run of the output: a slice of a run as read, with what we put around it. */
export interface Segment {
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

export function slot(segment: Segment, k: number): string[] {
  while (segment.afterSlots.length <= k) segment.afterSlots.push([]);
  return segment.afterSlots[k];
}

/** Offsets where runs and texts are cut. */
export class Cuts {
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
export function cutRun(run: Element, pieceOf: Map<Node, TextPiece>, cuts: Cuts): Segment[] {
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
export function adjacentGroups(segments: Segment[], segmentsOf: Map<Element, Segment[]>): Segment[][] {
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

function nextElement(n: Node): Element | undefined {
  for (let s = n.nextSibling; s; s = s.nextSibling) if (isElement(s)) return s;
  return undefined;
}
