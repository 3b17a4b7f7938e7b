/**
 * Generalisation of the local checks this file owns (structure, crossref, terms, reference,
 * conflict, bilingual) to drafts written apart from the development set: other subjects
 * (beekeeping, museums, veterinary rules, water use and notaries, sports federations, geodesy),
 * other wordings of the same defects, Russian and Kazakh. The drafts are the g1- files of
 * tests/fixtures/generalization (built by g1-build.ts from g1-findings.ts); they are scored by the
 * eval's own matching rule through the CLI's review path, as `zan eval` does.
 */
import * as path from 'path';
import { buildPlan } from '../src/core/plan';
import type { Category } from '../src/core/finding';
import { runEval, ratio, type EvalResult } from '../src/eval';
import { toJsonReport } from '../src/report/json';
import { reviewFiles } from '../src/cli/review';

const DIR = path.join(__dirname, 'fixtures', 'generalization');
const G1 = ['g1-ru-new-law', 'g1-kk-new-law', 'g1-ru-amending', 'g1-ru-bylaw', 'g1-pair-ru', 'g1-pair-kk', 'g1-ru-clean'];
const OWNED: Category[] = ['structure', 'crossref', 'terms', 'reference', 'conflict', 'bilingual'];

let result: EvalResult;

beforeAll(async () => {
  result = await runEval(
    DIR,
    async (input, pair) => {
      const r = await reviewFiles({ input, pair });
      const plan = buildPlan(r.findings, r.main.model);
      return toJsonReport({ path: input, act: r.act, findings: r.findings, pair: pair && r.pairAct ? { path: pair, act: r.pairAct } : undefined, engine: 'local', skipped: plan.skipped });
    },
    { only: G1 },
  );
}, 60_000);

/** Local recall and precision of one category over the g1 drafts. */
function scores(category: Category): { recall: number; precision: number; missed: string[]; falsePositives: string[] } {
  let hit = 0;
  let of = 0;
  const missed: string[] = [];
  for (const d of result.drafts) {
    for (const m of d.score.matches) if (m.expected.category === category && m.expected.detectable === 'local') (hit++, of++);
    for (const e of d.score.missed) {
      if (e.category !== category || e.detectable !== 'local') continue;
      of++;
      missed.push(`${d.id} ¶${e.paragraph} «${e.quote}»`);
    }
  }
  const falsePositives = result.drafts.flatMap((d) => d.score.falsePositives.filter((f) => f.category === category).map((f) => `${d.id} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.message}`));
  const precision = ratio(result.byCategory[category].precision) ?? 1;
  return { recall: of === 0 ? 1 : hit / of, precision, missed, falsePositives };
}

describe('generalisation to unseen drafts (structure, crossref, terms, reference, conflict, bilingual)', () => {
  test('every g1 draft was reviewed', () => {
    expect(result.drafts.map((d) => d.id).sort()).toEqual([...G1].sort());
    expect(result.drafts.filter((d) => d.error)).toEqual([]);
  });

  test.each(OWNED)('%s: local recall ≥ 0.9 and precision ≥ 0.9', (category) => {
    const s = scores(category);
    // The lists make a failure say which planted defect was missed or which finding was wrong.
    if (s.recall < 0.9) expect(s.missed).toEqual([]);
    if (s.precision < 0.9) expect(s.falsePositives).toEqual([]);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
  });

  test('every owned category has planted defects to find (the test cannot pass on empty drafts)', () => {
    for (const c of OWNED) expect(result.byCategory[c].recall.of).toBeGreaterThanOrEqual(c === 'conflict' ? 3 : 8);
  });

  test('the clean control draft gets no error or warning of any category', () => {
    const control = result.drafts.find((d) => d.id === 'g1-ru-clean')!;
    expect(control.score.falsePositives.map((f) => `${f.category} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.message}`)).toEqual([]);
  });
});
