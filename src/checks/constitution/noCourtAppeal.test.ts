import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../testing/ruleTester';
import { kkLaw, ruAmending, ruLaw } from '../lexicon/testDrafts';
import { noCourtAppeal } from './noCourtAppeal';

ruleTester(noCourtAppeal, {
  valid: [
    { name: 'appeal provided', lines: ruLaw('4. Отказ может быть обжалован в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.') },
    { name: 'decision of the Constitutional Court', lines: ruLaw('1. Итоговые решения Конституционного Суда являются окончательными и не подлежащими обжалованию.') },
    { name: 'court order in procedure', lines: ruLaw('2. Определение суда об отложении рассмотрения дела обжалованию не подлежит.') },
    { name: 'court appeal kept', lines: ruLaw('3. Решение комиссии не подлежит обжалованию в вышестоящий орган, но может быть обжаловано в суд.') },
    { name: 'kk appeal provided', lines: kkLaw('18. Жергілікті атқарушы органның шешіміне Әкімшілік рәсімдік-процестік кодексте белгіленген тәртіппен шағым жасалуы мүмкін.') },
    { name: 'kk court decision', lines: kkLaw('2. Сот шешімі түпкілікті болып табылады және шағымдануға жатпайды.') },
  ],
  invalid: [
    {
      lines: ruLaw('3. Решение уполномоченного органа об исключении из реестра операторов является окончательным и обжалованию не подлежит.'),
      errors: [{ messageId: 'noAppeal', quote: 'обжалованию не подлежит', severity: 'error', citations: ['const2026:12.2', 'cc:10-НП'] }],
    },
    { name: 'appeal to court excluded explicitly', lines: ruLaw('1. Решение комиссии не может быть обжаловано в суд.'), errors: [{ quote: 'не может быть обжаловано' }] },
    { name: 'in a quoted new wording', lines: ruAmending('«5. Решение о приостановлении разрешения не подлежит обжалованию.».'), errors: [{ quote: 'не подлежит обжалованию' }] },
    { lines: kkLaw('3. Комиссияның шешімі түпкілікті болып табылады және шағымдануға жатпайды.'), errors: [{ messageId: 'noAppeal', quote: 'шағымдануға жатпайды', severity: 'error', citations: ['const2026:12.2'] }] },
    { name: 'kk шағымдалмайды', lines: kkLaw('1. Уәкілетті органның шешімі шағымдалмайды.'), errors: [{ quote: 'шағымдалмайды' }] },
  ],
}, loadCorpus);
