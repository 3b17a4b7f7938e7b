/**
 * Aligns the units of two parsed texts of one act (Russian and Kazakh) for the parity check
 * (Law "On Legal Acts", art. 24 p. 3: both texts are authentic and must say the same thing).
 * Siblings are matched by number; where both texts have the same count of siblings but the
 * numbers differ, by order (a renumbered unit, not a missing one). Parts (unnumbered paragraphs)
 * are matched by order only and never reported missing: a translator may split a sentence.
 */
import type { Act, Unit } from '../act/types';

export interface UnitPair {
  main: Unit;
  pair: Unit;
}

export interface MissingUnit {
  /** The unit that has no counterpart (in the text it belongs to). */
  unit: Unit;
  /** In the OTHER text: the counterpart of the unit just before the missing one (or of its parent). */
  before?: Unit;
}

export interface Alignment {
  pairs: UnitPair[];
  /** Units of the main text with no counterpart in the paired text. */
  missingInPair: MissingUnit[];
  /** Units of the paired text with no counterpart in the main text (`before` is in the main text). */
  missingInMain: MissingUnit[];
  /** Pairs matched by position whose numbers differ. */
  renumbered: UnitPair[];
}

/** Length of a unit's text, children included: what a translation keeps roughly in proportion. */
type UnitLength = (u: Unit) => number;

function lengthOf(act: Act): UnitLength {
  const cache = new Map<string, number>();
  return (u) => {
    let n = cache.get(u.id);
    if (n === undefined) {
      n = 0;
      for (let p = u.paragraph; p <= u.lastParagraph; p++) n += act.doc.paragraphs[p]?.text.length ?? 0;
      cache.set(u.id, n);
    }
    return n;
  };
}

export function alignActs(main: Act, pair: Act): Alignment {
  const out: Alignment = { pairs: [], missingInPair: [], missingInMain: [], renumbered: [] };
  const lengths = { main: lengthOf(main), pair: lengthOf(pair) };
  alignSiblings(main.body, pair.body, undefined, out, lengths);
  if (main.preface && pair.preface) alignSiblings(main.preface, pair.preface, undefined, out, lengths);
  if (main.quotes.length === pair.quotes.length) {
    main.quotes.forEach((q, i) => alignSiblings(q.units, pair.quotes[i].units, undefined, out, lengths));
  }
  return out;
}

/**
 * One text has one unit fewer in a consecutively numbered list (1)–4) against 1)–3)): the
 * translator dropped a unit and numbered on. Which one is missing is where the rest pair up best
 * by length (a text and its translation keep their proportions); the last one unless another
 * position fits clearly better. Returns the index in `longer` of the missing unit.
 */
function missingByLength(longer: readonly Unit[], shorter: readonly Unit[], lenLonger: UnitLength, lenShorter: UnitLength): number {
  const cost = (skip: number): number => {
    let c = 0;
    for (let i = 0, j = 0; i < longer.length; i++) {
      if (i === skip) continue;
      c += Math.abs(Math.log((lenLonger(longer[i]) + 20) / (lenShorter(shorter[j]) + 20)));
      j++;
    }
    return c;
  };
  const last = longer.length - 1;
  let best = last;
  let bestCost = Infinity;
  for (let k = 0; k < last; k++) {
    const c = cost(k);
    if (c < bestCost) {
      best = k;
      bestCost = c;
    }
  }
  return bestCost < cost(last) * 0.6 ? best : last;
}

function consecutiveFromOne(units: readonly Unit[]): boolean {
  return units.every((u, i) => u.number === String(i + 1));
}

function key(u: Unit): string {
  return `${u.kind}:${u.number}`;
}

function alignSiblings(mains: readonly Unit[], pairs: readonly Unit[], parent: UnitPair | undefined, out: Alignment, lengths: { main: UnitLength; pair: UnitLength }): void {
  const numberedMain = mains.filter((u) => u.kind !== 'part');
  const numberedPair = pairs.filter((u) => u.kind !== 'part');
  const partsMain = mains.filter((u) => u.kind === 'part');
  const partsPair = pairs.filter((u) => u.kind === 'part');
  if (partsMain.length === partsPair.length) partsMain.forEach((u, i) => match(u, partsPair[i], out, lengths));

  // One unit fewer in a list numbered 1…n on both sides: find which one by length, pair the rest in order.
  const oneShort =
    Math.abs(numberedMain.length - numberedPair.length) === 1 &&
    Math.min(numberedMain.length, numberedPair.length) >= 2 &&
    sameKinds(numberedMain.slice(0, Math.min(numberedMain.length, numberedPair.length)), numberedPair) &&
    new Set([...numberedMain, ...numberedPair].map((u) => u.kind)).size === 1 &&
    consecutiveFromOne(numberedMain) &&
    consecutiveFromOne(numberedPair);
  if (oneShort) {
    const mainLonger = numberedMain.length > numberedPair.length;
    const [longer, shorter] = mainLonger ? [numberedMain, numberedPair] : [numberedPair, numberedMain];
    const skip = missingByLength(longer, shorter, mainLonger ? lengths.main : lengths.pair, mainLonger ? lengths.pair : lengths.main);
    for (let i = 0, j = 0; i < longer.length; i++) {
      if (i === skip) continue;
      if (mainLonger) match(longer[i], shorter[j], out, lengths);
      else match(shorter[j], longer[i], out, lengths);
      j++;
    }
    const otherParent = mainLonger ? parent?.pair : parent?.main;
    const before = skip > 0 ? lastDescendant(shorter[skip - 1]) : otherParent;
    (mainLonger ? out.missingInPair : out.missingInMain).push({ unit: longer[skip], before });
    return;
  }

  const pairByKey = new Map(numberedPair.map((u) => [key(u), u]));
  const mainKeys = new Set(numberedMain.map(key));
  const unmatchedMain = numberedMain.filter((u) => !pairByKey.has(key(u)));
  const unmatchedPair = numberedPair.filter((u) => !mainKeys.has(key(u)));

  if (unmatchedMain.length > 0 && numberedMain.length === numberedPair.length && sameKinds(numberedMain, numberedPair)) {
    // Same count, different numbers: one text numbers a unit differently.
    numberedMain.forEach((u, i) => {
      const p = numberedPair[i];
      if (u.number !== p.number) out.renumbered.push({ main: u, pair: p });
      match(u, p, out, lengths);
    });
    return;
  }
  for (const u of numberedMain) {
    const p = pairByKey.get(key(u));
    if (p) match(u, p, out, lengths);
  }
  for (const u of unmatchedMain) out.missingInPair.push({ unit: u, before: counterpartBefore(u, numberedMain, pairByKey, parent?.pair) });
  const mainByKey = new Map(numberedMain.map((u) => [key(u), u]));
  for (const u of unmatchedPair) out.missingInMain.push({ unit: u, before: counterpartBefore(u, numberedPair, mainByKey, parent?.main) });
}

function sameKinds(a: readonly Unit[], b: readonly Unit[]): boolean {
  return a.every((u, i) => u.kind === b[i].kind);
}

/** The other text's counterpart of the nearest earlier sibling that has one, else the other text's parent. */
function counterpartBefore(unit: Unit, siblings: readonly Unit[], other: Map<string, Unit>, otherParent: Unit | undefined): Unit | undefined {
  for (let i = siblings.indexOf(unit) - 1; i >= 0; i--) {
    const c = other.get(key(siblings[i]));
    if (c) return lastDescendant(c);
  }
  return otherParent;
}

/** The unit whose text stands right before the next sibling: the last numbered descendant. */
function lastDescendant(u: Unit): Unit {
  const numbered = u.children.filter((c) => c.kind !== 'part');
  return numbered.length ? lastDescendant(numbered[numbered.length - 1]) : u;
}

function match(main: Unit, pair: Unit, out: Alignment, lengths: { main: UnitLength; pair: UnitLength }): void {
  const p = { main, pair };
  out.pairs.push(p);
  alignSiblings(main.children, pair.children, p, out, lengths);
}

/** Paragraph indexes whose innermost unit is `unit` (its own text, children excluded). */
export function ownParagraphs(act: Act, unit: Unit): number[] {
  const out: number[] = [];
  for (let p = unit.paragraph; p <= unit.lastParagraph; p++) {
    const info = act.paragraphs[p];
    if (info?.unitId === unit.id && (info.role === 'norm' || info.role === 'heading' || info.role === 'quote')) out.push(p);
  }
  return out;
}

/** Where a finding about a whole unit sits: its typed label ("4)", "Статья 5."), or its first words when numbered automatically. */
export function unitLabelRange(act: Act, unit: Unit): { paragraph: number; start: number; end: number } {
  if (unit.label) return unit.label;
  const text = act.doc.paragraphs[unit.paragraph]?.text ?? '';
  const re = /\S+/g;
  re.lastIndex = unit.textStart;
  let start = -1;
  let end = unit.textStart;
  for (let k = 0; k < 3; k++) {
    const m = re.exec(text);
    if (!m) break;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  if (start < 0) return { paragraph: unit.paragraph, start: 0, end: text.length };
  while (end > start + 1 && /[.,;:»)]/.test(text[end - 1])) end--;
  return { paragraph: unit.paragraph, start, end };
}
