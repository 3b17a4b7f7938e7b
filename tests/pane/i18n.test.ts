import { CATALOGS, translator, uiLanguageFor } from '../../src/i18n';
import { CATEGORIES, SEVERITIES } from '../../src/core/finding';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface strings', () => {
  it('have the same keys and the same placeholders in kk, ru and en, none empty', () => {
    const keys = Object.keys(CATALOGS.en).sort();
    for (const lang of ['ru', 'kk'] as const) {
      expect(Object.keys(CATALOGS[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const k = key as keyof typeof CATALOGS.en;
        expect(CATALOGS[lang][k].trim()).not.toBe('');
        expect([lang, key, placeholders(CATALOGS[lang][k])]).toEqual([lang, key, placeholders(CATALOGS.en[k])]);
      }
    }
  });

  it('name every category and severity', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const t = translator(lang);
      for (const c of CATEGORIES) expect(t(`category.${c}`)).not.toMatch(/^category\./);
      for (const s of SEVERITIES) expect(t(`severity.${s}`)).not.toMatch(/^severity\./);
    }
  });

  it('follow Office’s display language: kk-KZ → kk, ru-* → ru, anything else → en', () => {
    expect(uiLanguageFor('kk-KZ')).toBe('kk');
    expect(uiLanguageFor('ru-RU')).toBe('ru');
    expect(uiLanguageFor('ru-KZ')).toBe('ru');
    expect(uiLanguageFor('en-US')).toBe('en');
    expect(uiLanguageFor('de-DE')).toBe('en');
    expect(uiLanguageFor(undefined)).toBe('en');
  });

  it('fill placeholders', () => {
    expect(translator('ru')('status.model', { done: 12, total: 47 })).toBe('Проверка моделью: статья 12 из 47');
    expect(translator('en')('status.model', { done: 12, total: 47 })).toBe('Model checks: article 12 of 47');
    expect(translator('kk')('status.model', { done: 12, total: 47 })).toBe('Модельмен тексеру: 47 баптың 12-і');
  });
});
