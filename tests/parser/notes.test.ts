/**
 * Editorial notes of the official database and excluded units: never read as norms, and excluded
 * units still count for numbering. On samples and on the real laws (Labour Code, peaceful
 * assemblies ru/kk, laid out both as the corpus .md and as scripts/corpus-laws.ts builds the .docx).
 */
import { parseAct } from '../../src/core/act/parse';
import type { Act } from '../../src/core/act/types';
import { docFromLines } from '../../src/core/document';
import { loadCorpusLaw } from '../../scripts/corpus-laws';
import { corpusLines } from './helpers';

const RU = (...lines: string[]) => parseAct(docFromLines(['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', ...lines]));
const KK = (...lines: string[]) => parseAct(docFromLines(['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Сынақ туралы', ...lines]));

const roleOf = (act: Act, text: string): string => {
  const i = act.doc.paragraphs.findIndex((p) => p.text.startsWith(text));
  if (i < 0) throw new Error(`no paragraph starting with ${text}`);
  return act.paragraphs[i].role;
};

describe('editorial notes get role note', () => {
  test.each([
    ['ru', 'Нормативным постановлением Конституционного Суда РК от 20.01.2025 № 61-НП подпункт 10) пункта 1 статьи 14 настоящего Закона признан соответствующим Конституции.'],
    ['ru', 'Примечание ИЗПИ! В подпункт 2) предусматривается изменение Законом РК от 09.01.2026 № 256-VIII.'],
    ['ru', 'См. нормативное постановление Верховного Суда РК от 06.10.2017 № 9.'],
    ['kk', 'ҚР Конституциялық Сотының 20.01.2025 № 61-НҚ нормативтік қаулысымен 1-тармақтың 10) тармақшасы Конституцияға сәйкес келеді деп танылды.'],
    ['kk', 'ЗҚАИ-ның ескертпесі! 2) тармақшаға өзгеріс енгізу көзделген.'],
    ['kk', 'Қараңыз: ҚР Жоғарғы Сотының 2017.10.06 № 9 нормативтік қаулысы.'],
  ])('%s: %s', (lang, note) => {
    const act =
      lang === 'ru'
        ? RU('Статья 1. Порядок', '1. Организатор подает уведомление:', '1) в письменной форме;', note, '2. Уведомление рассматривается.')
        : KK('1-бап. Тәртіп', '1. Ұйымдастырушы хабарлама береді:', '1) жазбаша нысанда;', note, '2. Хабарлама қаралады.');
    expect(roleOf(act, note)).toBe('note');
    // The note does not become a part of the item, nor break the numbering around it.
    expect(Object.values(act.units).filter((u) => u.kind === 'part')).toEqual([]);
    expect(act.units['a1'].children.map((u) => u.id)).toEqual(['a1/i1', 'a1/i2']);
  });

  test('a Constitutional Court interpretation runs on into the next paragraph: both are notes', () => {
    const act = RU(
      'Статья 14. Отказ',
      '1. Отказ допускается:',
      '1) если нарушен срок;',
      'Нормативным постановлением Конституционного Суда РК от 20.01.2025 № 61-НП подпункт 1) пункта 1 статьи 14 настоящего Закона признан соответствующим Конституции в следующем истолковании: орган отказывает лишь после предложения.',
      'Внесение органом такого предложения является обязательным.',
      '2. Решение обжалуется.',
    );
    expect(act.paragraphs.slice(5, 7).map((p) => p.role)).toEqual(['note', 'note']);
    expect(act.units['a14'].children.map((u) => u.id)).toEqual(['a14/i1', 'a14/i2']);
  });

  test('under an article of unnumbered parts, the paragraphs after an interpretation note stay the article’s parts', () => {
    const act = RU(
      'Статья 14. Отказ',
      'Нормативным постановлением Конституционного Суда РК от 20.01.2025 № 61-НП статья 14 признана соответствующей Конституции в следующем истолковании: отказ мотивируется.',
      'Отказ допускается только по основаниям настоящего Закона.',
      'Статья 15. Обжалование',
      'Решение обжалуется в суд.',
    );
    expect(act.paragraphs[3].role).toBe('note');
    expect(act.paragraphs[4]).toMatchObject({ role: 'norm', unitId: 'a14/p1' });
  });
});

describe('excluded units keep their number, their text is a note', () => {
  test('ru: subitems, items and articles in every form the database writes', () => {
    const act = RU(
      'Статья 4. Понятия',
      '1) работник – физическое лицо;',
      '2) исключен Законом РК от 08.07.2024 № 116-VIII (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования);',
      '3) исключения – случаи, установленные законом;',
      'Статья 5. Исключена Законом РК от 24.05.2018 № 156-VI.',
      'Статья 6 исключена Законом РК от 24.05.2018 № 156-VI.',
      'Статья 7. Порядок',
      '1. Текст.',
      '2. Исключен Законом РК от 04.05.2020 № 321-VІ (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).',
      '3. Утратил силу.',
      '4. Текст.',
    );
    expect(Object.values(act.units).filter((u) => u.excluded).map((u) => u.id)).toEqual(['a4/s2', 'a5', 'a6', 'a7/i2', 'a7/i3']);
    expect(act.body.map((u) => u.number)).toEqual(['4', '5', '6', '7']);
    expect(act.units['a7'].children.map((u) => u.number)).toEqual(['1', '2', '3', '4']);
    expect(act.paragraphs.map((p) => p.role).slice(2)).toEqual(['heading', 'norm', 'note', 'norm', 'note', 'note', 'heading', 'norm', 'note', 'note', 'norm']);
    expect(act.units['a5'].heading).toBeUndefined();
  });

  test('kk: "алып тасталды" in every form', () => {
    const act = KK(
      '4-бап. Ұғымдар',
      '1) жұмыскер – жеке тұлға;',
      '2) алып тасталды – ҚР 08.07.2024 № 116-VIII Заңымен.',
      '5-бап. Алып тасталды – ҚР 24.05.2018 № 156-VI Заңымен.',
      '6-бап алып тасталды – ҚР 24.05.2018 № 156-VI Заңымен.',
      '7-бап. Тәртіп',
      '1. Мәтін.',
      '2. Алып тасталды – ҚР 04.05.2020 № 321-VІ Заңымен.',
      '3. Күшін жойды – ҚР 04.05.2020 № 321-VІ Заңымен.',
    );
    expect(Object.values(act.units).filter((u) => u.excluded).map((u) => u.id)).toEqual(['a4/s2', 'a5', 'a6', 'a7/i2', 'a7/i3']);
    expect(act.body.map((u) => u.number)).toEqual(['4', '5', '6', '7']);
    expect(act.paragraphs.map((p) => p.role).slice(2)).toEqual(['heading', 'norm', 'note', 'note', 'note', 'heading', 'norm', 'note', 'note']);
  });

  test('an article line followed only by "Сноска. Статья N исключена …" is excluded; a repeated "Статья N исключена" is the same article', () => {
    const act = RU(
      'Статья 117. Профессиональные стандарты',
      'Сноска. Статья 117 исключена Законом РК от 04.07.2023 № 15-VIII.',
      'Статья 118. Подготовка',
      'Текст статьи.',
      'Сноска. Статья 118 с изменениями, внесенными Законом РК от 04.07.2023 № 15-VIII.',
      'Статья 119. Учет',
      'Статья 119 исключена Законом РК от 24.05.2018 № 156-VI.',
      'Статья 120. Декларирование',
      'Текст статьи.',
    );
    expect(act.body.map((u) => `${u.number}${u.excluded ? ' excluded' : ''}`)).toEqual(['117 excluded', '118', '119 excluded', '120']);
    expect(act.paragraphs.map((p) => p.role).slice(2)).toEqual(['note', 'note', 'heading', 'norm', 'note', 'heading', 'note', 'heading', 'norm']);
  });
});

describe('real laws', () => {
  test('Labour Code: every "исключен" subitem and item is an excluded unit with a note paragraph; articles 117, 197, 199 are excluded', () => {
    const law = loadCorpusLaw('labour-code-ru');
    const act = parseAct(docFromLines(law.lines));
    let excludedLines = 0;
    law.lines.forEach((line, i) => {
      if (!/^\d+(?:-\d+)*[.)]\s+(?:исключен|Исключен|утратил|Утратил)/.test(line)) return;
      excludedLines++;
      const info = act.paragraphs[i];
      expect(`${i}:${info.role}:${act.units[info.unitId!]?.excluded}`).toBe(`${i}:note:true`);
    });
    expect(excludedLines).toBeGreaterThan(30);
    expect(['a117', 'a197', 'a199'].map((id) => act.units[id]?.excluded)).toEqual([true, true, true]);
    // Numbering is untouched: every article and item of the source is still there (the JSON's
    // second, empty article 68 is a footnote of the PDF, see corpus-laws.test.ts).
    const seen = new Set<string>();
    for (const a of law.articles) if (!seen.has(a.number) && seen.add(a.number)) expect(act.units[`a${a.number}`]?.children.filter((c) => c.kind === 'item').map((c) => c.number)).toEqual(a.items);
  });

  test.each(['peaceful-assemblies-ru', 'peaceful-assemblies-kk'] as const)('%s (.docx layout): every note of the database is a note, none is a norm or a part', (name) => {
    const law = loadCorpusLaw(name);
    const act = parseAct(docFromLines(law.lines));
    const notes = law.lines.map((l, i) => [l, i] as const).filter(([l]) => /61-Н[ПҚ]|^Сноска|^Ескерту|Внесение местным исполнительным|Жергілікті атқарушы органның мұндай/.test(l));
    expect(notes).toHaveLength(4);
    for (const [, i] of notes) expect(`${i}:${act.paragraphs[i].role}`).toBe(`${i}:note`);
    expect(Object.values(act.units).some((u) => u.kind === 'part' && (u.id.startsWith('a11/p') || u.id.startsWith('a14/p')))).toBe(false);
  });

  test.each(['peaceful_assemblies_law_ru.md', 'peaceful_assemblies_law_kk.md'])('%s (notes under the subitem they judge): notes, and the next item is still found', (file) => {
    const lines = corpusLines(file);
    const act = parseAct(docFromLines(lines));
    const notes = lines.map((l, i) => [l, i] as const).filter(([l]) => /61-Н[ПҚ]|Внесение местным исполнительным|Жергілікті атқарушы органның мұндай/.test(l));
    expect(notes).toHaveLength(3);
    for (const [, i] of notes) expect(`${i}:${act.paragraphs[i].role}`).toBe(`${i}:note`);
    expect(act.units['a14'].children.filter((c) => c.kind === 'item').map((c) => c.number)).toEqual(['1', '2']);
  });
});
