import { countByCategory, dismissKey, filterFindings, groupFindings, mergeFindings, ALL_FILTERS } from '../../src/taskpane/findings';
import { handFindings } from './handEngine';
import { docFromLines } from '../../src/core/document';
import { parseAct } from '../../src/core/act/parse';
import { articleLookup } from '../../src/core/act/articles';

const doc = docFromLines([
  'Статья 3. Полномочия',
  '1) рассматривают обращения в разумный срок;',
  '2) организуют освещение и т.д.;',
  'Статья 8. Комиссия',
  'Решение комиссии обжалованию не подлежит.',
  'Заключительная фраза в разумный срок',
]);
const findings = handFindings(doc);

describe('pane helpers', () => {
  it('group by article (its unit id) in document order, findings outside articles last, and by category in the fixed order', () => {
    const byArticle = groupFindings(findings, 'article', articleLookup(parseAct(doc)));
    expect(byArticle.map((g) => [g.key, g.label, g.findings.length])).toEqual([
      ['a3', 'ст. 3', 2],
      ['a8', 'ст. 8', 2],
    ]);
    expect(groupFindings(findings, 'category').map((g) => g.category)).toEqual(['technique', 'anticorruption', 'constitution']);
  });

  it('keep two articles with the same number apart, and put what is outside any article last', () => {
    const twice = docFromLines(['Закон о комиссиях', 'в разумный срок', 'Статья 3. Полномочия', 'Комиссия решает в разумный срок.', 'Статья 3. Полномочия', 'Решение комиссии обжалованию не подлежит.']);
    const groups = groupFindings(handFindings(twice), 'article', articleLookup(parseAct(twice)));
    expect(groups.map((g) => [g.label, g.findings.map((f) => f.anchor.paragraph)])).toEqual([
      ['ст. 3', [3]],
      ['ст. 3', [5]],
      [undefined, [1]],
    ]);
    expect(new Set(groups.map((g) => g.key)).size).toBe(3);
  });

  it('group a Kazakh draft by its articles, whatever unit path the finding was given', () => {
    const kk = docFromLines(['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Комиссиялар туралы', '5-бап. Өкілеттіктер', '1. Комиссия өтінішті ақылға қонымды мерзімде қарайды.']);
    const [f] = handFindings(kk);
    const groups = groupFindings([{ ...f!, unit: 'кез келген жол' }], 'article', articleLookup(parseAct(kk)));
    expect(groups.map((g) => [g.key, g.label])).toEqual([['a5', '5-бап']]);
  });

  it('filter by category and severity, and count by category and severity', () => {
    const errorsOnly = filterFindings(findings, { ...ALL_FILTERS, severities: new Set(['error']) });
    expect(errorsOnly.map((f) => f.category)).toEqual(['constitution']);
    const noAnticorruption = filterFindings(findings, { ...ALL_FILTERS, categories: new Set(['technique', 'constitution']) });
    expect(noAnticorruption).toHaveLength(2);
    const counts = countByCategory(findings);
    expect(counts.anticorruption).toEqual({ error: 0, warning: 2, info: 0 });
    expect(counts.constitution).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('key dismissals by rule, unit and words, so typing above a finding does not revive it', () => {
    const moved = { ...findings[0], id: 'other-id', anchor: { ...findings[0].anchor, start: 40, end: 55 } };
    expect(dismissKey(moved)).toBe(dismissKey(findings[0]));
    expect(dismissKey(findings[1])).not.toBe(dismissKey(findings[0]));
  });

  it('merge streamed findings without duplicates (same id or same rule and place), in document order', () => {
    const [f0, f1, f2] = findings;
    const merged = mergeFindings([f2, f0], [f2, { ...f0, id: 'same-place-other-id' }, f1]);
    expect(merged.map((f) => f.id)).toEqual([f0.id, f1.id, f2.id]);
  });
});
