import type { Finding } from '../../src/core/finding';
import { mergeFindings } from '../../src/core/merge';

function f(id: string, category: Finding['category'], paragraph: number, start: number, end: number, engine: 'local' | 'model', ruleId = `${engine}/${category}`): Finding {
  return { id, ruleId, category, severity: 'warning', unit: '', anchor: { paragraph, start, end, quote: 'x'.repeat(end - start) }, message: id, rationale: '', citations: [], engine };
}

test('a model finding that repeats a local one (same category, overlapping words) is dropped', () => {
  const local = [f('l1', 'anticorruption', 4, 10, 25, 'local')];
  const merged = mergeFindings(local, [f('m1', 'anticorruption', 4, 12, 30, 'model'), f('m2', 'constitution', 4, 12, 30, 'model'), f('m3', 'anticorruption', 5, 12, 30, 'model')]);
  expect(merged.map((x) => x.id)).toEqual(['l1', 'm2', 'm3']);
});

test('two local rules of one category on the same words both stay; the same finding twice does not', () => {
  const merged = mergeFindings([f('a', 'anticorruption', 1, 0, 5, 'local', 'anticorruption/discretion')], [
    f('b', 'anticorruption', 1, 0, 5, 'local', 'anticorruption/vague-wording'),
    f('a', 'anticorruption', 1, 0, 5, 'local', 'anticorruption/discretion'),
  ]);
  expect(merged.map((x) => x.id)).toEqual(['a', 'b']);
});

test('the result is in document order', () => {
  const merged = mergeFindings([f('late', 'terms', 9, 0, 3, 'local')], [f('early', 'international', 2, 0, 3, 'model')]);
  expect(merged.map((x) => x.id)).toEqual(['early', 'late']);
});

test('unit ids stay on what is kept, local and model alike (the pane groups by them)', () => {
  const local = { ...f('l', 'terms', 3, 0, 3, 'local'), unitId: 'a1/i1' };
  const model = { ...f('m', 'constitution', 4, 0, 3, 'model'), unitId: 'a1/i2' };
  expect(mergeFindings([local], [model]).map((x) => [x.id, x.unitId])).toEqual([
    ['l', 'a1/i1'],
    ['m', 'a1/i2'],
  ]);
});
