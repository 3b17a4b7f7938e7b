/**
 * What the Court reviewed, as search queries: for each normative resolution of the corpus with the
 * text of the norm it reviewed, that text (without the act's name) as weighted terms. Weights are
 * inverse document frequencies over a fixed background of legal Russian and Kazakh (the 2026
 * Constitution, the Law "On Legal Acts", the reviewed norms), so that a score means the same in
 * every act of a sweep and candidates from different acts can be ranked together.
 */
import type { Language } from '../core/language';
import frequencies from '../corpus/data/legal-background.json';
import resolutions from '../corpus/data/resolutions.json';
import type { ResolutionData } from '../corpus/data-types';
import { terms } from '../corpus/text';
import { reviewedNorms, type BackgroundFrequencies } from './background';

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

/** IDF over the fixed background, from the frequencies counted when the corpus was built (./background.ts). */
export function legalBackground(): Background {
  if (background) return background;
  const { docs: n, df } = frequencies as BackgroundFrequencies;
  const unseen = Math.log(1 + (n + 0.5) / 0.5);
  const idf = new Map<string, number>();
  for (const [t, f] of Object.entries(df)) idf.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
  background = { idf: (t) => idf.get(t) ?? unseen };
  return background;
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
