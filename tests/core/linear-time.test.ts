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
import { unusedTermRule } from '../../src/checks/terms/unusedTerm';

const MAX_RATIO = 6;
/** Below this a timing is mostly noise (at 40 ms one full parallel run saw a linear case at 6.4): inputs grow until one run takes at least this long. */
const MEASURABLE_MS = 100;
const MAX_SIZE = 2 ** 20;

/**
 * CPU milliseconds of the fastest of three runs. CPU time, not wall time: other work on a shared
 * machine (or jest's other workers) stretches wall time but not the work this process does.
 */
async function fastest(run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    await run();
    const used = process.cpuUsage(t);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

interface Growth {
  n: number;
  small: number;
  large: number;
  ratio: number;
}

/**
 * Time at a measurable size n (from `start`) and at 4n; measured once more when over the limit, as
 * a disturbed run can be, where a super-linear algorithm is over it every time.
 */
async function growth(make: (n: number) => () => unknown, start = 64): Promise<Growth> {
  const first = await measure(make, start);
  return first.ratio <= MAX_RATIO ? first : measure(make, first.n);
}

async function measure(make: (n: number) => () => unknown, start: number): Promise<Growth> {
  let n = start;
  let small = await fastest(make(n));
  while (small < MEASURABLE_MS && n < MAX_SIZE) {
    n *= 2;
    small = await fastest(make(n));
  }
  const large = await fastest(make(4 * n));
  return { n, small, large, ratio: large / small };
}

/** Fails showing the sizes and times, not just "false". */
function expectLinear(g: Growth): void {
  expect({ ...g, ratio: g.ratio <= MAX_RATIO ? `≤ ${MAX_RATIO}` : g.ratio }).toEqual({ ...g, ratio: `≤ ${MAX_RATIO}` });
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
  // Every item ties to the same unit and sets its own deadline: the conflict rule's bucket for that tie must not be compared pair by pair.
  ['conflict: items all referring to one unit, each with a deadline', paragraphs((i) => `${i + 1}. Срок рассмотрения документов, указанных в пункте 1 статьи 1, составляет не менее ${(i % 40) + 1} рабочих дней.`)],
  // A consolidated code defines the same words in many articles: each definition must not look through the whole act again.
  [
    'terms: the same definitions in every article, used once each',
    (n) => {
      const doc = docFromLines(
        Array.from({ length: n }, (_, i) => [
          `Статья ${i + 1}. Основные понятия`,
          '1) оператор специализированной стоянки (далее – оператор) – лицо, осуществляющее хранение;',
          '2) цифровой паспорт стоянки (далее – паспорт) – документ.',
          'Оператор хранит транспортные средства и ведет учет.',
        ]).flat(),
      );
      return () => reviewLocal(doc, { corpus, rules: [unusedTermRule] });
    },
  ],
  // Every article defines a word of its own that nothing else uses: each unused term must not look
  // through the whole act again (the term rule indexes the paragraphs after a few such scans).
  [
    'terms: a different unused definition in every article',
    (n) => {
      const consonants = 'бвгджзклмнпрстфхцчшщ';
      const vowels = 'аеиоуы';
      const word = (i: number): string =>
        consonants[i % 20] + vowels[Math.floor(i / 20) % 6] + consonants[Math.floor(i / 120) % 20] + vowels[Math.floor(i / 2400) % 6];
      const doc = docFromLines(
        Array.from({ length: n }, (_, i) => [`Статья ${i + 1}. Основные понятия`, `1) ${word(i)}тский реестр – перечень сведений;`, 'Оператор хранит транспортные средства и ведет учет.']).flat(),
      );
      return () => reviewLocal(doc, { corpus, rules: [unusedTermRule] });
    },
  ],
  ['conflict: many values for one procedure', paragraphs((i) => `Срок рассмотрения заявления составляет ${(i % 40) + 1} рабочих дней; размер сбора составляет ${(i % 9) + 1} МРП.`)],
];

describe('review time grows linearly with the input', () => {
  it.each(cases)('%s', async (_name, make) => {
    expectLinear(await growth(make));
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
    expectLinear(g);
  });
});
