import { docFromLines } from '../core/document';
import { parseAct } from '../core/act/parse';
import { constitutionEditionOf, readRequisites } from './requisites';

const read = (lines: string[], header: string[] = []) => readRequisites([...header, ...lines.slice(0, 12)], parseAct(docFromLines(lines)));

describe('requisites and edition of an act in force', () => {
  test('ru code: kind, date, number from the requisites line; the edition from the latest amending act in its notes', () => {
    const r = read([
      'Земельный кодекс Республики Казахстан',
      'Кодекс Республики Казахстан от 20 июня 2003 года № 442.',
      'Статья 1. Основные понятия',
      '1. Земля является собственностью государства.',
      'Сноска. Статья 1 с изменениями, внесенными законами РК от 07.07.2006 № 176; от 16.01.2026 № 251-VIII.',
    ]);
    expect(r).toEqual({ title: 'Земельный кодекс Республики Казахстан', kind: 'code', date: '2003-06-20', number: '442', edition: '2026-01-16', editionBasis: 'latest-amendment' });
    expect(constitutionEditionOf(r)).toBe(1995);
  });

  test('ru: "мая" is May, not March; a title glued to the requisites line is cut; a stated edition wins', () => {
    const r = read(['О Конституционном Суде Республики Казахстан Конституционный закон Республики Казахстан от 5 мая 2022 года № 153-VII ЗРК.', 'Статья 1. Общие положения'], [
      'Конституционный закон РК от 5 мая 2022 года № 153-VII ЗРК (редакция на 01.08.2026)',
    ]);
    expect(r).toMatchObject({ title: 'О Конституционном Суде Республики Казахстан', kind: 'constitutional-law', date: '2022-05-05', number: '153-VII', edition: '2026-08-01', editionBasis: 'stated' });
    expect(constitutionEditionOf(r)).toBe(2026);
  });

  test('kk law: the date before the number, the kind word after it', () => {
    const r = read(['Бейбіт жиналыстар туралы', 'Қазақстан Республикасының 2020 жылғы 25 мамырдағы № 333-VI Заңы.', '1-бап. Негізгі ұғымдар', '1. Осы Заңда ұғымдар пайдаланылады.']);
    expect(r).toMatchObject({ kind: 'law', date: '2020-05-25', number: '333-VI', edition: '2020-05-25', editionBasis: 'adoption' });
  });

  test('an act whose date cannot be told has no edition', () => {
    const r = read(['О чем-то', 'Статья 1. Положения', '1. Текст.']);
    expect(r.edition).toBeUndefined();
    expect(constitutionEditionOf(r)).toBeUndefined();
  });
});
