import { loadCorpus } from '../../corpus';
import { ruleTester } from '../../../tests/support/ruleTester';
import { kkLaw, ruLaw } from '../lexicon/testDrafts';
import { constitutionEdition } from './constitutionEdition';

ruleTester(
  constitutionEdition,
  {
    valid: [
      { name: 'ru: court protection cited by its 2026 number', lines: ruLaw('1. Каждый перевозчик имеет право на судебную защиту своих прав и свобод в соответствии со статьей 12 Конституции Республики Казахстан.') },
      { name: 'ru: restriction of rights by law, 2026 number', lines: ruLaw('1. Права владельцев могут быть ограничены только законом и лишь в той мере, в какой это необходимо, согласно пункту 1 статьи 41 Конституции Республики Казахстан.') },
      { name: 'ru: citizenship cited by its 2026 number (13), which is court protection in 1995', lines: ruLaw('1. Гражданство Республики Казахстан приобретается и прекращается в соответствии со статьей 13 Конституции Республики Казахстан.') },
      { name: 'ru: a reference with no topic of its own says nothing of the edition', lines: ruLaw('1. Настоящий Закон основывается на статье 13 Конституции Республики Казахстан.') },
      { name: 'kk: court protection cited by its 2026 number', lines: kkLaw('1. Тасымалдаушының құқықтарын сот арқылы қорғау Қазақстан Республикасы Конституциясының 12-бабына сәйкес қамтамасыз етіледі.') },
      { name: 'ru: an article only the 1995 text had is the other rule\'s business', lines: ruLaw('1. Порядок установлен статьей 98 Конституции Республики Казахстан.') },
    ],
    invalid: [
      {
        name: 'ru: court protection by the 1995 number (13; now 12)',
        lines: ruLaw('1. Владелец транспортного средства имеет право на судебную защиту своих прав в соответствии со статьей 13 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'means1995', quote: 'статьей 13 Конституции', replacement: 'статьей 12 Конституции', severity: 'warning', citations: ['const2026:12'] }],
      },
      {
        name: 'ru: privacy, 1995 item 18.1 (now 21.1; 18.1 is personal liberty in 2026)',
        lines: ruLaw('1. Сведения о частной жизни владельца, его личной и семейной тайне не раскрываются в силу пункта 1 статьи 18 Конституции Республики Казахстан.'),
        errors: [{ messageId: 'means1995', quote: 'пункта 1 статьи 18 Конституции', replacement: 'пункта 1 статьи 21 Конституции', citations: ['const2026:21.1'] }],
      },
      {
        name: 'ru: censorship under art. 20 of 1995 (now 23)',
        lines: ruLaw('1. Цензура сведений о стоянках запрещается в соответствии со статьей 20 Конституции Республики Казахстан о свободе слова.'),
        errors: [{ messageId: 'means1995', quote: 'статьей 20 Конституции' }],
      },
      {
        name: 'kk: court protection by the 1995 number',
        lines: kkLaw('1. Көлік иесінің құқықтарын сот арқылы қорғау Қазақстан Республикасы Конституциясының 13-бабына сәйкес қамтамасыз етіледі.'),
        errors: [{ messageId: 'means1995', quote: 'Конституциясының 13-бабына', replacement: 'Конституциясының 12-бабына' }],
      },
      {
        name: 'kk: freedom of labour by the 1995 number (24; now 27)',
        lines: kkLaw('1. Тұрақ қызметкерлерінің еңбек бостандығы мен қызмет түрін еркін таңдау құқығы Қазақстан Республикасы Конституциясының 24-бабымен кепілдік беріледі.'),
        errors: [{ messageId: 'means1995', quote: 'Конституциясының 24-бабымен' }],
      },
    ],
  },
  loadCorpus,
);
