/**
 * Generalisation of the local checks this file owns (structure, crossref, terms, reference,
 * conflict, bilingual) to drafts written apart from the development set: other subjects
 * (beekeeping, museums, veterinary rules, water use and notaries, sports federations, geodesy),
 * other wordings of the same defects, Russian and Kazakh. The drafts are the g1- files of
 * tests/fixtures/generalization (built by build.ts from g1-findings.ts); they are scored by the
 * eval's own matching rule through the CLI's review path, as `zan eval` does.
 */
import type { Category } from '../../src/core/finding';
import type { EvalResult } from '../../src/eval';
import { categoryScore, evalDrafts, expectAllReviewed, expectCategoryAtBar, expectQuietControl } from '../support/unseenDrafts';

const G1 = ['g1-ru-new-law', 'g1-kk-new-law', 'g1-ru-amending', 'g1-ru-bylaw', 'g1-pair-ru', 'g1-pair-kk', 'g1-ru-clean'];
const OWNED: Category[] = ['structure', 'crossref', 'terms', 'reference', 'conflict', 'bilingual'];

let result: EvalResult;

beforeAll(async () => {
  result = await evalDrafts(G1);
}, 60_000);

const scores = (category: Category) => categoryScore(result, category);

describe('drafts on other subjects (structure, crossref, terms, reference, conflict, bilingual): the planted defects are found, the clean controls stay quiet', () => {
  test('every g1 draft was reviewed', () => {
    expectAllReviewed(result, G1);
  });

  test.each(OWNED)('%s: local recall ≥ 0.9 and precision ≥ 0.9', (category) => {
    expectCategoryAtBar(result, category);
  });

  test('every owned category has planted defects to find (the test cannot pass on empty drafts)', () => {
    for (const c of OWNED) expect(result.byCategory[c].recall.of).toBeGreaterThanOrEqual(c === 'conflict' ? 3 : 8);
  });

  test('the clean control draft gets no error or warning of any category', () => {
    expectQuietControl(result, 'g1-ru-clean');
  });
});
