/**
 * constitution/censorship: publishing is made to depend on a state body's prior approval
 * ("публикуется только после предварительного согласования с уполномоченным органом",
 * "размещаются в масс-медиа после их согласования с пресс-службой", "жарияланғанға дейін
 * уәкілетті органмен міндетті түрде келісіледі"). Censorship is prohibited (Constitution 2026,
 * art. 23 p. 5; 1995: 20.1). Only sentences about publishing or mass media are read: prior
 * approval of a site plan or a tariff is not censorship.
 */
import type { Rule } from '../rule';
import { KK_BODY_GEN } from '../lexicon/bodies';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';


/** The act of approval: "после (их) предварительного согласования", "с предварительного разрешения", "только после согласования с". */
const RU_APPROVAL = new RegExp(
  [
    `(?:(?:только|лишь)${SP})?(?:(?:после|с|без|до)${SP})?(?:(?:их|ее|его)${SP})?предварительн[\\p{L}]*${SP}(?:согласовани|одобрени|разрешени|утверждени|просмотр|визировани|цензур)[\\p{L}]*`,
    `(?:только|лишь)${SP}после${SP}(?:(?:их|ее|его)${SP})?(?:согласовани|одобрени|утверждени|визировани)[\\p{L}]*${SP}с`,
    `подлеж(?:ит|ат)${SP}(?:обязательному${SP})?(?:согласованию|одобрению|утверждению)${SP}с`,
    // "с согласия (разрешения) уполномоченного органа", "без разрешения пресс-службы" (the latter only with a ban, below).
    `(?:(?:только|лишь)${SP})?(?:с|без)${SP}(?:письменного${SP})?(?:согласия|разрешения|одобрения|санкции|визы)${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:органа|органов|комитета|министерства|министра|акимата|акима|пресс-службы|комиссии|инспекции|ведомства|департамента)`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK_APPROVAL = new RegExp(
  `${WB}(?:[\\p{L}-]+${SP}){0,2}?(?:алдын${SP}ала|міндетті${SP}түрде)${SP}(?:келісіл|келісу|келісім|мақұлда|рұқсат)[\\p{L}]*${WE}` +
    // "органының келісімі болған кезде ғана", "органның рұқсатымен", "комитеттің келісімінсіз" (the latter only with a ban, below).
    `|${WB}${KK_BODY_GEN}${SP}(?:келісімі|рұқсаты|мақұлдауы)${SP}(?:болған${SP}(?:кезде|жағдайда)|бойынша)(?:${SP}ғана)?${WE}` +
    `|${WB}${KK_BODY_GEN}${SP}(?:келісімімен|рұқсатымен|мақұлдауымен|келісімінсіз|рұқсатынсыз)(?:${SP}ғана)?${WE}`,
  'giu',
);
/** Publishing "без согласования" / "келісімінсіз" is censorship only where it is banned; "вправе публиковать без согласования" is freedom. */
const RU_BAN = /(?<![\p{L}])(?:запрещ|не[\s\u00a0]+допуска|не[\s\u00a0]+вправе|не[\s\u00a0]+может|не[\s\u00a0]+могут)/iu;
const KK_BAN = /(?:тыйым|жол[\s\u00a0]+берілмейді|болмайды|құқылы[\s\u00a0]+емес|рұқсат[\s\u00a0]+етілмейді)/iu;
/** The sentence is about publishing: publication, mass media, print, broadcast. */
const RU_PUBLISHING = /(?<![\p{L}])(?:публику|публиков|опубликов|публикаци|масс-медиа|средств[\p{L}]*[\s\u00a0]+массовой[\s\u00a0]+информации|СМИ|печатн|издани|эфир|трансляци|выпуск)/u;
const KK_PUBLISHING = /(?<![\p{L}])(?:жариял|бұқаралық[\s\u00a0]+ақпарат|баспасөз|басылым|эфир|БАҚ)/iu;
/** Who approves: a state body or its service. */
const RU_STATE = /(?<![\p{L}])(?:орган|комитет|министерств|министр|акимат|аким|пресс-служб|комисси|инспекци|ведомств|департамент)/iu;
const KK_STATE = /(?<![\p{L}])(?:орган|комитет|министрлі|министр|әкімдік|әкім|баспасөз[\s\u00a0]+қызмет|комиссия|инспекция|департамент)/iu;

const TRIGGER = /предварительн|согласовани|согласия|разрешени|одобрени|утверждени|санкци|визы|алдын|міндетті|келісім|рұқсат|мақұлда/iu;

export const censorship: Rule = {
  meta: {
    id: 'constitution/censorship',
    category: 'constitution',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Publication made subject to the prior approval of a state body (censorship).',
      basis: 'Конституция РК 2026, ст. 23 п. 5 (1995: ст. 20 п. 1) – цензура запрещена',
    },
    messages: {
      censorship: {
        ru: 'Опубликование поставлено в зависимость от предварительного согласования с государственным органом («{quote}») – это цензура, которая запрещена. Исключите согласование; ответственность за содержание материалов устанавливается законом.',
        kk: 'Жариялау мемлекеттік органмен алдын ала келісуге тәуелді етілген («{quote}») – бұл тыйым салынған цензура. Келісуді алып тастаңыз; материалдардың мазмұны үшін жауаптылық заңмен белгіленеді.',
        en: 'Publication depends on prior approval by a state body ("{quote}"): this is censorship, which is prohibited. Remove the approval; liability for content is set by law.',
      },
    },
    rationale: {
      ru: 'Свобода слова и распространения информации гарантируется, цензура запрещена (ст. 23 Конституции 2026 г., п. 5). Предварительное согласование материалов с государственным органом перед их опубликованием есть цензура.',
      kk: 'Сөз және ақпарат тарату еркіндігіне кепілдік беріледі, цензураға тыйым салынады (2026 жылғы Конституцияның 23-бабының 5-тармағы). Материалдарды жариялау алдында мемлекеттік органмен келісу – цензура.',
      en: 'Freedom of speech and of spreading information is guaranteed and censorship is prohibited (Constitution 2026, art. 23.5). Prior approval of materials by a state body before publication is censorship.',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(kk ? KK_APPROVAL : RU_APPROVAL, p.text)) {
        const s = sentenceBody(p.text, m.start);
        const sentence = p.text.slice(s.start, s.end);
        if (!(kk ? KK_PUBLISHING : RU_PUBLISHING).test(sentence) || !(kk ? KK_STATE : RU_STATE).test(sentence)) continue;
        const without = kk ? /сыз|сіз/iu.test(m.text) : /^без(?![\p{L}])/iu.test(m.text);
        if (without && !(kk ? KK_BAN : RU_BAN).test(sentence)) continue;
        context.report({
          messageId: 'censorship',
          data: { quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['const2026:23.5', ...courtPractice(context.corpus, 'цензура свобода слова средства массовой информации', '23')],
        });
      }
    }
  },
};
