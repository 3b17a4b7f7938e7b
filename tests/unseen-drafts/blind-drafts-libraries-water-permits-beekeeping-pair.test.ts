/**
 * Fourth set of the generalisation check, written blind (before reading the rules): a Kazakh law on
 * public libraries, a Russian Government resolution approving Rules of the state service of special
 * water-use permits, and a short Russian–Kazakh pair of a law on state support of beekeeping with six
 * parity mismatches. Each draft is built into a real .docx from its .txt and scored by the eval's own
 * matching rule through the CLI's review path.
 */
import type { Category } from '../../src/core/finding';
import type { EvalResult } from '../../src/eval';
import { categoriesPresent, categoryScore, evalDrafts, expectAllReviewed } from '../support/unseenDrafts';

const G6 = ['g6-kk-new-law', 'g6-ru-resolution', 'g6-pair-ru', 'g6-pair-kk'];

/**
 * Bilingual parity is below the bar for now: a threshold count of things ("не менее пятидесяти
 * пчелиных семей" / "кемінде 60 ара ұясын") is not a figure of src/core/align/figures.ts. (A middle
 * subitem missing from one text is found since the aligner reads the lengths of the others.)
 */
const BELOW_BAR: ReadonlySet<Category> = new Set(['bilingual', 'constitution']);
/*
 * Also below the bar: constitution misses retroactivity by a fixed past date ("2026 жылғы 1 қаңтардан
 * бастап туындаған құқықтық қатынастарға қолданылады": the rule would have to compare the date with the
 * act's adoption). (Reference used to miss a 1995 article number that still exists in 2026 with another
 * content, "Конституциясының 13-бабына" for court protection, now art. 12: reference/constitution-edition
 * finds it by the clause's words, so reference is held to the bar.)
 */

let result: EvalResult;

beforeAll(async () => {
  result = await evalDrafts(G6, { buildFromTxt: true });
}, 60_000);

describe('drafts written before the rules were read (libraries, water-use permits, a ru/kk beekeeping pair): defects and parity mismatches found', () => {
  test('every g6 draft was reviewed from its .docx', () => {
    expectAllReviewed(result, G6, { fromDocx: true });
  });

  test('the planted defects cover the categories a deterministic rule can find', () => {
    // structure, crossref, terms, technique, reference, anticorruption, constitution, bilingual.
    expect(categoriesPresent(result).length).toBeGreaterThanOrEqual(8);
  });

  test('each category present: local recall ≥ 0.9 and precision ≥ 0.9', () => {
    for (const category of categoriesPresent(result).filter((c) => !BELOW_BAR.has(c))) {
      const s = categoryScore(result, category);
      if (s.recall < 0.9) expect({ category, missed: s.missed }).toEqual({ category, missed: [] });
      if (s.precision < 0.9) expect({ category, falsePositives: s.falsePositives }).toEqual({ category, falsePositives: [] });
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
    }
  });

  test('below the bar, what is found today stays found', () => {
    expect(categoryScore(result, 'constitution').recall).toBeGreaterThanOrEqual(4 / 5);
    expect(categoryScore(result, 'constitution').falsePositives).toEqual([]);
  });

  test('bilingual parity: percentage, deadline, date, reference and a missing middle subitem are found', () => {
    const s = categoryScore(result, 'bilingual');
    expect(s.of).toBe(6);
    expect(s.recall).toBeGreaterThanOrEqual(5 / 6);
    expect(s.falsePositives).toEqual([]);
  });
});
