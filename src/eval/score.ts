/**
 * Scoring one product report against one expected file, exactly by the matching rule of the eval
 * set's README: a reported finding matches an expected one when the categories are equal, the
 * paragraphs are equal and the reported [start, end) overlaps the expected quote's range in that
 * paragraph; matching is one-to-one. Recall counts expected findings; precision counts only
 * reported findings of severity error or warning. Severity is not part of the match.
 */
import { CATEGORIES, type Category } from '../core/finding';
import type { JsonReport, ReportFinding } from '../report/json';
import { EvalInputError, type ExpectedFile, type ExpectedFinding } from './expected';

export interface Ratio {
  hit: number;
  of: number;
}

export interface CategoryScore {
  /** Expected findings matched / expected. */
  recall: Ratio;
  /** Reported error/warning findings matched / reported error/warning. */
  precision: Ratio;
}

export interface Score {
  id: string;
  /** True for the control draft: every reported error or warning is a false positive. */
  control: boolean;
  recall: Ratio;
  /** Recall over expected findings marked `detectable: "local"`. */
  localRecall: Ratio;
  precision: Ratio;
  byCategory: Record<Category, CategoryScore>;
  matches: { expected: ExpectedFinding; reported: ReportFinding }[];
  missed: ExpectedFinding[];
  /** Reported error/warning findings that matched nothing. */
  falsePositives: ReportFinding[];
  /** Reported error/warning findings on a control draft. */
  controlErrors: number;
  /** Expected findings left out of scoring (bilingual ones of a pair reviewed alone). */
  excluded: number;
}

export interface ScoreOptions {
  /**
   * Paragraph texts of the draft (the `<id>.txt` lines), to locate each expected quote. Not needed
   * when the expected findings carry `start` (as `locateExpected` adds).
   */
  paragraphs?: readonly string[];
  /**
   * Whether the draft was reviewed with its pair. A pair file reviewed alone is scored on its
   * non-bilingual findings only. Default: whether the report names a pair.
   */
  withPair?: boolean;
}

/** An expected finding with its quote's range in the paragraph. */
export type LocatedFinding = ExpectedFinding & { start: number; end: number };

const counted = (f: ReportFinding): boolean => f.severity === 'error' || f.severity === 'warning';

/** Find each expected quote in its paragraph; the eval's quotes are unique in their paragraph. */
export function locateExpected(expected: ExpectedFile, paragraphs: readonly string[]): LocatedFinding[] {
  return expected.findings.map((f) => {
    const text = paragraphs[f.paragraph];
    const i = text === undefined ? -1 : text.indexOf(f.quote);
    if (i < 0) throw new EvalInputError(`${expected.id}: quote «${f.quote}» is not in paragraph ${f.paragraph}; is the .txt the one the expected file was built from?`);
    return { ...f, start: i, end: i + f.quote.length };
  });
}

export function scoreReport(report: JsonReport, expected: ExpectedFile, options: ScoreOptions = {}): Score {
  let located: LocatedFinding[];
  if (expected.findings.every((f) => typeof (f as Partial<LocatedFinding>).start === 'number')) {
    located = expected.findings as LocatedFinding[];
  } else if (options.paragraphs) {
    located = locateExpected(expected, options.paragraphs);
  } else {
    throw new EvalInputError(`${expected.id}: scoring needs the draft's paragraph texts to locate the expected quotes`);
  }

  const withPair = options.withPair ?? report.document.pair !== undefined;
  const dropBilingual = expected.kind === 'pair' && !withPair;
  const wanted = dropBilingual ? located.filter((f) => f.category !== 'bilingual') : located;
  const reported = dropBilingual ? report.findings.filter((f) => f.category !== 'bilingual') : report.findings;

  const taken = new Set<number>();
  const matches: Score['matches'] = [];
  const missed: ExpectedFinding[] = [];
  const matchedReported = new Set<ReportFinding>();
  for (const e of wanted) {
    const r = bestCandidate(e, reported, taken);
    if (r === undefined) {
      missed.push(strip(e));
      continue;
    }
    taken.add(r);
    matchedReported.add(reported[r]!);
    matches.push({ expected: strip(e), reported: reported[r]! });
  }

  const countedReported = reported.filter(counted);
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c): [Category, CategoryScore] => [
      c,
      {
        recall: { hit: matches.filter((m) => m.expected.category === c).length, of: wanted.filter((e) => e.category === c).length },
        precision: {
          hit: countedReported.filter((f) => f.category === c && matchedReported.has(f)).length,
          of: countedReported.filter((f) => f.category === c).length,
        },
      },
    ]),
  ) as Record<Category, CategoryScore>;

  const control = expected.kind === 'control';
  return {
    id: expected.id,
    control,
    recall: { hit: matches.length, of: wanted.length },
    localRecall: { hit: matches.filter((m) => m.expected.detectable === 'local').length, of: wanted.filter((e) => e.detectable === 'local').length },
    precision: { hit: countedReported.filter((f) => matchedReported.has(f)).length, of: countedReported.length },
    byCategory,
    matches,
    missed,
    falsePositives: countedReported.filter((f) => !matchedReported.has(f)),
    controlErrors: control ? countedReported.length : 0,
    excluded: located.length - wanted.length,
  };
}

/** Does a reported finding match an expected one (README rule: category, paragraph, overlap)? */
export function matchesExpected(r: ReportFinding, e: LocatedFinding): boolean {
  return r.category === e.category && r.anchor.paragraph === e.paragraph && r.anchor.start < e.end && e.start < r.anchor.end;
}

/**
 * Greedy one-to-one: expected findings in file order each take one free matching report. Among
 * several, an error/warning is taken before an info (an info cannot raise precision, so leaving a
 * counted one unmatched would charge a false positive for a right answer), then the larger
 * overlap, then the earlier in the report.
 */
function bestCandidate(e: LocatedFinding, reported: readonly ReportFinding[], taken: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  let bestKey: [number, number] = [-1, -1];
  reported.forEach((r, i) => {
    if (taken.has(i) || !matchesExpected(r, e)) return;
    const overlap = Math.min(r.anchor.end, e.end) - Math.max(r.anchor.start, e.start);
    const key: [number, number] = [counted(r) ? 1 : 0, overlap];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}

function strip(e: LocatedFinding): ExpectedFinding {
  const { start: _s, end: _e, ...rest } = e;
  return rest;
}

export function ratio(r: Ratio): number | undefined {
  return r.of === 0 ? undefined : r.hit / r.of;
}
