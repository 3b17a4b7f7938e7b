/**
 * Running the product over an eval folder (`<id>.docx`, `<id>.txt`, `<id>.expected.json`) and
 * adding up the scores. The review itself is passed in, so the CLI wires the real engine and
 * tests a fake one.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { CATEGORIES, type Category } from '../core/finding';
import type { JsonReport } from '../report/json';
import { EvalInputError, parseExpectedFile, type ExpectedFile } from './expected';
import { locateExpected, scoreReport, type CategoryScore, type Ratio, type Score } from './score';

export type ReviewFunction = (docxPath: string, pairPath?: string) => Promise<JsonReport>;

export interface DraftResult {
  id: string;
  language: ExpectedFile['language'];
  kind: ExpectedFile['kind'];
  /** The file reviewed and, for the Russian side of a pair, its Kazakh pair. */
  input: string;
  pair?: string;
  score: Score;
  /** Set when the review failed: every expected finding counts as missed. */
  error?: string;
  millis: number;
}

export interface EvalResult {
  drafts: DraftResult[];
  recall: Ratio;
  localRecall: Ratio;
  precision: Ratio;
  byCategory: Record<Category, CategoryScore>;
  /** Reported error/warning findings on control drafts (all false positives). */
  controlErrors: number;
}

export interface RunEvalOptions {
  /** Only these draft ids. */
  only?: readonly string[];
  /** Called after each draft (progress). */
  onDraft?: (draft: DraftResult) => void;
}

export async function runEval(dir: string, review: ReviewFunction, options: RunEvalOptions = {}): Promise<EvalResult> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.expected.json')).sort();
  } catch {
    throw new EvalInputError(`${dir}: cannot read the eval folder; give the folder that holds the <id>.expected.json files`);
  }
  if (names.length === 0) throw new EvalInputError(`${dir}: no <id>.expected.json files here; is this the eval folder?`);

  const drafts: DraftResult[] = [];
  for (const name of names) {
    const source = path.join(dir, name);
    const expected = parseExpectedFile(JSON.parse(await fs.readFile(source, 'utf8')), name);
    if (options.only && !options.only.includes(expected.id)) continue;
    const draft = await runDraft(dir, expected, review);
    drafts.push(draft);
    options.onDraft?.(draft);
  }
  return totals(drafts);
}

async function runDraft(dir: string, expected: ExpectedFile, review: ReviewFunction): Promise<DraftResult> {
  const paragraphs = await readParagraphs(path.join(dir, `${expected.id}.txt`));
  const located = { ...expected, findings: locateExpected(expected, paragraphs) };
  const input = await firstExisting([path.join(dir, `${expected.id}.docx`), path.join(dir, `${expected.id}.txt`)]);
  // README: the Russian file of a pair is reviewed with its Kazakh pair; the Kazakh one alone.
  const pair = expected.kind === 'pair' && expected.language === 'ru' && expected.paired_with
    ? await firstExisting([path.join(dir, `${expected.paired_with}.docx`), path.join(dir, `${expected.paired_with}.txt`)])
    : undefined;
  const started = Date.now();
  let report: JsonReport;
  let error: string | undefined;
  try {
    report = await review(input, pair);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    report = emptyReport(input, expected);
  }
  const score = scoreReport(report, located, { withPair: pair !== undefined });
  const result: DraftResult = { id: expected.id, language: expected.language, kind: expected.kind, input, score, millis: Date.now() - started };
  if (pair) result.pair = pair;
  if (error) result.error = error;
  return result;
}

/** Add up drafts: ratios are summed counts, not averages of ratios. */
export function totals(drafts: DraftResult[]): EvalResult {
  const sum = (pick: (s: Score) => Ratio): Ratio =>
    drafts.reduce((acc, d) => ({ hit: acc.hit + pick(d.score).hit, of: acc.of + pick(d.score).of }), { hit: 0, of: 0 });
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c): [Category, CategoryScore] => [c, { recall: sum((s) => s.byCategory[c].recall), precision: sum((s) => s.byCategory[c].precision) }]),
  ) as Record<Category, CategoryScore>;
  return {
    drafts,
    recall: sum((s) => s.recall),
    localRecall: sum((s) => s.localRecall),
    precision: sum((s) => s.precision),
    byCategory,
    controlErrors: drafts.reduce((n, d) => n + d.score.controlErrors, 0),
  };
}

/** The body paragraphs of a draft, one per line; the file ends with a newline. */
async function readParagraphs(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new EvalInputError(`${file}: missing; the eval needs each draft's .txt to locate expected quotes`);
  }
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function firstExisting(candidates: string[]): Promise<string> {
  for (const c of candidates) {
    try {
      await fs.access(c);
      return c;
    } catch {
      // try the next one
    }
  }
  throw new EvalInputError(`${candidates[0]}: missing (no .docx or .txt for this draft)`);
}

function emptyReport(input: string, expected: ExpectedFile): JsonReport {
  const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  return {
    document: {
      path: input,
      language: expected.language,
      kind: 'unknown',
      title: null,
      paragraphs: 0,
      units: zeros(['sections', 'chapters', 'articles', 'items', 'subitems', 'parts', 'quotes', 'amendments'] as const),
    },
    findings: [],
    summary: { total: 0, bySeverity: zeros(['error', 'warning', 'info'] as const), byCategory: zeros(CATEGORIES) },
    tool: { name: 'zan', version: '' },
    generatedAt: new Date(0).toISOString(),
  };
}
