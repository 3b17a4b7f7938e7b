import { extractFigures } from './figures';
import { readNumeral } from './numerals';

const figures = (text: string, lang: 'ru' | 'kk') => extractFigures(text, lang).map((f) => `${f.kind}=${f.value}:${text.slice(f.start, f.end)}`);

describe('readNumeral', () => {
  test.each([
    ['двадцати четырех', 24],
    ['тридцати пяти', 35],
    ['пятисот', 500],
    ['двух тысяч трехсот', 2300],
    ['ста двадцати', 120],
    ['шестидесяти', 60],
    ['одного', 1],
  ])('ru %s = %d', (words, value) => expect(readNumeral(words.split(' '), 0, 'ru')?.value).toBe(value));
  test.each([
    ['жиырма төрт', 24],
    ['отыз бес', 35],
    ['төрт жүз', 400],
    ['он екі', 12],
    ['екі мың бес жүз елу', 2550],
    ['жиырмасынан', 20],
  ])('kk %s = %d', (words, value) => expect(readNumeral(words.split(' '), 0, 'kk')?.value).toBe(value));
  test('a Russian compound stops where the numbers no longer descend ("десяти пяти" is two numbers)', () => {
    expect(readNumeral(['десяти', 'пяти'], 0, 'ru')).toEqual({ value: 10, length: 1 });
  });
});

describe('extractFigures', () => {
  test('ru deadlines, amounts, percentages, ages and dates, in words or digits', () => {
    expect(figures('в течение двух часов, а затем в течение 24 часов', 'ru')).toEqual(['hour=2:двух часов', 'hour=24:24 часов']);
    expect(figures('в размере пятисот месячных расчетных показателей и не менее десяти процентов', 'ru')).toEqual([
      'mrp=500:пятисот месячных расчетных показателей',
      'percent=10:не менее десяти процентов',
    ]);
    expect(figures('в течение 15 (пятнадцати) рабочих дней', 'ru')).toEqual(['day=15:15 (пятнадцати) рабочих дней']);
    expect(figures('вводится в действие с 1 января 2027 года', 'ru')).toEqual(['date=20270101:1 января 2027 года']);
    expect(figures('не превышает трехкратной величины', 'ru')).toEqual(['fold=3:трехкратной']);
  });
  test('kk deadlines, amounts, ages and dates', () => {
    expect(figures('он жұмыс күні ішінде', 'kk')).toEqual(['day=10:он жұмыс күні']);
    expect(figures('жасы отыз жастан аспайтын', 'kk')).toEqual(['year=30:отыз жастан']);
    expect(figures('төрт жүз айлық есептік көрсеткіш мөлшерінде', 'kk')).toEqual(['mrp=400:төрт жүз айлық есептік көрсеткіш']);
    expect(figures('2027 жылғы 1 қаңтардан бастап', 'kk')).toEqual(['date=20270101:2027 жылғы 1 қаңтардан']);
  });
  test('ru quantities written as one compound adjective, in words or with digits', () => {
    expect(figures('спортсмены, достигшие восемнадцатилетнего возраста', 'ru')).toEqual(['year=18:восемнадцатилетнего']);
    expect(figures('в десятидневный срок', 'ru')).toEqual(['day=10:десятидневный']);
    expect(figures('стаж не менее двадцатипятилетнего', 'ru')).toEqual(['year=25:двадцатипятилетнего']);
    expect(figures('в трехмесячный срок и 18-летнего возраста', 'ru')).toEqual(['month=3:трехмесячный', 'year=18:18-летнего']);
    expect(figures('в летний период ежедневно и ежемесячно', 'ru')).toEqual([]);
  });
  test('kk "үш айлық мерзім" is months; "айлық есептік көрсеткіш" stays an amount', () => {
    expect(figures('үш айлық мерзімде', 'kk')).toEqual(['month=3:үш айлық']);
    expect(figures('бес айлық есептік көрсеткіш', 'kk')).toEqual(['mrp=5:бес айлық есептік көрсеткіш']);
  });
  test('no figure without a measure: labels, references, ordinals, "бір мезгілде", "үшін", "жас отбасы"', () => {
    expect(figures('1. Жас отбасылар үшін жас отбасы бір мезгілде', 'kk')).toEqual([]);
    expect(figures('2) в соответствии с пунктом 2 статьи 7, не позднее двадцатого числа', 'ru')).toEqual([]);
    expect(figures('осы Заңның 8-бабының 2-тармағына сәйкес', 'kk')).toEqual([]);
  });
});
