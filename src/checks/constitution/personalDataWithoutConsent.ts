/**
 * constitution/personal-data-without-consent: personal data collected, passed on or kept "без
 * согласия" / "келісімінсіз" of the person, with no reference to the cases a law allows.
 * Protection of personal data from unlawful collection, processing and use is guaranteed
 * (Constitution 2026, art. 21 p. 1) and may be restricted only by law (art. 41 p. 1).
 */
import type { Rule } from '../rule';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';

const RU_DATA = /(?<![\p{L}])персональн[\p{L}]*[\s\u00a0]+данн[\p{L}]*/iu;
const KK_DATA = /(?<![\p{L}])дербес[\s\u00a0]+деректер[\p{L}]*/iu;
const RU_NO_CONSENT = new RegExp(
  [
    `${WB}[Бб]ез${SP}(?:(?:получения|истребования|предварительного)${SP})?(?:их${SP}|его${SP}|ее${SP})?(?:письменного${SP}|предварительного${SP})?согласия(?:${SP}(?!и${WE}|на${WE})[\\p{L}-]+)?`,
    // "Согласие граждан на сбор … персональных данных … не требуется": the whole clause.
    `${WB}[Сс]огласи[ея]${SP}(?:[^.;]{0,160}?)${SP}не${SP}(?:требуется|запрашивается|испрашивается|истребуется|спрашивается|получается|берется|необходимо|нужно)${WE}`,
  ].join('|'),
  'gu',
);
const KK_NO_CONSENT = new RegExp(
  `${WB}(?:[\\p{L}-]+${SP})?(?:келісім(?:дер)?(?:ін|і)сіз|рұқсат(?:тар)?(?:ын|ы)сыз|келісімі${SP}жоқ|(?:келісімдерін|рұқсатын)${SP}(?:алмай|алмастан)|келісімін${SP}(?:алмай|алмастан)|келісімі${SP}(?:талап${SP}етілмей(?:ді)?|талап${SP}етілместен|сұралмай(?:ды)?|сұралмастан|қажет${SP}емес))${WE}`,
  'giu',
);
/** The cases are fixed by law: "за исключением случаев, предусмотренных законами". */
// A sanction for processing without consent ("Незаконное собирание … без его согласия – наказывается") protects the right.
const RU_LAWFUL = /(?:за[\s\u00a0]+исключением|кроме)[\s\u00a0]+случаев|в[\s\u00a0]+случаях,?[\s\u00a0]+предусмотренных[\s\u00a0]+(?:закон|настоящ|кодекс)|наказыва(?:ется|ются)|(?<![\p{L}])незаконн/iu;
const KK_LAWFUL = /(?:заң[\p{L}]*|кодекс[\p{L}]*)[\s\u00a0]+(?:көзделген|белгіленген)[\s\u00a0]+жағдайлар|жазаланады|заңсыз/iu;

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /согласи|келісім|рұқсат/iu;

export const personalDataWithoutConsent: Rule = {
  meta: {
    id: 'constitution/personal-data-without-consent',
    category: 'constitution',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Personal data collected, passed on or kept without the person\'s consent outside the cases set by law.',
      basis: 'Конституция РК 2026, ст. 21 п. 1 (защита персональных данных), ст. 41 п. 1',
    },
    messages: {
      noConsent: {
        ru: 'Персональные данные обрабатываются (передаются) без согласия субъекта («{quote}»). Предусмотрите согласие либо исчерпывающие случаи, установленные законом, цель, объем и срок хранения данных.',
        kk: 'Дербес деректер субъектінің келісімінсіз өңделеді (беріледі) («{quote}»). Келісімді не заңда белгіленген жағдайлардың толық тізбесін, деректердің мақсатын, көлемі мен сақталу мерзімін көздеңіз.',
        en: 'Personal data are processed (passed on) without the person\'s consent ("{quote}"). Require consent or list the cases set by law, with purpose, scope and retention period.',
      },
    },
    rationale: {
      ru: 'Право на защиту персональных данных от их незаконного сбора, обработки, хранения и использования гарантируется законом (п. 1 ст. 21 Конституции 2026 г.) и может быть ограничено только законом и лишь в необходимой мере (п. 1 ст. 41).',
      kk: 'Дербес деректерді заңсыз жинаудан, өңдеуден, сақтаудан және пайдаланудан қорғау құқығына заңмен кепілдік беріледі (2026 жылғы Конституцияның 21-бабының 1-тармағы) және тек заңмен және қажетті шамада ғана шектелуі мүмкін (41-баптың 1-тармағы).',
      en: 'Protection of personal data from unlawful collection, processing, storage and use is guaranteed by law (Constitution 2026, art. 21.1) and may be restricted only by law and as far as necessary (art. 41.1).',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(kk ? KK_NO_CONSENT : RU_NO_CONSENT, p.text)) {
        const s = sentenceBody(p.text, m.start);
        const sentence = p.text.slice(s.start, s.end);
        if (!(kk ? KK_DATA : RU_DATA).test(sentence) || (kk ? KK_LAWFUL : RU_LAWFUL).test(sentence)) continue;
        context.report({
          messageId: 'noConsent',
          data: { quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['const2026:21.1', 'const2026:41.1', ...courtPractice(context.corpus, 'персональные данные без согласия неприкосновенность частной жизни', '21')],
        });
      }
    }
  },
};
