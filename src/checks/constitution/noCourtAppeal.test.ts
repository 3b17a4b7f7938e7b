import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkLaw, ruAmending, ruLaw } from '../lexicon/testDrafts';
import { noCourtAppeal } from './noCourtAppeal';

ruleTester(noCourtAppeal, {
  valid: [
    { name: 'a court decision declared final', lines: ruLaw('1. Решение суда по спору является окончательным.') },
    { name: 'a list declared final is no decision', lines: ruLaw('1. Список участников, утвержденный на заседании, является окончательным.') },
    { name: 'kk appeal to a court kept', lines: kkLaw('1. Уәкілетті органның шешіміне сотқа шағым жасалуы мүмкін.') },
    { name: 'appeal provided', lines: ruLaw('4. Отказ может быть обжалован в порядке, установленном Административным процедурно-процессуальным кодексом Республики Казахстан.') },
    { name: 'decision of the Constitutional Court', lines: ruLaw('1. Итоговые решения Конституционного Суда являются окончательными и не подлежащими обжалованию.') },
    { name: 'court order in procedure', lines: ruLaw('2. Определение суда об отложении рассмотрения дела обжалованию не подлежит.') },
    { name: 'court appeal kept', lines: ruLaw('3. Решение комиссии не подлежит обжалованию в вышестоящий орган, но может быть обжаловано в суд.') },
    { name: 'kk appeal provided', lines: kkLaw('18. Жергілікті атқарушы органның шешіміне Әкімшілік рәсімдік-процестік кодексте белгіленген тәртіппен шағым жасалуы мүмкін.') },
    { name: 'kk a petition, not a complaint, not examined', lines: kkLaw('1. Мерзімі өткен өтініштер қаралмайды.') },
    { name: 'kk court decision', lines: kkLaw('2. Сот шешімі түпкілікті болып табылады және шағымдануға жатпайды.') },
  ],
  invalid: [
    { name: '"является окончательным"', lines: ruLaw('3. Решение главного государственного инспектора об установлении карантина является окончательным.'), errors: [{ quote: 'является окончательным' }] },
    { name: 'kk appeal to a court denied', lines: kkLaw('2. Уәкілетті органның шешімі сотқа шағымдануға жатпайды.'), errors: [{ quote: 'шағымдануға жатпайды' }] },
    { name: 'complaints not examined', lines: ruLaw('1. Жалобы на решения комитета о приостановлении работ не рассматриваются.'), errors: [{ quote: 'не рассматриваются' }] },
    { name: 'kk "түпкілікті"', lines: kkLaw('1. Аккредиттеу комиссиясының шешімі түпкілікті болып табылады.'), errors: [{ quote: 'түпкілікті болып табылады' }] },
    {
      lines: ruLaw('3. Решение уполномоченного органа об исключении из реестра операторов является окончательным и обжалованию не подлежит.'),
      errors: [{ messageId: 'noAppeal', quote: 'обжалованию не подлежит', severity: 'error', citations: ['const2026:12.2', 'cc:10-НП'] }],
    },
    { name: 'appeal to court excluded explicitly', lines: ruLaw('1. Решение комиссии не может быть обжаловано в суд.'), errors: [{ quote: 'не может быть обжаловано' }] },
    { name: 'in a quoted new wording', lines: ruAmending('«5. Решение о приостановлении разрешения не подлежит обжалованию.».'), errors: [{ quote: 'не подлежит обжалованию' }] },
    { lines: kkLaw('3. Комиссияның шешімі түпкілікті болып табылады және шағымдануға жатпайды.'), errors: [{ messageId: 'noAppeal', quote: 'шағымдануға жатпайды', severity: 'error', citations: ['const2026:12.2'] }] },
    { name: 'kk complaints not examined', lines: kkLaw('1. Комиссияның шешімдеріне берілген шағымдар қаралмайды.'), errors: [{ quote: 'қаралмайды' }] },
    { name: 'kk complaints not accepted', lines: kkLaw('1. Инспекцияның әрекеттеріне шағымдар қабылданбайды.'), errors: [{ quote: 'қабылданбайды' }] },
    { name: 'kk шағымдалмайды', lines: kkLaw('1. Уәкілетті органның шешімі шағымдалмайды.'), errors: [{ quote: 'шағымдалмайды' }] },
  ],
}, loadCorpus);

// Round 2: the appeal kept only outside the courts; other words for "final".
ruleTester(noCourtAppeal, {
  valid: [
    { name: 'terms of a contract', lines: ruLaw('1. Условия договора пересмотру не подлежат в течение года.') },
    { name: 'a pre-trial order', lines: ruLaw('1. Обжалование решения в суд не допускается до его обжалования в вышестоящий орган.') },
    { name: 'higher body, then a court', lines: ruLaw('1. Решения лицензиара обжалуются только в вышестоящий государственный орган, а его решение – в суд.') },
  ],
  invalid: [
    { lines: ruLaw('1. Решения лицензиара обжалуются только в вышестоящий государственный орган.'), errors: [{ quote: 'обжалуются только в вышестоящий государственный орган' }] },
    { lines: ruLaw('1. Обжалование решения руководителя по жалобе в судебном порядке не допускается.'), errors: [{ quote: 'в судебном порядке не допускается' }] },
    { lines: kkLaw('1. Комиссияның шешімі соңғы болып табылады және қайта қаралуға жатпайды.'), errors: [{ quote: 'қайта қаралуға жатпайды' }] },
    { lines: kkLaw('1. Орталықтың шешіміне тек жоғары тұрған мемлекеттік органға шағым жасалады.'), errors: [{ quote: 'тек жоғары тұрған мемлекеттік органға шағым жасалады' }] },
  ],
}, loadCorpus);
