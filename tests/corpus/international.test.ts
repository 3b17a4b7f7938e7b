/**
 * The international instruments in the built corpus: citation ids and labels, retrieval from a
 * Russian or Kazakh clause to the English treaty text, and grounding of a model finding in it.
 */
import { loadCorpus } from '../../src/corpus/index';
import { groundAnswer } from '../../src/engine/claude/grounding';
import { retrieveSourcePool } from '../../src/engine/claude/sources';

const corpus = loadCorpus();

test('every instrument of the shared corpus is cited by its id, with ru and kk labels; the ECHR is marked comparison only', () => {
  expect(corpus.cite('iccpr:14.3(g)', 'ru')).toEqual({ id: 'iccpr:14.3(g)', label: 'МПГПП, ст. 14 п. 3 пп. (g)' });
  expect(corpus.cite('iccpr:17.1', 'kk')!.label).toBe('АСҚХП, 17-бап 1-тармақ');
  for (const id of ['icescr:7', 'uncac:13.1', 'aarhus:8', 'crpd:12.2', 'udhr:12', 'venice-rol:II.B.3']) expect(corpus.cite(id, 'ru')).toBeDefined();
  expect(corpus.cite('echr:8.1', 'ru')!.label).toMatch(/для сравнения/);
  expect(corpus.cite('iccpr:99.1', 'ru')).toBeUndefined();
  expect(corpus.sourceTexts('iccpr:17.1')[0]).toMatch(/^No one shall be subjected to arbitrary or unlawful interference/);
  expect(corpus.sourceTexts('udhr:12')).toHaveLength(3);
});

test.each([
  ['ru', 'Сведения о заявителе передаются третьим лицам без его согласия.', 'iccpr:17'],
  ['kk', 'Өтініш берушінің дербес деректері оның келісімінсіз үшінші тұлғаларға беріледі.', 'iccpr:17'],
  ['ru', 'Государственные закупки у единственного поставщика осуществляются без проведения конкурса.', 'uncac:9'],
  ['ru', 'Митинги и шествия проводятся только с разрешения местного исполнительного органа.', 'iccpr:21'],
] as const)('a %s clause finds the instrument it touches: %s', (_lang, clause, article) => {
  const hits = corpus.search(clause, { kinds: ['international'], limit: 3 });
  expect(hits[0]!.id.startsWith(`${article}.`) || hits[0]!.id === article).toBe(true);
});

test('a finding quoting the treaty text it cites is kept; one citing an instrument the corpus lacks is dropped', () => {
  const text = 'Сведения о заявителе передаются третьим лицам без его согласия.';
  const units = [{ id: 'a1', path: 'ст. 1', paragraph: 3, group: 'a1', text }];
  const pool = retrieveSourcePool(corpus, [[text]], 'ru');
  expect(pool.sources.map((s) => s.id)).toContain('iccpr:17.1');
  const base = { paragraph: 3, category: 'international', severity: 'warning', quote: 'передаются третьим лицам без его согласия', message: 'Передача сведений без согласия не ограничена законом и целью.', rationale: '', replacement: null, clear_breach: true };
  const result = groundAnswer(
    {
      findings: [
        { ...base, citations: ['iccpr:17.1'], source_quote: 'arbitrary or unlawful interference with his privacy' },
        { ...base, citations: ['cis-data:5'], source_quote: 'personal data shall be protected' },
        { ...base, citations: ['iccpr:17.1'], source_quote: 'everyone has the right to the protection of personal data' },
      ],
    },
    { units, givenSources: new Set(pool.sources.map((s) => s.id)), sourceTexts: pool.texts, corpus, language: 'ru', checks: ['international'] },
  );
  expect(result.findings).toHaveLength(1);
  expect(result.findings[0]).toMatchObject({ severity: 'warning', citations: [{ id: 'iccpr:17.1', label: 'МПГПП, ст. 17 п. 1' }] });
  expect(result.dropped).toMatchObject({ citation: 1, source: 1 });
});
