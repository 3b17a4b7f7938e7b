import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';

describe('title block with a draft mark', () => {
  test.each([
    [['ПРОЕКТ', 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О пастбищах', 'Статья 1. Цель', 'Текст.'], 'О пастбищах', 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН'],
    [['ЖОБА', 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Жайылымдар туралы', '1-бап. Мақсаты', 'Мәтін.'], 'Жайылымдар туралы', 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ'],
    [['Вносится Правительством Республики Казахстан', 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О пастбищах', 'Статья 1. Цель', 'Текст.'], 'О пастбищах', 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН'],
  ])('%j: the mark is not the title', (lines, title, typeLine) => {
    const act = parseAct(docFromLines(lines));
    expect(act.title).toBe(title);
    expect(act.typeLine).toBe(typeLine);
    expect(act.kind).toBe('new-law');
    expect(act.paragraphs[0].role).toBe('title');
  });
});
