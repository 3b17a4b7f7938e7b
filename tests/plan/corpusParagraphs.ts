/** Real law paragraphs (ru and kk) from the shared corpus, for property tests of edits and plans. */
import * as fs from 'fs';
import * as path from 'path';

const TEST_DOCUMENTS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'test_documents');

interface CorpusArticle {
  paragraphs: { text: string }[];
}

export function corpusParagraphs(file: string): string[] {
  // Two shapes in the corpus: a bare array of articles, or an act object with `articles`.
  const data = JSON.parse(fs.readFileSync(path.join(TEST_DOCUMENTS, file), 'utf8')) as CorpusArticle[] | { articles: CorpusArticle[] };
  const articles = Array.isArray(data) ? data : data.articles;
  return articles.flatMap((a) => a.paragraphs.map((p) => p.text)).filter((t) => t.trim().length > 0);
}

/** Mulberry32: a small seeded PRNG, so failures reproduce. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

const NEW_WORDS = ['обязан', 'в течение десяти рабочих дней', 'құқылы', 'жиырма', 'статьей 7', '', 'настоящего Закона', '5-бап', '«', '»,', ' '];

/** A plausible edit of `quote`: words replaced, dropped or inserted; sometimes a total rewrite. */
export function mutate(rand: () => number, quote: string): string {
  const words = quote.split(/(\s+)/);
  const r = rand();
  if (r < 0.1) return pick(rand, NEW_WORDS);
  const out: string[] = [];
  for (const w of words) {
    const x = rand();
    if (x < 0.15) out.push(pick(rand, NEW_WORDS));
    else if (x < 0.22) continue;
    else if (x < 0.3) out.push(w, ' ', pick(rand, NEW_WORDS));
    else out.push(w);
  }
  if (rand() < 0.2) out.unshift(pick(rand, NEW_WORDS) + ' ');
  return out.join('');
}
