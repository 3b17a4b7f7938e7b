/**
 * Second set of the generalisation of the local checks this file owns (structure, crossref, terms,
 * reference, conflict, bilingual), on the g3- drafts of tests/fixtures/generalization (built by
 * build.ts from g3-findings.ts): shapes round 1 lacked — a Kazakh amending law, a Kazakh draft
 * with Word automatic numbering, a Government resolution approving Rules with appendices, a code
 * with sections, paragraphs (§) and inserted articles, a pair written in Kazakh first, and a
 * Kazakh clean control. Scored by the eval's own matching rule through the CLI's review path.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { reviewFile } from '../../src/cli/review';
import { reviewToReport } from '../../src/cli/evalCommand';
import type { Category } from '../../src/core/finding';
import type { EvalResult } from '../../src/eval';
import { locateExpected, matchesExpected, type LocatedFinding } from '../../src/eval/score';
import { parseExpectedFile } from '../../src/eval/expected';
import { categoryScore, evalDrafts, expectAllReviewed, expectQuietControl, GENERALIZATION as DIR } from '../support/unseenDrafts';
const G3 = ['g3-ru-resolution', 'g3-ru-code', 'g3-kk-amending', 'g3-kk-autonum', 'g3-pair-ru', 'g3-pair-kk', 'g3-kk-clean'];
const OWNED: Category[] = ['structure', 'crossref', 'terms', 'reference', 'conflict', 'bilingual'];

let result: EvalResult;

beforeAll(async () => {
  result = await evalDrafts(G3);
}, 60_000);

const scores = (category: Category) => categoryScore(result, category);

describe('Kazakh amending laws, automatic numbering, codes with sections and resolutions with appendices: structure and references are read right', () => {
  test('every g3 draft was reviewed', () => {
    expectAllReviewed(result, G3);
  });

  test.each(OWNED)('%s: local recall ≥ 0.9 and precision ≥ 0.9', (category) => {
    const s = scores(category);
    if (s.recall < 0.9) expect(s.missed).toEqual([]);
    if (s.precision < 0.9) expect(s.falsePositives).toEqual([]);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
  });

  test('every owned category has planted defects to find (the test cannot pass on empty drafts)', () => {
    for (const c of OWNED) expect(result.byCategory[c].recall.of).toBeGreaterThanOrEqual(c === 'conflict' ? 4 : c === 'terms' ? 6 : 8);
  });

  test('the Kazakh clean control gets no error or warning of any category', () => {
    expectQuietControl(result, 'g3-kk-clean');
  });

  test('the Kazakh text as the main one: reviewed with its Russian pair, its bilingual findings anchor in the Kazakh text and point into the Russian one', async () => {
    const kk = path.join(DIR, 'g3-pair-kk.docx');
    const report = await reviewToReport(kk, path.join(DIR, 'g3-pair-ru.docx'));
    const paragraphs = (await fs.readFile(path.join(DIR, 'g3-pair-kk.txt'), 'utf8')).split('\n');
    const ruParagraphs = (await fs.readFile(path.join(DIR, 'g3-pair-ru.txt'), 'utf8')).split('\n');
    const expected = parseExpectedFile(JSON.parse(await fs.readFile(path.join(DIR, 'g3-pair-kk.expected.json'), 'utf8')), 'g3-pair-kk.expected.json');
    const wanted = locateExpected(expected, paragraphs).filter((e) => e.category === 'bilingual');
    const reported = report.findings.filter((f) => f.category === 'bilingual');
    const unmatched = (e: LocatedFinding) => !reported.some((f) => matchesExpected(f, e));
    expect(wanted.length).toBe(8);
    expect(wanted.filter(unmatched).map((e) => `¶${e.paragraph} «${e.quote}»`)).toEqual([]);
    // Each one points at the Russian quote the expected file names.
    for (const e of wanted) {
      const f = reported.find((r) => matchesExpected(r, e))!;
      const pairText = ruParagraphs[e.pair_paragraph!]!;
      const at = pairText.indexOf(e.pair_quote!);
      expect(f.pairAnchor?.paragraph).toBe(e.pair_paragraph);
      expect(f.pairAnchor!.start < at + e.pair_quote!.length && at < f.pairAnchor!.end).toBe(true);
    }
    expect(reported.filter((f) => f.severity !== 'info').length).toBe(wanted.length);
  });

  test('the Kazakh draft really uses automatic numbering: its labels come from Word, not from the text', async () => {
    const outcome = (await reviewFile({ input: path.join(DIR, 'g3-kk-autonum.docx') })).main;
    const auto = Object.values(outcome.act.units).filter((u) => u.autoNumbered);
    expect(auto.length).toBeGreaterThanOrEqual(15);
    // Article 5's items continue article 4's list: Word shows them as 3. and 4.
    expect(outcome.act.units['a5']!.children.filter((u) => u.kind === 'item').map((u) => u.labelText)).toEqual(['3.', '4.']);
  });

  test('the resolution’s appendices are parsed apart from the Rules (their items are not Rules items)', async () => {
    const outcome = (await reviewFile({ input: path.join(DIR, 'g3-ru-resolution.docx') })).main;
    expect(outcome.act.kind).toBe('bylaw');
    expect(outcome.act.preface?.map((u) => u.number)).toEqual(['1', '2', '3', '4']);
    expect(outcome.act.appendices?.length).toBe(2);
    expect(outcome.act.appendices![1]!.map((u) => u.number)).toEqual(['1', '2']);
  });
});
