import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkBylaw, kkLaw, ruBylaw, ruLaw } from '../lexicon/testDrafts';
import { vagueWording } from './vagueWording';

ruleTester(vagueWording, {
  valid: [
    { name: 'ru: a citizen\'s own letter sent "в возможно короткий срок" is no power', lines: ruLaw('3. Заявление гражданина направляется в возможно короткий срок.') },
    { name: 'grounds named after "при наличии оснований"', lines: ruLaw('1. Комитет при наличии оснований, предусмотренных статьей 7 настоящего Закона, отказывает в выдаче разрешения.') },
    { name: 'grounds and procedure left to the law', lines: ruLaw('1. Прокурор требует приостановления действия незаконного акта при наличии оснований и в порядке, предусмотренном законом Республики Казахстан.') },
    { name: 'definite deadline', lines: ruLaw('3. Орган внутренних дел уведомляет владельца о помещении транспортного средства на стоянку в течение трех часов.') },
    { name: 'duty of a private person', lines: ruLaw('1. Работник своевременно сообщает работодателю о причинах неявки на работу.') },
    { name: 'list entry of an application, no actor', lines: ruLaw('1. В уведомлении указываются:', '1) цель мероприятия;', '2) в случае необходимости – количество транспортных средств.') },
    { name: 'already reported as discretion', lines: ruLaw('1. Комиссия вправе при необходимости запросить дополнительные сведения.') },
    { name: 'kk duty of a cooperative', lines: kkLaw('1. Кооператив есепті уақтылы ұсынады.') },
  ],
  invalid: [
    { name: 'ru: a body\'s own decision as the subject of a passive', lines: ruLaw('3. Решение уполномоченного органа по результатам обследования направляется собственнику в возможно короткий срок.'), errors: [{ quote: 'в возможно короткий срок' }] },
    { name: 'kk spelling "уақытылы"', lines: kkLaw('3. Сараптама комиссиясы өтінішті уақытылы қарайды.'), errors: [{ messageId: 'vagueDeadline', quote: 'уақытылы' }] },
    { name: 'grounds not named', lines: ruLaw('5. Комитет при наличии оснований отказывает в выдаче разрешения.'), errors: [{ messageId: 'vagueGround', quote: 'при наличии оснований' }] },
    {
      lines: ruLaw('3. Орган внутренних дел, составивший протокол о задержании транспортного средства, уведомляет владельца транспортного средства о помещении транспортного средства на специализированную стоянку в разумный срок.'),
      errors: [{ messageId: 'vagueDeadline', quote: 'в разумный срок', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { lines: ruLaw('Местный исполнительный орган в случае необходимости ограничивает работу проката в отдельных зонах.'), errors: [{ messageId: 'vagueGround', quote: 'в случае необходимости' }] },
    { name: 'fronted adverbial', lines: ruLaw('2. При необходимости уполномоченный орган привлекает к проверке экспертов.'), errors: [{ messageId: 'vagueGround', quote: 'При необходимости' }] },
    { name: 'competence list entry', lines: ruLaw('Уполномоченный орган:', '1) ведет реестр операторов;', '2) своевременно информирует население о местах стоянок.'), errors: [{ messageId: 'vagueDeadline', quote: 'своевременно' }] },
    { name: 'passive with a state agent', lines: ruLaw('1. Как правило, проверка проводится уполномоченным органом на месте.'), errors: [{ messageId: 'vagueGround', quote: 'Как правило' }] },
    { lines: kkBylaw('12. Жергілікті атқарушы орган қажет болған жағдайда кооперативтен қосымша мәліметтер сұратады.'), errors: [{ messageId: 'vagueGround', quote: 'қажет болған жағдайда' }] },
    { name: 'kk vague deadline', lines: kkLaw('3. Ішкі істер органы көлік иесін ақылға қонымды мерзімде хабардар етеді.'), errors: [{ messageId: 'vagueDeadline', quote: 'ақылға қонымды мерзімде' }] },
  ],
}, loadCorpus);

// Round 2: deadlines by a quality, the body's own judgement, necessity in other words.
ruleTester(vagueWording, {
  valid: [
    { name: 'a private seller "в разумный срок"', lines: ruLaw('1. Рыбоводное хозяйство обязано в разумный срок устранить недостатки продукции, выявленные покупателем.') },
    { name: 'a private duty "при необходимости … по согласованию с органом"', lines: ruLaw('Рыбоводное хозяйство обязано:', '1) при необходимости проводить мелиоративный лов по согласованию с уполномоченным органом;') },
    { name: 'kk carrier "уақытылы"', lines: kkLaw('1. Такси тасымалдаушысы көлік құралының техникалық жай-күйін уақытылы тексеріп отырады.') },
    { name: 'kk private "дер кезінде"', lines: kkLaw('1. Жолаушы сапар туралы шағымын дер кезінде жібереді.') },
  ],
  invalid: [
    { lines: ruLaw('1. Запросы рассматриваются услугодателем в максимально короткие сроки.'), errors: [{ quote: 'в максимально короткие сроки', messageId: 'vagueDeadline' }] },
    { lines: ruLaw('1. При утере лицензии лицензиар выдает ее дубликат в сжатые сроки.'), errors: [{ quote: 'в сжатые сроки' }] },
    { lines: ruLaw('1. При возникновении необходимости услугодатель запрашивает сведения у государственных органов.'), errors: [{ quote: 'При возникновении необходимости', messageId: 'vagueGround' }] },
    { lines: ruLaw('1. Лицензиар, если сочтет необходимым, проводит выездное обследование.'), errors: [{ quote: 'если сочтет необходимым' }] },
    { lines: ruLaw('1. Уполномоченный орган в зависимости от обстоятельств пересматривает размер субсидии.'), errors: [{ quote: 'в зависимости от обстоятельств' }] },
    { lines: kkLaw('1. Лицензиар өтінішті қысқа мерзімде қарайды.'), errors: [{ quote: 'қысқа мерзімде', messageId: 'vagueDeadline' }] },
    { lines: kkLaw('1. Жұмыспен қамту орталығы өтінішті тез арада қарайды.'), errors: [{ quote: 'тез арада', messageId: 'vagueDeadline' }] },
    { lines: kkBylaw('1. Кәсіпкерлік бөлімі ақпаратты интернет-ресурсында дер кезінде орналастырады.'), errors: [{ quote: 'дер кезінде' }] },
    { lines: kkLaw('1. Жергілікті атқарушы орган қажеттілік туындаса нұсқама береді.'), errors: [{ quote: 'қажеттілік туындаса' }] },
    { lines: kkLaw('1. Уәкілетті орган мән-жайларға қарай жәрдемақы мөлшерін қайта қарайды.'), errors: [{ quote: 'мән-жайларға қарай' }] },
    { lines: kkLaw('1. Уәкілетті орган орынды деп тапқан жағдайда жарнама таратуды тоқтата тұрады.'), errors: [{ quote: 'орынды деп тапқан жағдайда' }] },
  ],
}, loadCorpus);

// Round 3 (issue 10): cases and time named by a quality, "тиісті мерзімде", "мүмкіндігінше".
ruleTester(vagueWording, {
  valid: [
    { name: 'ru: the exceptional cases are named by the act', lines: ruLaw('1. В исключительных случаях, предусмотренных статьей 4 настоящего Закона, уполномоченный орган выдает разрешение в течение трех рабочих дней.') },
    { name: 'ru: a court decides "в исключительных случаях"', lines: ruLaw('1. Суд в исключительных случаях откладывает рассмотрение дела.') },
    { name: 'ru: a private duty "в ближайшее время"', lines: ruLaw('1. Владелец в ближайшее время сообщает оператору о смене адреса.') },
    { name: 'kk: a private duty "мүмкіндігінше"', lines: kkLaw('1. Тасымалдаушы мүмкіндігінше жолаушыларға көмек көрсетеді.') },
  ],
  invalid: [
    { lines: ruLaw('1. Экспертный совет в исключительных случаях продлевает срок проверки.'), errors: [{ messageId: 'vagueGround', quote: 'в исключительных случаях' }] },
    { lines: ruBylaw('9. Услугодатель в отдельных случаях проводит повторное обследование.'), errors: [{ messageId: 'vagueGround', quote: 'в отдельных случаях' }] },
    { lines: ruLaw('1. Уполномоченный орган в ближайшее время информирует владельца о решении.'), errors: [{ messageId: 'vagueDeadline', quote: 'в ближайшее время' }] },
    { lines: kkBylaw('6. Жергілікті атқарушы орган шешімді өтініш берушіге тиісті мерзімде жібереді.'), errors: [{ messageId: 'vagueDeadline', quote: 'тиісті мерзімде' }] },
    { lines: kkLaw('1. Уәкілетті орган ерекше жағдайларда рұқсаттың қолданылуын тоқтата тұрады.'), errors: [{ messageId: 'vagueGround', quote: 'ерекше жағдайларда' }] },
    { lines: kkLaw('1. Уәкілетті орган мүмкіндігінше нәтижелерді интернет-ресурсында жариялайды.'), errors: [{ messageId: 'vagueGround', quote: 'мүмкіндігінше' }] },
  ],
}, loadCorpus);
