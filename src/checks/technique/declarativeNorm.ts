/**
 * technique/declarative-norm: a sentence whose only content is a duty to obey the law ("Оператор
 * обязан соблюдать законодательство Республики Казахстан", "… Қазақстан Республикасының
 * заңнамасын сақтауға міндетті"). Everyone must obey the law anyway; such a norm carries no legal
 * load of its own (Law "On Legal Acts", art. 24 p. 3, part one, last sentence). Only the whole
 * predicate is reported: "обязан соблюдать требования статьи 7" has content and is left alone.
 */
import type { Rule } from '../rule';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, SP_OPT, WB } from '../lexicon/words';

/** The predicate, up to the end of the sentence (an optional "о …" / "в области …" tail names the branch of law). */
/** The end of the sentence, in a quoted wording too ("….»;"). */
const SENTENCE_END = `${SP_OPT}[.;]?[\\s\\u00a0»]*[.;]?${SP_OPT}$`;
/** Manner adverbs that add nothing to the duty: "неукоснительно", "строго" / "мүлтіксіз", "қатаң". */
const RU_ADVERB = `(?:(?:неукоснительно|строго|точно|обязательно|в${SP}полном${SP}объеме)${SP})?`;
const KK_ADVERB = `(?:(?:мүлтіксіз|қатаң|міндетті${SP}түрде|толық${SP}көлемде)${SP})?`;
const RU = new RegExp(
  `${WB}(?:(?:обязан(?:а|о|ы)?|должн(?:а|о|ы)|должен)${SP}${RU_ADVERB}(?:соблюдать|исполнять|выполнять)${SP}(?:(?:требования|нормы|положения)${SP})?(?:[\\p{L}-]+${SP})?законодательств(?:о|а)` +
    `|(?:обязан(?:а|о|ы)?|должн(?:а|о|ы)|должен)${SP}${RU_ADVERB}руководствоваться${SP}(?:[\\p{L}-]+${SP})?законодательством` +
    `|руководству(?:ется|ются)${SP}(?:в${SP}своей${SP}деятельности${SP})?законодательством)` +
    `${SP}Республики${SP}Казахстан(?=(?:${SP}(?:о|об|в${SP}(?:области|сфере))${SP}[^.;:]{1,80})?${SENTENCE_END})`,
  'giu',
);
const KK = new RegExp(
  `${WB}Қазақстан${SP}Республикасының${SP}(?:[\\p{L}-]+${SP}){0,6}?заңнамасын(?:ың${SP}(?:талаптарын|нормаларын|ережелерін))?${SP}${KK_ADVERB}` +
    `(?:(?:сақтауға|орындауға|басшылыққа${SP}алуға)${SP}(?:міндетті(?:${SP}болады)?|тиіс(?:ті)?)|(?:сақтауы|орындауы|басшылыққа${SP}алуы)${SP}(?:тиіс|қажет|керек)|басшылыққа${SP}алады)(?=${SENTENCE_END})`,
  'giu',
);

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /соблюдать|исполнять|выполнять|руководств|сақтау|орындау|басшылыққа/iu;

export const declarativeNorm: Rule = {
  meta: {
    id: 'technique/declarative-norm',
    category: 'technique',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Declarative norms without legal content: a bare duty to obey the legislation of the Republic of Kazakhstan.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3 (текст не должен содержать положения декларативного характера, не несущие смысловой и правовой нагрузки)',
    },
    messages: {
      declarative: {
        ru: 'Декларативная норма без самостоятельного правового содержания: «{quote}». Исключите ее или укажите конкретные обязанности (требования) со ссылкой на нормы, которые их устанавливают.',
        kk: 'Дербес құқықтық мазмұны жоқ декларативтік норма: «{quote}». Оны алып тастаңыз немесе нақты міндеттерді (талаптарды) оларды белгілейтін нормаларға сілтеме жасап көрсетіңіз.',
        en: 'Declarative norm with no legal content of its own: "{quote}". Delete it or state the specific duties (requirements) with a reference to the norms that set them.',
      },
    },
    rationale: {
      ru: 'Текст нормативного правового акта не должен содержать положения декларативного характера, не несущие смысловой и правовой нагрузки (п. 3 ст. 24 Закона «О правовых актах»): обязанность соблюдать законодательство существует независимо от этой нормы.',
      kk: 'Нормативтік құқықтық актінің мәтінінде мағыналық және құқықтық жүктемесі жоқ декларативтік сипаттағы ережелер болмауы тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы): заңнаманы сақтау міндеті бұл нормаға қарамастан бар.',
      en: 'A legal act must not contain declarative provisions without meaning or legal load (Law "On Legal Acts", art. 24.3): the duty to obey the law exists regardless of such a norm.',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(kk ? KK : RU, p.text)) {
        // The sentence must end with the predicate (checked by the lookahead against the paragraph end);
        // a sentence boundary inside would mean the match spans two sentences.
        const s = sentenceBody(p.text, m.start);
        if (m.end > s.end) continue;
        // A further duty in the tail ("… и обеспечивать сохранность") gives the sentence content.
        if (/(?:ть|чь|(?<!о)сти)(?![\p{L}])|,/iu.test(p.text.slice(m.end, s.end))) continue;
        context.report({
          messageId: 'declarative',
          data: { quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
