import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkBylaw, kkLaw, ruLaw } from '../lexicon/testDrafts';
import { extrajudicialTaking } from './extrajudicialTaking';

ruleTester(extrajudicialTaking, {
  valid: [
    { name: 'by a court decision', lines: ruLaw('2. Невостребованное транспортное средство обращается в собственность государства на основании решения суда.') },
    { name: 'no decision of a body named', lines: ruLaw('1. Вред, причиненный транспортному средству, возмещается оператором.') },
    { name: 'kk by court', lines: kkLaw('2. Кооперативтің мүлкі сот шешімімен өндіріп алынады.') },
    { name: 'kk voluntary return', lines: kkLaw('2. Қаражатты қайтару ерікті түрде немесе сот тәртібімен жүргізіледі.') },
  ],
  invalid: [
    { name: 'seizure on a prescription of a committee', lines: ruLaw('13. Приборы, используемые без поверки, изымаются на основании предписания Комитета.'), errors: [{ quote: 'изымаются на основании предписания Комитета' }] },
    { name: 'kk akimat resolution', lines: kkLaw('18. Федерацияның мүлкі әкімдіктің қаулысы негізінде мемлекет меншігіне өтеді.'), errors: [{ quote: 'әкімдіктің қаулысы негізінде мемлекет меншігіне өтеді' }] },
    {
      lines: ruLaw('2. Задержанное транспортное средство, не востребованное владельцем в течение шести месяцев, обращается в собственность государства на основании решения уполномоченного органа.'),
      errors: [{ messageId: 'taking', quote: 'обращается в собственность государства на основании решения уполномоченного органа', severity: 'error', citations: ['const2026:29.3'] }],
    },
    { name: 'recovery out of court', lines: ruLaw('3. Сумма субсидии взыскивается с получателя в бесспорном порядке.'), errors: [{ quote: 'взыскивается с получателя в бесспорном порядке' }] },
    {
      lines: kkBylaw('25. Субсидиялар қайтарылмаған жағдайда, кооперативтің мүлкі жергілікті атқарушы органның шешімімен өндіріп алынады.'),
      errors: [{ messageId: 'taking', quote: 'жергілікті атқарушы органның шешімімен өндіріп алынады', citations: ['const2026:29.3'] }],
    },
  ],
}, loadCorpus);

// Round 2: active voice, a passive's state agent, money taken from an account.
ruleTester(extrajudicialTaking, {
  valid: [
    { name: 'samples for a test', lines: ruLaw('1. Государственный инспектор изымает пробы продукции для лабораторного исследования.') },
    { name: 'kk confiscation by a court', lines: kkLaw('1. Көлік құралы сот шешімі бойынша тәркіленеді.') },
  ],
  invalid: [
    { lines: kkLaw('1. Мемлекеттік аңшылық инспекторы аулау құралдарын өтеусіз алып қояды және мемлекет меншігіне айналдырады.'), errors: [{ quote: 'өтеусіз алып қояды және мемлекет меншігіне айналдырады' }] },
    { lines: ruLaw('1. Лом, принятый без приемосдаточного акта, безвозмездно изымается лицензиаром.'), errors: [{ quote: 'безвозмездно изымается' }] },
    { lines: kkLaw('1. Артық төленген сома уәкілетті органның өкімі бойынша алушының банктік шотынан есептен шығарылады.'), errors: [{ quote: 'уәкілетті органның өкімі бойынша алушының банктік шотынан есептен шығарылады' }] },
    { lines: kkBylaw('1. Тауарлар қала әкімінің өкімі негізінде мемлекет кірісіне алынады.'), errors: [{ quote: 'әкімінің өкімі негізінде мемлекет кірісіне алынады' }] },
  ],
}, loadCorpus);
