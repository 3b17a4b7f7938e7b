/**
 * Shared by the generalisation tests: score drafts of tests/fixtures/generalization with the eval's
 * own matching rule through the CLI's review path (`zan eval`), and read one category's figures.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { reviewToReport } from '../../src/cli/evalCommand';
import type { Category } from '../../src/core/finding';
import { runEval, type EvalResult } from '../../src/eval';
import { buildDocx } from '../../src/hosts/docx/build';

export const GENERALIZATION = path.join(__dirname, '..', 'fixtures', 'generalization');

/**
 * Review the drafts `ids`. With `buildFromTxt`, each is first built into a real .docx from its .txt in
 * a temporary folder (removed afterwards), so the .docx reader is part of what is measured.
 */
export async function evalDrafts(ids: readonly string[], options: { buildFromTxt?: boolean } = {}): Promise<EvalResult> {
  if (!options.buildFromTxt) return runEval(GENERALIZATION, reviewToReport, { only: ids });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zan-generalization-'));
  try {
    for (const id of ids) {
      const text = await fs.readFile(path.join(GENERALIZATION, `${id}.txt`), 'utf8');
      await fs.writeFile(path.join(dir, `${id}.txt`), text);
      await fs.copyFile(path.join(GENERALIZATION, `${id}.expected.json`), path.join(dir, `${id}.expected.json`));
      await fs.writeFile(path.join(dir, `${id}.docx`), await buildDocx(text.replace(/\n$/, '').split('\n')));
    }
    return await runEval(dir, reviewToReport);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export interface CategoryScore {
  recall: number;
  precision: number;
  /** Planted local defects of the category. */
  of: number;
  /** What was missed or wrongly reported, for a failure message that says which. */
  missed: string[];
  falsePositives: string[];
}

/** Local recall and precision (error/warning findings) of one category. */
export function categoryScore(result: EvalResult, category: Category): CategoryScore {
  let hit = 0;
  let of = 0;
  const missed: string[] = [];
  const falsePositives: string[] = [];
  for (const d of result.drafts) {
    for (const m of d.score.matches) if (m.expected.category === category && m.expected.detectable === 'local') (hit++, of++);
    for (const e of d.score.missed) {
      if (e.category !== category || e.detectable !== 'local') continue;
      of++;
      missed.push(`${d.id} ¶${e.paragraph} «${e.quote}»`);
    }
    for (const f of d.score.falsePositives) if (f.category === category) falsePositives.push(`${d.id} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.message}`);
  }
  const { hit: correct, of: reported } = result.byCategory[category].precision;
  return { recall: of === 0 ? 1 : hit / of, precision: reported === 0 ? 1 : correct / reported, of, missed, falsePositives };
}

/** Categories with at least one planted local defect among the scored drafts. */
export function categoriesPresent(result: EvalResult): Category[] {
  const present = new Set<Category>();
  for (const d of result.drafts) {
    for (const m of d.score.matches) if (m.expected.detectable === 'local') present.add(m.expected.category);
    for (const e of d.score.missed) if (e.detectable === 'local') present.add(e.category);
  }
  return [...present].sort();
}

/** Every draft asked for was reviewed without error (and, when built from .txt, read from its .docx). */
export function expectAllReviewed(result: EvalResult, ids: readonly string[], options: { fromDocx?: boolean } = {}): void {
  expect(result.drafts.map((d) => d.id).sort()).toEqual([...ids].sort());
  expect(result.drafts.filter((d) => d.error)).toEqual([]);
  if (options.fromDocx) for (const d of result.drafts) expect(d.input.endsWith('.docx')).toBe(true);
}

/** Local recall and precision of a category at least 0.9; below it, the failure lists what was missed or wrong. */
export function expectCategoryAtBar(result: EvalResult, category: Category): void {
  const s = categoryScore(result, category);
  if (s.recall < 0.9) expect(s.missed).toEqual([]);
  if (s.precision < 0.9) expect(s.falsePositives).toEqual([]);
  expect(s.recall).toBeGreaterThanOrEqual(0.9);
  expect(s.precision).toBeGreaterThanOrEqual(0.9);
}

/** A clean control draft draws no error or warning of any category (the failure lists them). */
export function expectQuietControl(result: EvalResult, id: string): void {
  const control = result.drafts.find((d) => d.id === id);
  expect(control).toBeDefined();
  expect(control!.score.falsePositives.map((f) => `${f.category} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.message}`)).toEqual([]);
}
