import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkLaw, ruLaw } from '../lexicon/testDrafts';
import { blanketDelegation } from './blanketDelegation';

ruleTester(blanketDelegation, {
  valid: [
    { name: 'implementing rules in a competence list', lines: ruLaw('Уполномоченный орган:', '3) разрабатывает и утверждает правила эвакуации и хранения задержанных транспортных средств;', '4) утверждает форму акта приема-передачи.') },
    { name: 'ordinary procedure left to the body', lines: ruLaw('1. Возмещение расходов на командировки осуществляется в порядке, определяемом Правительством Республики Казахстан.') },
    { name: 'suspension in the order set by law', lines: ruLaw('2. Приостановление деятельности оператора осуществляется в порядке, установленном законами Республики Казахстан.') },
    { name: 'fee: left to the constitution rule', lines: ruLaw('3. За включение в реестр взимается сбор в размере, установленном уполномоченным органом, а его взыскание производится в порядке, определяемом уполномоченным органом.') },
    { name: 'kk ordinary procedure', lines: kkLaw('1. Есепті ұсыну нысанын уәкілетті орган айқындайтын тәртіппен кооператив толтырады.') },
  ],
  invalid: [
    { name: 'grounds of the body\'s action left to the body', lines: ruLaw('5. Разрешение может быть аннулировано в случаях, определяемых уполномоченным органом.'), errors: [{ quote: 'в случаях, определяемых уполномоченным органом' }] },
    { name: 'inverted order', lines: ruLaw('2. Основания и порядок аннулирования регистрации устанавливает местный исполнительный орган.'), errors: [{ quote: 'устанавливает местный исполнительный орган' }] },
    {
      lines: ruLaw('2. Приостановление деятельности оператора осуществляется в порядке, определяемом уполномоченным органом.'),
      errors: [{ messageId: 'delegation', quote: 'в порядке, определяемом уполномоченным органом', severity: 'warning', citations: ['lla:24.1'] }],
    },
    { name: 'predicate form', lines: ruLaw('1. Основания и порядок лишения лицензии определяются приказом министра.'), errors: [{ quote: 'определяются приказом' }] },
    { name: 'kk suspension', lines: kkLaw('2. Оператордың қызметін тоқтата тұру уәкілетті орган айқындайтын тәртіппен жүзеге асырылады.'), errors: [{ messageId: 'delegation', quote: 'уәкілетті орган айқындайтын тәртіппен' }] },
  ],
}, loadCorpus);

// Round 2: grounds and deadlines a body sets itself, bodies named by role, one finding per defect.
ruleTester(blanketDelegation, {
  valid: [
    { name: 'a prohibition put into an order is constitution/rights-by-bylaw\'s', lines: ruLaw('1. Перечень населенных пунктов, в которых запрещается прием лома, утверждается приказом лицензиара.') },
    { name: 'a private person\'s reporting deadline', lines: ruLaw('1. Оператор представляет отчет в сроки, установленные уполномоченным органом.') },
  ],
  invalid: [
    { lines: ruLaw('1. Порядок приостановления действия лицензии определяется лицензиаром.'), errors: [{ quote: 'определяется лицензиаром' }] },
    { lines: kkLaw('1. Аңшылық алқаптарын пайдалану құқығы уәкілетті орган айқындайтын жағдайларда кері қайтарып алынады.'), errors: [{ quote: 'уәкілетті орган айқындайтын жағдайларда' }] },
    { lines: kkLaw('1. Шарт кәсіпкерлік бөлімі айқындаған негіздер бойынша бұзылады.'), errors: [{ quote: 'кәсіпкерлік бөлімі айқындаған негіздер бойынша' }] },
    { lines: kkLaw('1. Лицензиар өтінішті лицензиар белгілеген мерзімде қарайды.'), errors: [{ quote: 'лицензиар белгілеген мерзімде' }] },
    { lines: kkLaw('1. Алушыларды тізілімнен шығару негіздері уәкілетті органның нормативтік құқықтық актісімен айқындалады.'), errors: [{ quote: 'уәкілетті органның нормативтік құқықтық актісімен айқындалады' }] },
  ],
}, loadCorpus);

// Round 3 (in-force codes): the law names the cases and hands over only the procedure; only a form is handed over.
ruleTester(blanketDelegation, {
  valid: [
    { name: 'ru: cases named by the law, only the procedure handed over', lines: ruLaw('12. Лишение лицензии осуществляется в случае двух и более нарушений требований настоящей статьи в течение года в порядке, определяемом Правительством Республики Казахстан.') },
    { name: 'ru: only a form handed over', lines: ruLaw('1. Форма заявления об отзыве лицензии утверждается уполномоченным органом.') },
    { name: 'kk: cases named by the law, only the procedure handed over', lines: kkLaw('12. Лицензиядан айыру бір жыл ішінде екі бұзушылық жасалған жағдайда уәкілетті орган айқындайтын тәртіппен жүзеге асырылады.') },
    { name: 'kk: only a form handed over', lines: kkLaw('1. Лицензияны кері қайтарып алу туралы өтініш нысаны уәкілетті органның бұйрығымен бекітіледі.') },
    { name: 'ru: a form opening a paragraph split by ";"', lines: ruLaw('1. Форма заявлений об отзыве лицензии на основании: решения суда; акта проверки; заявления лицензиата утверждается уполномоченным органом.') },
    { name: 'ru: the termination of an agreement is no reserved matter', lines: ruLaw('1. Порядок заключения и прекращения действия соглашения об инвестициях утверждается Правительством Республики Казахстан.') },
  ],
  invalid: [
    { name: 'ru: no cases in the law, the procedure of a deprivation handed over', lines: ruLaw('12. Лишение лицензии осуществляется в порядке, определяемом Правительством Республики Казахстан.'), errors: [{ quote: 'в порядке, определяемом Правительством' }] },
    { name: 'kk: no cases in the law', lines: kkLaw('12. Лицензиядан айыру уәкілетті орган айқындайтын тәртіппен жүзеге асырылады.'), errors: [{ quote: 'уәкілетті орган айқындайтын тәртіппен' }] },
    { name: 'ru: termination of a permit\'s effect still reserved', lines: ruLaw('1. Порядок прекращения действия разрешения утверждается Правительством Республики Казахстан.'), errors: [{ quote: 'утверждается Правительством' }] },
  ],
}, loadCorpus);

// Round 4 (issue 10, seeds 11–12): the words of a company form and of an uncollectable debt are no sanction.
ruleTester(blanketDelegation, {
  valid: [
    { name: 'ru: "товарищество с ограниченной ответственностью" names a company form', lines: ruLaw('2. Оператором фонда может быть товарищество с ограниченной ответственностью, все доли которого принадлежат государству, определенное в порядке, установленном Правительством Республики Казахстан.') },
    { name: 'kk: "жауапкершілігі шектеулі серіктестік" names a company form', lines: kkLaw('2. Қор операторы Қазақстан Республикасының Үкіметі белгілеген тәртіппен айқындалған, барлық үлесі мемлекетке тиесілі жауапкершілігі шектеулі серіктестік болуы мүмкін.') },
    { name: 'ru: a debt "безнадежная к взысканию" is written off, not recovered', lines: ruLaw('3. Порядок списания задолженности по грантам, признанной безнадежной к взысканию, определяется уполномоченным органом.') },
    { name: 'kk: a debt "өндіріп алуға үмітсіз" is written off', lines: kkLaw('3. Өндіріп алуға үмітсіз деп танылған гранттар бойынша берешекті есептен шығару тәртібін уәкілетті орган айқындайды.') },
  ],
  invalid: [
    { name: 'ru: liability of the fund\'s operator handed over', lines: ruLaw('2. Ответственность оператора фонда определяется уполномоченным органом.'), errors: [{ quote: 'определяется уполномоченным органом' }] },
    { name: 'kk: recovery of a grant handed over', lines: kkLaw('3. Гранттарды өндіріп алу тәртібін уәкілетті орган айқындайды.'), errors: [{ quote: 'уәкілетті орган айқындайды' }] },
  ],
}, loadCorpus);
