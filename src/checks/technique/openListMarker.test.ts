import { ruleTester } from '../../../tests/support/ruleTester';
import { loadCorpus } from '../../corpus/index';
import { kkLaw, ruAmending, ruLaw } from '../lexicon/testDrafts';
import { openListMarker } from './openListMarker';

ruleTester(openListMarker, {
  valid: [
    { name: 'closed list', lines: ruLaw('Деятельность основывается на следующих принципах:', '1) законность;', '2) открытость сведений о местах хранения и размерах платы.') },
    { name: '"и другие" followed by a noun is not a bare open-list marker', lines: ruLaw('1. Оператор размещает сведения о тарифах и другие сведения, предусмотренные статьей 7 настоящего Закона.') },
    { name: 'a word starting with the same letters', lines: ruLaw('1. Оператор и традиционные перевозчики осуществляют деятельность и трудятся добросовестно.') },
    { name: 'struck-out words of an amending instruction', lines: ruLaw('1) в подпункте 5) слова «и т.д.» исключить;') },
    { name: 'kk closed list', lines: kkLaw('1. Оператор тарифтер, сақтау орындары және төлем мөлшері туралы мәліметтерді орналастырады.') },
    { name: 'kk struck-out words', lines: kkLaw('1) 5) тармақшадағы «және т.б.» деген сөздер алып тасталсын;') },
  ],
  invalid: [
    {
      lines: ruLaw('5) ответственность операторов за причиненный вред, соблюдение прав владельцев транспортных средств и т.д.'),
      errors: [{ messageId: 'openList', quote: 'и т.д.', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { name: 'spacing variant', lines: ruLaw('1. Оператор предоставляет сведения о тарифах, местах хранения и т. п.'), errors: [{ messageId: 'openList', quote: 'и т. п.' }] },
    { name: '"и др." and "и другие" at the end', lines: ruLaw('1. Контролю подлежат стоянки, эвакуаторы и др.', '2. Учитываются площадь, охрана и другие;'), errors: [{ quote: 'и др.' }, { quote: 'и другие' }] },
    { name: 'inside a quoted new wording', lines: ruAmending('«5. Разрешительный орган проверяет помещения, оборудование и т.д.».'), errors: [{ quote: 'и т.д.' }] },
    {
      lines: kkLaw('23. Орган субсидиялардың пайдаланылуын бастапқы құжаттарды, есеп деректерін және т.б. талдау арқылы бақылайды.'),
      errors: [{ messageId: 'openList', quote: 'және т.б.', citations: ['lla:24.3'] }],
    },
    { name: 'kk т.с.с. and және басқалар', lines: kkLaw('1. Тұрақтар, эвакуаторлар т.с.с. тексеріледі.', '2. Қоршау, күзет және басқалар.'), errors: [{ quote: 'т.с.с.' }, { quote: 'және басқалар' }] },
  ],
}, loadCorpus);

// Round 2: "но не ограничиваясь", "и аналогичные", "және сол сияқты", "және тағы да басқалар".
ruleTester(openListMarker, {
  valid: [
    { name: '"сол сияқты" as "likewise"', lines: kkLaw('1. Сол сияқты, тасымалдаушы жолаушыға түбіртек береді.') },
    { name: '"и другие" inside a phrase', lines: ruLaw('1. Лом и другие отходы металлов принимаются по акту.') },
  ],
  invalid: [
    { lines: ruLaw('1. Действие Закона распространяется на лом, в том числе, но не ограничиваясь, на рельсы и трубы.'), errors: [{ quote: 'в том числе, но не ограничиваясь' }] },
    { lines: ruLaw('1. Принимаются паспорт, удостоверение личности и аналогичные.'), errors: [{ quote: 'и аналогичные' }] },
    { lines: kkLaw('1. Жарнамада тауардың бағасы, сапасы және сол сияқты мәліметтер көрсетіледі.'), errors: [{ quote: 'және сол сияқты' }] },
    { lines: kkLaw('1. Тамақ өнімдерін, дәрі-дәрмектерді және тағы да басқаларды сатып алу.'), errors: [{ quote: 'және тағы да басқаларды' }] },
  ],
}, loadCorpus);

// Round 3 (issue 10): endings in any case and the Kazakh "and others" before the predicate.
ruleTester(openListMarker, {
  valid: [
    { name: '"и прочие" followed by a noun is a list with its genus', lines: ruLaw('1. Принимаются лом, стружка и прочие отходы металлов.') },
    { name: 'kk "басқалардың" of other persons\' rights', lines: kkLaw('1. Тұрақ иесі басқалардың құқықтарын бұзбауға міндетті.') },
  ],
  invalid: [
    { lines: ruLaw('1. На стоянке допускается хранение автомобилей, прицепов, мотоциклов и прочего.'), errors: [{ quote: 'и прочего' }] },
    { lines: ruLaw('1. В акте указываются марка, цвет, повреждения и тому подобные сведения.'), errors: [{ quote: 'и тому подобные' }] },
    { lines: ruLaw('1. Запрещается хранить на стоянке горючее, баллоны и проч.'), errors: [{ quote: 'и проч.' }] },
    { lines: kkLaw('1. Рұқсатта тұрақ орны, мерзімі, құралдары және басқалар көрсетіледі.'), errors: [{ quote: 'және басқалар' }] },
    { lines: kkLaw('1. Тұрақта өрт сөндіргіш, құм, күрек және сол секілді құралдар болады.'), errors: [{ quote: 'және сол секілді' }] },
    { lines: kkLaw('1. Оператор жарықтандыруды, қоршауды және тағысын тағы тексереді.'), errors: [{ quote: 'және тағысын тағы' }] },
  ],
}, loadCorpus);

// Round 4 (issue 10, seed 11): "и иные, не …" / "басқа да, …-ған" starts a qualifier that closes the
// category; a comma followed by anything else still ends an open list.
ruleTester(openListMarker, {
  valid: [
    { name: 'ru: "и иные, не предназначенные …" is a category closed by its qualifier', lines: ruLaw('1. Под стоянки не отводятся парковые и иные, не предназначенные для транспорта, территории.') },
    { name: 'ru: "и другое, не запрещенное …, имущество"', lines: ruLaw('1. Предметом залога может быть оборудование, сырье и другое, не запрещенное к обороту, имущество.') },
    { name: 'kk: "және басқа да, игерілмеген …" is a category closed by its qualifier', lines: kkLaw('1. Тұраққа саябақ аумақтары және басқа да, көлікке арналмаған жерлер бөлінбейді.') },
  ],
  invalid: [
    { name: 'ru: a comma then a clause still ends an open list', lines: ruLaw('1. Водитель предъявляет талон, квитанцию и другие, а диспетчер сверяет их с журналом.'), errors: [{ quote: 'и другие' }] },
    { name: 'kk: a comma then a conjunction still ends an open list', lines: kkLaw('1. Жүргізуші талонды, түбіртекті және басқа да, сондай-ақ жол парағын көрсетеді.'), errors: [{ quote: 'және басқа да' }] },
  ],
}, loadCorpus);

// Round 5 (issue 10, seed 12): examples in brackets after a category the law fixes.
ruleTester(openListMarker, {
  valid: [
    { name: 'ru: bracketed examples of a way the laws provide', lines: ruLaw('1. Спор может быть разрешен во внесудебном порядке, предусмотренном законами Республики Казахстан (медиация, переговоры и иные).') },
    { name: 'kk: bracketed examples of a way the laws provide', lines: kkLaw('1. Дау Қазақстан Республикасының заңдарында көзделген соттан тыс тәртіппен (медиация, келіссөздер және т.б.) шешілуі мүмкін.') },
  ],
  invalid: [
    { name: 'ru: bracketed examples with no law behind them', lines: ruLaw('1. Спор может быть разрешен во внесудебном порядке (медиация, переговоры и иные).'), errors: [{ quote: 'и иные' }] },
    { name: 'kk: bracketed examples with no law behind them', lines: kkLaw('1. Дау соттан тыс тәртіппен (медиация, келіссөздер және т.б.) шешілуі мүмкін.'), errors: [{ quote: 'және т.б.' }] },
  ],
}, loadCorpus);
