/**
 * The local engine lets the rules' per-act memos go once they have run: a rule that memoizes on the
 * act it is given (as the token and segment caches do, ~150 MB on a 2,000-page code) must not keep
 * that memory alive for the rest of the review, while the review keeps the parsed act and its findings.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { reviewLocal } from '../../src/engine/local';
import type { Act } from '../../src/core/act/types';
import { docFromLines } from '../../src/core/document';
import type { Rule } from '../../src/checks/rule';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Memoizes a large array per act it sees, in a WeakMap, as a caching rule does; flags "вправе". */
const memo = new WeakMap<Act, number[]>();
const seen: Array<WeakRef<Act>> = [];
const memoizing: Rule = {
  meta: { id: 'technique/memo-probe', category: 'technique', defaultSeverity: 'warning', languages: ['ru'], docs: { description: 'memo' }, messages: { found: { ru: 'Найдено.', kk: 'Табылды.', en: 'Found.' } } },
  check(ctx) {
    memo.set(ctx.act, new Array(1e6).fill(1));
    seen.push(new WeakRef(ctx.act));
    ctx.act.doc.paragraphs.forEach((p, i) => {
      const at = p.text.indexOf('вправе');
      if (at >= 0) ctx.report({ messageId: 'found', range: { paragraph: i, start: at, end: at + 6 } });
    });
  },
};

test('the act the rules memoized on is collectable after the review; the returned act and findings stay', async () => {
  const review = reviewLocal(docFromLines(['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 1. Проверки', '1. Орган вправе провести проверку.']), { rules: [memoizing] });
  expect(review.findings.map((f) => f.anchor)).toEqual([{ paragraph: 3, start: 9, end: 15, quote: 'вправе' }]);
  expect(review.act.units['a1/i1'].paragraph).toBe(3);
  // WeakRefs are kept alive until the end of the job that created them.
  await new Promise((r) => setTimeout(r, 0));
  gc();
  expect(seen).toHaveLength(1);
  expect(seen[0].deref()).toBeUndefined();
  expect(memo.has(review.act)).toBe(false);
});
