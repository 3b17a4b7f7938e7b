import { loadCorpus } from '../../src/corpus';
import manifest from '../../src/corpus/data/manifest.json';

const corpus = loadCorpus();

describe('loadCorpus', () => {
  it('returns one cached index with the manifest version', () => {
    expect(loadCorpus()).toBe(corpus);
    expect(corpus.version).toBe(manifest.version);
    expect(corpus.version).toMatch(/^corpus-[0-9a-f]{12}$/);
  });
});

describe('cite: the Constitution of 2026', () => {
  it('labels an item with its 1995 place in Russian and Kazakh', () => {
    expect(corpus.cite('const2026:41.1', 'ru')).toEqual({
      id: 'const2026:41.1',
      label: 'Конституция РК 2026, ст. 41 п. 1 (1995: ст. 39 п. 1)',
      url: expect.stringContaining('223244/rus'),
    });
    expect(corpus.cite('const2026:41.1', 'kk')?.label).toBe('ҚР 2026 Конституциясы, 41-бап 1-тармақ (1995: 39-бап 1-тармақ)');
  });

  it('labels subitems, whole articles and moved provisions', () => {
    expect(corpus.cite('const2026:60.3(4)', 'ru')?.label).toMatch(/^Конституция РК 2026, ст\. 60 п\. 3 пп\. 4\) \(1995: .*ст\. 61 п\. 3 пп\. 4\)\)$/);
    expect(corpus.cite('const2026:60.3(4)', 'kk')?.label).toMatch(/^ҚР 2026 Конституциясы, 60-бап 3-тармақ 4\) тармақша/);
    expect(corpus.cite('const2026:12', 'ru')?.label).toBe('Конституция РК 2026, ст. 12 (1995: ст. 13)');
    // Non-retroactivity moved from 1995 art. 77 п. 3 пп. 5) to 2026 art. 5 п. 5.
    expect(corpus.cite('const2026:5.5', 'ru')?.label).toBe('Конституция РК 2026, ст. 5 п. 5 (1995: ст. 77 п. 3 пп. 5))');
    expect(corpus.cite('const2026:46(11)', 'ru')?.label).toMatch(/^Конституция РК 2026, ст\. 46 пп\. 11\)/);
  });

  it('gives no 1995 place to a provision new in 2026', () => {
    expect(corpus.cite('const2026:7', 'ru')?.label).toBe('Конституция РК 2026, ст. 7');
  });

  it('rejects provisions that do not exist', () => {
    expect(corpus.cite('const2026:97', 'ru')).toBeUndefined();
    expect(corpus.cite('const2026:41.9', 'ru')).toBeUndefined();
    expect(corpus.cite('const2026:60.3(17)', 'kk')).toBeUndefined();
    expect(corpus.cite('const2026:abc', 'ru')).toBeUndefined();
    expect(corpus.cite('unknown:1', 'ru')).toBeUndefined();
  });
});

describe('cite: the 1995 Constitution, resolutions, the Law "On Legal Acts", acts', () => {
  it('cites the 1995 text by its own numbers', () => {
    expect(corpus.cite('const1995:39.1', 'ru')?.label).toBe('Конституция РК 1995, ст. 39 п. 1');
    expect(corpus.cite('const1995:39.1', 'kk')?.label).toBe('ҚР 1995 Конституциясы, 39-бап 1-тармақ');
    expect(corpus.cite('const1995:84', 'ru')).toBeUndefined(); // excluded in 2022
    expect(corpus.cite('const1995:100', 'ru')).toBeUndefined();
  });

  it('cites Constitutional Court resolutions with date and number', () => {
    const c = corpus.cite('cc:40-НП', 'ru');
    expect(c?.label).toBe('Нормативное постановление Конституционного Суда РК от 10.01.2024 № 40-НП');
    expect(c?.url).toBe('https://adilet.zan.kz/rus/docs/S2400000040');
    expect(corpus.cite('cc:40-НП', 'kk')?.label).toBe('ҚР Конституциялық Сотының 2024 жылғы 10 қаңтардағы № 40-НҚ нормативтік қаулысы');
    // Known only from the notes of the 1995 Constitution: still citable.
    expect(corpus.cite('cc:41-НП', 'ru')?.label).toBe('Нормативное постановление Конституционного Суда РК от 19.04.2024 № 41-НП');
    expect(corpus.cite('cc:999-НП', 'ru')).toBeUndefined();
    expect(corpus.cite('cc:44-НП', 'ru')).toBeUndefined(); // not in any source
  });

  it('cites the former Constitutional Council', () => {
    expect(corpus.cite('ccouncil:1996-2/1', 'ru')?.label).toBe('Постановление Конституционного Совета РК от 08.07.1996 № 2/1');
  });

  it('cites the Law "On Legal Acts" by article and item, and refuses excluded articles', () => {
    expect(corpus.cite('lla:24.3', 'ru')?.label).toBe('Закон РК «О правовых актах», ст. 24 п. 3');
    expect(corpus.cite('lla:24.3', 'kk')?.label).toBe('«Құқықтық актілер туралы» ҚР Заңы, 24-бап 3-тармақ');
    expect(corpus.cite('lla:24.3', 'ru')?.url).toContain('Z1600000480');
    expect(corpus.cite('lla:21', 'ru')).toBeUndefined();
    expect(corpus.cite('lla:24.30', 'ru')).toBeUndefined();
  });

  it('cites registry acts by id and by adilet code', () => {
    expect(corpus.cite('act:z1600000480', 'ru')?.label).toBe('Закон РК «О правовых актах» от 6 апреля 2016 года № 480-V');
    expect(corpus.cite('act:z1600000480', 'kk')?.label).toBe('2016 жылғы 6 сәуірдегі № 480-V «Құқықтық актілер туралы» ҚР заңы');
    expect(corpus.cite('act:nope', 'ru')).toBeUndefined();
  });
});

describe('constitution() and from1995()', () => {
  it('returns the 2026 text in both languages with the 1995 place', () => {
    const p = corpus.constitution('12', '2');
    expect(p).toMatchObject({ id: 'const2026:12.2', article: '12', item: '2', from1995: ['13.2'] });
    expect(p?.text.ru).toBe('Каждый человек имеет право на судебную защиту своих прав и свобод.');
    expect(p?.text.kk).toContain('сот арқылы қорғауға');
    expect(corpus.constitution('60', '3', '4')?.text.ru).toContain('налогообложения');
    expect(corpus.constitution('60', '3', '4)')?.id).toBe('const2026:60.3(4)');
    expect(corpus.constitution('97')).toBeUndefined();
  });

  it('includes an item\'s unnumbered parts and subitems in its text', () => {
    const p = corpus.constitution('5', '5');
    expect(p?.text.ru).toContain('обратной силы не имеют');
    expect(p?.text.ru).toContain('применяется новый закон');
    expect(corpus.constitution('60', '3')?.text.ru).toContain('4) налогообложения');
  });

  it('maps 1995 places to 2026', () => {
    expect(corpus.from1995('39', '1')).toEqual(['41.1']);
    expect(corpus.from1995('39')).toEqual(['41']);
    expect(corpus.from1995('77', '3(5)')).toEqual(['5.5']);
    expect(corpus.from1995('77', '3.5)')).toEqual(['5.5']);
    expect(corpus.from1995('61', '3(4)')).toEqual(['60.3(4)']);
    expect(corpus.from1995('13', '2')).toEqual(['12.2']);
    expect(corpus.from1995('84')).toEqual([]); // removed
    expect(corpus.from1995('39', '9')).toEqual([]); // no such item
    expect(corpus.from1995('150')).toEqual([]);
  });
});

describe('resolution()', () => {
  it('accepts "61-НП", "№ 61-НП", "61" and the Kazakh "61-НҚ"', () => {
    for (const n of ['61-НП', '№ 61-НП', '61', '№61-НҚ', ' 61-нп ']) expect(corpus.resolution(n)?.id).toBe('cc:61-НП');
    const r = corpus.resolution('61')!;
    expect(r.date).toBe('20.01.2025');
    expect(r.summary).toMatch(/мирных собраний/);
    expect(r.articles1995).toContain('32');
    expect(r.articles2026).toContain('34'); // assembly: 1995 art. 32 → 2026 art. 34
    expect(corpus.resolution('999')).toBeUndefined();
  });

  it('maps the 1995 articles a resolution annotates to 2026', () => {
    const r = corpus.resolution('40-НП')!;
    expect(r.articles1995).toEqual(expect.arrayContaining(['13.2', '39.3']));
    expect(r.articles2026).toEqual(expect.arrayContaining(['12', '41']));
  });
});

describe('findActs()', () => {
  it('finds a code by its full name with the type and the state in it, newest first', () => {
    const acts = corpus.findActs({ title: 'Кодекс Республики Казахстан об административных правонарушениях' });
    expect(acts.map((a) => [a.date, a.status])).toEqual([
      ['2014-07-05', 'in_force'],
      ['2001-01-30', 'repealed'],
    ]);
    expect(corpus.findActs({ title: 'кодекс об административных правонарушениях', date: '30.01.2001' })[0].repealedBy).toMatch(/5 июля 2014/);
  });

  it('normalises quotes, case, ё and Kazakh titles', () => {
    expect(corpus.findActs({ title: '«О ПРАВОВЫХ АКТАХ»' }).map((a) => a.number)).toEqual(['480-V']);
    expect(corpus.findActs({ title: 'Закон Республики Казахстан "О правовых актах"', type: 'закон' })).toHaveLength(1);
    expect(corpus.findActs({ title: '«Құқықтық актілер туралы» Қазақстан Республикасы Заңы' }).map((a) => a.number)).toEqual(['480-V']);
    expect(corpus.findActs({ title: 'Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне' })).toHaveLength(2);
    expect(corpus.findActs({ title: 'Административный процедурно-процессуальный кодекс' }).map((a) => a.number)).toEqual(['350-VI']);
  });

  it('does not confuse "О правовых актах" with the repealed "О нормативных правовых актах"', () => {
    const old = corpus.findActs({ title: 'О нормативных правовых актах' });
    expect(old).toHaveLength(1);
    expect(old[0]).toMatchObject({ date: '1998-03-24', status: 'repealed' });
  });

  it('knows the Law "Об административных процедурах" as repealed (hand-kept supplement)', () => {
    const acts = corpus.findActs({ title: 'Закон Республики Казахстан «Об административных процедурах»' });
    expect(acts).toHaveLength(1);
    expect(acts[0].status).toBe('repealed');
    expect(acts[0].repealedBy).toMatch(/Административный процедурно-процессуальный кодекс/);
  });

  it('filters by number and date in the forms drafts use', () => {
    expect(corpus.findActs({ number: '№ 480-V ЗРК' }).map((a) => a.titleRu)).toEqual(['О правовых актах']);
    expect(corpus.findActs({ date: '6 апреля 2016 года', type: 'Закон' }).map((a) => a.number)).toEqual(['480-V']);
    expect(corpus.findActs({ title: 'О несуществующем' })).toEqual([]);
  });
});
