import { parseAct } from '../../src/core/act/parse';
import { matchLabel } from '../../src/core/act/labels';
import { isEditorialNote } from '../../src/core/act/notes';
import { docFromLines } from '../../src/core/document';

describe('unit labels, Russian and Kazakh', () => {
  test.each([
    ['РАЗДЕЛ 1. ОБЩИЕ ПОЛОЖЕНИЯ', 'section', '1', 'РАЗДЕЛ 1.'],
    ['Раздел IV. ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ', 'section', '4', 'Раздел IV.'],
    ['1-БӨЛІМ. ЖАЛПЫ ЕРЕЖЕЛЕР', 'section', '1', '1-БӨЛІМ.'],
    ['2-бөлім. Қорытынды', 'section', '2', '2-бөлім.'],
    ['Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ', 'chapter', '1', 'Глава 1.'],
    ['1-тарау. Жалпы ережелер', 'chapter', '1', '1-тарау.'],
    ['1-ТАРАУ. ЖАЛПЫ ЕРЕЖЕЛЕР', 'chapter', '1', '1-ТАРАУ.'],
    ['Параграф 2. Трудовой договор', 'paragraph', '2', 'Параграф 2.'],
    ['§ 3. Оплата труда', 'paragraph', '3', '§ 3.'],
    ['2-параграф. Еңбек шарты', 'paragraph', '2', '2-параграф.'],
    ['Статья 5. Компетенция', 'article', '5', 'Статья 5.'],
    ['Статья 12-1. Вставленная статья', 'article', '12-1', 'Статья 12-1.'],
    ['5-бап. Құзыреті', 'article', '5', '5-бап.'],
    ['12-1-бап. Енгізілген бап', 'article', '12-1', '12-1-бап.'],
    ['2-1. Вставленный пункт.', 'item', '2-1', '2-1.'],
    ['5-1) вставленный подпункт;', 'subitem', '5-1', '5-1)'],
  ])('%s', (text, kind, number, label) => {
    const m = matchLabel(text)!;
    expect(m).toMatchObject({ kind, number });
    expect(text.slice(m.labelStart, m.labelEnd)).toBe(label);
  });
  test.each(['2.5 процента от суммы.', 'Статья 5 с изменениями, внесенными Законом РК от 01.07.2021.', '2026 жылғы 1 қаңтардан бастап.', 'Глава государства.'])('not a label: %s', (text) => {
    expect(matchLabel(text)).toBeUndefined();
  });
});

test.each([
  'Сноска. Статья 18 с изменениями, внесенными законами РК от 15.06.2017 № 73-VI.',
  'Ескерту. 5-бап алып тасталды – ҚР 10.01.2025 № 153-VIII Заңымен.',
  'Примечание ИЗПИ! Порядок введения в действие см. ст. 67',
  'ЗҚАИ-ның ескертпесі! Бұл баптың редакциясы өзгереді.',
  'См. нормативное постановление Конституционного Суда РК от 20.12.2024 № 61-НП.',
  'Статья 68 с изменением, внесенным Законом РК от 01.07.2021 № 61-VII.',
  'Пункт 3 исключен Законом РК от 01.07.2021 № 61-VII.',
  '3-тармақ алып тасталды – ҚР 01.07.2021 № 61-VII Заңымен.',
  'Статья 68. с изменением, внесенным Законом РК от 20.04.2023 № 226-VII (вводится в действие с 01.07.2023).',
  '3-бап жаңа редакцияда – ҚР 10.01.2025 № 153-VIII Заңымен.',
  '5-бапқа өзгеріс енгізілді – ҚР 10.01.2025 № 153-VIII Заңымен.',
  'Қараңыз: ҚР Жоғарғы Сотының 2017.10.06 № 9 нормативтік қаулысы.',
  'Сноска Статья 141 - в редакции Закона РК от 29.12.2022 № 174-VII.',
])('editorial note: %s', (text) => {
  expect(isEditorialNote(text)).toBe(true);
});

test.each([
  'Ескерту жазбаша нысанда жасалады.',
  'Постановлением Правительства Республики Казахстан утверждаются правила.',
  'Статья 5 исключена',
  '5-бап алып тасталды',
])('a norm or an excluded unit, not a note: %s', (text) => {
  expect(isEditorialNote(text)).toBe(false);
});

test('parts are numbered within their article and item, as "часть вторая" counts them', () => {
  const act = parseAct(docFromLines(['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 1. Без пунктов', 'Первая часть.', 'Вторая часть.', 'Статья 2. С пунктами', '1. Пункт первый.', 'Вторая часть пункта 1.', '2. Пункт второй:', '1) подпункт;', '2) подпункт.', 'Вторая часть пункта 2 после списка.']));
  expect(act.units['a1'].children.map((u) => u.id)).toEqual(['a1/p1', 'a1/p2']);
  expect(act.units['a2/i1'].children.map((u) => u.id)).toEqual(['a2/i1/p2']);
  expect(act.units['a2/i2'].children.map((u) => u.id)).toEqual(['a2/i2/s1', 'a2/i2/s2', 'a2/i2/p2']);
  expect(act.units['a2/i2/p2'].path).toBe('ст. 2 п. 2 ч. 2');
  expect(act.paragraphs[11]).toMatchObject({ role: 'norm', unitId: 'a2/i2/p2' });
});

test('sections, chapters and paragraphs (§) of a code', () => {
  const act = parseAct(docFromLines(['ТРУДОВОЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН', 'ОБЩАЯ ЧАСТЬ', 'РАЗДЕЛ 1. ОБЩИЕ ПОЛОЖЕНИЯ', 'Глава 1. ОСНОВНЫЕ ПОЛОЖЕНИЯ', 'Параграф 1. Общие', 'Статья 1. Понятия', 'Текст.', 'Параграф 2. Особые', 'Статья 2. Цели', 'Текст.']));
  expect(act.kind).toBe('code');
  expect(act.body.map((u) => u.id)).toEqual(['r1']);
  expect(act.units['r1'].children.map((u) => u.id)).toEqual(['c1']);
  expect(act.units['c1'].children.map((u) => u.id)).toEqual(['c1/g1', 'c1/g2']);
  expect(act.units['c1/g2'].children.map((u) => u.id)).toEqual(['a2']);
  expect(act.paragraphs[1].role).toBe('heading');
});
