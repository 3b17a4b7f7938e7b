/**
 * constitution/payment-below-law: a fee, duty or other obligatory payment whose amount is set by a
 * body rather than by law ("взимается сбор в размере, установленном уполномоченным органом",
 * "алым уәкілетті орган белгілеген мөлшерде алынады"). Establishing fees and other obligatory
 * payments is a matter of law (Constitution 2026, art. 60 p. 3 sp. 4); only lawfully established
 * payments are owed (art. 38). Prices of private services (tariffs, "плата" to an operator) are
 * not obligatory payments and are not reported.
 */
import type { Rule } from '../rule';
import { KK_BODY, KK_BODY_GEN, KK_SET_PARTICIPLE, LAW_NAMED, RU_BODY_INSTR, RU_BODY_NOM, RU_SET_PARTICIPLE_ANY } from '../lexicon/bodies';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';

const RU_PAYMENT = /(?<![\p{L}])(?:сбор(?:а|ом|ы|ов)?|пошлин[\p{L}]*|обязательн[\p{L}]*[\s\u00a0]+платеж[\p{L}]*|взнос[\p{L}]*[\s\u00a0]+в[\s\u00a0]+бюджет|плат[аыу][\s\u00a0]+в[\s\u00a0]+бюджет|плат[аыу][\s\u00a0]+за[\s\u00a0]+(?:пользование|эмиссии|выбросы)[\s\u00a0]+[\p{L}]+[\s\u00a0]+ресурс[\p{L}]*)(?![\p{L}])/iu;
const KK_PAYMENT = /(?<![\p{L}])(?:алым[\p{L}]*|баж[\p{L}]*|міндетті[\s\u00a0]+төлем[\p{L}]*|бюджетке[\s\u00a0]+төле[\p{L}]*)/iu;
const RU = new RegExp(
  [
    `(?:в${SP}(?:размер(?:е|ах)|сумм(?:е|ах))|по${SP}ставкам),?${SP}(?:${RU_SET_PARTICIPLE_ANY})${SP}${RU_BODY_INSTR}`,
    `(?:размер[\\p{L}]*|ставк[\\p{L}]*|сумм[\\p{L}]*)${SP}(?:[\\p{L}-]+${SP}){0,6}?(?:(?:устанавлива|определя|утвержда)(?:ется|ются)|(?:установлен|определен|утвержден)[аоы]?)${SP}${RU_BODY_INSTR}`,
    `(?:размер[\\p{L}]*|ставк[\\p{L}]*),?${SP}(?:[\\p{L}-]+${SP}){0,6}?(?:устанавливает|определяет|утверждает|устанавливают|определяют|утверждают)${SP}${RU_BODY_NOM}`,
  ].map((p) => `${WB}${p}`).join('|'),
  'giu',
);
const KK = new RegExp(
  [
    `${KK_BODY}${SP}${KK_SET_PARTICIPLE}${SP}(?:мөлшер(?:де|інде|лерде)|ставкалар${SP}бойынша|ставкалармен|мөлшерлемелер${SP}бойынша)${WE}`,
    // "әкімдігінің қаулысымен бекітілетін мөлшерде": the body's instrument, then a passive participle.
    `${KK_BODY_GEN}${SP}(?:бұйрығымен|шешімімен|қаулысымен|актісімен)${SP}(?:бекітілетін|белгіленетін|айқындалатын|бекітілген|белгіленген|айқындалған)${SP}(?:мөлшер(?:де|інде|лерде)|ставкалар${SP}бойынша)${WE}`,
    `мөлшер(?:ін|лерін)${SP}(?:[\\p{L}-]+${SP}){0,2}?${KK_BODY}${SP}(?:белгілейді|айқындайды|бекітеді)${WE}`,
    `мөлшер(?:і|лері)${SP}${KK_BODY_GEN}${SP}(?:бұйрығымен|шешімімен|қаулысымен|актісімен)${SP}(?:белгіленеді|айқындалады|бекітіледі)${WE}`,
  ].map((p) => `${WB}${p}`).join('|'),
  'giu',
);

/** Numerals in figures or words ("5", "пяти", "двадцати пяти"; "бес", "жиырма бес"). */
const RU_NUMERAL = '(?:\\d+(?:[.,]\\d+)?|(?:одн|дв|тр|четыр|пят|шест|сем|восьм|девят|десят|двадцат|тридцат|сорок|пятидесят|шестидесят|семидесят|восьмидесят|девяност|ст|сот|двухсот|трехсот|тысяч)[\\p{L}]*)';
const KK_NUMERAL = '(?:\\d+(?:[.,]\\d+)?|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан|жүз|мың)';

/** An amount written out in the text: "в размере пяти месячных расчетных показателей", "5 АЕК мөлшерінде". */
const RU_AMOUNT = new RegExp(`${WB}(?:в${SP}размере|составляет)${SP}(?:${RU_NUMERAL}${SP}){1,4}(?:месячн[\\p{L}]*${SP}расчетн[\\p{L}]*${SP}показател[\\p{L}]*|МРП|тенге)${WE}`, 'giu');
const KK_AMOUNT = new RegExp(`${WB}(?:${KK_NUMERAL}${SP}){1,4}(?:айлық${SP}есептік${SP}көрсеткіш[\\p{L}]*|АЕК[\\p{L}-]*|теңге[\\p{L}]*)${SP}(?:мөлшерінде|құрайды)${WE}`, 'giu');

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /размер|ставк|сумм|составляет|мөлшер|тенге|теңге|құрайды/iu;

export const paymentBelowLaw: Rule = {
  meta: {
    id: 'constitution/payment-below-law',
    category: 'constitution',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'The amount of a fee, duty or other obligatory payment is left to a state body instead of the law.',
      basis: 'Конституция РК 2026, ст. 60 п. 3 пп. 4), ст. 38 – сборы и иные обязательные платежи устанавливаются законом',
    },
    messages: {
      payment: {
        ru: 'Размер обязательного платежа («{payment}») определяет орган, а не закон («{quote}»). Установите размер сбора (платежа) законом – как правило, Налоговым кодексом – или сошлитесь на него.',
        kk: 'Міндетті төлемнің («{payment}») мөлшерін заң емес, орган айқындайды («{quote}»). Алымның (төлемнің) мөлшерін заңмен – әдетте Салық кодексімен – белгілеңіз немесе соған сілтеме жасаңыз.',
        en: 'The amount of an obligatory payment ("{payment}") is set by a body, not by law ("{quote}"). Set the amount by law (as a rule, the Tax Code) or refer to it.',
      },
      paymentInBylaw: {
        ru: 'Подзаконный акт сам устанавливает размер обязательного платежа («{payment}» – «{quote}»). Размер сбора (платежа) устанавливается законом: сошлитесь на Налоговый кодекс или иной закон, которым он установлен.',
        kk: 'Заңға тәуелді актінің өзі міндетті төлемнің мөлшерін белгілейді («{payment}» – «{quote}»). Алымның (төлемнің) мөлшері заңмен белгіленеді: оны белгілеген Салық кодексіне немесе өзге заңға сілтеме жасаңыз.',
        en: 'The bylaw itself fixes the amount of an obligatory payment ("{payment}" – "{quote}"). Payment amounts are set by law: refer to the Tax Code or the other law that sets it.',
      },
    },
    rationale: {
      ru: 'Установление сборов и других обязательных платежей относится к вопросам, регулируемым законом (пп. 4) п. 3 ст. 60 Конституции 2026 г.); обязанностью каждого является уплата лишь законно установленных платежей (ст. 38). Размер платежа, отданный на усмотрение органа, – также коррупциогенный фактор.',
      kk: 'Алымдар мен басқа да міндетті төлемдерді белгілеу заңмен реттелетін мәселелерге жатады (2026 жылғы Конституцияның 60-бабы 3-тармағының 4) тармақшасы); әркімнің міндеті – тек заңды түрде белгіленген төлемдерді төлеу (38-бап). Органның қалауына берілген төлем мөлшері сыбайлас жемқорлық факторы да болып табылады.',
      en: 'Establishing fees and other obligatory payments is a matter for law (Constitution 2026, art. 60.3(4)); only lawfully established payments are owed (art. 38). A payment amount left to a body is also a corruption-risk factor.',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(kk ? KK : RU, p.text)) {
        if (LAW_NAMED.test(m.text)) continue;
        const s = sentenceBody(p.text, m.start);
        const payment = (kk ? KK_PAYMENT : RU_PAYMENT).exec(p.text.slice(s.start, s.end));
        if (!payment) continue;
        context.report({
          messageId: 'payment',
          data: { payment: payment[0], quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['const2026:60.3(4)', 'const2026:38', ...courtPractice(context.corpus, 'сборы и другие обязательные платежи устанавливаются законом', '38')],
        });
      }
      // A bylaw that fixes the amount itself (its own text, not a quoted wording of a law).
      if (context.act.kind !== 'bylaw' || p.inQuote) continue;
      for (const m of matchesIn(kk ? KK_AMOUNT : RU_AMOUNT, p.text)) {
        const s = sentenceBody(p.text, m.start);
        const sentence = p.text.slice(s.start, s.end);
        const payment = (kk ? KK_PAYMENT : RU_PAYMENT).exec(sentence);
        if (!payment || LAW_NAMED.test(sentence)) continue;
        context.report({
          messageId: 'paymentInBylaw',
          data: { payment: payment[0], quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['const2026:60.3(4)', 'const2026:38', ...courtPractice(context.corpus, 'сборы и другие обязательные платежи устанавливаются законом', '38')],
        });
      }
    }
  },
};
