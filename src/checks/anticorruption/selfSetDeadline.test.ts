import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkBylaw, kkLaw, ruBylaw, ruLaw } from '../lexicon/testDrafts';
import { selfSetDeadline } from './selfSetDeadline';

ruleTester(selfSetDeadline, {
  valid: [
    { name: 'ru: the deadline is in the act', lines: ruLaw('1. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней со дня его поступления.') },
    { name: 'ru: a deadline the body sets for the violator', lines: ruLaw('1. Оператор устраняет нарушения в срок, установленный пунктом 3 настоящей статьи.') },
    { name: 'ru: a private party sets its own schedule', lines: ruLaw('1. Подрядчик выполняет работы в установленный им срок по согласованию с заказчиком.') },
    { name: 'ru: the body sets it within a bound fixed by the act', lines: ruLaw('1. Срок рассмотрения заявления определяется комиссией, но не более пятнадцати рабочих дней.') },
    { name: 'kk: the deadline is in the act', lines: kkLaw('1. Уәкілетті орган өтінішті ол түскен күннен бастап он жұмыс күні ішінде қарайды.') },
    { name: 'kk: a private party sets its own schedule', lines: kkLaw('1. Мердігер жұмыс кезеңдерінің мерзімдерін тапсырыс берушімен келісу бойынша өзі белгілейді.') },
  ],
  invalid: [
    {
      name: 'ru: the body considers in a deadline it sets itself',
      lines: ruLaw('1. Заявка на размещение рассматривается уполномоченным органом в установленный им срок.'),
      errors: [{ messageId: 'selfSet', quote: 'в установленный им срок', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { name: 'ru: "в сроки, определяемые им самостоятельно"', lines: ruBylaw('9. Услугодатель выдает разрешение в сроки, определяемые им самостоятельно.'), errors: [{ messageId: 'selfSet', quote: 'в сроки, определяемые им самостоятельно' }] },
    { name: 'ru: the deadline of its own act handed to a council', lines: ruLaw('1. Срок проведения экспертизы определяется экспертным советом.'), errors: [{ messageId: 'selfSet', quote: 'Срок проведения экспертизы определяется экспертным советом' }] },
    { name: 'ru: left open', lines: ruLaw('1. Инспектор проводит осмотр стоянки в течение времени, необходимого для проверки.'), errors: [{ messageId: 'leftOpen', quote: 'в течение времени, необходимого' }] },
    { name: 'kk: "өзі белгілеген мерзімде"', lines: kkBylaw('4. Жергілікті атқарушы орган өтінішті өзі белгілеген мерзімде қарайды.'), errors: [{ messageId: 'selfSet', quote: 'өзі белгілеген мерзімде' }] },
    { name: 'kk: the deadline of its own act set by the body', lines: kkLaw('1. Рұқсат беру мерзімін уәкілетті орган айқындайды.'), errors: [{ messageId: 'selfSet', quote: 'беру мерзімін уәкілетті орган айқындайды' }] },
    { name: 'kk: left open', lines: kkLaw('1. Инспектор тұрақты қажетті уақыт ішінде тексереді.'), errors: [{ messageId: 'leftOpen', quote: 'қажетті уақыт ішінде' }] },
  ],
}, loadCorpus);
