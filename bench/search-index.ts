/**
 * Corpus search (the BM25 index of src/corpus): retrieval on the eval drafts and speed. It was
 * measured against MiniSearch on the same documents and terms; the README gives both figures.
 *
 *   npx tsx bench/search-index.ts [evalFolder]        (default ../shared/eval)
 *
 * Retrieval: every clause of the eval drafts whose expected finding cites the 2026 Constitution,
 * searched as the model path searches it (constitution hits, 3 per clause); a clause counts as found
 * when a cited provision (or an item of a cited article) is among the hits. Also the mean reciprocal
 * rank of the first cited provision in the top 10. Speed: index build and one search, median of runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Corpus, corpusData } from '../src/corpus/index';

const folder = path.resolve(process.argv[2] ?? '../shared/eval');

interface Case {
  draft: string;
  paragraph: number;
  text: string;
  cited: string[];
}

/** "Конституция РК 2026, ст. 60 п. 3 пп. 4)" → "const2026:60.3(4)". */
function citedId(cite: string): string | undefined {
  const m = /Конституция РК 2026, ст\. (\d+)(?: п\. (\d+))?(?: пп\. (\d+)\))?/.exec(cite);
  if (!m) return undefined;
  return `const2026:${m[1]}${m[2] ? `.${m[2]}` : ''}${m[3] ? `(${m[3]})` : ''}`;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.expected.json')).sort()) {
    const draft = file.replace(/\.expected\.json$/, '');
    const expected = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { findings?: { paragraph: number; cite?: string[] }[] } | { paragraph: number; cite?: string[] }[];
    const findings = Array.isArray(expected) ? expected : expected.findings ?? [];
    const lines = readFileSync(path.join(folder, `${draft}.txt`), 'utf8').split('\n');
    for (const f of findings) {
      const cited = (f.cite ?? []).map(citedId).filter((x): x is string => Boolean(x));
      if (cited.length && lines[f.paragraph]?.trim()) out.push({ draft, paragraph: f.paragraph, text: lines[f.paragraph]!, cited });
    }
  }
  return out;
}

const within = (id: string, cited: string[]): boolean => cited.some((c) => id === c || id.startsWith(`${c}.`) || id.startsWith(`${c}(`));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A corpus with its search index built now; returns it with the build time. */
function build(): { corpus: Corpus; ms: number } {
  const corpus = new Corpus(corpusData());
  const t = performance.now();
  corpus.search('');
  return { corpus, ms: performance.now() - t };
}

function retrieval(corpus: Corpus): string[] {
  let found = 0;
  let rr = 0;
  const missed: string[] = [];
  const ranks: string[] = [];
  for (const c of all) {
    const top3 = corpus.search(c.text, { kinds: ['constitution'], limit: 3 });
    if (top3.some((h) => within(h.id, c.cited))) found++;
    else missed.push(`${c.draft}:${c.paragraph} (${c.cited.join(', ')})`);
    const rank = corpus.search(c.text, { kinds: ['constitution'], limit: 10 }).findIndex((h) => within(h.id, c.cited));
    if (rank >= 0) rr += 1 / (rank + 1);
    ranks.push(rank >= 0 ? String(rank + 1) : '-');
  }
  return [
    `clauses found ${found}/${all.length} (top 3 constitution hits), MRR@10 ${(rr / all.length).toFixed(3)}`,
    `  rank of the first cited provision, clause by clause: ${ranks.join(' ')}`,
    ...(missed.length ? [`  missed: ${missed.join('; ')}`] : []),
  ];
}

const all = cases();
const lines = [`eval set: ${folder}, Node ${process.version}`];
// Built once before timing: the stemmer's first, slow passes are not counted.
const { corpus } = build();
lines.push(...retrieval(corpus));
const builds: number[] = [];
const searches: number[] = [];
for (let round = 0; round < 7; round++) {
  builds.push(build().ms);
  const t = performance.now();
  for (let r = 0; r < 5; r++) for (const c of all) corpus.search(c.text, { limit: 10 });
  searches.push((performance.now() - t) / (5 * all.length));
}
lines.push(`index build ${median(builds).toFixed(0)} ms, one search (all kinds, top 10) ${median(searches).toFixed(2)} ms (medians of 7)`);
console.log(lines.join('\n'));
