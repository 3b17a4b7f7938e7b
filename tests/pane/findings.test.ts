import { articleOf, countByCategory, dismissKey, filterFindings, groupFindings, mergeFindings, ALL_FILTERS } from '../../src/taskpane/findings';
import { handFindings } from './handEngine';
import { docFromLines } from '../../src/core/document';

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
  it('tell the article of a unit path in Russian and Kazakh', () => {
    expect(articleOf('ст. 5 п. 2 пп. 3)')).toBe('ст. 5');
    expect(articleOf('ст. 12-1')).toBe('ст. 12-1');
    expect(articleOf('5-бап 2-тармақ 3) тармақша')).toBe('5-бап');
    expect(articleOf('Глава 2')).toBeUndefined();
  });

  it('group by article in document order and by category in the fixed category order', () => {
    const byArticle = groupFindings(findings.map((f, i) => (i === 3 ? { ...f, unit: 'Глава 1' } : f)), 'article');
    expect(byArticle.map((g) => [g.label, g.findings.length])).toEqual([
      ['ст. 3', 2],
      ['ст. 8', 1],
      [undefined, 1],
    ]);
    expect(groupFindings(findings, 'category').map((g) => g.category)).toEqual(['technique', 'anticorruption', 'constitution']);
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
