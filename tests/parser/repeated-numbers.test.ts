/**
 * Units whose numbers repeat (a consolidated text pasted twice, a bench's code × 25): each gets an id
 * of its own ("a1", "a1~2", "a1~3"), the units under it follow ("a1~2/i1"), and a footnote that
 * excludes "Статья N" marks the last article N before it, not an earlier copy.
 */
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';

const copy = (k: number, excluded: boolean): string[] => [
  `Статья 1. Первая статья копии ${k}`,
  '1. Первый пункт.',
  '2. Второй пункт.',
  'Статья 2. Вторая статья',
  ...(excluded ? ['Сноска. Статья 2 исключена Законом РК от 04.07.2023 № 15-VIII.'] : ['Текст второй статьи.']),
];

describe('repeated unit numbers', () => {
  const act = parseAct(docFromLines(['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', ...copy(1, false), ...copy(2, false), ...copy(3, true), ...copy(4, false)]));

  test('every copy gets the next free id, and its items hang under it', () => {
    expect(act.body.map((u) => u.id)).toEqual(['a1', 'a2', 'a1~2', 'a2~2', 'a1~3', 'a2~3', 'a1~4', 'a2~4']);
    expect(act.units['a1~3'].children.map((u) => u.id)).toEqual(['a1~3/i1', 'a1~3/i2']);
  });

  test('the footnote excludes the article right above it, not an earlier one of that number', () => {
    expect(act.body.filter((u) => u.excluded).map((u) => u.id)).toEqual(['a2~3']);
  });
});
