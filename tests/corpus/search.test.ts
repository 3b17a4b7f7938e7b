import { loadCorpus } from '../../src/corpus';
import { stem } from '../../src/core/text/stem';
import { terms } from '../../src/corpus/text';

const corpus = loadCorpus();

/** Rank (0-based) of the first of `ids` among the top hits, or -1. */
function rankOf(query: string, ids: string[], limit = 10): number {
  const hits = corpus.search(query, { limit });
  return hits.findIndex((h) => ids.includes(h.id));
}

describe('search ranks the engaged constitutional provision near the top for real clauses', () => {
  // Clauses as drafts write them; none is a copy of the hand-kept hints (stems must carry them).
  const cases: [string, string, string[]][] = [
    ['ru: final decision, no appeal → judicial protection', 'Решение комиссии является окончательным и обжалованию не подлежит.', ['const2026:12.2']],
    ['ru: no appeal to court against an agency decision', 'Решение уполномоченного органа по жалобе является окончательным и обжалованию в суде не подлежит.', ['const2026:12.2']],
    ['ru: confiscation by an agency decision → property', 'Изъятое имущество обращается в собственность государства на основании решения уполномоченного органа.', ['const2026:29.3']],
    ['ru: unclaimed goods to the state by a customs decision', 'Товары, не востребованные в течение трех месяцев, обращаются в собственность государства по решению таможенного органа.', ['const2026:29.3']],
    ['ru: retroactive application → 5.5', 'Положения настоящей статьи распространяются на правоотношения, возникшие до введения ее в действие.', ['const2026:5.5']],
    ['ru: fee set by an agency → 60.3(4) / 38', 'За выдачу разрешения взимается сбор в размере, установленном уполномоченным органом.', ['const2026:60.3(4)', 'const2026:38']],
    ['ru: rights restricted by an order → 41.1', 'Права граждан могут быть ограничены приказом министра.', ['const2026:41.1']],
    ['kk: final decision, no appeal', 'Комиссияның шешімі түпкілікті болып табылады және оған шағым жасалмайды.', ['const2026:12.2']],
    ['kk: property to the state by an agency decision', 'Алып қойылған мүлік уәкілетті органның шешімі негізінде мемлекет меншігіне айналдырылады.', ['const2026:29.3']],
    ['kk: retroactive application', 'Осы тармақтың күші ол қолданысқа енгізілгенге дейін туындаған қатынастарға қолданылады.', ['const2026:5.5']],
    ['kk: fee set by an agency', 'Рұқсат бергені үшін уәкілетті орган белгілеген мөлшерде алым алынады.', ['const2026:60.3(4)', 'const2026:38']],
  ];
  it.each(cases)('%s', (_name, query, ids) => {
    const rank = rankOf(query, ids);
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
  });

  it('the brief\'s retroactivity clause finds 5.5 in the top two (the Law\'s own article on effect in time is the other)', () => {
    const hits = corpus.search('Действие настоящего Закона распространяется на отношения, возникшие до введения его в действие', { limit: 2 });
    expect(hits.map((h) => h.id)).toContain('const2026:5.5');
  });
});

describe('search hits', () => {
  it('carry the 2026 place, its 1995 number and a label in the language of the query', () => {
    const [ru] = corpus.search('Решение является окончательным и обжалованию не подлежит', { kinds: ['constitution'], limit: 1 });
    expect(ru).toMatchObject({ id: 'const2026:12.2', kind: 'constitution', article: '12', item: '2', from1995: ['13.2'], language: 'ru' });
    expect(ru.label).toBe('Конституция РК 2026, ст. 12 п. 2 (1995: ст. 13 п. 2)');
    expect(ru.text).toContain('судебную защиту');
    const [kk] = corpus.search('Шешім түпкілікті және шағымдануға жатпайды', { kinds: ['constitution'], limit: 1 });
    expect(kk.id).toBe('const2026:12.2');
    expect(kk.label).toBe('ҚР 2026 Конституциясы, 12-бап 2-тармақ (1995: 13-бап 2-тармақ)');
    expect(kk.text).toContain('сот арқылы');
    expect(kk.language).toBe('kk');
  });

  it('find resolutions with number, date and 2026 articles', () => {
    const hits = corpus.search('отказ в проведении мирного собрания местным исполнительным органом', { kinds: ['resolution'], limit: 3 });
    const r = hits.find((h) => h.id === 'cc:61-НП');
    expect(r).toBeDefined();
    expect(r).toMatchObject({ kind: 'resolution', resolution: '61-НП', date: '20.01.2025' });
    expect(r?.articles2026).toContain('34');
    expect(r?.label).toBe('Нормативное постановление Конституционного Суда РК от 20.01.2025 № 61-НП');
  });

  it('find articles of the Law "On Legal Acts" in Russian and in Kazakh', () => {
    expect(corpus.search('При ссылке на нормативный правовой акт указываются его форма, дата принятия, регистрационный номер и заголовок', { kinds: ['legal-acts-law'], limit: 1 })[0].id).toBe('lla:25.5');
    const kk = corpus.search('нормативтік құқықтық актілер сатысы заңдық күші', { kinds: ['legal-acts-law'], limit: 3 });
    expect(kk.map((h) => h.id)).toContain('lla:10.2');
    expect(kk[0].label).toMatch(/^«Құқықтық актілер туралы» ҚР Заңы, 10-бап/);
  });

  it('respect kinds and limit, are sorted by score, and are unique by id', () => {
    const hits = corpus.search('право собственности на имущество', { limit: 7, kinds: ['constitution'] });
    expect(hits).toHaveLength(7);
    expect(hits.every((h) => h.kind === 'constitution')).toBe(true);
    expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
  });

  it('return nothing for an empty or meaningless query', () => {
    expect(corpus.search('   ')).toEqual([]);
    expect(corpus.search('и в на 123')).toEqual([]);
  });

  it('answers repeated searches the same way (the index is built once and kept)', () => {
    // Speed is a benchmark figure (npm run bench), not a test: here, only that results are stable.
    const queries = ['Решение является окончательным и обжалованию не подлежит', 'Мүлік мемлекет меншігіне айналдырылады', 'сбор в размере, установленном уполномоченным органом'];
    const first = queries.map((q) => corpus.search(q).map((h) => h.id));
    for (let i = 0; i < 3; i++) expect(queries.map((q) => corpus.search(q).map((h) => h.id))).toEqual(first);
    expect(first.every((ids) => ids.length > 0)).toBe(true);
  });
});

describe('stemming', () => {
  it('joins Russian case forms of a word', () => {
    expect(stem('собственность')).toBe(stem('собственности'));
    expect(stem('решение')).toBe(stem('решению'));
    expect(stem('обжалованию')).toBe(stem('обжалования'));
  });

  it('joins Kazakh suffix chains and Latin look-alike letters of the sources', () => {
    expect(stem('меншігіне', 'kk')).toBe(stem('меншігі', 'kk'));
    expect(stem('шағымдануға', 'kk')).toBe(stem('шағымдану', 'kk'));
    expect(terms('Конституциясының', 'kk')).toEqual(terms('Конституциясы', 'kk'));
    expect(terms('мiндеттi', 'kk')).toEqual(terms('міндетті', 'kk')); // Latin i in the 2026 kk text
  });
});
