/**
 * What the Court reviewed, as search queries: for each normative resolution of the corpus with the
 * text of the norm it reviewed, that text (without the act's name) as weighted terms. Weights are
 * inverse document frequencies over a fixed background of legal Russian and Kazakh (the 2026
 * Constitution, the Law "On Legal Acts", the reviewed norms), so that a score means the same in
 * every act of a sweep and candidates from different acts can be ranked together.
 */
import type { Language } from '../core/language';
import constitution from '../corpus/data/constitution.json';
import legalActsLaw from '../corpus/data/legal-acts-law.json';
import resolutions from '../corpus/data/resolutions.json';
import type { ConstitutionData, LegalActsLawData, ResolutionData } from '../corpus/data-types';
import { terms } from '../corpus/text';

export type Outcome = 'constitutional' | 'constitutional_with_interpretation' | 'unconstitutional';

export interface ResolutionQuery {
  /** "61-НП" */
  number: string;
  date: string;
  outcome?: Outcome;
  /** The holding (summary of the resolution), Russian. */
  holding: string;
  /** The reviewed norm's text as the corpus holds it. */
  reviewed: string;
  language: Language;
  /** term → weight (idf). */
  weights: Map<string, number>;
  /** Euclidean norm of the weights. */
  norm: number;
}

export interface Background {
  idf(term: string): number;
}

let background: Background | undefined;

/** IDF over the fixed background (built once per process). */
export function legalBackground(): Background {
  if (background) return background;
  const docs: Set<string>[] = [];
  const c = constitution as unknown as ConstitutionData;
  for (const a of [...c.c2026, ...c.c1995]) for (const [, , ru, kk] of a.p) docs.push(new Set(terms(ru, 'ru')), new Set(terms(kk, 'kk')));
  const lla = legalActsLaw as unknown as LegalActsLawData;
  for (const a of [...lla.ru, ...lla.kk]) for (const [, , text] of a.p) docs.push(new Set(terms(text)));
  for (const r of resolutions as unknown as ResolutionData[]) for (const norm of reviewedNorms(r)) docs.push(new Set(terms(norm, 'ru')));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const unseen = Math.log(1 + (n + 0.5) / 0.5);
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
  background = { idf: (t) => idf.get(t) ?? unseen };
  return background;
}

/**
 * The reviewed norms of a record, one per line, each without the act's name ("Уголовный кодекс
 * Республики Казахстан. …") and without the database's words about editions ("Исключен Законом РК
 * от … (вводится в действие …)"), which every act shares and which would match entry-into-force
 * boilerplate instead of the norm.
 */
function reviewedNorms(r: ResolutionData): string[] {
  return (r.r ?? '')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[^.«]*(?:«[^»]*»)?[^.]*?(?:Казахстан|»|\))\s*\.\s+/u, '')
        .replace(/\((?:вводится|введен)[^)]*\)/gu, ' ')
        .replace(/[^.]*(?:Законом|Закона)\s+РК\s+от\s+[\d.]+\s*№\s*[\w-]+[^.]*\./gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 20);
}

/** The queries by term, so that a provision is scored against all of them in one pass over its own terms. */
export class QueryIndex {
  readonly postings = new Map<string, { query: number; weight2: number }[]>();
  constructor(readonly queries: readonly ResolutionQuery[]) {
    queries.forEach((q, query) => {
      for (const [t, w] of q.weights) {
        const list = this.postings.get(t) ?? [];
        list.push({ query, weight2: w * w });
        this.postings.set(t, list);
      }
    });
  }
}

/** One query per reviewed norm of every Court resolution that has its text in the corpus. */
export function resolutionQueries(): ResolutionQuery[] {
  const bg = legalBackground();
  const out: ResolutionQuery[] = [];
  for (const r of resolutions as unknown as ResolutionData[]) {
    if (r.c !== 'cc') continue;
    for (const reviewed of reviewedNorms(r)) {
      const weights = new Map<string, number>();
      for (const t of terms(reviewed, 'ru')) weights.set(t, bg.idf(t));
      const norm = Math.sqrt([...weights.values()].reduce((s, w) => s + w * w, 0));
      if (!norm) continue;
      out.push({
        number: r.n,
        date: r.d,
        ...(r.o ? { outcome: r.o as Outcome } : {}),
        holding: r.s,
        reviewed,
        language: 'ru',
        weights,
        norm,
      });
    }
  }
  return out;
}
