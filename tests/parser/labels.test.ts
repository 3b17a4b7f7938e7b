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

describe('Kazakh unit words starting a sentence are not headings', () => {
  test.each(['170-бап мынадай мазмұндағы 3-тармақпен толықтырылсын:', '5-бап алып тасталсын;', '2-тарау мынадай редакцияда жазылсын:'])('%s', (text) => {
    expect(matchLabel(text)).toBeUndefined();
  });
  test.each([
    ['5-бап алып тасталды', 'article'],
    ['1-тарау ЖАЛПЫ ЕРЕЖЕЛЕР', 'chapter'],
    ['5-бап', 'article'],
  ])('still a label: %s', (text, kind) => {
    expect(matchLabel(text)?.kind).toBe(kind);
  });
});

describe('appendices after the body', () => {
  const lines = [
    'ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН',
    'Об утверждении Правил',
    '1. Утвердить прилагаемые Правила.',
    'Утверждены постановлением Правительства Республики Казахстан',
    'Правила',
    'Глава 1. Общие положения',
    '1. Заявление подается по форме согласно приложению 1 к настоящим Правилам.',
    'Приложение 1 к Правилам',
    'Форма',
    'Наименование заявителя: ________',
    'Приложение к постановлению Правительства Республики Казахстан',
    'Перечень утративших силу некоторых решений Правительства Республики Казахстан',
    '1. Постановление Правительства Республики Казахстан от 4 мая 2012 года № 571.',
  ];
  test('each appendix is a unit tree of its own; its heading and title lines are not norms', () => {
    const act = parseAct(docFromLines(lines));
    expect(act.appendices?.map((a) => a.map((u) => u.id))).toEqual([[], ['x2/i1']]);
    expect(act.units['x2/i1'].path).toBe('прил. 2 п. 1');
    expect([7, 8, 9, 10, 11].map((i) => act.paragraphs[i].role)).toEqual(['title', 'title', 'title', 'title', 'title']);
    expect(act.paragraphs[12].role).toBe('norm');
    expect(act.body.map((u) => u.id)).toEqual(['c1']);
  });
  test('kk: "… қағидаларына 1-қосымша" heads an appendix; a norm mentioning an appendix does not', () => {
    const act = parseAct(docFromLines(['БҰЙРЫҚ', 'Қағидаларды бекіту туралы', '1. Қоса беріліп отырған Қағидалар бекітілсін.', 'Қазақстан Республикасы Ауыл шаруашылығы министрінің 2026 жылғы 1 наурыздағы № 12 бұйрығына қосымша', 'Қағидалар', '1. Өтініш осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша беріледі.', '2. Мәтін.', 'Қағидаларға 1-қосымша', '1. Өтініш.', '2. Паспорт.']));
    expect(act.appendices?.map((a) => a.map((u) => u.id))).toEqual([['x1/i1', 'x1/i2']]);
    expect(act.body.map((u) => u.id)).toEqual(['i1', 'i2']);
  });
});
