import { loadCorpus } from '../../corpus/index';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkLaw, ruAmending, ruLaw } from '../lexicon/testDrafts';
import { censorship } from './censorship';

ruleTester(censorship, {
  valid: [
    { name: 'prior approval of a site, not of a publication', lines: ruLaw('1. Размещение стоянки допускается после предварительного согласования с местным исполнительным органом.') },
    { name: 'publication by the body itself', lines: ruLaw('1. Уполномоченный орган публикует сведения о реестре на своем интернет-ресурсе.') },
    { name: 'kk publication without approval', lines: kkLaw('1. Музей өз қорындағы заттар туралы каталогтарды жариялайды.') },
  ],
  invalid: [
    {
      lines: ruLaw('2. Информация о результатах экспертизы публикуется только после ее предварительного согласования с уполномоченным органом.'),
      errors: [{ messageId: 'censorship', quote: 'только после ее предварительного согласования', severity: 'error', citations: ['const2026:23.5'] }],
    },
    { name: 'mass media in a quoted wording', lines: ruAmending('«5. Материалы о деятельности государственных органов размещаются в масс-медиа после их предварительного согласования с пресс-службой.».'), errors: [{ quote: 'после их предварительного согласования' }] },
    { name: 'prior permission', lines: ruLaw('1. Материалы аэрофотосъемки передаются для опубликования только с предварительного разрешения Комитета.'), errors: [{ quote: 'только с предварительного разрешения' }] },
    { name: 'kk approval before publishing', lines: kkLaw('2. Бұқаралық ақпарат құралдарындағы материалдар жарияланғанға дейін уәкілетті органмен міндетті түрде келісіледі.'), errors: [{ quote: 'уәкілетті органмен міндетті түрде келісіледі' }] },
  ],
}, loadCorpus);

// Round 2: approval "с согласия"/"келісімі болған кезде", and "без согласования" as freedom.
ruleTester(censorship, {
  valid: [
    { name: 'publishing without approval is a freedom', lines: ruLaw('1. Рыбоводные хозяйства вправе публиковать сведения о своей деятельности без согласования с государственными органами.') },
    { name: 'sublease with the consent of a body is not publishing', lines: ruLaw('1. Хозяйство вправе передать участок в субаренду с письменного согласия уполномоченного органа.') },
  ],
  invalid: [
    { lines: kkLaw('1. Ақпаратты бұқаралық ақпарат құралдарында жариялауға жергілікті атқарушы органының келісімі болған кезде ғана жол беріледі.'), errors: [{ quote: 'жергілікті атқарушы органының келісімі болған кезде ғана' }] },
    { lines: ruLaw('1. Материалы публикуются в средствах массовой информации только с согласия пресс-службы акимата.'), errors: [{ quote: 'только с согласия пресс-службы' }] },
    { lines: ruLaw('1. Запрещается публиковать сведения о проверках без разрешения уполномоченного органа.'), errors: [{ quote: 'без разрешения уполномоченного органа' }] },
  ],
}, loadCorpus);
