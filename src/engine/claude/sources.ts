/**
 * Retrieval first: for each clause, the corpus index gives the relevant provisions of the 2026
 * Constitution (with their 1995 numbers), Constitutional Court resolutions (with their 1995
 * citations mapped to 2026), the Law "On Legal Acts" and international instruments. They go into the prompt as the only sources the model may cite; grounding later checks
 * every citation against this set and against the corpus itself.
 */
import type { Language } from '../../core/language';
import type { CorpusIndex, SearchHit } from '../../corpus/types';

export interface Source {
  id: string;
  kind: SearchHit['kind'];
  label: string;
  text: string;
  /** Resolutions: their 1995 citations mapped to 2026, and the rule that keeps them in force. */
  note?: string;
}

export interface RetrievalLimits {
  /** Hits per kind for one clause (the kinds whose decisive provision a clause of its own engages). */
  perClause: Partial<Record<SearchHit['kind'], number>>;
  /** Hits per kind searched with the whole batch's text (resolutions and the Law "On Legal Acts"). */
  perBatchQuery: Partial<Record<SearchHit['kind'], number>>;
  /** Hits per kind kept for one batch (the best of its clauses' hits). */
  perBatch: Partial<Record<SearchHit['kind'], number>>;
  /** Cap on the sources of one review (the shared prefix). */
  maxSources: number;
  /** Characters of a source's text put into the prompt. */
  maxSourceChars: number;
}

export const DEFAULT_RETRIEVAL: RetrievalLimits = {
  perClause: { constitution: 3, international: 2 },
  perBatchQuery: { resolution: 4, 'legal-acts-law': 3 },
  perBatch: { constitution: 8, resolution: 4, 'legal-acts-law': 3, international: 4 },
  maxSources: 96,
  maxSourceChars: 700,
};

const KIND_ORDER: SearchHit['kind'][] = ['constitution', 'resolution', 'legal-acts-law', 'international'];
/** A clause is searched by its gist, not by a whole page. */
const MAX_QUERY_CHARS = 1500;
const MAX_BATCH_QUERY_CHARS = 4000;

export interface SourcePool {
  /** Every source of the review, in a deterministic order (it is part of the cached prefix). */
  sources: Source[];
  /** Per batch: ids of the sources retrieved for it (a hint in its message). */
  perBatch: string[][];
  /** The full corpus text(s) of each source, to check a quoted source word for word. */
  texts: Map<string, string[]>;
}

/**
 * Retrieves sources for each clause and merges them per batch (a clause's decisive article is not
 * drowned by its neighbours'), then pools them: the pool is shared by all batches of a review so the
 * cached prefix stays identical across them. When the pool is full, every batch keeps its best.
 */
export function retrieveSourcePool(
  corpus: CorpusIndex | undefined,
  batchClauses: readonly (readonly string[])[],
  language: Language,
  limits: RetrievalLimits = DEFAULT_RETRIEVAL,
): SourcePool {
  const texts = new Map<string, string[]>();
  if (!corpus) return { sources: [], perBatch: batchClauses.map(() => []), texts };
  const byId = new Map<string, Source>();
  const ranked = batchClauses.map((clauses) => {
    const best = new Map<string, { hit: SearchHit; score: number }>();
    const take = (query: string, kind: SearchHit['kind'], limit: number): void => {
      for (const hit of corpus.search(query, { limit, kinds: [kind] })) {
        if (hit.kind !== kind) continue;
        const known = best.get(hit.id);
        if (!known || known.score < hit.score) best.set(hit.id, { hit, score: hit.score });
      }
    };
    for (const clause of clauses) {
      for (const kind of KIND_ORDER) if (limits.perClause[kind]) take(clause.slice(0, MAX_QUERY_CHARS), kind, limits.perClause[kind]!);
    }
    const whole = clauses.join('\n').slice(0, MAX_BATCH_QUERY_CHARS);
    for (const kind of KIND_ORDER) if (limits.perBatchQuery[kind]) take(whole, kind, limits.perBatchQuery[kind]!);
    const kept: string[] = [];
    for (const kind of KIND_ORDER) {
      const ofKind = [...best.values()].filter((b) => b.hit.kind === kind).sort((x, y) => y.score - x.score || x.hit.id.localeCompare(y.hit.id));
      for (const { hit } of ofKind.slice(0, limits.perBatch[kind] ?? 0)) {
        // A source the corpus cannot cite is never offered to the model.
        const citation = corpus.cite(hit.id, language);
        if (!citation) continue;
        kept.push(hit.id);
        texts.set(hit.id, [...new Set([...(texts.get(hit.id) ?? []), hit.text])]);
        if (!byId.has(hit.id)) byId.set(hit.id, { id: hit.id, kind, label: citation.label, text: clip(hit.text, limits.maxSourceChars), ...noteOf(hit, corpus) });
      }
    }
    return kept;
  });
  // Round-robin over the batches' ranked lists until the pool is full.
  const pooled = new Set<string>();
  for (let rank = 0; pooled.size < limits.maxSources && ranked.some((ids) => rank < ids.length); rank++) {
    for (const ids of ranked) {
      const id = ids[rank];
      if (id !== undefined && pooled.size < limits.maxSources) pooled.add(id);
    }
  }
  const sources = [...pooled]
    .map((id) => byId.get(id)!)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id, 'en', { numeric: true }));
  for (const id of [...texts.keys()]) if (!pooled.has(id)) texts.delete(id);
  return { sources, perBatch: ranked.map((ids) => ids.filter((id) => pooled.has(id))), texts };
}

function noteOf(hit: SearchHit, corpus: CorpusIndex): { note?: string } {
  if (hit.kind !== 'resolution' || !hit.resolution) return {};
  const r = corpus.resolution(hit.resolution);
  if (!r?.articles1995.length) return {};
  return { note: `Cites the 1995 Constitution, arts ${r.articles1995.join(', ')} = 2026 arts ${r.articles2026.join(', ') || '—'}; in force where it does not contradict the 2026 Constitution (Art. 96.3).` };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
