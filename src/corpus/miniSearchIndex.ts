/**
 * The same weighted-field index as bm25.ts, on MiniSearch (BM25+ per field, fields boosted by their
 * weight, scores summed and multiplied by the number of query terms matched). Terms arrive already
 * stemmed (text.ts): MiniSearch's tokenizer only splits them again and keeps them as they are.
 */
import MiniSearch from 'minisearch';
import type { IndexedDoc } from './bm25';

const split = (text: string): string[] => text.split(' ');
const same = (term: string): string => term;

export class MiniSearchIndex {
  private readonly mini: MiniSearch<Record<string, string | number>>;
  private readonly boost: Record<string, number> = {};
  readonly size: number;

  constructor(docs: IndexedDoc[]) {
    // One MiniSearch field per weight (and kind): a document's fields of one weight are read together.
    const fieldOf = (weight: number, expansion: boolean | undefined): string => {
      const name = `${expansion ? 'x' : 'f'}${weight}`;
      this.boost[name] = weight;
      return name;
    };
    const rows = docs.map((d, id) => {
      const row: Record<string, string | number> = { id };
      for (const f of d.fields) {
        const name = fieldOf(f.weight, f.expansion);
        row[name] = row[name] ? `${row[name]} ${f.terms.join(' ')}` : f.terms.join(' ');
      }
      return row;
    });
    this.mini = new MiniSearch({ fields: Object.keys(this.boost), idField: 'id', tokenize: split, processTerm: same });
    this.mini.addAll(rows);
    this.size = docs.length;
  }

  /** Scores of the documents that share at least one term with the query, by document index. */
  score(queryTerms: string[], accept?: (doc: number) => boolean): Map<number, number> {
    const terms = [...new Set(queryTerms)].filter(Boolean);
    const scores = new Map<number, number>();
    if (!terms.length) return scores;
    const results = this.mini.search(terms.join(' '), {
      boost: this.boost,
      // A document boost of 0 skips the document before it is scored.
      ...(accept ? { boostDocument: (id: unknown) => (accept(id as number) ? 1 : 0) } : {}),
    });
    for (const r of results) scores.set(r.id as number, r.score);
    return scores;
  }
}
