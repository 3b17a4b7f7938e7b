/**
 * Constitutional Court resolutions that bear on a finding: found by the corpus search on the
 * finding's topic, kept only when the search scores them well and the resolution concerns the
 * 2026 article the finding cites. The engine still drops any id the corpus cannot confirm.
 */
import type { CorpusIndex } from '../../corpus/types';

/** Below this BM25 score a hit is noise for these short topic queries (measured on the corpus). */
const MIN_SCORE = 6;
const MAX_RESOLUTIONS = 2;

const memo = new WeakMap<CorpusIndex, Map<string, string[]>>();

/** Ids ("cc:10-НП") of the best resolutions on `topic` that bear on 2026 article `article`. */
export function courtPractice(corpus: CorpusIndex | undefined, topic: string, article: string): string[] {
  if (!corpus) return [];
  let cache = memo.get(corpus);
  if (!cache) memo.set(corpus, (cache = new Map()));
  const key = `${article}|${topic}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const hits = corpus.search(topic, { kinds: ['resolution'], limit: 8 });
  const top = hits[0]?.score ?? 0;
  const ids = hits
    .filter((h) => h.score >= MIN_SCORE && h.score >= top * 0.6 && (h.articles2026 ?? []).includes(article))
    .slice(0, MAX_RESOLUTIONS)
    .map((h) => h.id);
  cache.set(key, ids);
  return ids;
}
