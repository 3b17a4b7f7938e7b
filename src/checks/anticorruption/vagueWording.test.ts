import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkBylaw, kkLaw, ruLaw } from '../lexicon/testDrafts';
import { vagueWording } from './vagueWording';

ruleTester(vagueWording, {
  valid: [
    { name: 'grounds named after "при наличии оснований"', lines: ruLaw('1. Комитет при наличии оснований, предусмотренных статьей 7 настоящего Закона, отказывает в выдаче разрешения.') },
    { name: 'grounds and procedure left to the law', lines: ruLaw('1. Прокурор требует приостановления действия незаконного акта при наличии оснований и в порядке, предусмотренном законом Республики Казахстан.') },
    { name: 'definite deadline', lines: ruLaw('3. Орган внутренних дел уведомляет владельца о помещении транспортного средства на стоянку в течение трех часов.') },
    { name: 'duty of a private person', lines: ruLaw('1. Работник своевременно сообщает работодателю о причинах неявки на работу.') },
    { name: 'list entry of an application, no actor', lines: ruLaw('1. В уведомлении указываются:', '1) цель мероприятия;', '2) в случае необходимости – количество транспортных средств.') },
    { name: 'already reported as discretion', lines: ruLaw('1. Комиссия вправе при необходимости запросить дополнительные сведения.') },
    { name: 'kk duty of a cooperative', lines: kkLaw('1. Кооператив есепті уақтылы ұсынады.') },
  ],
  invalid: [
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
