/**
 * What a reference's numbers mean once the act's units are known:
 *  - parts of a code's articles: a code consists of articles that, as a rule, divide into parts
 *    numbered with Arabic numerals and not named "часть" (Law "On Legal Acts" art. 23 p. 3), so in a
 *    code "частью второй статьи 107" / "107-бабының 2-бөлігі" is the unit "2." of article 107 (kind
 *    'item' in the tree). An article with no such unit keeps its unnumbered parts, counted by order.
 *  - "статьями 249-257", "Пункты 1-3": written like an inserted unit's number ("17-1"), read as a
 *    range when no unit bears that number and the second number is the larger one.
 */
import { findByAddress } from './tree';
import type { Unit, UnitAddress } from './types';

const NUMBERED: ReadonlyArray<'section' | 'chapter' | 'paragraph' | 'article' | 'item' | 'subitem'> = ['section', 'chapter', 'paragraph', 'article', 'item', 'subitem'];
/** Longest range read from "A-B" (a longer one is more likely a typo than a range). */
const MAX_RANGE = 200;

export function resolveTargets(targets: readonly UnitAddress[], roots: readonly Unit[], isCode: boolean): UnitAddress[] {
  const out: UnitAddress[] = [];
  for (const t of targets) for (const r of hyphenRange(t, roots)) out.push(isCode ? codePart(r, roots) : r);
  return out;
}

function hyphenRange(t: UnitAddress, roots: readonly Unit[]): UnitAddress[] {
  for (const kind of NUMBERED) {
    const m = /^(\d+)-(\d+)$/.exec(t[kind] ?? '');
    if (!m) continue;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to <= from || to - from > MAX_RANGE || findByAddress(roots, t).length) return [t];
    const out: UnitAddress[] = [];
    for (let n = from; n <= to; n++) out.push({ ...t, [kind]: String(n) });
    return out;
  }
  return [t];
}

function codePart(address: UnitAddress, roots: readonly Unit[]): UnitAddress {
  if (address.part === undefined || address.item !== undefined || address.article === undefined) return address;
  const { part, ...rest } = address;
  const asItem: UnitAddress = { ...rest, item: String(part) };
  const [article] = findByAddress(roots, { section: address.section, chapter: address.chapter, paragraph: address.paragraph, article: address.article });
  if (!article || !article.children.some((c) => c.kind === 'item')) return address;
  // The numbered unit when it exists; else an unnumbered part of that order (an article whose first
  // part has no number, then "2.", "3."); else the numbered unit, reported missing.
  if (findByAddress(roots, asItem).length || !findByAddress(roots, address).length) return asItem;
  return address;
}
