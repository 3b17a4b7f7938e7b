/**
 * Generalisation of the local checks this file owns (technique, anticorruption, constitution) to
 * drafts written apart from the development set: other subjects (beekeeping, museums, water use,
 * notaries, mass media, sports federations, geodesy), other wordings of the same defects
 * ("имеет право", "может", "-уға құқығы бар", "-уы мүмкін", "уақытылы", "басқа да құжаттар",
 * "является окончательным", "сотқа шағымдануға жатпайды", "тәркіленеді", prior approval of
 * publications, grounds of nationality), Russian and Kazakh, and a Kazakh clean control full of the
 * standard formulas that must stay quiet. The g2- drafts of tests/fixtures/generalization are kept
 * as `.txt` + `.expected.json`; each is built into a real .docx here and scored by the eval's own
 * matching rule through the CLI's review path, as `zan eval` does.
 */
import type { Category } from '../../src/core/finding';
import type { EvalResult } from '../../src/eval';
import { categoryScore, evalDrafts, expectAllReviewed, expectCategoryAtBar, expectQuietControl } from '../support/unseenDrafts';

const G2 = ['g2-ru-new-law', 'g2-kk-new-law', 'g2-ru-amending', 'g2-kk-bylaw', 'g2-ru-bylaw', 'g2-kk-clean'];
const OWNED: Category[] = ['technique', 'anticorruption', 'constitution'];

let result: EvalResult;

beforeAll(async () => {
  result = await evalDrafts(G2, { buildFromTxt: true });
}, 60_000);

const scores = (category: Category) => categoryScore(result, category);

describe('drafts on other subjects in other words (technique, anticorruption, constitution): the planted defects are found, the clean controls stay quiet', () => {
  test('every g2 draft was reviewed from its .docx', () => {
    expectAllReviewed(result, G2, { fromDocx: true });
  });

  test.each(OWNED)('%s: local recall ≥ 0.9 and precision ≥ 0.9', (category) => {
    expectCategoryAtBar(result, category);
  });

  test('every owned category has planted defects to find (the test cannot pass on empty drafts)', () => {
    expect(result.byCategory.technique.recall.of).toBeGreaterThanOrEqual(6);
    expect(result.byCategory.anticorruption.recall.of).toBeGreaterThanOrEqual(25);
    expect(result.byCategory.constitution.recall.of).toBeGreaterThanOrEqual(30);
  });

  test('the Kazakh clean control gets no error or warning of any category', () => {
    expectQuietControl(result, 'g2-kk-clean');
  });
});
