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
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildPlan } from '../src/core/plan';
import type { Category } from '../src/core/finding';
import { runEval, ratio, type EvalResult } from '../src/eval';
import { toJsonReport } from '../src/report/json';
import { reviewFiles } from '../src/cli/review';
import { buildDocx } from '../src/hosts/docx/build';

const SOURCE = path.join(__dirname, 'fixtures', 'generalization');
const G2 = ['g2-ru-new-law', 'g2-kk-new-law', 'g2-ru-amending', 'g2-kk-bylaw', 'g2-ru-bylaw', 'g2-kk-clean'];
const OWNED: Category[] = ['technique', 'anticorruption', 'constitution'];

let result: EvalResult;
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zan-g2-'));
  for (const id of G2) {
    const text = await fs.readFile(path.join(SOURCE, `${id}.txt`), 'utf8');
    const lines = text.split('\n');
    lines.pop();
    await fs.writeFile(path.join(dir, `${id}.txt`), text);
    await fs.copyFile(path.join(SOURCE, `${id}.expected.json`), path.join(dir, `${id}.expected.json`));
    await fs.writeFile(path.join(dir, `${id}.docx`), await buildDocx(lines));
  }
  result = await runEval(dir, async (input, pair) => {
    const r = await reviewFiles({ input, pair });
    const plan = buildPlan(r.findings, r.main.model);
    return toJsonReport({ path: input, act: r.act, findings: r.findings, pair: pair && r.pairAct ? { path: pair, act: r.pairAct } : undefined, engine: 'local', skipped: plan.skipped });
  });
}, 60_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Local recall and precision of one category over the g2 drafts, with what was missed or wrong. */
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

describe('generalisation to unseen drafts (technique, anticorruption, constitution)', () => {
  test('every g2 draft was reviewed from its .docx', () => {
    expect(result.drafts.map((d) => d.id).sort()).toEqual([...G2].sort());
    expect(result.drafts.filter((d) => d.error)).toEqual([]);
    for (const d of result.drafts) expect(d.input.endsWith('.docx')).toBe(true);
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
    expect(result.byCategory.technique.recall.of).toBeGreaterThanOrEqual(6);
    expect(result.byCategory.anticorruption.recall.of).toBeGreaterThanOrEqual(25);
    expect(result.byCategory.constitution.recall.of).toBeGreaterThanOrEqual(30);
  });

  test('the Kazakh clean control gets no error or warning of any category', () => {
    const control = result.drafts.find((d) => d.id === 'g2-kk-clean')!;
    expect(control.score.falsePositives.map((f) => `${f.category} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.message}`)).toEqual([]);
  });
});
