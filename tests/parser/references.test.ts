/** Every reference form of the brief, Russian and Kazakh: internal (resolved, ranges expanded) and external. */
import { parseAct } from '../../src/core/act/parse';
import type { Act, CrossReference } from '../../src/core/act/types';
import { docFromLines } from '../../src/core/document';

const RU_HEAD = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 14. Порядок', '1. Текст.', '2. Текст.'];
const KK_HEAD = ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Сынақ туралы', '14-бап. Тәртіп', '1. Мәтін.', '2. Мәтін.'];

/** The references of the last paragraph (it stands in article 14, item 3). */
function refsIn(head: string[], line: string): { act: Act; refs: CrossReference[] } {
  const act = parseAct(docFromLines([...head, `3. ${line}`]));
  return { act, refs: act.crossReferences.filter((r) => r.range.paragraph === head.length) };
}

describe('Russian internal references', () => {
  test.each([
    ['в соответствии с подпунктом 3) пункта 1 статьи 5 настоящего Закона', 'подпунктом 3) пункта 1 статьи 5 настоящего Закона', 'act', [{ article: '5', item: '1', subitem: '3' }]],
    ['согласно пункту 2 настоящей статьи', 'пункту 2 настоящей статьи', 'article', [{ article: '14', item: '2' }]],
    ['установленные статьей 7 настоящего Закона', 'статьей 7 настоящего Закона', 'act', [{ article: '7' }]],
    ['предусмотренные статьями 10 и 11 настоящего Закона', 'статьями 10 и 11 настоящего Закона', 'act', [{ article: '10' }, { article: '11' }]],
    ['указанные в пунктах 1–3 статьи 7 настоящего Закона', 'пунктах 1–3 статьи 7 настоящего Закона', 'act', [1, 2, 3].map((n) => ({ article: '7', item: String(n) }))],
    ['предусмотренных частью второй пункта 4 статьи 12 настоящего Закона', 'частью второй пункта 4 статьи 12 настоящего Закона', 'act', [{ article: '12', item: '4', part: 2 }]],
    ['установленных главой 3 настоящего Закона', 'главой 3 настоящего Закона', 'act', [{ chapter: '3' }]],
    ['указанных в подпунктах 1) и 2) пункта 1', 'подпунктах 1) и 2) пункта 1', 'implicit', [{ article: '14', item: '1', subitem: '1' }, { article: '14', item: '1', subitem: '2' }]],
    ['указанном в пункте 1 статьи 14 настоящего Закона', 'пункте 1 статьи 14 настоящего Закона', 'act', [{ article: '14', item: '1' }]],
    ['предусмотренных пунктом 2', 'пунктом 2', 'implicit', [{ article: '14', item: '2' }]],
  ])('%s', (line, text, scope, targets) => {
    const { refs } = refsIn(RU_HEAD, `Текст, ${line}.`);
    expect(refs).toHaveLength(1);
    expect(refs[0].text).toBe(text);
    expect(refs[0].scope).toBe(scope);
    expect(refs[0].targets).toEqual(targets.map((t) => expect.objectContaining(t)));
    expect(refs[0].targets.map((t) => Object.keys(t).length)).toEqual(targets.map((t) => Object.keys(t).length));
  });

  test('chains joined by commas share the article written once at the end', () => {
    const { refs } = refsIn(RU_HEAD, 'кроме пунктов 1 и 2, подпунктов 1) и 7) пункта 4, пункта 5 статьи 44 настоящего Закона.');
    expect(refs.flatMap((r) => r.targets)).toEqual([
      { item: '1', article: '44' },
      { item: '2', article: '44' },
      { subitem: '1', item: '4', article: '44' },
      { subitem: '7', item: '4', article: '44' },
      { item: '5', article: '44' },
    ]);
  });

  test('a reference followed by another act’s name is external, not internal', () => {
    const { act, refs } = refsIn(RU_HEAD, 'в соответствии со статьей 24 Закона Республики Казахстан «О правовых актах» и пунктом 3 статьи 39 Конституции Республики Казахстан.');
    expect(refs).toEqual([]);
    const ext = act.externalReferences.filter((e) => e.range.paragraph === RU_HEAD.length);
    expect(ext).toEqual([
      expect.objectContaining({ text: 'статьей 24 Закона Республики Казахстан «О правовых актах»', actType: 'Закон', title: 'О правовых актах', address: { article: '24' } }),
      expect.objectContaining({ text: 'пунктом 3 статьи 39 Конституции Республики Казахстан', isConstitution: true, address: { item: '3', article: '39' } }),
    ]);
  });
});

describe('Kazakh internal references', () => {
  test.each([
    ['осы Заңның 5-бабының 2-тармағына сәйкес', 'осы Заңның 5-бабының 2-тармағына', 'act', [{ article: '5', item: '2' }]],
    ['осы баптың 1-тармағының 3) тармақшасында көзделген', 'осы баптың 1-тармағының 3) тармақшасында', 'article', [{ article: '14', item: '1', subitem: '3' }]],
    ['осы Заңның 10 және 11-баптарында белгіленген', 'осы Заңның 10 және 11-баптарында', 'act', [{ article: '10' }, { article: '11' }]],
    ['осы Заңның 1–3-баптарында', 'осы Заңның 1–3-баптарында', 'act', [{ article: '1' }, { article: '2' }, { article: '3' }]],
    ['осы баптың екінші бөлігінде', 'осы баптың екінші бөлігінде', 'article', [{ article: '14', part: 2 }]],
    ['осы Заңның 3-тарауында', 'осы Заңның 3-тарауында', 'act', [{ chapter: '3' }]],
    ['1) және 2) тармақшаларында', '1) және 2) тармақшаларында', 'implicit', [{ article: '14', item: '3', subitem: '1' }, { article: '14', item: '3', subitem: '2' }]],
  ])('%s', (line, text, scope, targets) => {
    const { refs } = refsIn(KK_HEAD, `Мәтін, ${line}.`);
    expect(refs).toHaveLength(1);
    expect(refs[0].text).toBe(text);
    expect(refs[0].scope).toBe(scope);
    expect(refs[0].targets).toEqual(targets);
  });

  test('"осы тармақтың 2) тармақшасы" resolves to the item it stands in', () => {
    const act = parseAct(docFromLines([...KK_HEAD, '3. Мәтін:', '1) бірінші;', '2) екінші;', '3) осы тармақтың 2) тармақшасы қолданылмайды.']));
    const ref = act.crossReferences.find((r) => r.range.paragraph === KK_HEAD.length + 3)!;
    expect(ref).toMatchObject({ scope: 'item', targets: [{ article: '14', item: '3', subitem: '2' }] });
  });

  test('bylaw: "осы Қағидалардың 12-тармағында" and "осы бұйрықтың 2-тармағы" (order items)', () => {
    const act = parseAct(
      docFromLines(['БҰЙРЫҚ', 'Қағидаларды бекіту туралы', '1. Қоса беріліп отырған Қағидалар бекітілсін.', '2. Осы бұйрықтың 1-тармағы қолданылады.', 'Министр', 'Министрдің бұйрығымен бекітілген', 'Қағидалар', '1-тарау. Жалпы ережелер', '1. Мәтін.', '2. Осы Қағидалардың 12-тармағында көзделген.']),
    );
    const [order, rules] = act.crossReferences;
    expect(order).toMatchObject({ inPreface: true, targets: [{ item: '1' }] });
    expect(rules).toMatchObject({ scope: 'act', targets: [{ item: '12' }] });
    expect(rules.inPreface).toBeUndefined();
  });

  test('a reference after another act’s name is external', () => {
    const { act, refs } = refsIn(KK_HEAD, '«Құқықтық актілер туралы» Қазақстан Республикасы Заңының 24-бабында және Конституцияның 12-бабында көзделген.');
    expect(refs).toEqual([]);
    const ext = act.externalReferences.filter((e) => e.range.paragraph === KK_HEAD.length);
    expect(ext).toEqual([
      expect.objectContaining({ text: '«Құқықтық актілер туралы» Қазақстан Республикасы Заңының 24-бабында', actType: 'Заң', title: 'Құқықтық актілер туралы', address: { article: '24' } }),
      expect.objectContaining({ text: 'Конституцияның 12-бабында', isConstitution: true, address: { article: '12' } }),
    ]);
  });
});

describe('coordinated members inherit the higher levels they leave out', () => {
  const flat = (lang: string, line: string) => refsIn(lang === 'kk' ? KK_HEAD : RU_HEAD, line).refs.flatMap((r) => r.targets);
  test.each([
    ['ru', 'Требования пунктов 1 и 3 статьи 5 настоящего Закона.', [{ article: '5', item: '1' }, { article: '5', item: '3' }]],
    ['ru', 'Предусмотренных подпунктами 1) и 2) пункта 2 статьи 7 настоящего Закона.', [{ article: '7', item: '2', subitem: '1' }, { article: '7', item: '2', subitem: '2' }]],
    ['ru', 'Требования подпункта 3) пункта 1 и пункта 3 статьи 11 настоящего Закона.', [{ article: '11', item: '1', subitem: '3' }, { article: '11', item: '3' }]],
    ['kk', 'Осы Заңның 5-бабының 1 және 3-тармақтары қолданылады.', [{ article: '5', item: '1' }, { article: '5', item: '3' }]],
    ['kk', 'Осы Заңның 10 және 11-баптарында көзделген.', [{ article: '10' }, { article: '11' }]],
    ['kk', 'Осы Заңның 7-бабы 2-тармағының 1) және 2) тармақшаларында көзделген.', [{ article: '7', item: '2', subitem: '1' }, { article: '7', item: '2', subitem: '2' }]],
    ['kk', 'Осы Заңның 11-бабы 1-тармағының 3) тармақшасының және 3-тармағының талаптары.', [{ article: '11', item: '1', subitem: '3' }, { article: '11', item: '3' }]],
    ['kk', 'Осы Заңның 11-бабы 1-тармағының 3) тармақшасының, 2-тармағының және 4-тармағының талаптары.', [{ article: '11', item: '1', subitem: '3' }, { article: '11', item: '2' }, { article: '11', item: '4' }]],
  ])('%s: %s', (lang, line, targets) => {
    expect(flat(lang, line)).toEqual(targets);
  });

  test.each([
    // A member that names its own article keeps it; a member at the neighbour's innermost level shares nothing.
    ['ru', 'Согласно пункту 3 статьи 11 и статье 12 настоящего Закона.', [{ article: '11', item: '3' }, { article: '12' }]],
    ['kk', 'Осы Заңның 11-бабы 1-тармағының 3) тармақшасында және 12-бабында көзделген.', [{ article: '11', item: '1', subitem: '3' }, { article: '12' }]],
    ['kk', 'Осы баптың 1-тармағының 3) тармақшасында және 2-тармағында көзделген.', [{ article: '14', item: '1', subitem: '3' }, { article: '14', item: '2' }]],
    ['ru', 'Согласно подпункту 3) пункта 1 и пункту 2 настоящей статьи.', [{ article: '14', item: '1', subitem: '3' }, { article: '14', item: '2' }]],
  ])('%s: nothing wrongly shared: %s', (lang, line, targets) => {
    expect(flat(lang, line)).toEqual(targets);
  });
});

describe('units of another document named by the words after (ru) or before (kk) them', () => {
  test('ru: "Пункт 3 изменений, которые вносятся в …" is a unit of the amendments, not of this act', () => {
    expect(refsIn(RU_HEAD, 'Пункт 3 изменений, которые вносятся в некоторые решения Правительства Республики Казахстан.').refs).toEqual([]);
  });
  test('kk: "… енгізілетін өзгерістердің 3-тармағы" likewise', () => {
    expect(refsIn(KK_HEAD, 'Қазақстан Республикасы Үкіметінің кейбір шешімдеріне енгізілетін өзгерістердің 3-тармағы.').refs).toEqual([]);
  });
});

describe('external references: dates and numbers', () => {
  test('ru: date and number', () => {
    const act = parseAct(docFromLines([...RU_HEAD, '3. Согласно Закону Республики Казахстан от 6 апреля 2016 года № 480-V «О правовых актах» и Кодексу Республики Казахстан об административных правонарушениях от 30 января 2001 года.']));
    expect(act.externalReferences).toEqual([
      expect.objectContaining({ actType: 'Закон', date: '2016-04-06', number: '480-V', title: 'О правовых актах' }),
      expect.objectContaining({ actType: 'Кодекс', date: '2001-01-30', title: 'об административных правонарушениях' }),
    ]);
  });
  test('kk: date before the act', () => {
    const act = parseAct(docFromLines([...KK_HEAD, '3. «Мемлекеттік қызмет туралы» 2015 жылғы 23 қарашадағы Қазақстан Республикасының Заңына және 2001 жылғы 30 қаңтардағы Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне сәйкес.']));
    expect(act.externalReferences).toEqual([
      expect.objectContaining({ actType: 'Заң', date: '2015-11-23', title: 'Мемлекеттік қызмет туралы' }),
      expect.objectContaining({ actType: 'Кодекс', date: '2001-01-30', title: 'Әкімшілік құқық бұзушылық туралы' }),
    ]);
  });
  test('kk: date and number between "Қазақстан Республикасының" and the code’s name', () => {
    const act = parseAct(docFromLines([...KK_HEAD, '3. Жеңілдіктер Қазақстан Республикасының 2017 жылғы 25 желтоқсандағы № 120-VI Салық кодексіне сәйкес беріледі.']));
    expect(act.externalReferences).toEqual([expect.objectContaining({ actType: 'Кодекс', date: '2017-12-25', number: '120-VI', title: 'Салық' })]);
    const ref = act.externalReferences[0]!;
    const text = act.doc.paragraphs[ref.range.paragraph].text;
    expect(text.slice(ref.dateRange!.start, ref.dateRange!.end)).toBe('2017 жылғы 25 желтоқсандағы');
    expect(text.slice(ref.numberRange!.start, ref.numberRange!.end)).toBe('№ 120-VI');
  });
  test('generic "законами Республики Казахстан" names no act', () => {
    const act = parseAct(docFromLines([...RU_HEAD, '3. В порядке, установленном законами Республики Казахстан и настоящим Законом.']));
    expect(act.externalReferences).toEqual([]);
  });
});

describe('external references: where each requisite is written (what the reference checks anchor on and rewrite)', () => {
  const extIn = (head: string[], line: string) => {
    const act = parseAct(docFromLines([...head, `3. ${line}`]));
    const text = act.doc.paragraphs[head.length].text;
    const at = (r?: { start: number; end: number }) => (r ? text.slice(r.start, r.end) : undefined);
    return act.externalReferences.map((e) => ({
      actType: e.actType,
      title: e.title,
      date: e.date,
      number: e.number,
      typeText: at(e.typeRange),
      titleText: at(e.titleRange),
      titleQuoted: e.titleQuoted ?? false,
      dateText: at(e.dateRange),
      numberText: at(e.numberRange),
      unitText: at(e.unitRange),
      addresses: e.addresses ?? (e.address ? [e.address] : []),
      numbers: (e.addressNumbers ?? []).map((n) => `${n.kind}:${at(n.range)}`),
    }));
  };

  test('ru: type, date, number and quoted title of one law', () => {
    expect(extIn(RU_HEAD, 'Согласно Закону Республики Казахстан от 6 апреля 2016 года № 480-V «О правовых актах».')).toEqual([
      expect.objectContaining({ typeText: 'Закону', dateText: 'от 6 апреля 2016 года', date: '2016-04-06', numberText: '№ 480-V', number: '480-V', titleText: '«О правовых актах»', titleQuoted: true }),
    ]);
  });

  test('ru: a date with the day in «», "г."; a title in straight quotes', () => {
    expect(extIn(RU_HEAD, 'Согласно Закону Республики Казахстан от «30» января 2001 г. "О профессиональных союзах".')).toEqual([
      expect.objectContaining({ dateText: 'от «30» января 2001 г.', date: '2001-01-30', title: 'О профессиональных союзах', titleText: '"О профессиональных союзах"', titleQuoted: true }),
    ]);
  });

  test('ru: codes named by their adjectives (the name starts with a capital; "настоящим Кодексом" is this act)', () => {
    const refs = extIn(RU_HEAD, 'До пенсионного возраста, установленного Социальным кодексом Республики Казахстан, в порядке, определенном настоящим Кодексом и Административным процедурно-процессуальным кодексом Республики Казахстан.');
    expect(refs.map((r) => [r.actType, r.titleText, r.titleQuoted])).toEqual([
      ['Кодекс', 'Социальным кодексом', false],
      ['Кодекс', 'Административным процедурно-процессуальным кодексом', false],
    ]);
  });

  test('ru: a code named by "об …" after its type word', () => {
    expect(extIn(RU_HEAD, 'В соответствии с Кодексом Республики Казахстан об административных правонарушениях от 5 июля 2014 года.')).toEqual([
      expect.objectContaining({ typeText: 'Кодексом', titleText: 'об административных правонарушениях', titleQuoted: false, dateText: 'от 5 июля 2014 года' }),
    ]);
  });

  test('ru and kk: several laws named by one plural type word, one reference each', () => {
    expect(extIn(RU_HEAD, 'В порядке, установленном законами Республики Казахстан «О чрезвычайном положении», «О военном положении» и «О противодействии терроризму».').map((r) => r.title)).toEqual([
      'О чрезвычайном положении',
      'О военном положении',
      'О противодействии терроризму',
    ]);
    expect(extIn(KK_HEAD, '«Төтенше жағдай туралы», «Соғыс жағдайы туралы» және «Терроризмге қарсы іс-қимыл туралы» Қазақстан Республикасының заңдарында белгіленген тәртіппен.').map((r) => [r.actType, r.title])).toEqual([
      ['Заң', 'Төтенше жағдай туралы'],
      ['Заң', 'Соғыс жағдайы туралы'],
      ['Заң', 'Терроризмге қарсы іс-қимыл туралы'],
    ]);
    expect(extIn(RU_HEAD, 'В порядке, установленном законами Республики Казахстан.')).toEqual([]);
  });

  test('kk: date words, number and title before the act; a date in figures after "ҚР"', () => {
    expect(extIn(KK_HEAD, '«Мемлекеттік қызмет туралы» 2015 жылғы 23 қарашадағы № 416-V Қазақстан Республикасының Заңына сәйкес.')).toEqual([
      expect.objectContaining({ typeText: 'Заңына', titleText: '«Мемлекеттік қызмет туралы»', dateText: '2015 жылғы 23 қарашадағы', date: '2015-11-23', numberText: '№ 416-V' }),
    ]);
    expect(extIn(KK_HEAD, 'ҚР 10.01.2025 № 153-VIII Заңымен белгіленген.')).toEqual([expect.objectContaining({ actType: 'Заң', date: '2025-01-10', number: '153-VIII' })]);
  });

  test('Constitution: unit words, each single number located (a subitem without its bracket); lists and ranges expanded', () => {
    expect(extIn(RU_HEAD, 'В порядке, предусмотренном подпунктом 9-1) статьи 66 Конституции Республики Казахстан.')).toEqual([
      expect.objectContaining({ unitText: 'подпунктом 9-1) статьи 66', addresses: [{ subitem: '9-1', article: '66' }], numbers: ['subitem:9-1', 'article:66'] }),
    ]);
    expect(extIn(RU_HEAD, 'В случаях, предусмотренных подпунктами 2) и 3) пункта 1 статьи 72 Конституции.')).toEqual([
      expect.objectContaining({
        unitText: 'подпунктами 2) и 3) пункта 1 статьи 72',
        addresses: [{ subitem: '2', item: '1', article: '72' }, { subitem: '3', item: '1', article: '72' }],
        numbers: ['item:1', 'article:72'],
      }),
    ]);
    expect(extIn(KK_HEAD, 'Қазақстан Республикасы Конституциясының 39-бабының 3-тармағында көрсетілген.')).toEqual([
      expect.objectContaining({ typeText: 'Конституциясының', unitText: '39-бабының 3-тармағында', addresses: [{ article: '39', item: '3' }], numbers: ['article:39', 'item:3'] }),
    ]);
    expect(extIn(KK_HEAD, 'Конституцияның 10–12-баптарында көзделген.')[0].addresses).toEqual([{ article: '10' }, { article: '11' }, { article: '12' }]);
  });
});
