/**
 * A small BM25 index over weighted fields (BM25F-style: a field's term counts are scaled by its
 * weight before saturation). Built in memory at first use; a few thousand short documents.
 */

export interface IndexedField {
  terms: string[];
  weight: number;
  /** Expansion fields (hints, linked text) add terms but not length: a provision is not "longer" for having them. */
  expansion?: boolean;
}

export interface IndexedDoc {
  fields: IndexedField[];
}

const K1 = 1.2;
const B = 0.75;

export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly avgLength: number;
  readonly size: number;

  constructor(docs: IndexedDoc[]) {
    docs.forEach((d, i) => {
      const tf = new Map<string, number>();
      let length = 0;
      for (const f of d.fields) {
        for (const t of f.terms) tf.set(t, (tf.get(t) ?? 0) + f.weight);
        if (!f.expansion) length += f.terms.length * f.weight;
      }
      this.lengths.push(length);
      for (const [term, n] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc: i, tf: n });
      }
    });
    this.size = docs.length;
    this.avgLength = this.lengths.reduce((s, l) => s + l, 0) / Math.max(1, docs.length);
  }

  /** Scores of the documents that share at least one term with the query, by document index. */
  score(queryTerms: string[], accept?: (doc: number) => boolean): Map<number, number> {
    const scores = new Map<number, number>();
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (this.size - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        if (accept && !accept(doc)) continue;
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return scores;
  }
}
