import { CATALOGS, translator, uiLanguageFor, type Plural } from '../../src/i18n';
import { REPORT_CATALOGS, reportTranslator } from '../../src/i18n/reports';
import { SERVER_ERROR_CATALOGS, serverErrorTranslator } from '../../src/i18n/serverErrors';
import { CATEGORIES, SEVERITIES } from '../../src/core/finding';

const forms = (m: string | Plural) => (typeof m === 'string' ? [m] : Object.values(m).filter((v): v is string => typeof v === 'string'));
/** Placeholders of a message; "#" is the count. */
const placeholders = (m: string | Plural) => [...new Set(forms(m).flatMap((s) => [...[...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]), ...(s.includes('#') ? ['count'] : [])]))].sort();

describe('interface strings', () => {
  it.each([
    ['the pane', CATALOGS],
    ['the reports and the CLI', REPORT_CATALOGS],
    ['the server errors', SERVER_ERROR_CATALOGS],
  ] as [string, Record<'kk' | 'ru' | 'en', Record<string, string | Plural>>][])('of %s have the same keys and the same placeholders in kk, ru and en, none empty', (_, catalogs) => {
    const keys = Object.keys(catalogs.en).sort();
    for (const lang of ['ru', 'kk'] as const) {
      expect(Object.keys(catalogs[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        for (const form of forms(catalogs[lang][key])) expect(form.trim()).not.toBe('');
        expect([lang, key, placeholders(catalogs[lang][key])]).toEqual([lang, key, placeholders(catalogs.en[key])]);
      }
    }
  });

  it('keep each key in one part: the pane’s, the reports’ and the server errors’ parts share none', () => {
    const keys = [CATALOGS, REPORT_CATALOGS, SERVER_ERROR_CATALOGS].flatMap((c) => Object.keys(c.en));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('name every category and severity, with no two severities or the comment button sharing a root word', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const t = translator(lang);
      for (const c of CATEGORIES) expect(t(`category.${c}`)).not.toMatch(/^category\./);
      for (const s of SEVERITIES) expect(t(`severity.${s}`)).not.toMatch(/^severity\./);
      // "Ескертпе" beside "Ескерту", "Замечание" beside "замечания": the first five letters tell them apart.
      const root = (w: string) => w.toLowerCase().slice(0, 5);
      const words = [...SEVERITIES.map((s) => t(`severity.${s}`)), t('action.insertComment')].map(root);
      expect(new Set(words).size).toBe(words.length);
      expect(root(t('severity.info'))).not.toBe(root(t('region.findings')));
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

  it('fill placeholders; Kazakh counts take no case ending that depends on the number', () => {
    expect(translator('ru')('status.model', { done: 12, total: 47 })).toBe('Проверка моделью: статья 12 из 47');
    expect(translator('en')('status.model', { done: 12, total: 47 })).toBe('Model checks: article 12 of 47');
    for (const done of [2, 6, 12, 40]) expect(translator('kk')('status.model', { done, total: 47 })).toBe(`Модельмен тексеру: ${done} бап, барлығы 47`);
  });

  it('pick plural forms by the language’s rules', () => {
    const ru = translator('ru');
    expect([1, 2, 5, 21, 99, 112].map((count) => ru('confirm.comments', { count }))).toEqual([
      'Добавить 1 примечание?',
      'Добавить 2 примечания?',
      'Добавить 5 примечаний?',
      'Добавить 21 примечание?',
      'Добавить 99 примечаний?',
      'Добавить 112 примечаний?',
    ]);
    expect(ru('confirm.changes', { count: 12 })).toBe('Внести 12 правок');
    expect(ru('status.modelChecked', { checked: 47, count: 50 })).toBe('Проверено моделью: 47 из 50 статей.');
    expect(ru('status.modelChecked', { checked: 20, count: 21 })).toBe('Проверено моделью: 20 из 21 статьи.');
    const en = translator('en');
    expect([1, 2].map((count) => en('count.comments', { count }))).toEqual(['1 comment', '2 comments']);
    expect(translator('kk')('summary.findings', { count: 6 })).toBe('Ескертулер: 6');
  });

  it('never end a sentence with two dots when a message ends with one', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const text = translator(lang)('error.model', { message: 'Сервер недоступен.' });
      expect(text).not.toMatch(/\.\./);
    }
  });
});

describe('one catalog for the pane, the reports, the CLI and the server errors', () => {
  it('the reports take their words from the catalog: the category covers standards, not treaties only', async () => {
    const { REPORT_LABELS } = await import('../../src/report/labels');
    expect(REPORT_LABELS.ru.categories.international).toBe('Международные стандарты');
    expect(REPORT_LABELS.kk.categories.international).toBe('Халықаралық стандарттар');
    // Severities are the pane's words: no second table that could drift from them.
    for (const lang of ['ru', 'kk', 'en'] as const) for (const s of SEVERITIES) expect(REPORT_LABELS[lang].severities[s]).toBe(translator(lang)(`severity.${s}`));
  });

  it('counts in the CLI take plural forms: "1 finding", never "1 findings" or "finding(s)"', () => {
    const en = reportTranslator('en');
    expect([1, 2, 17].map((count) => en('cli.findings', { count }))).toEqual(['1 finding', '2 findings', '17 findings']);
    expect(en('cli.comments', { count: 1 })).toBe('1 comment');
    const ru = reportTranslator('ru');
    expect([1, 3, 5, 21].map((count) => ru('cli.findings', { count }))).toEqual(['1 замечание', '3 замечания', '5 замечаний', '21 замечание']);
    expect([1, 2, 5].map((count) => ru('cli.changes', { count }))).toEqual(['1 правка', '2 правки', '5 правок']);
  });

  it('server errors are worded in the language asked for, from the catalog', async () => {
    const { reviewViaServer } = await import('../../src/protocol/client');
    const refuse = (error: string) => async () => new Response(JSON.stringify({ error }), { status: 401, headers: { 'content-type': 'application/json' } });
    const request = { language: 'ru', paragraphs: [] } as never;
    const worded = async (uiLanguage: 'ru' | 'kk' | 'en', error = 'unauthorized') =>
      (await reviewViaServer({ url: 'http://zan.invalid', token: 't', request, uiLanguage, fetch: refuse(error) as never }).catch((e: Error) => e)) as Error;
    expect((await worded('en')).message).toBe(serverErrorTranslator('en')('server.error.unauthorized'));
    expect((await worded('kk')).message).toBe(serverErrorTranslator('kk')('server.error.unauthorized'));
    // A code the catalog does not know is worded by the HTTP status (401: no access), never as a key.
    expect((await worded('ru', 'no-such-code')).message).toBe(serverErrorTranslator('ru')('server.error.unauthorized'));
  });
});
