import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';

test('roman section numbers typed with Cyrillic look-alikes (І, Х) read as numbers, in sequence', () => {
  const act = parseAct(
    docFromLines([
      'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОНСТИТУЦИЯСЫ',
      'І бөлім Конституциялық құрылыс негіздері', // Cyrillic І (U+0406)
      '1-бап. Мемлекет',
      'Мәтін.',
      'II бөлім Негізгі құқықтар', // Latin II
      '2-бап. Құқықтар',
      'Мәтін.',
      'ІІІ бөлім Президент', // Cyrillic ІІІ
      '3-бап. Президент',
      'Мәтін.',
      'Раздел Х. Заключительные положения', // Cyrillic Х
      '4-бап. Қорытынды',
      'Мәтін.',
    ]),
  );
  expect(act.body.filter((u) => u.kind === 'section').map((u) => u.number)).toEqual(['1', '2', '3', '10']);
});
