import { fold } from './fold';
import { stem, stemKazakh, stemRussian } from './stem';

describe('stem: Russian by Snowball', () => {
  it.each([
    ['собственность', 'собственности'],
    ['уполномоченный', 'уполномоченного'],
    ['заявитель', 'заявителями'],
    ['рассматривается', 'рассматривает'],
  ])('joins %s and %s', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['землепользователи', 'землепользования'],
    ['организация', 'орган'],
    ['решение', 'решетка'],
  ])('keeps %s apart from %s (a shared beginning is not a shared stem)', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('folds case and ё first', () => {
    expect(stem('Учёт')).toBe(stem('учета'));
    expect(stemRussian('ОРГАНОВ')).toBe('орган');
  });
});

describe('stem: Kazakh by the suffix stripper', () => {
  it('strips stacked plural, possessive and case suffixes', () => {
    expect(stemKazakh('мүшелерінің')).toBe(stemKazakh('мүшесі'));
    expect(stem('меншігіне', 'kk')).toBe(stem('меншігі', 'kk'));
  });

  it('applies to a word with a Kazakh-only letter whatever the text language, and to any word of a Kazakh text', () => {
    expect(stem('шағымдануға')).toBe(stemKazakh('шағымдануға'));
    expect(stem('комиссияның', 'kk')).toBe(stemKazakh('комиссияның'));
    expect(stem('комиссияның', 'kk')).not.toBe(stemRussian('комиссияның'));
  });

  it('keeps at least three letters', () => {
    expect(stemKazakh('ала').length).toBe(3);
    expect(stemKazakh('тұлға')).toBe('тұл');
  });
});

describe('fold', () => {
  it('lower-cases and writes ё as е', () => {
    expect(fold('Ёмкость ЗАЁМ')).toBe('емкость заем');
  });
});
