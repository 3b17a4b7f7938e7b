import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruAmending, ruBylaw, ruLaw } from '../lexicon/testDrafts';
import { rightsByBylaw } from './rightsByBylaw';

ruleTester(rightsByBylaw, {
  valid: [
    { name: 'restrictions by law', lines: ruLaw('4. Ограничения на осуществление отдельных видов предпринимательской деятельности устанавливаются законами Республики Казахстан.') },
    { name: 'form approved by order, no restriction', lines: ruLaw('1. Форма заявления утверждается приказом уполномоченного органа.') },
    { name: 'a law may prohibit', lines: ruLaw('3. Операторам запрещается взимать плату за хранение сверх предельных тарифов.') },
    { name: 'bylaw prohibition on its own officials', lines: kkBylaw('10. Жергілікті атқарушы органға осы Қағидаларда көзделмеген құжаттарды талап етуге тыйым салынады.') },
    { name: 'kk restriction by law', lines: kkLaw('2. Кәсіпкерлік қызметке шектеулер Қазақстан Республикасының заңдарымен белгіленеді.') },
  ],
  invalid: [
    { name: 'kk bylaw takes a right away as a sanction', lines: kkBylaw('13. Қағидаларды бұзған аңшы үш жыл мерзімге аң аулау құқығынан айырылады.'), errors: [{ messageId: 'bylawDeprivation', quote: 'аң аулау құқығынан айырылады' }] },
    { name: 'ru bylaw deprives a licence holder of a right', lines: ruBylaw('14. Перевозчик, нарушивший настоящие Правила, лишается права участия в конкурсе на два года.'), errors: [{ messageId: 'bylawDeprivation', quote: 'лишается права' }] },
    { name: 'short participle and a chairman\'s order', lines: ruLaw('4. Ограничения на перемещение в зоне карантина могут быть установлены приказом председателя комитета.'), errors: [{ quote: 'приказом председателя' }] },
    { name: 'kk decision "бойынша"', lines: kkLaw('12. Спортшылардың жарыстарға қатысуына шектеулер уәкілетті органның шешімі бойынша енгізіледі.'), errors: [{ quote: 'уәкілетті органның шешімі бойынша' }] },
    {
      lines: ruAmending('«4. Дополнительные ограничения на осуществление отдельных видов предпринимательской деятельности могут устанавливаться приказом уполномоченного органа в соответствующей сфере.»;'),
      errors: [{ messageId: 'restrictionByOrder', quote: 'приказом уполномоченного органа', severity: 'warning', citations: ['const2026:41.1'] }],
    },
    { lines: kkBylaw('7. Субсидия алған кооперативтің мүшелеріне үш жыл ішінде сүтті басқа қайта өңдеушілерге өткізуге тыйым салынады.'), errors: [{ messageId: 'bylawProhibition', quote: 'өткізуге тыйым салынады' }] },
    { name: 'kk restriction by an order', lines: kkLaw('2. Кәсіпкерлік қызметке қосымша шектеулер уәкілетті органның бұйрығымен белгіленеді.'), errors: [{ messageId: 'restrictionByOrder', quote: 'уәкілетті органның бұйрығымен' }] },
  ],
}, loadCorpus);

// Round 2: an order of a body named by role, "не вправе" of a private person in a bylaw, Kazakh addressees.
ruleTester(rightsByBylaw, {
  valid: [
    { name: 'a bylaw bars the body', lines: ruBylaw('1. Услугодатель не вправе требовать документы, которые могут быть получены из информационных систем.') },
    { name: 'a law, not a bylaw', lines: kkLaw('1. Саудагерлерге түнгі уақытта сауда жүргізуге тыйым салынады.') },
    { name: 'kk bylaw bars civil servants', lines: kkBylaw('1. Мемлекеттік қызметшілерге сыйлық алуға тыйым салынады.') },
  ],
  invalid: [
    { lines: ruLaw('1. Перечень пунктов, в которых запрещается прием лома, утверждается приказом лицензиара.'), errors: [{ quote: 'приказом лицензиара', messageId: 'restrictionByOrder' }] },
    { lines: ruBylaw('1. Услугополучатели не вправе повторно обращаться за получением государственной услуги в течение шести месяцев.'), errors: [{ quote: 'не вправе', messageId: 'bylawProhibition' }] },
    { lines: kkBylaw('1. Көшпелі саудагерлерге бір орында үш сағаттан артық сауда жүргізуге тыйым салынады.'), errors: [{ quote: 'жүргізуге тыйым салынады', messageId: 'bylawProhibition' }] },
    { lines: kkBylaw('1. Сауда жүргізу уақытына шектеулер қала әкімінің шешімімен енгізіледі.'), errors: [{ quote: 'әкімінің шешімімен', messageId: 'restrictionByOrder' }] },
  ],
}, loadCorpus);
