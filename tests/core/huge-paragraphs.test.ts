/**
 * A paragraph of millions of characters (a pasted dump, a run of digits) is far beyond any real
 * act, yet every rule must still check it: a greedy regexp over such a run overflows V8's
 * backtrack stack ("Maximum call stack size exceeded"), and a clean CI run once failed that way
 * on the conflict rule. The sizes are the largest the linear-time test reaches (4 × 2^20); every
 * run below was also reviewed whole at 16 million characters when this was written, a margin of four
 * against a machine whose regexp stack is smaller.
 */
import { docFromLines } from '../../src/core/document';
import { loadCorpus } from '../../src/corpus/index';
import { reviewLocal } from '../../src/engine/local';

const SIZE = 4 * 2 ** 20;
const corpus = loadCorpus();

// Digits, letters (Cyrillic, Kazakh, Latin), and the mixes that item labels, words with hyphens and numbers with dots are made of.
const RUNS = ['1', '1-', '1.', '1 ', '1,', '1)', '1-1.', '12.3', 'а', 'ә', 'a', '1а', 'а-', 'а.', 'а 1', '«', '»', '"', ':', '—', '(', '№'];

test.each(RUNS)('a paragraph of %j repeated to 4 million characters: every rule runs', (unit) => {
  const paragraph = unit.repeat(Math.ceil(SIZE / unit.length));
  const review = reviewLocal(docFromLines(['Статья 1. Общие положения', paragraph]), { corpus });
  expect(review.notRun).toEqual([]);
});

test('the same in a Kazakh act', () => {
  const review = reviewLocal(docFromLines(['1-бап. Жалпы ережелер', 'ә'.repeat(SIZE)]), { corpus });
  expect(review.notRun).toEqual([]);
  expect(review.act.language).toBe('kk');
});
