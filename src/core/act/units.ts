/**
 * Builds the unit tree (section › chapter › paragraph § › article › item › subitem › part) from a
 * run of paragraphs. Used for the draft's body, for the approving order of a bylaw and for each
 * quoted new wording (which is parsed as a small act of its own).
 */
import type { Language } from '../language';
import { LEVEL, labelFromList, matchLabel, type LabelKind, type LabelMatch } from './labels';
import { isExcludedUnitText } from './notes';
import { idSegment, pathSegment } from './paths';
import type { Unit, UnitKind } from './types';

export interface UnitLine {
  paragraph: number;
  /** The text to read labels from (a quote's first/last paragraph is sliced). */
  text: string;
  /** Offset of `text` inside the paragraph. */
  base: number;
  listLabel?: string;
  /**
   * Lines that only extend the open units (quoted wordings inside the draft): no label is read
   * from them, no part is made of them.
   */
  passive?: boolean;
  /** The line's label when already read (null: none); read from `text` when absent. */
  label?: LabelMatch | null;
  /** Heading words run in before a label (runIn.ts): neither a unit nor a part. */
  heading?: boolean;
}

export interface BuildOptions {
  lang: Language;
  /** Prepended to every id ("q0/", "o/"). */
  idPrefix?: string;
  /** Prepended to every path ("ст. 1 п. 1 пп. 1) «…»"). */
  pathPrefix?: string;
  pathSuffix?: string;
  quote?: number;
}

export interface LineInfo {
  unitId?: string;
  /** The line is a heading (label + heading text, no norm text). */
  heading: boolean;
  /** The unit's own text says it was excluded ("Исключен Законом ..."). */
  excluded: boolean;
}

export interface BuiltUnits {
  roots: Unit[];
  all: Unit[];
  lines: LineInfo[];
}

interface Open {
  unit: Unit;
  level: number;
  /** Next part number for unnumbered paragraphs directly inside this unit. */
  nextPart: number;
  /** The unit's own first line ends with ":" (its unnumbered lines belong to it). */
  opensList: boolean;
}

/** Kinds whose numbers build ids and paths of the units below them. */
const ADDRESS_KINDS: ReadonlySet<UnitKind> = new Set(['article', 'item', 'subitem', 'part']);

export function buildUnits(lines: readonly UnitLine[], options: BuildOptions): BuiltUnits {
  const roots: Unit[] = [];
  const all: Unit[] = [];
  const infos: LineInfo[] = [];
  const usedIds = new Set<string>();
  const lastSuffix = new Map<string, number>();
  const stack: Open[] = [];
  const prefix = options.idPrefix ?? '';

  const touch = (paragraph: number): void => {
    for (const o of stack) if (o.unit.lastParagraph < paragraph) o.unit.lastParagraph = paragraph;
  };

  const makeId = (kind: UnitKind, number: string, parent: Open | undefined): string => {
    let anchor: Open | undefined;
    if (kind === 'paragraph') anchor = findOpen(stack, (o) => o.unit.kind === 'chapter');
    else if (ADDRESS_KINDS.has(kind)) anchor = parent && ADDRESS_KINDS.has(parent.unit.kind) ? parent : undefined;
    const base = `${anchor ? anchor.unit.id + '/' : prefix}${idSegment(kind, number)}`;
    let id = base;
    // The smallest free "~n": ids are never given back, so the search goes on from the last one taken
    // (a code repeating its numbers would otherwise test every earlier "~n" again).
    let n = lastSuffix.get(base) ?? 2;
    while (usedIds.has(id)) id = `${base}~${n++}`;
    if (id !== base) lastSuffix.set(base, n);
    usedIds.add(id);
    return id;
  };

  const makePath = (kind: UnitKind, number: string): string => {
    const segs: string[] = [];
    if (ADDRESS_KINDS.has(kind)) {
      for (const o of stack) if (ADDRESS_KINDS.has(o.unit.kind)) segs.push(pathSegment(o.unit.kind, o.unit.number, options.lang));
    }
    segs.push(pathSegment(kind, number, options.lang));
    return wrapPath(segs.join(' '), options);
  };

  const push = (unit: Unit, level: number, opensList: boolean, ownText: boolean): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.unit.children.push(unit);
    else roots.push(unit);
    all.push(unit);
    stack.push({ unit, level, nextPart: ownText ? 2 : 1, opensList });
  };

  const openLabel = (l: ReadLabel): { id: string; heading: boolean; excluded: boolean } => {
    const line = current!;
    const level = LEVEL[l.kind];
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    // Items of an article never sit under a part: a part closes when a numbered unit starts.
    const parent = stack[stack.length - 1];
    const rest = line.text.slice(l.textStart - line.base).trim();
    const excluded = isExcludedUnitText(rest);
    if (excluded) {
      // "Статья 197. Title" then "Статья 197 исключена Законом …" (a footnote that lost its
      // "Сноска."): the same unit, now known to be excluded, not a second article 197.
      const siblings = parent ? parent.unit.children : roots;
      const prev = siblings[siblings.length - 1];
      if (prev && prev.kind === l.kind && prev.number === l.number) {
        prev.excluded = true;
        stack.push({ unit: prev, level, nextPart: prev.children.filter((c) => c.kind === 'part').length + 1, opensList: false });
        touch(line.paragraph);
        return { id: prev.id, heading: false, excluded: true };
      }
    }
    const id = makeId(l.kind, l.number, parent);
    const unit: Unit = {
      id,
      kind: l.kind,
      number: l.number,
      labelText: l.labelText,
      paragraph: line.paragraph,
      lastParagraph: line.paragraph,
      textStart: l.textStart,
      path: makePath(l.kind, l.number),
      children: [],
    };
    if (l.auto) unit.autoNumbered = true;
    else unit.label = { paragraph: line.paragraph, start: l.labelStart, end: l.labelEnd };
    if (l.itemForm) unit.itemForm = true;
    if (excluded) unit.excluded = true;
    else if (l.heading) unit.heading = l.heading;
    if (options.quote !== undefined) unit.quote = options.quote;
    const isHeadingKind = l.kind === 'section' || l.kind === 'chapter' || l.kind === 'paragraph' || l.kind === 'article';
    const ownText = isHeadingKind ? !l.heading && rest.length > 0 : rest.length > 0;
    push(unit, level, /:\s*$/.test(rest), ownText);
    touch(line.paragraph);
    return { id, heading: isHeadingKind && !ownText && !excluded, excluded };
  };
  let current: UnitLine | undefined;

  for (const line of lines) {
    current = line;
    if (line.passive || line.heading) {
      touch(line.paragraph);
      infos.push({ unitId: stack[stack.length - 1]?.unit.id, heading: !!line.heading, excluded: false });
      continue;
    }
    const label = readLabel(line);
    if (label && label.kind === 'item' && looksLikeSubitem(stack, label.number)) {
      label.kind = 'subitem';
      label.itemForm = true;
    }
    if (label) {
      let unitId: string | undefined;
      let heading = false;
      let excluded = false;
      for (let l: ReadLabel | undefined = label; l; l = l.embedded) {
        const r = openLabel(l);
        unitId = r.id;
        heading = r.heading;
        excluded = r.excluded;
      }
      infos.push({ unitId, heading, excluded });
      continue;
    }
    // An unnumbered paragraph: a part of the innermost article or item (or of a subitem whose
    // text opens a list with ":"); under a chapter without articles it is plain text.
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.unit.kind === 'part') stack.pop();
      else if (top.unit.kind === 'subitem' && !top.opensList) stack.pop();
      else break;
    }
    const top = stack[stack.length - 1];
    if (top && (top.unit.kind === 'article' || top.unit.kind === 'item' || top.unit.kind === 'subitem')) {
      const number = String(top.nextPart++);
      const id = makeId('part', number, top);
      const unit: Unit = {
        id,
        kind: 'part',
        number,
        paragraph: line.paragraph,
        lastParagraph: line.paragraph,
        textStart: line.base + leading(line.text),
        path: makePath('part', number),
        children: [],
      };
      if (options.quote !== undefined) unit.quote = options.quote;
      push(unit, LEVEL.part, /:\s*$/.test(line.text), true);
      touch(line.paragraph);
      infos.push({ unitId: id, heading: false, excluded: false });
    } else {
      touch(line.paragraph);
      infos.push({ unitId: top?.unit.id, heading: false, excluded: false });
    }
  }
  return { roots, all, lines: infos };
}

interface ReadLabel {
  kind: LabelKind;
  number: string;
  labelText: string;
  labelStart: number;
  labelEnd: number;
  textStart: number;
  heading?: string;
  auto?: boolean;
  itemForm?: boolean;
  embedded?: ReadLabel;
}

/**
 * "1." right after an item that opens a list with ":" (or "N." continuing such a list) is a subitem
 * written in an item's form: an item restarting at 1 inside one article cannot be meant.
 */
function looksLikeSubitem(stack: readonly Open[], number: string): boolean {
  const top = stack[stack.length - 1];
  if (!top) return false;
  if (top.unit.kind === 'item' && top.opensList && number === '1' && top.unit.number !== '1') return true;
  if (top.unit.kind === 'item' && top.opensList && number === '1' && !top.unit.children.length) return true;
  if (top.unit.kind === 'subitem' && top.unit.itemForm) return /^\d+$/.test(number) && Number(number) === Number(top.unit.number) + 1;
  return false;
}

function readLabel(line: UnitLine): ReadLabel | undefined {
  if (line.listLabel) {
    const auto = labelFromList(line.listLabel) ?? matchLabel(line.listLabel.trim());
    if (auto) {
      const lead = leading(line.text);
      const text = line.text.slice(lead).trim();
      const isHeadingKind = auto.kind !== 'item' && auto.kind !== 'subitem';
      return {
        kind: auto.kind,
        number: auto.number,
        labelText: line.listLabel.trim(),
        labelStart: line.base + lead,
        labelEnd: line.base + lead,
        textStart: line.base + lead,
        heading: isHeadingKind && text && !/[.:;]$/.test(text) ? text : undefined,
        auto: true,
      };
    }
  }
  const m = line.label === undefined ? matchLabel(line.text) : line.label;
  if (!m) return undefined;
  const read = (x: LabelMatch): ReadLabel => ({
    kind: x.kind,
    number: x.number,
    labelText: line.text.slice(x.labelStart, x.labelEnd),
    labelStart: line.base + x.labelStart,
    labelEnd: line.base + x.labelEnd,
    textStart: line.base + x.textStart,
    heading: x.heading,
  });
  const out = read(m);
  if (m.embedded) out.embedded = read(m.embedded);
  return out;
}

function leading(text: string): number {
  const m = /^[\s\u00a0]*/.exec(text);
  return m ? m[0].length : 0;
}

function findOpen(stack: readonly Open[], pred: (o: Open) => boolean): Open | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (pred(stack[i])) return stack[i];
  return undefined;
}

function wrapPath(path: string, options: BuildOptions): string {
  return `${options.pathPrefix ?? ''}${path}${options.pathSuffix ?? ''}`;
}

/** Every unit of a tree, depth first. */
export function walkUnits(units: readonly Unit[], visit: (u: Unit, parent: Unit | undefined) => void, parent?: Unit): void {
  for (const u of units) {
    visit(u, parent);
    walkUnits(u.children, visit, u);
  }
}
