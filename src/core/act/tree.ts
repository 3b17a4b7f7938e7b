/** Lookups over the unit tree: where a unit sits (its article, item, …) and finding a unit by address. */
import type { Act, Unit, UnitAddress } from './types';

export interface UnitPlace {
  unit: Unit;
  parent?: Unit;
  section?: string;
  chapter?: string;
  paragraph?: string;
  article?: string;
  item?: string;
  subitem?: string;
  part?: number;
  /** Root list the unit belongs to: the body, the preface (order of a bylaw) or a quote's units. */
  roots: Unit[];
}

/** Place of every unit by id (of just the `wanted` ones when given). */
export function placeUnits(act: Pick<Act, 'body' | 'preface' | 'quotes' | 'appendices'>, wanted?: ReadonlySet<string>): Map<string, UnitPlace> {
  const places = new Map<string, UnitPlace>();
  // One object of one shape per unit, which is also its children's context (spreads cost more than the rest of the walk).
  const visit = (units: Unit[], roots: Unit[], ctx: Omit<UnitPlace, 'unit' | 'roots' | 'parent'>, parent?: Unit): void => {
    for (const u of units) {
      const { section, chapter, paragraph, article, item, subitem, part } = ctx;
      const here: UnitPlace = { unit: u, roots, parent, section, chapter, paragraph, article, item, subitem, part };
      if (u.kind === 'part') here.part = Number(u.number);
      else here[u.kind] = u.number;
      if (!wanted || wanted.has(u.id)) places.set(u.id, here);
      visit(u.children, roots, here, u);
    }
  };
  visit(act.body, act.body, {});
  if (act.preface) visit(act.preface, act.preface, {});
  for (const roots of act.appendices ?? []) visit(roots, roots, {});
  for (const q of act.quotes) visit(q.units, q.units, {});
  return places;
}

/** Every unit matching an address among `roots` (depth first). Part ordinals count from 1. */
export function findByAddress(roots: readonly Unit[], address: UnitAddress): Unit[] {
  const chain: Array<[Unit['kind'], string]> = [];
  if (address.section) chain.push(['section', address.section]);
  if (address.chapter) chain.push(['chapter', address.chapter]);
  if (address.paragraph) chain.push(['paragraph', address.paragraph]);
  if (address.article) chain.push(['article', address.article]);
  if (address.item) chain.push(['item', address.item]);
  if (address.subitem) chain.push(['subitem', address.subitem]);
  if (address.part !== undefined) chain.push(['part', String(address.part)]);
  let parents: Unit[] | undefined; // undefined: search from the roots
  for (const [kind, number] of chain) {
    const found: Unit[] = [];
    if (kind === 'part' && parents) {
      // Parts are direct children; part one of an item (or of an article with inline text) is the
      // unit's own first paragraph, which has no part unit of its own.
      for (const p of parents) {
        const child = directChildIndex(p.children).get(`part:${number}`);
        if (child) found.push(child);
        else if (number === '1') found.push(p);
      }
    } else if (!parents) {
      // The first step searches the whole tree: indexed once per root list, or references make it quadratic.
      found.push(...(topmostIndex(roots).get(`${kind}:${number}`) ?? []));
    } else {
      // Later steps search under each parent: indexed per parent too (a reference to item 900 of an article of 1,000 items).
      for (const p of parents) found.push(...(topmostIndex(p.children).get(`${kind}:${number}`) ?? []));
    }
    if (!found.length) return [];
    parents = found;
  }
  return parents ?? [];
}

const directIndexes = new WeakMap<readonly Unit[], Map<string, Unit>>();

/** The first unit of each "kind:number" among `units` themselves (not their children). */
function directChildIndex(units: readonly Unit[]): Map<string, Unit> {
  let index = directIndexes.get(units);
  if (!index) {
    index = new Map();
    for (const u of units) {
      const key = `${u.kind}:${u.number}`;
      if (!index.has(key)) index.set(key, u);
    }
    directIndexes.set(units, index);
  }
  return index;
}

const topmostIndexes = new WeakMap<readonly Unit[], Map<string, Unit[]>>();

/** Units by "kind:number" in depth-first order, leaving out those under a unit of the same key. */
function topmostIndex(roots: readonly Unit[]): Map<string, Unit[]> {
  let index = topmostIndexes.get(roots);
  if (index) return index;
  const built = new Map<string, Unit[]>();
  const visit = (units: readonly Unit[], above: ReadonlySet<string>): void => {
    for (const u of units) {
      const key = `${u.kind}:${u.number}`;
      if (above.has(key)) {
        visit(u.children, above);
        continue;
      }
      const list = built.get(key);
      if (list) list.push(u);
      else built.set(key, [u]);
      visit(u.children, new Set(above).add(key));
    }
  };
  visit(roots, new Set());
  index = built;
  topmostIndexes.set(roots, index);
  return index;
}
