/**
 * Retrieval per clause, merged per batch, on the real corpus: the decisive provision of one clause
 * is not drowned by its neighbours', constitution sources carry their 1995 numbers, resolutions
 * their 1995 citations mapped to 2026 with the rule of Art. 96.3.
 */
import { loadCorpus } from '../../src/corpus/index';
import { sourcesBlock } from '../../src/engine/claude/prompt';
import { retrieveSourcePool } from '../../src/engine/claude/sources';

const corpus = loadCorpus();

test('a confiscation clause among procedural ones still brings the property article', () => {
  const batch = [
    ...Array.from({ length: 11 }, (_, i) => `${i + 1}. Уполномоченный орган рассматривает обращение и направляет заявителю ответ в течение ${i + 5} рабочих дней со дня регистрации.`),
    '12. Имущество, использованное при нарушении, изымается и обращается в доход государства по решению уполномоченного органа.',
  ];
  const pool = retrieveSourcePool(corpus, [batch], 'ru');
  const ids = pool.sources.map((s) => s.id);
  expect(ids.some((id) => /^const2026:29\b/.test(id) || id.startsWith('const2026:29.'))).toBe(true);
  const property = pool.sources.find((s) => s.id.startsWith('const2026:29'))!;
  expect(property.label).toMatch(/1995: ст\. 26/);
});

test('a resolution comes with its 1995 citations mapped to 2026 and the rule of Art. 96.3', () => {
  const pool = retrieveSourcePool(corpus, [['Решение уполномоченного органа является окончательным и обжалованию в суд не подлежит.', 'Проведение мирных собраний допускается только с разрешения местного исполнительного органа.']], 'ru');
  const resolution = pool.sources.find((s) => s.kind === 'resolution' && s.note);
  expect(resolution).toBeDefined();
  expect(resolution!.note).toMatch(/Cites the 1995 Constitution, arts .+ = 2026 arts .+Art\. 96\.3/);
  expect(sourcesBlock(pool.sources)).toContain(resolution!.note!);
});
