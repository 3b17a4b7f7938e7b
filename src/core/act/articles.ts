/**
 * The unit findings are grouped by, for the reports, the pane and monitoring: the article a
 * finding stands in, found by walking up the unit tree from the finding's unit. A bylaw has no
 * articles: its chapters group it, or failing those its items. Grouping by unit id, not by title,
 * keeps two articles with the same number (a numbering defect) apart.
 */
import type { Language } from '../language';
import type { Act, Unit, UnitKind } from './types';

/** Where a finding stands: its unit id (absent from older servers and reports) and its paragraph. */
export interface Place {
  unitId?: string;
  paragraph: number;
}

/** The enclosing article (or bylaw chapter or item) of a place; undefined outside any. */
export type ArticleOf = (place: Place) => Unit | undefined;

export function articleLookup(act: Pick<Act, 'units' | 'paragraphs' | 'quotes'>): ArticleOf {
  const own = Object.values(act.units).filter((u) => u.quote === undefined);
  const has = (kind: UnitKind) => own.some((u) => u.kind === kind);
  const kind: UnitKind = has('article') ? 'article' : has('chapter') ? 'chapter' : 'item';
  const parentOf = new Map<string, Unit>();
  for (const u of Object.values(act.units)) for (const c of u.children) parentOf.set(c.id, u);
  const memo = new Map<string, Unit | undefined>();

  const enclosing = (unit: Unit): Unit | undefined => {
    if (memo.has(unit.id)) return memo.get(unit.id);
    let found: Unit | undefined;
    for (let u: Unit | undefined = unit; u && !found; u = parentOf.get(u.id)) {
      if (u.kind === kind && u.quote === undefined) found = u;
      // A quoted new wording's units are the amended act's: the finding stands in the draft's
      // unit that holds the quote (where its instruction is).
      else if (u.quote !== undefined && !parentOf.has(u.id)) found = hostOf(u.quote);
    }
    memo.set(unit.id, found);
    return found;
  };
  const hostOf = (quote: number): Unit | undefined => {
    const paragraph = act.quotes[quote]?.start.paragraph;
    if (paragraph === undefined) return undefined;
    // The quote's first paragraph may be a unit of the quote itself: the draft's own innermost
    // unit that spans it holds the quote.
    const host = own.filter((u) => u.paragraph <= paragraph && paragraph <= u.lastParagraph).sort((a, b) => b.paragraph - a.paragraph)[0];
    return host && enclosing(host);
  };

  return (place) => {
    const unit = unitOfPlace(act, place);
    return unit && enclosing(unit);
  };
}

/**
 * The unit of the act a place stands in: the one its id names when that unit spans the place's
 * paragraph; otherwise (no id, or an id from another parse of the text, a server's) the
 * paragraph's own innermost unit.
 */
export function unitOfPlace(act: Pick<Act, 'units' | 'paragraphs'>, { unitId, paragraph }: Place): Unit | undefined {
  const named = unitId && Object.prototype.hasOwnProperty.call(act.units, unitId) ? act.units[unitId] : undefined;
  if (named && named.paragraph <= paragraph && paragraph <= named.lastParagraph) return named;
  const id = act.paragraphs[paragraph]?.unitId;
  return id ? act.units[id] : undefined;
}

const NAMES: Partial<Record<UnitKind, Record<Language, (n: string) => string>>> = {
  article: { ru: (n) => `Статья ${n}`, kk: (n) => `${n}-бап` },
  chapter: { ru: (n) => `Глава ${n}`, kk: (n) => `${n}-тарау` },
  item: { ru: (n) => `Пункт ${n}`, kk: (n) => `${n}-тармақ` },
};

/** The article as a reader names it: "Статья 5. Предмет", "5-бап. Мәні", "Глава 2. …", "Пункт 3". */
export function articleTitle(u: Unit, language: Language): string {
  const heading = u.heading ? `. ${u.heading.replace(/^[.\s]+/, '')}` : '';
  return (NAMES[u.kind]?.[language](u.number) ?? u.path) + heading;
}
