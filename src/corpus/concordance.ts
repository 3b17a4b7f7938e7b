/**
 * The 1995 → 2026 concordance of the Constitution, both ways. Places are provision keys
 * ("41.1", "60.3(4)", "46(11)", "12" for a whole article).
 */
import type { ConcordanceEntryData } from './data-types';
import { parseProvisionKey, provisionKey, type ProvisionKey } from './provisions';

export interface Concordance {
  /** 2026 places of a 1995 article or item; [] when it has no counterpart or is unknown. */
  to2026(article: string, item?: string): string[];
  /** 1995 places of a 2026 provision, exact level only (an item is not credited with its article's sources). */
  to1995(key: string): string[];
}

/** Item argument forms accepted: "3", "3(5)", "3.5)", "3 (5)", "5)" (subitem of an article without items). */
function itemKeyVariants(item: string): { exact: string; parentItem?: string } {
  const t = item.trim().replace(/\s+/g, '');
  let m = /^(\d+(?:-\d+)?)\((\d+(?:-\d+)?)\)$/.exec(t) ?? /^(\d+(?:-\d+)?)\.(\d+(?:-\d+)?)\)$/.exec(t);
  if (m) return { exact: `${m[1]}.${m[2]})`, parentItem: m[1] };
  m = /^\(?(\d+(?:-\d+)?)\)$/.exec(t);
  if (m) return { exact: `${m[1]})` };
  return { exact: t };
}

/** Concordance notation of a 1995 item key ("3.5)" → item 3 subitem 5; "5)" → subitem 5). */
function parse1995ItemKey(article: string, key: string): ProvisionKey | undefined {
  return parseProvisionKey(`${article}.${key}`);
}

export function buildConcordance(entries: ConcordanceEntryData[]): Concordance {
  const byFrom = new Map(entries.map((e) => [e.f, e]));
  const reverse = new Map<string, string[]>();
  const add = (place2026: string, place1995: string) => {
    const list = reverse.get(place2026) ?? [];
    if (!list.includes(place1995)) list.push(place1995);
    reverse.set(place2026, list);
  };
  for (const e of entries) {
    for (const to of e.t) add(to, e.f);
    for (const [k, v] of Object.entries(e.i ?? {})) {
      if (!v) continue;
      const from = parse1995ItemKey(e.f, k);
      if (!from) continue;
      for (const place of v.split(',')) {
        const to = parseProvisionKey(place);
        // A bare number is a whole 2026 article: already covered at article level.
        if (to && (to.item || to.subitem)) add(provisionKey(to), provisionKey(from));
      }
    }
  }

  const places = (v: string | null): string[] =>
    (v ?? '')
      .split(',')
      .map((p) => parseProvisionKey(p))
      .filter((p): p is ProvisionKey => !!p)
      .map(provisionKey);

  return {
    to2026(article, item) {
      const e = byFrom.get(article.trim());
      if (!e) return [];
      if (!item) return e.t.slice();
      const { exact, parentItem } = itemKeyVariants(item);
      if (e.i && exact in e.i) return places(e.i[exact]);
      if (e.i && parentItem && parentItem in e.i) return places(e.i[parentItem]);
      // No item-level mapping: the content lives in the article's successors.
      return e.t.slice();
    },
    to1995(key) {
      return (reverse.get(key) ?? []).slice();
    },
  };
}
