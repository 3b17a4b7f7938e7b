/**
 * No input makes the review super-linear. Each pathological input (long runs of «, », ", :, digits,
 * "статьей 1, ", "и т.д.", and what the conflict rule compares) is reviewed at a size where it takes
 * a measurable time, then at four times that size: the time may grow at most 6 times (linear gives
 * about 4, quadratic 16). A ratio, not a wall-clock limit, so the machine's speed cancels out.
 */
import { docFromLines } from '../../src/core/document';
import { buildPlan } from '../../src/core/plan';
import { loadCorpus } from '../../src/corpus/index';
import type { CorpusIndex } from '../../src/corpus/types';
import { reviewLocal } from '../../src/engine/local';
import { buildDocx } from '../../src/hosts/docx/build';
import { readDocx } from '../../src/hosts/docx/read';
import { applyPlan } from '../../src/hosts/docx/write';

const MAX_RATIO = 6;
/** Below this a timing is mostly noise: inputs grow until one run takes at least this long. */
const MEASURABLE_MS = 40;
const MAX_SIZE = 2 ** 20;

/** The fastest of three runs: the least disturbed by other work on the machine. */
async function fastest(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Time at a measurable size n (from `start`) and at 4n. */
async function growth(make: (n: number) => () => unknown, start = 64): Promise<{ n: number; small: number; large: number; ratio: number }> {
  let n = start;
  let small = await fastest(make(n));
  while (small < MEASURABLE_MS && n < MAX_SIZE) {
    n *= 2;
    small = await fastest(make(n));
  }
  const large = await fastest(make(4 * n));
  return { n, small, large, ratio: large / small };
}

let corpus: CorpusIndex;
beforeAll(async () => {
  corpus = await loadCorpus();
});

/** Parse and every local rule over the lines (a heading first, so there is an article). */
const review = (lines: (n: number) => string[]) => (n: number) => {
  const doc = docFromLines(['Статья 1. Общие положения', ...lines(n)]);
  return () => reviewLocal(doc, { corpus });
};
const oneParagraph = (unit: string) => review((n) => [unit.repeat(n)]);
const paragraphs = (line: (i: number) => string) => review((n) => Array.from({ length: n }, (_, i) => line(i)));

const cases: Array<[string, (n: number) => () => unknown]> = [
  ['a run of «', oneParagraph('«')],
  ['« after colons, none closed', oneParagraph(': «')],
  ['paragraphs opening a wording that never closes', paragraphs(() => '«Статья 5. Порядок «О языках»')],
  ['a run of »', oneParagraph('»')],
  ['a run of "', oneParagraph('"')],
  ['a run of :', oneParagraph(':')],
  ['a run of digits', oneParagraph('1')],
  ['numbers separated by spaces', oneParagraph('1 ')],
  ['"статьей 1, " over and over', oneParagraph('в соответствии со статьей 1, ')],
  ['"и т.д." over and over', oneParagraph('справки, выписки и т.д. ')],
  ['Kazakh "және т.б." over and over', oneParagraph('анықтамалар және т.б. ')],
  ['items of one article referring to its items', paragraphs((i) => `${i + 1}. Заявление, указанное в пункте ${i + 1} статьи 1, рассматривается.`)],
  ['conflict: clauses tied by a reference to one unit', paragraphs((i) => `${i + 1}. Срок рассмотрения документов, указанных в пункте 1 статьи 1, составляет не менее ${(i % 40) + 1} рабочих дней.`)],
  ['conflict: many values for one procedure', paragraphs((i) => `Срок рассмотрения заявления составляет ${(i % 40) + 1} рабочих дней; размер сбора составляет ${(i % 9) + 1} МРП.`)],
];

describe('review time grows linearly with the input', () => {
  it.each(cases)('%s', async (_name, make) => {
    const g = await growth(make);
    expect({ ...g, within: g.ratio <= MAX_RATIO }).toMatchObject({ within: true });
  });

  it('writing thousands of comments into one paragraph of a .docx', async () => {
    // From 1,000 comments: below that, packing the zip hides the cost per comment.
    const g = await growth((n) => {
      const lines = ['Статья 1. Документы', 'Представляются справки, выписки и т.д. '.repeat(n)];
      let prepared: Promise<{ read: Awaited<ReturnType<typeof readDocx>>; plan: ReturnType<typeof buildPlan> }> | undefined;
      return async () => {
        prepared ??= (async () => {
          const read = await readDocx(await buildDocx(lines));
          return { read, plan: buildPlan(reviewLocal(read.model, { corpus }).findings, read.model) };
        })();
        const { read, plan } = await prepared;
        const { result } = await applyPlan(read, plan);
        expect(result.commentsAdded).toBeGreaterThanOrEqual(n);
      };
    }, 1000);
    expect({ ...g, within: g.ratio <= MAX_RATIO }).toMatchObject({ within: true });
  });
});
