import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkLaw, ruLaw } from '../lexicon/testDrafts';
import { personalDataWithoutConsent } from './personalDataWithoutConsent';

ruleTester(personalDataWithoutConsent, {
  valid: [
    { name: 'ru (a criminal code): unlawful collection without consent is what is punished', lines: ruLaw('1. Незаконное собирание сведений о частной жизни лица, составляющих его личную тайну, без его согласия – наказывается штрафом.') },
    { name: 'kk: the same', lines: kkLaw('1. Адамның жеке өмірі туралы мәліметтерді оның келісімінсіз заңсыз жинау айыппұл салуға әкеп соғады.') },
    { name: 'processing under the Personal Data Law', lines: ruLaw('1. Сбор и обработка персональных данных обучающихся осуществляются в соответствии с Законом Республики Казахстан «О персональных данных и их защите».') },
    { name: 'no consent in cases set by law', lines: ruLaw('2. Оператор передает персональные данные без согласия субъекта в случаях, предусмотренных законами Республики Казахстан.') },
    { name: 'consent of a worker, no personal data', lines: ruLaw('2. Сверхурочные работы без согласия работника не допускаются.') },
    { name: 'kk cases set by law', lines: kkLaw('2. Дербес деректер Қазақстан Республикасының заңдарында көзделген жағдайларда субъектінің келісімінсіз беріледі.') },
  ],
  invalid: [
    { name: '"без получения согласия"', lines: ruLaw('2. Персональные данные владельцев передаются третьим лицам без получения согласия владельцев.'), errors: [{ quote: 'без получения согласия владельцев' }] },
    { name: 'consent "не требуется"', lines: ruLaw('3. Согласие граждан на сбор их персональных данных не требуется.'), errors: [{ quote: 'Согласие граждан на сбор их персональных данных не требуется' }] },
    { name: 'kk "келісімін алмастан"', lines: kkLaw('3. Келушілердің дербес деректері олардың келісімін алмастан жарияланады.'), errors: [{ quote: 'олардың келісімін алмастан' }] },
    {
      lines: ruLaw('2. Оператор передает уполномоченному органу сведения о владельцах транспортных средств, включая их персональные данные, без согласия владельцев и без ограничения сроков хранения.'),
      errors: [{ messageId: 'noConsent', quote: 'без согласия владельцев', severity: 'warning', citations: ['const2026:21.1', 'const2026:41.1'] }],
    },
    { lines: kkLaw('2. Оператор көлік иелерінің дербес деректерін олардың келісімінсіз уәкілетті органға береді.'), errors: [{ messageId: 'noConsent', quote: 'олардың келісімінсіз' }] },
  ],
}, loadCorpus);

// Round 2: other words for "without consent".
ruleTester(personalDataWithoutConsent, {
  valid: [
    { name: 'kk with consent', lines: kkLaw('1. Қызмет жолаушылардың дербес деректерін олардың келісімімен ғана жинайды.') },
    { name: 'kk permission unrelated to data', lines: kkLaw('1. Аңшы рұқсатынсыз аң аулауға жол берілмейді.') },
  ],
  invalid: [
    { lines: kkLaw('1. Пайдаланушы аңшылардың дербес деректерін аңшылардың рұқсатынсыз уәкілетті органға береді.'), errors: [{ quote: 'аңшылардың рұқсатынсыз' }] },
    { lines: kkLaw('1. Орталық күтім жасаушылардың дербес деректерін олардың келісімдерінсіз банктерге береді.'), errors: [{ quote: 'олардың келісімдерінсіз' }] },
    { lines: ruLaw('1. Сведения, включая персональные данные получателей, размещаются на интернет-ресурсе, при этом согласие получателей не истребуется.'), errors: [{ quote: 'согласие получателей не истребуется' }] },
  ],
}, loadCorpus);
