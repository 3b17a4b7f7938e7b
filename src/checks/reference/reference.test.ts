import { loadCorpus } from '../../corpus';
import { ruleTester } from '../../../tests/support/ruleTester';
import { externalReference } from './reference';

const RU = (...norms: string[]) => ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О разрешениях', 'Статья 1. Общие положения', ...norms];
const KK = (...norms: string[]) => ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Рұқсаттар туралы', '1-бап. Жалпы ережелер', ...norms];

ruleTester(
  externalReference,
  {
    valid: [
      { lines: RU('1. Требования разрабатываются с учетом Закона Республики Казахстан «О правовых актах».') },
      { lines: RU('1. Протокол составляется в соответствии с Кодексом Республики Казахстан об административных правонарушениях от 5 июля 2014 года.') },
      { name: 'ru: a title shared by an act in force and a repealed one, without a date', lines: RU('1. Отношения регулируются Трудовым кодексом Республики Казахстан.') },
      { lines: RU('1. Права, указанные в пункте 3 статьи 41 Конституции Республики Казахстан, не ограничиваются.') },
      { name: 'ru: an act unknown to the registry is not judged', lines: RU('1. Отношения регулируются Законом Республики Казахстан «О пчеловодстве».') },
      { name: 'ru: repealing an act names it on purpose', lines: RU('1. Признать утратившими силу:', '1) Закон Республики Казахстан от 24 марта 1998 года «О нормативных правовых актах».') },
      { lines: KK('1. «Құқықтық актілер туралы» Қазақстан Республикасының Заңына сәйкес талаптар әзірленеді.') },
      { lines: KK('1. Қазақстан Республикасы Конституциясының 41-бабының 3-тармағында көрсетілген құқықтар шектелмейді.') },
      { lines: KK('1. Шешімге Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен шағым жасалуы мүмкін.') },
    ],
    invalid: [
      {
        name: 'ru: repealed Law named by its title: the title is swapped for the act that replaced it',
        lines: RU('1. Требования разрабатываются с учетом Закона Республики Казахстан «О нормативных правовых актах».'),
        errors: [{ messageId: 'repealed', quote: '«О нормативных правовых актах»', replacement: '«О правовых актах»', citations: ['lla:25.5'] }],
      },
      {
        name: 'ru: repealed Code named by type and date: anchored on the date',
        lines: RU('1. Протокол составляется в соответствии с Кодексом Республики Казахстан об административных правонарушениях от 30 января 2001 года.'),
        errors: [{ messageId: 'repealed', quote: 'от 30 января 2001 года', replacement: 'от 5 июля 2014 года' }],
      },
      {
        name: 'ru: repealed act replaced by an act of another type: no mechanical replacement',
        lines: RU('1. Отказ может быть обжалован в порядке, предусмотренном Законом Республики Казахстан «Об административных процедурах».'),
        errors: [{ messageId: 'repealed', quote: '«Об административных процедурах»' }],
      },
      {
        name: 'ru: 1995 numbering of the Constitution',
        lines: RU('1. Приостановление не может ограничивать права, указанные в пункте 3 статьи 39 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'constitution1995', quote: 'пункте 3 статьи 39 Конституции', replacement: 'пункте 3 статьи 41 Конституции', severity: 'error', citations: ['const2026:41.3'] }],
      },
      {
        name: 'ru: an article the Constitution does not have',
        lines: RU('1. Порядок установлен статьей 120 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'constitutionMissing', quote: 'статьей 120 Конституции' }],
      },
      {
        name: 'ru: the title identifies one act; the date is not its date',
        lines: RU('1. Персональные данные обрабатываются в соответствии с Законом Республики Казахстан от 21 мая 2014 года «О персональных данных и их защите».'),
        errors: [{ messageId: 'wrongDate', quote: 'от 21 мая 2014 года', replacement: 'от 21 мая 2013 года' }],
      },
      {
        name: 'ru: wrong registration number',
        lines: RU('1. Требования устанавливаются согласно Закону Республики Казахстан от 6 апреля 2016 года № 481-V «О правовых актах».'),
        errors: [{ messageId: 'wrongNumber', quote: '№ 481-V', replacement: '№ 480-V' }],
      },
      {
        name: 'kk: repealed Law named by title and date: anchored on the date words',
        lines: KK('1. Лауазымды адамдар «Қазақстан Республикасының мемлекеттік қызметі туралы» 2015 жылғы 23 қарашадағы Қазақстан Республикасының Заңына сәйкес жауапты болады.'),
        errors: [{ messageId: 'repealed', quote: '2015 жылғы 23 қарашадағы', replacement: '2026 жылғы 19 мамырдағы' }],
      },
      {
        name: 'kk: repealed Law named by title',
        lines: KK('1. Талаптар «Нормативтік құқықтық актілер туралы» Қазақстан Республикасының Заңына сәйкес әзірленеді.'),
        errors: [{ messageId: 'repealed', quote: '«Нормативтік құқықтық актілер туралы»', replacement: '«Құқықтық актілер туралы»' }],
      },
      {
        name: 'ru: a code named by two adjectives (a lower-case one among them) with another code’s date',
        lines: RU('1. Шаги процедуры определяются Административным процедурно-процессуальным кодексом Республики Казахстан от 30 января 2001 года.'),
        errors: [{ messageId: 'wrongDate', quote: 'от 30 января 2001 года' }],
      },
      {
        name: 'ru: a list of Constitution units: one finding naming each unit the 2026 text lacks, no mechanical fix',
        lines: RU('1. В случаях, предусмотренных подпунктами 2) и 3) пункта 1 статьи 72 Конституции Республики Казахстан, сроки приостанавливаются.'),
        errors: [{ messageId: 'constitution1995', quote: 'подпунктами 2) и 3) пункта 1 статьи 72 Конституции', replacement: undefined }],
      },
      {
        name: 'kk: 1995 numbering of the Constitution',
        lines: KK('1. Тоқтата тұру Қазақстан Республикасы Конституциясының 39-бабының 3-тармағында көрсетілген құқықтарды шектей алмайды.'),
        errors: [{ messageId: 'constitution1995', quote: 'Конституциясының 39-бабының 3-тармағында', replacement: 'Конституциясының 41-бабының 3-тармағында', citations: ['const2026:41.3'] }],
      },
      {
        name: 'ru: in an official consolidated edition (it carries editorial notes) 1995 numbering is a warning',
        lines: RU('Сноска. Статья 1 с изменениями, внесенными Законом РК от 10.01.2025 № 153-VIII.', '1. Приостановление не может ограничивать права, указанные в пункте 3 статьи 39 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'constitution1995', quote: 'пункте 3 статьи 39 Конституции', severity: 'warning', citations: ['const2026:41.3'] }],
      },
      {
        name: 'kk: the same in a consolidated edition',
        lines: KK('Ескерту. 1-бапқа өзгеріс енгізілді – ҚР 10.01.2025 № 153-VIII Заңымен.', '1. Тоқтата тұру Қазақстан Республикасы Конституциясының 39-бабының 3-тармағында көрсетілген құқықтарды шектей алмайды.'),
        errors: [{ messageId: 'constitution1995', quote: 'Конституциясының 39-бабының 3-тармағында', severity: 'warning' }],
      },
    ],
  },
  loadCorpus,
);

// Issue 10 item 3: an act names the act it replaced on purpose (its transitional provisions); the
// registry's "repealed by" names this act's own number, read from the database's line under the title.
ruleTester(externalReference, {
  valid: [
    { name: 'ru: the 2014 Code on administrative offences names the 2001 Code it replaced', lines: ['Кодекс Республики Казахстан об административных правонарушениях', 'Кодекс Республики Казахстан от 5 июля 2014 года № 235-V ЗРК.', 'Статья 1. Переходные положения', '1. Протоколы, составленные в соответствии с Кодексом Республики Казахстан об административных правонарушениях от 30 января 2001 года до введения в действие настоящего Кодекса, сохраняют силу.'] },
    { name: 'kk: the Law "On Legal Acts" names the law it replaced', lines: ['Құқықтық актілер туралы', 'Қазақстан Республикасының 2016 жылғы 6 сәуірдегі № 480-V Заңы.', '1-бап. Өтпелі ережелер', '1. Осы Заң қолданысқа енгізілгенге дейін «Нормативтік құқықтық актілер туралы» Қазақстан Республикасының Заңына сәйкес қабылданған актілер өз күшін сақтайды.'] },
  ],
  invalid: [
    { name: 'ru: another act citing the same repealed Code is told, transitional or not', lines: ['Водный кодекс Республики Казахстан', 'Кодекс Республики Казахстан от 9 апреля 2025 года № 178-VIII ЗРК.', 'Статья 1. Переходные положения', '1. Протоколы, составленные в соответствии с Кодексом Республики Казахстан об административных правонарушениях от 30 января 2001 года, сохраняют силу.'], errors: [{ messageId: 'repealed', quote: 'от 30 января 2001 года' }] },
    { name: 'kk: a draft (no number of its own) citing the repealed law is told', lines: ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Рұқсаттар туралы', '1-бап. Өтпелі ережелер', '1. Осы Заң қолданысқа енгізілгенге дейін «Нормативтік құқықтық актілер туралы» Қазақстан Республикасының Заңына сәйкес берілген рұқсаттар өз күшін сақтайды.'], errors: [{ messageId: 'repealed', quote: '«Нормативтік құқықтық актілер туралы»' }] },
  ],
}, loadCorpus);
