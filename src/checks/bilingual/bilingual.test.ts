import * as fs from 'fs';
import * as path from 'path';
import { docFromLines } from '../../core/document';
import { reviewLocal } from '../../engine/local';
import { loadCorpus } from '../../corpus';
import { ruleTester } from '../../../tests/support/ruleTester';
import { bilingualParity } from './bilingual';

const RU_HEAD = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О молодых семьях', 'Статья 1. Основные положения'];
const KK_HEAD = ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Жас отбасылар туралы', '1-бап. Негізгі ережелер'];

ruleTester(
  bilingualParity,
  {
    valid: [
      {
        name: 'ru: digits in one text, words in the other; "один раз" / "бір рет"; "одновременно" / "бір мезгілде"',
        lines: [...RU_HEAD, '1. Заявление рассматривается в течение 15 рабочих дней.', '2. Сертификат предоставляется один раз семье, которая одновременно отвечает условиям.'],
        pair: [...KK_HEAD, '1. Өтініш он бес жұмыс күні ішінде қаралады.', '2. Сертификат бір мезгілде шарттарға сай келетін отбасына бір рет беріледі.'],
      },
      {
        name: 'ru: "рабочих" said in one text only is not another deadline',
        lines: [...RU_HEAD, '1. Заявление рассматривается в течение десяти рабочих дней.'],
        pair: [...KK_HEAD, '1. Өтініш он күн ішінде қаралады.'],
      },
      {
        name: 'ru: an ordinal day of the month is not a count ("двадцатого числа" / "айдың жиырмасынан")',
        lines: [...RU_HEAD, '1. Сведения представляются ежеквартально не позднее двадцатого числа месяца, следующего за отчетным кварталом.'],
        pair: [...KK_HEAD, '1. Мәліметтер тоқсан сайын, есепті тоқсаннан кейінгі айдың жиырмасынан кешіктірмей ұсынылады.'],
      },
      {
        name: 'kk: same date, amount and reference written differently',
        lines: [...KK_HEAD, '1. Сертификат 500 айлық есептік көрсеткіш мөлшерінде беріледі.', '2. Осы Заң 2027 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.', '3. Осы баптың 1-тармағында көзделген сертификат бір рет беріледі.'],
        pair: [...RU_HEAD, '1. Сертификат предоставляется в размере пятисот месячных расчетных показателей.', '2. Настоящий Закон вводится в действие с 1 января 2027 года.', '3. Сертификат, предусмотренный пунктом 1 настоящей статьи, предоставляется один раз.'],
      },
      {
        name: 'ru: a figure said in other measures in the other text is not compared ("двенадцать месяцев" / "бір жыл")',
        lines: [...RU_HEAD, '1. Сведения о доходах представляются за последние двенадцать месяцев.'],
        pair: [...KK_HEAD, '1. Табыс туралы мәліметтер соңғы бір жылға ұсынылады.'],
      },
      {
        name: 'ru: no pair, no check',
        lines: [...RU_HEAD, '1. Возраст не превышает тридцати пяти лет.'],
      },
    ],
    invalid: [
      {
        name: 'ru: an age written as one adjective ("восемнадцатилетнего возраста") vs 16',
        lines: [...RU_HEAD, '1. В составе членов федерации состоят спортсмены, достигшие восемнадцатилетнего возраста.'],
        pair: [...KK_HEAD, '1. Федерация мүшелерінің құрамында он алты жасқа толған спортшылар болады.'],
        errors: [{ messageId: 'figure', quote: 'восемнадцатилетнего' }],
      },
      {
        name: 'ru: the same number of calendar days here, working days there',
        lines: [...RU_HEAD, '1. Свидетельство выдается в течение 10 (десяти) календарных дней.'],
        pair: [...KK_HEAD, '1. Куәлік 10 (он) жұмыс күні ішінде беріледі.'],
        errors: [{ messageId: 'figure', quote: '10 (десяти) календарных дней' }],
      },
      {
        name: 'ru: age 35 vs 30',
        lines: [...RU_HEAD, '1. Молодая семья – семья, в которой возраст каждого из супругов не превышает тридцати пяти лет.'],
        pair: [...KK_HEAD, '1. Жас отбасы – ерлі-зайыптылардың әрқайсысының жасы отыз жастан аспайтын отбасы.'],
        errors: [{ messageId: 'figure', quote: 'тридцати пяти лет', citations: ['lla:24.3'] }],
      },
      {
        name: 'kk: percentage 20 vs 10, deadline 10 vs 15 working days',
        lines: [...KK_HEAD, '1. Бастапқы жарна тұрғын үй құнының кемінде жиырма пайызын құрайды.', '2. Комиссия өтінішті он жұмыс күні ішінде қарайды.'],
        pair: [...RU_HEAD, '1. Первоначальный взнос составляет не менее десяти процентов стоимости жилья.', '2. Комиссия рассматривает заявление в течение пятнадцати рабочих дней.'],
        errors: [
          { messageId: 'figure', quote: 'кемінде жиырма пайызын' },
          { messageId: 'figure', quote: 'он жұмыс күні' },
        ],
      },
      {
        name: 'ru: a subitem missing from the Kazakh text, anchored on its label',
        lines: [...RU_HEAD, '1. Право имеет семья, которая отвечает условиям:', '1) супруги являются гражданами Республики Казахстан;', '2) семья не имеет жилища;', '3) семья состоит на учете.'],
        pair: [...KK_HEAD, '1. Мынадай шарттарға сай келетін отбасының құқығы бар:', '1) ерлі-зайыптылар Қазақстан Республикасының азаматтары болып табылады;', '2) отбасының тұрғын үйі жоқ.'],
        errors: [{ messageId: 'missingInPair', quote: '3)' }],
      },
      {
        name: 'ru: the MIDDLE subitem is missing from the Kazakh text (the rest renumbered): found by the lengths of the others',
        lines: [...RU_HEAD, '1. Поддержка оказывается в форме:', '1) субсидирования приобретения племенного скота и пчелиных пакетов;', '2) возмещения части затрат на приобретение ульев и оборудования для переработки меда;', '3) обучения.'],
        pair: [...KK_HEAD, '1. Қолдау мынадай нысандарда көрсетіледі:', '1) асыл тұқымды мал мен ара пакеттерін сатып алуды субсидиялау;', '2) оқыту.'],
        errors: [{ messageId: 'missingInPair', quote: '2)' }],
      },
      {
        name: 'kk: the Kazakh text lacks a subitem of the Russian one: anchored on the preceding subitem',
        lines: [...KK_HEAD, '1. Мынадай шарттарға сай келетін отбасының құқығы бар:', '1) ерлі-зайыптылар Қазақстан Республикасының азаматтары болып табылады;', '2) отбасының тұрғын үйі жоқ.'],
        pair: [...RU_HEAD, '1. Право имеет семья, которая отвечает условиям:', '1) супруги являются гражданами Республики Казахстан;', '2) семья не имеет жилища;', '3) семья состоит на учете.'],
        errors: [{ messageId: 'missingHere', quote: '2)', paragraph: 5 }],
      },
      {
        name: 'ru: internal reference to another article',
        lines: [...RU_HEAD, '1. Размер сертификата устанавливается в соответствии с пунктом 2 статьи 7 настоящего Закона.'],
        pair: [...KK_HEAD, '1. Сертификаттың мөлшері осы Заңның 8-бабының 2-тармағына сәйкес белгіленеді.'],
        errors: [{ messageId: 'reference', quote: 'пунктом 2 статьи 7' }],
      },
      {
        name: 'kk: entry into force on another date',
        lines: [...KK_HEAD, '1. Осы Заң 2027 жылғы 1 шілдеден бастап қолданысқа енгізіледі.'],
        pair: [...RU_HEAD, '1. Настоящий Закон вводится в действие с 1 января 2027 года.'],
        errors: [{ messageId: 'figure', quote: '2027 жылғы 1 шілдеден' }],
      },
      {
        name: 'ru: an item numbered differently',
        lines: [...RU_HEAD, '1. Сертификат предоставляется один раз.', '2. Сертификат не передается.'],
        pair: [...KK_HEAD, '1. Сертификат бір рет беріледі.', '3. Сертификат берілмейді.'],
        errors: [{ messageId: 'numbering', quote: '2.' }],
      },
    ],
  },
  loadCorpus,
);

const EVAL = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'eval');
const evalDoc = (id: string) => docFromLines(fs.readFileSync(path.join(EVAL, `${id}.txt`), 'utf8').replace(/\n$/, '').split('\n'));

describe('bilingual/parity on the eval pair', () => {
  const expectedFor = (id: string) =>
    (JSON.parse(fs.readFileSync(path.join(EVAL, `${id}.expected.json`), 'utf8')) as {
      findings: { category: string; paragraph: number; quote: string; pair_paragraph?: number; pair_quote?: string }[];
    }).findings.filter((f) => f.category === 'bilingual');

  test.each([
    ['dev-pair-ru', 'dev-pair-kk'],
    ['dev-pair-kk', 'dev-pair-ru'],
  ])('%s reviewed with %s: every parity mismatch found, anchored in both texts, nothing else', (main, other) => {
    const { findings } = reviewLocal(evalDoc(main), { pair: evalDoc(other), rules: [bilingualParity], corpus: loadCorpus() });
    const expected = expectedFor(main);
    expect(findings).toHaveLength(expected.length);
    for (const e of expected) {
      const f = findings.find((x) => x.anchor.paragraph === e.paragraph && x.anchor.quote.includes(e.quote.split(' ')[0]));
      expect(f).toBeDefined();
      expect(f!.pairAnchor?.paragraph).toBe(e.pair_paragraph);
      expect(f!.pairAnchor?.quote).toContain(e.pair_quote!.split(' ')[0]);
    }
  });
});
