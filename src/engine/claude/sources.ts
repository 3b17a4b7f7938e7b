/**
 * Retrieval first: for each batch, the corpus index gives the relevant provisions of the 2026
 * Constitution (with their 1995 numbers), Constitutional Court resolutions and the Law "On Legal
 * Acts". They go into the prompt as the only sources the model may cite; grounding later checks
 * every citation against this set and against the corpus itself.
 */
import type { Language } from '../../core/language';
import type { CorpusIndex, SearchHit } from '../../corpus/types';

export interface Source {
  id: string;
  kind: SearchHit['kind'];
  label: string;
  text: string;
}

export interface RetrievalLimits {
  /** Hits per kind for one batch. */
  perKind: Record<SearchHit['kind'], number>;
  /** Cap on the sources of one review (the shared prefix). */
  maxSources: number;
  /** Characters of a source's text put into the prompt. */
  maxSourceChars: number;
}

export const DEFAULT_RETRIEVAL: RetrievalLimits = {
  perKind: { constitution: 6, resolution: 3, 'legal-acts-law': 3 },
  maxSources: 48,
  maxSourceChars: 700,
};

const KIND_ORDER: SearchHit['kind'][] = ['constitution', 'resolution', 'legal-acts-law'];
/** The search needs the gist, not the whole batch. */
const MAX_QUERY_CHARS = 4000;

export interface SourcePool {
  /** Every source of the review, in a deterministic order (it is part of the cached prefix). */
  sources: Source[];
  /** Per batch: ids of the sources retrieved for it (a hint in its message). */
  perBatch: string[][];
}

/**
 * Retrieves sources for each batch and pools them: the pool is shared by all batches of a
 * review so the cached prefix stays identical across them.
 */
export function retrieveSourcePool(
  corpus: CorpusIndex | undefined,
  batchTexts: readonly string[],
  language: Language,
  limits: RetrievalLimits = DEFAULT_RETRIEVAL,
): SourcePool {
  if (!corpus) return { sources: [], perBatch: batchTexts.map(() => []) };
  const byId = new Map<string, Source & { score: number }>();
  const perBatch = batchTexts.map((text) => {
    const ids: string[] = [];
    for (const kind of KIND_ORDER) {
      const hits = corpus.search(text.slice(0, MAX_QUERY_CHARS), { limit: limits.perKind[kind], kinds: [kind] });
      for (const hit of hits) {
        if (hit.kind !== kind) continue;
        // A source the corpus cannot cite is never offered to the model.
        const citation = corpus.cite(hit.id, language);
        if (!citation) continue;
        ids.push(hit.id);
        const known = byId.get(hit.id);
        if (!known || known.score < hit.score) {
          byId.set(hit.id, { id: hit.id, kind, label: citation.label, text: clip(hit.text, limits.maxSourceChars), score: Math.max(hit.score, known?.score ?? 0) });
        }
      }
    }
    return ids;
  });
  const ranked = [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limits.maxSources);
  const kept = new Set(ranked.map((s) => s.id));
  const sources = ranked
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map(({ score: _score, ...source }) => source);
  return { sources, perBatch: perBatch.map((ids) => [...new Set(ids)].filter((id) => kept.has(id))) };
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
