import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkLaw, ruLaw } from '../lexicon/testDrafts';
import { paymentBelowLaw } from './paymentBelowLaw';

ruleTester(paymentBelowLaw, {
  valid: [
    { name: 'tariff of a private service', lines: ruLaw('2. Предельные тарифы на эвакуацию и хранение устанавливаются местными исполнительными органами.', '1. Владелец вносит плату за хранение в размере, установленном договором с оператором.') },
    { name: 'fee set by the Tax Code', lines: ruLaw('3. За включение в реестр взимается сбор в размере, установленном Налоговым кодексом Республики Казахстан.') },
    { name: 'payment by the state, not to it', lines: ruLaw('1. Компенсация выплачивается в размере, установленном уполномоченным органом.') },
    { name: 'kk fee set by law', lines: kkLaw('3. Тізілімге енгізгені үшін Салық кодексінде белгіленген мөлшерде алым алынады.') },
  ],
  invalid: [
    {
      lines: ruLaw('3. За включение в реестр операторов взимается сбор в размере, установленном уполномоченным органом.'),
      errors: [{ messageId: 'payment', quote: 'в размере, установленном уполномоченным органом', severity: 'warning', citations: ['const2026:60.3(4)', 'const2026:38'] }],
    },
    { name: 'rate set by an order', lines: ruLaw('1. Ставки государственной пошлины за выдачу разрешения утверждаются приказом министра.'), errors: [{ quote: 'Ставки государственной пошлины за выдачу разрешения утверждаются приказом' }] },
    { lines: kkLaw('3. Тізілімге енгізгені үшін уәкілетті орган белгілеген мөлшерде алым алынады.'), errors: [{ messageId: 'payment', quote: 'уәкілетті орган белгілеген мөлшерде', citations: ['const2026:60.3(4)'] }] },
  ],
}, loadCorpus);
