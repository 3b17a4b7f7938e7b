import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkLaw, ruLaw } from '../lexicon/testDrafts';
import { declarativeNorm } from './declarativeNorm';

ruleTester(declarativeNorm, {
  valid: [
    { name: 'duty with content', lines: ruLaw('1. Оператор обязан соблюдать требования к специализированной стоянке, установленные статьей 7 настоящего Закона.') },
    { name: 'legislation duty followed by more duties', lines: ruLaw('1. Оператор обязан соблюдать законодательство Республики Казахстан о дорожном движении и обеспечивать сохранность транспортных средств, помещенных на стоянку.') },
    { name: 'short further duty', lines: ruLaw('1. Оператор обязан соблюдать законодательство Республики Казахстан о стоянках и вести учет.') },
    { name: 'kk duty with content', lines: kkLaw('1. Оператор осы Заңның 7-бабында белгіленген талаптарды сақтауға міндетті.') },
  ],
  invalid: [
    { name: '"должны соблюдать"', lines: ruLaw('2. Пчеловоды должны соблюдать законодательство Республики Казахстан.'), errors: [{ quote: 'должны соблюдать законодательство Республики Казахстан' }] },
    { name: 'kk "сақтауы тиіс"', lines: kkLaw('2. Музей қызметкерлері Қазақстан Республикасының заңнамасын сақтауы тиіс.'), errors: [{ quote: 'Қазақстан Республикасының заңнамасын сақтауы тиіс' }] },
    {
      lines: ruLaw('Оператор проката обязан соблюдать законодательство Республики Казахстан.'),
      errors: [{ messageId: 'declarative', quote: 'обязан соблюдать законодательство Республики Казахстан', severity: 'warning', citations: ['lla:24.3'] }],
    },
    { name: 'with a branch of law', lines: ruLaw('2. Поставщики обязаны соблюдать законодательство Республики Казахстан о школьном питании.'), errors: [{ quote: 'обязаны соблюдать законодательство Республики Казахстан' }] },
    { lines: kkLaw('3. Прокат операторы Қазақстан Республикасының заңнамасын сақтауға міндетті.'), errors: [{ messageId: 'declarative', quote: 'Қазақстан Республикасының заңнамасын сақтауға міндетті' }] },
  ],
}, loadCorpus);
