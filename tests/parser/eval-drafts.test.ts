import { parseAct } from '../../src/core/act/parse';
import type { Act, Unit } from '../../src/core/act/types';
import { evalDoc } from './helpers';

function numbersOf(units: readonly Unit[], kind: Unit['kind']): string[] {
  return units.filter((u) => u.kind === kind).map((u) => u.number);
}
function articles(act: Act): Unit[] {
  return Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined);
}

describe('dev-ru-new-law', () => {
  const act = parseAct(evalDoc('dev-ru-new-law'));
  test('title block, kind and language', () => {
    expect(act.language).toBe('ru');
    expect(act.kind).toBe('new-law');
    expect(act.typeLine).toBe('ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН');
    expect(act.title).toBe('О специализированных стоянках и эвакуации транспортных средств');
    expect(act.paragraphs[2].role).toBe('preamble');
  });
  test('4 chapters holding 21 articles; item 3 of article 14 is missing', () => {
    expect(act.body.map((u) => u.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(articles(act).map((u) => u.number)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(numbersOf(act.units['a14'].children, 'item')).toEqual(['1', '2', '4']);
    expect(act.units['a7/i1/s5'].path).toBe('ст. 7 п. 1 пп. 5)');
    expect(act.units['a1'].heading).toBe('Основные понятия, используемые в настоящем Законе');
  });
  test('roles: headings, norms, signature', () => {
    expect(act.paragraphs[3]).toMatchObject({ role: 'heading', unitId: 'c1' });
    expect(act.paragraphs[94]).toMatchObject({ role: 'norm', unitId: 'a14/i4' });
    expect(act.paragraphs[126].role).toBe('signature');
    expect(act.paragraphs[127].role).toBe('signature');
  });
  test('internal references resolved to absolute targets', () => {
    const byText = (t: string) => act.crossReferences.find((r) => r.text === t);
    expect(byText('пунктом 4 статьи 9 настоящего Закона')?.targets).toEqual([{ article: '9', item: '4' }]);
    expect(byText('статьей 23 настоящего Закона')?.targets).toEqual([{ article: '23' }]);
    const rel = act.crossReferences.find((r) => r.range.paragraph === 93)!;
    expect(rel).toMatchObject({ scope: 'article', targets: [{ article: '14', item: '1' }], fromUnit: 'a14/i2' });
    expect(byText('статей 12 и 17 настоящего Закона')?.targets).toEqual([{ article: '12' }, { article: '17' }]);
  });
});

describe('dev-ru-amending', () => {
  const act = parseAct(evalDoc('dev-ru-amending'));
  test('kind, and quoted units are not units of the draft', () => {
    expect(act.kind).toBe('amending');
    expect(articles(act).map((u) => u.number)).toEqual(['1', '2']);
    expect(numbersOf(act.units['a1'].children, 'item')).toEqual(['1', '2', '4', '5']);
    expect(act.quotes).toHaveLength(11);
    expect(act.quotes[0].units[0]).toMatchObject({ id: 'q0/a463-1', kind: 'article', number: '463-1', quote: 0 });
    expect(act.quotes[8].units[0].children.map((u) => u.id)).toEqual(['q8/i1/s1', 'q8/i1/s2', 'q8/i1/s3']);
    for (let p = 5; p <= 10; p++) expect(act.paragraphs[p]).toMatchObject({ role: 'quote', quote: 0 });
  });
  test('a nested «…» (a law title) does not close the quoted wording', () => {
    const q = act.quotes.find((w) => w.start.paragraph === 16)!;
    expect(q.end.paragraph).toBe(16);
    expect(act.doc.paragraphs[16].text.slice(q.end.offset)).toBe('»;');
  });
  test('instructions: act, action, target and quotes', () => {
    const at = (p: number) => act.amendments.find((a) => a.range.paragraph === p)!;
    expect(at(4)).toMatchObject({ action: 'add', target: { article: '463-1' }, quotes: [0] });
    expect(at(4).act).toMatch(/^Кодекс Республики Казахстан об административных правонарушениях/);
    expect(at(11)).toMatchObject({ action: 'replace-words', target: { article: '685', part: 1 } });
    expect(at(18)).toMatchObject({ action: 'new-wording', target: { article: '140', item: '1' } });
    expect(at(20)).toMatchObject({ action: 'add', target: { article: '140', item: '3' } });
    expect(at(28)).toMatchObject({ action: 'add', target: { article: '1', subitem: '17-1' } });
    expect(at(23).act).toBe('Закон Республики Казахстан от 21 мая 2013 года «О персональных данных и их защите»');
  });
  test('references: targets of instructions are not internal references; quoted ones are marked', () => {
    const texts = act.crossReferences.map((r) => r.text);
    expect(texts).not.toContain('статьи 685');
    expect(texts).not.toContain('пункт 2 статьи 138');
    const own = act.crossReferences.find((r) => r.range.paragraph === 39)!;
    expect(own).toMatchObject({ scope: 'act', targets: [{ article: '1', item: '5', subitem: '5' }] });
    expect(act.doc.paragraphs[39].text.slice(own.numberRange!.start, own.numberRange!.end)).toBe('подпункта 5) пункта 5 статьи 1');
    const quoted = act.crossReferences.find((r) => r.range.paragraph === 8)!;
    expect(quoted).toMatchObject({ quote: 0, scope: 'article', targets: [{ article: '463-1', part: 1 }] });
  });
});

describe('dev-kk-bylaw', () => {
  const act = parseAct(evalDoc('dev-kk-bylaw'));
  test('the approving order is the preface, the Rules are the body', () => {
    expect(act.kind).toBe('bylaw');
    expect(act.language).toBe('kk');
    expect(act.preface?.map((u) => u.id)).toEqual(['o/i1', 'o/i2', 'o/i3', 'o/i4']);
    expect(act.body.map((u) => u.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    const items = Object.values(act.units).filter((u) => u.kind === 'item' && !u.id.startsWith('o/'));
    expect(items.map((u) => u.number)).toEqual([...Array.from({ length: 14 }, (_, i) => String(i + 1)), ...Array.from({ length: 11 }, (_, i) => String(i + 16))]);
    expect(act.units['i14/s1'].path).toBe('14-тармақ 1) тармақша');
    expect(act.paragraphs[9].role).toBe('signature');
    expect(act.paragraphs[10].role).toBe('title');
    expect(act.paragraphs[11].role).toBe('title');
  });
  test('Kazakh references to items of the Rules', () => {
    const ref = act.crossReferences.find((r) => r.range.paragraph === 54)!;
    expect(ref).toMatchObject({ scope: 'act', text: 'осы Қағидалардың 42-тармағында', targets: [{ item: '42' }] });
  });
});

describe('dev-pair-kk', () => {
  const act = parseAct(evalDoc('dev-pair-kk'));
  test('14 articles in 4 chapters; Kazakh paths', () => {
    expect(articles(act).map((u) => u.number)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(act.units['a9/i2/s1'].path).toBe('9-бап 2-тармақ 1) тармақша');
    expect(act.paragraphs[68].role).toBe('signature');
  });
  test('scope written with a capital "Осы" at the start of a sentence', () => {
    const ref = act.crossReferences.find((r) => r.range.paragraph === 67)!;
    expect(ref).toMatchObject({ scope: 'act', targets: [{ article: '4', subitem: '1' }] });
  });
});

describe('dev-ru-autonum (read from the .docx: Word automatic numbering)', () => {
  let act: Act;
  beforeAll(async () => {
    const fs = await import('fs');
    const path = await import('path');
    const { readDocx } = await import('../../src/hosts/docx/read');
    const { EVAL } = await import('./helpers');
    const docx = await readDocx(new Uint8Array(fs.readFileSync(path.join(EVAL, 'dev-ru-autonum.docx'))));
    act = parseAct(docx.model);
  });
  test('automatic labels count as typed ones, with no label range', () => {
    const item = act.units['a4/i1'];
    expect(item).toMatchObject({ kind: 'item', number: '1', labelText: '1.', autoNumbered: true });
    expect(item.label).toBeUndefined();
    expect(item.children.map((u) => u.id)).toEqual(['a4/i1/s1', 'a4/i1/s2', 'a4/i1/s3', 'a4/i1/s4']);
    // Article 5 reuses article 4's list: Word shows 3. and 4.
    expect(numbersOf(act.units['a5'].children, 'item')).toEqual(['3', '4']);
  });
  test('definitions in automatically numbered subitems', () => {
    expect(act.definitions.map((d) => d.term)).toEqual(['оператор проката', 'пользователь', 'средство индивидуальной мобильности', 'зона проката', 'уполномоченный орган']);
  });
});
