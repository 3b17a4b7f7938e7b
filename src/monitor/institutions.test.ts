import { loadCorpus } from '../corpus';
import { ruleTester } from '../../tests/support/ruleTester';
import { institutionRule } from './institutions';

const RU = (...norms: string[]) => ['О бюджетном процессе', 'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.', 'Статья 1. Основные положения', ...norms];
const KK = (...norms: string[]) => ['Бюджет процесі туралы', 'Қазақстан Республикасының 2020 жылғы 5 мамырдағы № 100-VII Заңы.', '1-бап. Негізгі ережелер', ...norms];

ruleTester(
  institutionRule,
  {
    valid: [
      { name: 'ru: the gazette of publication is a name, not a norm', lines: RU('1. Признать утратившим силу Закон Республики Казахстан от 16 июля 1997 года (Ведомости Парламента Республики Казахстан, 1997 г., № 15-16, ст. 211).') },
      { name: 'ru: a foreign parliament', lines: RU('1. Учитываются рекомендации Европейского Парламента и Парламентской ассамблеи.') },
      { name: 'ru: the Курултай already', lines: RU('1. Проект закона вносится в Курултай Республики Казахстан не позднее 1 сентября.') },
      { name: 'ru: a note is not a norm', lines: RU('1. Бюджет утверждается законом.', 'Сноска. Статья 1 с изменением, внесенным Законом РК от 01.02.2024 № 50-VIII (Ведомости Парламента); Мажилис.') },
      { name: 'kk: the gazette', lines: KK('1. Заң (Қазақстан Республикасы Парламентінің Жаршысы, 2004 ж., № 23, 142-құжат) күші жойылды деп танылсын.') },
      { name: 'kk: the Құрылтай already', lines: KK('1. Заң жобасы Қазақстан Республикасының Құрылтайына 1 қыркүйектен кешіктірілмей енгізіледі.') },
    ],
    invalid: [
      {
        name: 'ru: Parliament in the accusative → Курултай',
        lines: RU('1. Проект закона вносится Правительством Республики Казахстан в Парламент Республики Казахстан не позднее 1 сентября.'),
        errors: [{ messageId: 'parliament', quote: 'Парламент', replacement: 'Курултай', severity: 'warning', citations: ['const2026:52.1', 'const2026:95.1'] }],
      },
      {
        name: 'ru: instrumental case keeps its case',
        lines: RU('1. Бюджет действует до утверждения Парламентом Республики Казахстан закона о бюджете.'),
        errors: [{ messageId: 'parliament', quote: 'Парламентом', replacement: 'Курултаем' }],
      },
      {
        name: 'ru: the Senate of the Parliament → Курултай; a bare Mazhilis has no mechanical fix',
        lines: RU('1. Законопроект рассматривается вначале в Мажилисе, затем в Сенате Парламента Республики Казахстан.'),
        errors: [
          { messageId: 'mazhilis', quote: 'Мажилисе', replacement: undefined },
          { messageId: 'senate', quote: 'Сенате Парламента Республики Казахстан', replacement: 'Курултае Республики Казахстан', citations: ['const2026:53.1'] },
        ],
      },
      {
        name: 'ru: one chamber of a pair is not renamed alone ("Мажилиса и Курултая" would be wrong)',
        lines: RU('1. Проект рассматривается на пленарных заседаниях Мажилиса и Сената Парламента Республики Казахстан.'),
        errors: [
          { messageId: 'mazhilis', quote: 'Мажилиса', replacement: undefined },
          { messageId: 'senate', quote: 'Сената Парламента Республики Казахстан', replacement: undefined },
        ],
      },
      {
        name: 'ru: deputies of the Parliament → deputies of the Курултай',
        lines: RU('1. Публичное оскорбление депутата Парламента Республики Казахстан наказывается штрафом.'),
        errors: [{ messageId: 'deputy', quote: 'депутата Парламента', replacement: 'депутата Курултая' }],
      },
      {
        name: 'ru: chambers: the sentence must be reworded by a person',
        lines: RU('1. Отчет заслушивается на совместном заседании Палат Парламента Республики Казахстан.'),
        errors: [{ messageId: 'chambers', quote: 'Палат Парламента Республики Казахстан', replacement: undefined }],
      },
      {
        name: 'kk: Parliament in the dative → Құрылтайына',
        lines: KK('1. Заң жобасын Үкімет Қазақстан Республикасының Парламентіне 1 қыркүйектен кешіктірмей енгізеді.'),
        errors: [{ messageId: 'parliament', quote: 'Парламентіне', replacement: 'Құрылтайына', citations: ['const2026:52.1'] }],
      },
      {
        name: 'kk: deputies of the Parliament',
        lines: KK('1. Парламент депутаттары заң жобаларын енгізуге құқылы.'),
        errors: [{ messageId: 'deputy', quote: 'Парламент депутаттары', replacement: 'Құрылтай депутаттары' }],
      },
      {
        name: 'kk: the Senate of the Parliament',
        lines: KK('1. Тағайындау Қазақстан Республикасы Парламенті Сенатының келісімімен жүзеге асырылады.'),
        errors: [{ messageId: 'senate', quote: 'Парламенті Сенатының', replacement: undefined }],
      },
      {
        name: 'kk: the Mazhilis',
        lines: KK('1. Заң жобасы Мәжіліске енгізіледі.'),
        errors: [{ messageId: 'mazhilis', quote: 'Мәжіліске' }],
      },
    ],
  },
  loadCorpus,
);
