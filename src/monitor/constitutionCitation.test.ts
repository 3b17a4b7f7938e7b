import { loadCorpus } from '../corpus';
import { ruleTester } from '../../tests/support/ruleTester';
import { constitutionCitation } from './constitutionCitation';

// An act in force: requisites line with its date; the edition is the latest amending act in its notes.
const RU = (date: string, ...norms: string[]) => [
  'О защите прав граждан',
  `Закон Республики Казахстан от ${date} № 100-VII.`,
  'Статья 1. Основные положения',
  ...norms,
];
const KK = (date: string, ...norms: string[]) => [
  'Азаматтардың құқықтарын қорғау туралы',
  `Қазақстан Республикасының ${date} № 100-VII Заңы.`,
  '1-бап. Негізгі ережелер',
  ...norms,
];

ruleTester(
  constitutionCitation,
  {
    valid: [
      { name: 'ru: no article number, nothing to map', lines: RU('5 мая 2020 года', '1. Настоящий Закон основывается на Конституции Республики Казахстан.') },
      { name: 'ru: an act of 2027 cites the 2026 numbering', lines: RU('5 мая 2027 года', '1. Каждый имеет право на судебную защиту в соответствии с пунктом 2 статьи 12 Конституции Республики Казахстан.') },
      { name: 'ru: an editorial note is not a norm', lines: RU('5 мая 2020 года', '1. Граждане вправе обратиться в суд.', 'Сноска. Статья 1 с изменением, внесенным Законом РК от 01.02.2024 № 50-VIII; см. статью 13 Конституции.') },
      {
        name: 'ru: an act of 2015 amended in 2027 (its note names the amending law) cites the 2026 numbering',
        lines: [...RU('5 мая 2015 года', '1. Ограничения прав допускаются только в случаях, указанных в пункте 1 статьи 41 Конституции Республики Казахстан.'), 'Сноска. Статья 1 в редакции Закона РК от 10.01.2027 № 12-VIII.'],
      },
      { name: 'kk: no article number', lines: KK('2020 жылғы 5 мамырдағы', '1. Осы Заң Қазақстан Республикасының Конституциясына негізделеді.') },
      { name: 'kk: an act of 2027 cites the 2026 numbering', lines: KK('2027 жылғы 5 мамырдағы', '1. Әркімнің Қазақстан Республикасы Конституциясының 12-бабының 2-тармағына сәйкес сот арқылы қорғалуға құқығы бар.') },
    ],
    invalid: [
      {
        name: 'ru: 1995 article 13 item 2 is 2026 article 12 item 2 (judicial protection)',
        lines: RU('5 мая 2020 года', '1. Решение может быть обжаловано в суд согласно пункту 2 статьи 13 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'moved', quote: 'пункту 2 статьи 13 Конституции', replacement: 'пункту 2 статьи 12 Конституции', severity: 'warning', citations: ['const1995:13.2', 'const2026:12.2'] }],
      },
      {
        name: 'ru: an act of 2015 last amended in January 2026 still cites the 1995 numbering (limits on rights 39 → 41)',
        lines: [...RU('5 мая 2015 года', '1. Ограничения прав допускаются только в случаях, указанных в пункте 1 статьи 39 Конституции Республики Казахстан.'), 'Сноска. Статья 1 с изменением, внесенным Законом РК от 10.01.2026 № 12-VIII.'],
        errors: [{ messageId: 'moved', quote: 'пункте 1 статьи 39 Конституции', replacement: 'пункте 1 статьи 41 Конституции', citations: ['const2026:41.1'] }],
      },
      {
        name: 'ru: a 1995 item with no 2026 counterpart (41.4) says where the article went (43)',
        lines: RU('5 мая 2020 года', '1. Порядок выборов определяется с учетом пункта 4 статьи 41 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'noCounterpart', quote: 'пункта 4 статьи 41 Конституции', severity: 'warning', replacement: undefined, citations: ['const1995:41.4', 'const2026:43'] }],
      },
      {
        name: 'ru: split content has no mechanical fix',
        lines: RU('5 мая 2020 года', '1. Статус столицы определяется в соответствии с пунктом 3 статьи 2 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'split', quote: 'пунктом 3 статьи 2 Конституции', replacement: undefined, citations: ['const2026:2.3', 'const2026:2.4'] }],
      },
      {
        name: 'ru: an edition after 1 July 2026 citing a place the 2026 text lacks',
        lines: RU('5 мая 2027 года', '1. Порядок определяется в соответствии со статьей 99 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'missing2026', quote: 'статьей 99 Конституции' }],
      },
      {
        name: 'kk: 1995 article 13 item 2 → 2026 article 12 item 2',
        lines: KK('2020 жылғы 5 мамырдағы', '1. Шешімге Қазақстан Республикасы Конституциясының 13-бабының 2-тармағына сәйкес сотқа шағым жасалуы мүмкін.'),
        errors: [{ messageId: 'moved', quote: 'Конституциясының 13-бабының 2-тармағына', replacement: 'Конституциясының 12-бабының 2-тармағына', citations: ['const2026:12.2'] }],
      },
      {
        name: 'kk: no 2026 counterpart',
        lines: KK('2020 жылғы 5 мамырдағы', '1. Сайлау тәртібі Қазақстан Республикасы Конституциясының 41-бабының 4-тармағы ескеріле отырып айқындалады.'),
        errors: [{ messageId: 'noCounterpart', quote: 'Конституциясының 41-бабының 4-тармағы', citations: ['const2026:43'] }],
      },
    ],
  },
  loadCorpus,
);
