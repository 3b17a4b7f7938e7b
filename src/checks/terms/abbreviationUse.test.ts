import { ruleTester } from '../../../tests/support/ruleTester';
import { abbreviationUseRule } from './abbreviationUse';

const RU = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 1. Учет'];
const KK = ['БҰЙРЫҚ', 'Қағидаларды бекіту туралы', '1-тарау. Жалпы ережелер'];

ruleTester(abbreviationUseRule, {
  valid: [
    { name: 'ru: introduced, then used (inflected)', lines: [...RU, '1. Учет ведется в системе «Единый реестр задержанных транспортных средств» (далее – ЕРЗТС).', '2. Оператор вносит в ЕРЗТС сведения.', '3. Реестр операторов проката (далее – Реестр) размещается на сайте; сведения Реестра открыты.'] },
    { name: 'ru: lower-case short form used as a plain word before', lines: [...RU, '1. Оператор хранит имущество.', '2. Оператор специализированной стоянки (далее – оператор) ведет учет.', '3. Оператором признается лицо.'] },
    { name: 'kk: introduced, then used with a case ending', lines: [...KK, '1. Субсидиялау «Мемлекеттік ақпараттық жүйе» (бұдан әрі – АЖ) арқылы жүзеге асырылады.', '2. Өтінімдер АЖ-ға беріледі.'] },
    { name: 'a capitalised short form that heads the full name', lines: [...RU, 'КОНСТИТУЦИОННЫЙ СУД', '1. Конституционный Суд Республики Казахстан (далее – Конституционный Суд) обеспечивает верховенство Конституции.', '2. Конституционный Суд независим.'] },
  ],
  invalid: [
    { name: 'ru: acronym used before it is introduced', lines: [...RU, '1. Оператор обеспечивает функционирование ЕРЗТС.', '2. Учет ведется в системе «Единый реестр задержанных транспортных средств» (далее – ЕРЗТС).', '3. Сведения ЕРЗТС открыты.'], errors: [{ messageId: 'usedBefore', quote: 'ЕРЗТС', paragraph: 3, severity: 'error' }] },
    { name: 'ru: introduced and never used', lines: [...RU, '1. Местные исполнительные органы ведут реестр операторов проката (далее – Реестр).', '2. Сведения реестра операторов проката открыты.'], errors: [{ messageId: 'unused', quote: '(далее – Реестр)', severity: 'warning' }] },
    { name: 'ru: introduced twice', lines: [...RU, '1. Реестр операторов (далее – Реестр) ведется органом.', '2. Реестр открыт; реестр операторов (далее – Реестр) размещается на сайте.', '3. Реестр обновляется.'], errors: [{ messageId: 'twice', quote: '(далее – Реестр)', paragraph: 4 }] },
    { name: 'kk: acronym used before it is introduced', lines: [...KK, '1. Өтінімдер АЖ арқылы беріледі.', '2. Субсидиялау «Мемлекеттік ақпараттық жүйе» (бұдан әрі – АЖ) арқылы жүзеге асырылады.'], errors: [{ messageId: 'usedBefore', quote: 'АЖ', paragraph: 3 }] },
    { name: 'kk: introduced and never used', lines: [...KK, '1. Осы субсидиялау қағидалары (бұдан әрі – Қағидалар) тәртіпті айқындайды.', '2. Өтінімдер электрондық нысанда беріледі.'], errors: [{ messageId: 'unused', quote: '(бұдан әрі – Қағидалар)' }] },
  ],
});
