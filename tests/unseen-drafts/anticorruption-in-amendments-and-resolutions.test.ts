/**
 * Second set of the generalisation of the local checks this file owns (technique, anticorruption,
 * constitution) to drafts written apart from the development set and from round 1: a Kazakh
 * amending law whose quoted new wordings carry the defects, a Government resolution approving the
 * Rules of a public service, an akimat resolution on street trade, a Russian licensing law with
 * long enumerations, a Kazakh law on a social benefit, and two clean controls (Russian and
 * Kazakh) full of lawful discretion of private persons, closed lists, deadlines in days, powers of
 * courts, fees under the Tax Code and restrictions set by law. Each g4- draft is built into a real
 * .docx here and scored by the eval's own matching rule through the CLI's review path.
 */
import type { Category } from '../../src/core/finding';
import type { EvalResult } from '../../src/eval';
import { categoryScore, evalDrafts, expectAllReviewed, expectCategoryAtBar, expectQuietControl } from '../support/unseenDrafts';

const G4 = ['g4-kk-amending', 'g4-ru-resolution', 'g4-kk-local', 'g4-ru-licensing', 'g4-kk-benefit', 'g4-ru-clean', 'g4-kk-clean'];
const CONTROLS = ['g4-ru-clean', 'g4-kk-clean'];
const OWNED: Category[] = ['technique', 'anticorruption', 'constitution'];

let result: EvalResult;

beforeAll(async () => {
  result = await evalDrafts(G4, { buildFromTxt: true });
}, 60_000);

const scores = (category: Category) => categoryScore(result, category);

describe('defects inside quoted new wordings, Rules approved by resolutions and long enumerations: found; lawful discretion and closed lists: quiet', () => {
  test('every g4 draft was reviewed from its .docx', () => {
    expectAllReviewed(result, G4, { fromDocx: true });
  });

  test.each(OWNED)('%s: local recall ≥ 0.9 and precision ≥ 0.9', (category) => {
    expectCategoryAtBar(result, category);
  });

  test('every owned category has planted defects to find (the test cannot pass on empty drafts)', () => {
    expect(scores('technique').of).toBeGreaterThanOrEqual(7);
    expect(scores('anticorruption').of).toBeGreaterThanOrEqual(30);
    expect(scores('constitution').of).toBeGreaterThanOrEqual(25);
  });

  test.each(CONTROLS)('the clean control %s gets no error or warning of any category', (id) => {
    expectQuietControl(result, id);
  });

  test('no draft gets a warning or error of another engineer\'s category (the drafts plant only these three)', () => {
    const others = result.drafts.flatMap((d) => d.score.falsePositives.filter((f) => !OWNED.includes(f.category)).map((f) => `${d.id} ${f.category} ¶${f.anchor.paragraph} «${f.anchor.quote}»`));
    expect(others).toEqual([]);
  });
});
