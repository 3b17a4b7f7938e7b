import { articleLookup, articleTitle } from '../../src/core/act/articles';
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';

const parse = (lines: string[]) => parseAct(docFromLines(lines));
const titleAt = (lines: string[], paragraph: number, unitId?: string) => {
  const act = parse(lines);
  const u = articleLookup(act)({ unitId: unitId ?? act.paragraphs[paragraph]?.unitId, paragraph });
  return u && { id: u.id, title: articleTitle(u, act.language) };
};

const DUPLICATE = [
  'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
  'О стоянках',
  'Статья 4. Стоянки',
  '1. Владелец стоянки вправе отказать.',
  '2. Отказ обжалуется.',
  'Статья 4. Стоянки',
  '1. Владелец стоянки обязан принять транспорт.',
  'Президент Республики Казахстан',
];

describe('articleLookup: the article a finding stands in, by walking up the unit tree', () => {
  it('gives an item the article above it, with the title a reader knows', () => {
    expect(titleAt(DUPLICATE, 4)).toEqual({ id: 'a4', title: 'Статья 4. Стоянки' });
  });

  it('keeps two articles with the same number apart: two ids, one title', () => {
    const first = titleAt(DUPLICATE, 3)!;
    const second = titleAt(DUPLICATE, 6)!;
    expect(second.title).toBe(first.title);
    expect(second.id).not.toBe(first.id);
  });

  it('gives nothing for the title and the signature, outside any article', () => {
    expect(titleAt(DUPLICATE, 1)).toBeUndefined();
    expect(titleAt(DUPLICATE, 7)).toBeUndefined();
  });

  it('falls back to the paragraph when the unit id is absent (an older server) or from another parse', () => {
    const act = parse(DUPLICATE);
    const of = articleLookup(act);
    const second = act.paragraphs[6]!.unitId!;
    expect(of({ paragraph: 6 })).toBe(of({ unitId: second, paragraph: 6 }));
    // An id that names a unit elsewhere (a server numbered the units otherwise) is not believed.
    expect(of({ unitId: act.paragraphs[3]!.unitId, paragraph: 6 })?.id).toBe(of({ paragraph: 6 })?.id);
    expect(of({ unitId: 'no-such-unit', paragraph: 3 })?.id).toBe('a4');
    // Ids are data from the wire: an inherited property name is no unit.
    expect(of({ unitId: '__proto__', paragraph: 3 })?.id).toBe('a4');
  });

  it('puts a quoted new wording in the draft article that amends, not in the amended act\'s article', () => {
    const lines = [
      'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
      'О внесении изменений в Закон Республики Казахстан «О дорожном движении»',
      'Статья 1. Внести в Закон Республики Казахстан от 17 апреля 2014 года «О дорожном движении» следующие изменения:',
      '1) статью 63 изложить в следующей редакции:',
      '«Статья 63. Эвакуация',
      '1. Транспортное средство перемещается на стоянку в разумный срок.»;',
      'Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.',
    ];
    const act = parse(lines);
    const quoted = act.paragraphs[5]!.unitId!;
    expect(act.units[quoted]!.quote).toBeDefined();
    expect(titleAt(lines, 5)).toEqual({ id: 'a1', title: 'Статья 1' });
  });

  it('groups a Kazakh bylaw without articles by its chapters, titled in Kazakh', () => {
    const lines = [
      'Субсидиялау қағидалары',
      '1-тарау. Жалпы ережелер',
      '1. Осы Қағидалар субсидиялау тәртібін айқындайды.',
      '2. Субсидиялар бюджет қаражаты есебінен төленеді.',
      '2-тарау. Субсидиялау шарттары',
      '3. Өтінім он жұмыс күні ішінде қаралады.',
    ];
    expect(titleAt(lines, 3)).toEqual({ id: 'c1', title: '1-тарау. Жалпы ережелер' });
    expect(titleAt(lines, 5)).toEqual({ id: 'c2', title: '2-тарау. Субсидиялау шарттары' });
  });

  it('groups a Russian bylaw without chapters by its items', () => {
    const lines = ['Правила субсидирования', '1. Настоящие Правила определяют порядок субсидирования.', '2. Заявка рассматривается:', '1) в течение десяти рабочих дней;', '2) уполномоченным органом.'];
    expect(titleAt(lines, 4)).toEqual({ id: 'i2', title: 'Пункт 2' });
  });
});
