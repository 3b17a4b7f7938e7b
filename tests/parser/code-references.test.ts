/**
 * References in codes (Law "On Legal Acts" art. 23 p. 3: a code's articles divide into numbered
 * parts not named "часть"): "частью второй статьи 107" is the unit "2." of article 107; Kazakh
 * "107-бабының 2-бөлігі" likewise. Also forms met in every real code: hyphenated ranges, "ст. N",
 * gazette citations, clarifications inside subitem lists, units of an appendix.
 */
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';
import { reviewLocal } from '../../src/engine/local';
import { missingTargetRule } from '../../src/checks/crossref/missingTarget';

const CODE_RU = [
  'Уголовный кодекс Республики Казахстан',
  'Кодекс Республики Казахстан от 3 июля 2014 года № 226-V ЗРК.',
  'Статья 1. Кража',
  '1. Кража наказывается штрафом.',
  '2. То же деяние, совершенное группой лиц, наказывается лишением свободы.',
  '3. Деяния, предусмотренные частями первой или второй настоящей статьи, совершенные повторно, наказываются лишением свободы.',
  'Статья 2. Грабеж',
  'Грабеж наказывается лишением свободы.',
  '2. Деяние, предусмотренное частью первой настоящей статьи, совершенное повторно, наказывается лишением свободы.',
  'Статья 3. Освобождение от ответственности',
  'Лицо, впервые совершившее деяние, предусмотренное частью второй статьи 1 или частями 1-1, второй статьи 2 настоящего Кодекса, освобождается от ответственности.',
  'Статья 4. Применение',
  'Положения статей 1-3 настоящего Кодекса применяются с учетом пункта 2 ст. 1 настоящего Кодекса (Ведомости Парламента Республики Казахстан, 1998 г., № 23, ст. 430).',
];

const findTargets = (lines: string[], paragraph: number) =>
  parseAct(docFromLines(lines))
    .crossReferences.filter((r) => r.range.paragraph === paragraph)
    .flatMap((r) => r.targets);

const missing = (lines: string[]) => reviewLocal(docFromLines(lines), { rules: [missingTargetRule] }).findings.map((f) => f.anchor.quote);

describe('a code, known from its title or the database line under it', () => {
  test('"Уголовный кодекс …" and "Кодекс Республики Казахстан от …" under "О браке (супружестве) и семье" are codes', () => {
    expect(parseAct(docFromLines(CODE_RU)).kind).toBe('code');
    expect(parseAct(docFromLines(['О браке (супружестве) и семье', ...CODE_RU.slice(1)])).kind).toBe('code');
    expect(parseAct(docFromLines(['О браке (супружестве) и семье', 'Закон Республики Казахстан от 3 июля 2014 года № 5-V.', ...CODE_RU.slice(2)])).kind).toBe('new-law');
  });

  test('"частями первой или второй настоящей статьи" names the numbered parts 1 and 2', () => {
    expect(findTargets(CODE_RU, 5)).toEqual([
      { article: '1', item: '1' },
      { article: '1', item: '2' },
    ]);
  });

  test('an article whose first part has no number: "частью первой" is that unnumbered part', () => {
    expect(findTargets(CODE_RU, 8)).toEqual([{ article: '2', part: 1 }]);
  });

  test('ordinals mixed with an inserted part\'s number ("частями 1-1, второй статьи 2")', () => {
    expect(findTargets(CODE_RU, 10)).toEqual([
      { article: '1', item: '2' },
      { article: '2', item: '1-1' },
      { article: '2', item: '2' },
    ]);
  });

  test('"статей 1-3" is a range, "ст. 1" an article, a gazette\'s "ст. 430" no reference at all', () => {
    expect(findTargets(CODE_RU, 12)).toEqual([{ article: '1' }, { article: '2' }, { article: '3' }, { article: '1', item: '2' }]);
  });

  test('only the real defect is reported: part 1-1 of article 2 does not exist', () => {
    expect(missing(CODE_RU)).toEqual(['частями 1-1, второй статьи 2']);
  });

  test('in a law (not a code) a part stays an unnumbered paragraph', () => {
    const law = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', ...CODE_RU.slice(2)];
    expect(findTargets(law, 5)).toEqual([
      { article: '1', part: 1 },
      { article: '1', part: 2 },
    ]);
  });
});

describe('Kazakh: "N-бөлігі" of a code', () => {
  const CODE_KK = [
    'Қазақстан Республикасының Қылмыстық кодексі',
    'Қазақстан Республикасының Кодексі 2014 жылғы 3 шілдедегі № 226-V ҚРЗ.',
    '1-бап. Ұрлық',
    '1. Ұрлық айыппұл салуға әкеп соғады.',
    '2. Адамдар тобы жасаған сол әрекет бас бостандығынан айыруға әкеп соғады.',
    '2-бап. Жауаптылықтан босату',
    'Осы Кодекстің 1-бабының 2-бөлігінде көзделген әрекетті алғаш рет жасаған адам, сондай-ақ осы Кодекстің 1-бабының екінші бөлігінде көзделген әрекетті жасаған адам жауаптылықтан босатылады.',
  ];
  test('numbered and ordinal parts resolve to the numbered units', () => {
    expect(parseAct(docFromLines(CODE_KK)).kind).toBe('code');
    expect(findTargets(CODE_KK, 6)).toEqual([
      { article: '1', item: '2' },
      { article: '1', item: '2' },
    ]);
    expect(missing(CODE_KK)).toEqual([]);
  });
});

describe('forms of real codes', () => {
  const LAW = [
    'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
    'О тесте',
    'Статья 1. Сортировка',
    '1. Отходы сортируются по видам, указанным в подпунктах 1) (в области отходов), 2 ) и 3) пункта 2 настоящей статьи, и по видам, указанным в разделе 1 приложения 2 к настоящему Закону.',
    '2. Виды отходов:',
    '1) бумага;',
    '2) стекло;',
    '3) металл.',
  ];
  test('a clarification in parentheses and a spaced ")" do not break a subitem list; an appendix\'s section is not ours', () => {
    expect(findTargets(LAW, 3)).toEqual([
      { article: '1', item: '2', subitem: '1' },
      { article: '1', item: '2', subitem: '2' },
      { article: '1', item: '2', subitem: '3' },
    ]);
    expect(missing(LAW)).toEqual([]);
  });
});
