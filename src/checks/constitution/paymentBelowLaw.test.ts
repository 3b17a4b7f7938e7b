import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruAmending, ruBylaw, ruLaw } from '../lexicon/testDrafts';
import { paymentBelowLaw } from './paymentBelowLaw';

ruleTester(paymentBelowLaw, {
  valid: [
    { name: 'a bylaw repeating the amount set by the Tax Code', lines: kkBylaw('6. Алым Салық кодексінде белгіленген 5 АЕК мөлшерінде төленеді.') },
    { name: 'tariff of a private service', lines: ruLaw('2. Предельные тарифы на эвакуацию и хранение устанавливаются местными исполнительными органами.', '1. Владелец вносит плату за хранение в размере, установленном договором с оператором.') },
    { name: 'fee set by the Tax Code', lines: ruLaw('3. За включение в реестр взимается сбор в размере, установленном Налоговым кодексом Республики Казахстан.') },
    { name: 'payment by the state, not to it', lines: ruLaw('1. Компенсация выплачивается в размере, установленном уполномоченным органом.') },
    { name: 'kk fee set by law', lines: kkLaw('3. Тізілімге енгізгені үшін Салық кодексінде белгіленген мөлшерде алым алынады.') },
  ],
  invalid: [
    { name: '"в сумме, определяемой"', lines: ruLaw('5. За регистрацию взимается сбор в сумме, определяемой местным исполнительным органом.'), errors: [{ quote: 'в сумме, определяемой местным исполнительным органом' }] },
    { name: 'kk amount by an order', lines: kkLaw('2. Рұқсат беру үшін алым мөлшері уәкілетті органның бұйрығымен белгіленеді.'), errors: [{ quote: 'мөлшері уәкілетті органның бұйрығымен белгіленеді' }] },
    { name: 'a bylaw fixes the amount itself', lines: kkBylaw('6. Рұқсат бергені үшін бюджетке төлем бес айлық есептік көрсеткіш мөлшерінде алынады.'), errors: [{ messageId: 'paymentInBylaw', quote: 'бес айлық есептік көрсеткіш мөлшерінде' }] },
    {
      lines: ruLaw('3. За включение в реестр операторов взимается сбор в размере, установленном уполномоченным органом.'),
      errors: [{ messageId: 'payment', quote: 'в размере, установленном уполномоченным органом', severity: 'warning', citations: ['const2026:60.3(4)', 'const2026:38'] }],
    },
    { name: 'rate set by an order', lines: ruLaw('1. Ставки государственной пошлины за выдачу разрешения утверждаются приказом министра.'), errors: [{ quote: 'Ставки государственной пошлины за выдачу разрешения утверждаются приказом' }] },
    { lines: kkLaw('3. Тізілімге енгізгені үшін уәкілетті орган белгілеген мөлшерде алым алынады.'), errors: [{ messageId: 'payment', quote: 'уәкілетті орган белгілеген мөлшерде', citations: ['const2026:60.3(4)'] }] },
  ],
}, loadCorpus);

// Round 2: rates a body sets, a body named by role, a bylaw that states the amount itself.
ruleTester(paymentBelowLaw, {
  valid: [
    { name: 'a benefit tied to the MCI of the budget law', lines: kkLaw('1. Жәрдемақы айлық есептік көрсеткіштің он еселенген мөлшерінде ай сайын төленеді.') },
    { name: 'rates of the Tax Code', lines: ruLaw('1. Плата взимается в порядке и по ставкам, установленным Налоговым кодексом Республики Казахстан.') },
  ],
  invalid: [
    { lines: kkLaw('1. Жарнаманы орналастырғаны үшін бюджетке төлемақы жергілікті атқарушы органы белгілейтін ставкалар бойынша төленеді.'), errors: [{ quote: 'жергілікті атқарушы органы белгілейтін ставкалар бойынша' }] },
    { lines: kkBylaw('1. Тұрақ үшін алым қала әкімдігінің қаулысымен бекітілетін мөлшерде алынады.'), errors: [{ quote: 'әкімдігінің қаулысымен бекітілетін мөлшерде' }] },
    { lines: kkBylaw('1. Сауда орны үшін төленетін алымның мөлшері күніне 0,5 айлық есептік көрсеткішті құрайды.'), errors: [{ quote: '0,5 айлық есептік көрсеткішті құрайды', messageId: 'paymentInBylaw' }] },
    { lines: ruLaw('1. Лицензионный сбор уплачивается в размерах, которые ежегодно определяет Правительство Республики Казахстан.'), errors: [{ quote: 'размерах, которые ежегодно определяет Правительство' }] },
    { lines: ruBylaw('1. За выдачу справки взимается сбор, размер которого устанавливается услугодателем.'), errors: [{ quote: 'размер которого устанавливается услугодателем' }] },
  ],
}, loadCorpus);
