/**
 * constitution/extrajudicial-taking: property passes to the state, is confiscated, seized or
 * recovered by a decision of a body that is not a court ("обращается в собственность государства
 * на основании решения уполномоченного органа", "мүлкі … органның шешімімен өндіріп алынады").
 * No one may be deprived of property except by a court decision (Constitution 2026, art. 29 p. 3;
 * 1995: 26.3). A sentence that names a court is left alone.
 */
import type { Rule } from '../rule';
import { stateAgentIn, subjectIn } from '../lexicon/actors';
import { KK_BODY_GEN } from '../lexicon/bodies';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';

const RU_TAKE = new RegExp(
  [
    `обраща(?:ется|ются)${SP}в${SP}(?:собственность|доход)${SP}государства`,
    `(?:безвозмездно${SP}|принудительно${SP})?изыма(?:ется|ются)`,
    `подлеж(?:ит|ат)${SP}(?:безвозмездному${SP}|принудительному${SP})?изъятию`,
    `конфиску(?:ется|ются)`,
    `подлеж(?:ит|ат)${SP}конфискации`,
    `взыскива(?:ется|ются)`,
    `(?:отчуждается|отчуждаются)`,
    `списыва(?:ется|ются)${SP}(?:в${SP}бесспорном${SP}порядке${SP})?со${SP}(?:[\\p{L}-]+${SP}){0,2}?сч(?:е|ё)т[\\p{L}]*`,
    // Active voice, read with its subject below: "лицензиар изымает", "инспектор конфискует".
    `(?<active>(?:безвозмездно${SP}|принудительно${SP})?(?:изыма(?:ет|ют)|конфиску(?:ет|ют)|обраща(?:ет|ют)${SP}в${SP}(?:собственность|доход)${SP}государства|списыва(?:ет|ют)${SP}со${SP}сч(?:е|ё)т[\\p{L}]*))`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const RU_DECISION = new RegExp(
  [
    // Any act of a body: decision, act, order, resolution, prescription ("на основании предписания Комитета").
    `(?:на${SP}основании|по)${SP}(?:решени(?:я|ю|й|ям)|акт(?:а|у|ов|ам)|приказ(?:а|у)|постановлени(?:я|ю)|предписани(?:я|ю|й)|распоряжени(?:я|ю))${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:органа|органов|акимата|акима|комиссии|министра|министерства|руководителя|должностного${SP}лица|инспектора|инспекции|ведомства|комитета|департамента|агентства|службы|управления)`,
    `во${SP}внесудебном${SP}порядке`,
    `в${SP}(?:бесспорном|административном)${SP}порядке`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK_TAKE = new RegExp(
  [
    `өндіріп${SP}алынады`,
    `мемлекет${SP}(?:меншігіне|кірісіне)${SP}(?:айналдырылады|өтеді|беріледі|алынады)`,
    `тәркіленеді`,
    `алып${SP}қойылады`,
    `өтеусіз${SP}алынады`,
    `(?:шотынан|шоттарынан)${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:есептен${SP}шығарылады|алынады|өндіріледі)`,
    // Active voice, read with its subject below: "инспектор … алып қояды және мемлекет меншігіне айналдырады".
    `(?<active>мемлекет${SP}(?:меншігіне|кірісіне)${SP}айналдырады|тәркілейді|(?:өтеусіз${SP})?алып${SP}қояды|өндіріп${SP}алады|(?:шотынан|шоттарынан)${SP}(?:[\\p{L}-]+${SP}){0,2}?есептен${SP}шығарады)`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK_DECISION = new RegExp(
  [
    `${KK_BODY_GEN}${SP}(?:(?:шешімі|қаулысы|бұйрығы|актісі|нұсқамасы|өкімі)(?:мен|${SP}негізінде|${SP}бойынша)|(?:шешімімен|қаулысымен|бұйрығымен|актісімен|нұсқамасымен|өкімімен))`,
    `соттан${SP}тыс${SP}тәртіппен`,
    `даусыз${SP}тәртіппен`,
  ]
    .map((p) => `${WB}${p}${WE}`)
    .join('|'),
  'giu',
);
const RU_COURT = /(?<![\p{L}])(?:суд|судебн|судь)/iu;
const KK_COURT = /(?<![\p{L}])сот/iu;
/** A court named only to be bypassed ("без обращения в суд", "без решения суда", "сотқа жүгінбей"): no court decides. */
const RU_COURT_BYPASSED = new RegExp(`${WB}(?:без${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:в${SP})?(?:суд|суда|судебного${SP}[\\p{L}]+)|минуя${SP}суд)${WE}`, 'giu');
const KK_COURT_BYPASSED = new RegExp(`${WB}(?:сотқа${SP}(?:жүгінбей|жүгінбестен|бармай)|сот${SP}шешімінсіз|соттың${SP}шешімінсіз)${WE}`, 'giu');
/** Taken without compensation: no equal compensation, whoever decides (art. 29 p. 3). */
const RU_UNCOMPENSATED = new RegExp(`${WB}без${SP}(?:какого-либо${SP}|какой-либо${SP})?(?:возмещения|компенсации)(?:${SP}(?:их|его|ее)?${SP}?стоимости)?${WE}`, 'giu');
const KK_UNCOMPENSATED = new RegExp(`${WB}(?:өтемақысыз|құнын${SP}өтемей|құны${SP}өтелмей)${WE}`, 'giu');

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /обраща|изыма|изъят|конфиск|взыскива|отчужда|списыва|өндіріп|меншігіне|кірісіне|тәркіле|алып[\s\u00a0]+қо|өтеусіз|шотынан|шоттарынан/iu;

export const extrajudicialTaking: Rule = {
  meta: {
    id: 'constitution/extrajudicial-taking',
    category: 'constitution',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Property passes to the state, is confiscated, seized or recovered by a decision of a body other than a court.',
      basis: 'Конституция РК 2026, ст. 29 п. 3 (1995: ст. 26 п. 3) – лишение имущества только по решению суда',
    },
    messages: {
      taking: {
        ru: 'Лишение имущества во внесудебном порядке («{quote}»): никто не может быть лишен своего имущества иначе как по решению суда. Предусмотрите изъятие (обращение в собственность государства) только по решению суда.',
        kk: 'Мүліктен соттан тыс тәртіппен айыру («{quote}»): ешкімді сот шешімінсіз мүлкінен айыруға болмайды. Мүлікті алып қоюды (мемлекет меншігіне айналдыруды) тек сот шешімімен көздеңіз.',
        en: 'Property taken without a court ("{quote}"): no one may be deprived of property except by a court decision. Provide that it is taken only by a court decision.',
      },
    },
    rationale: {
      ru: 'Никто не может быть лишен своего имущества, иначе как по решению суда (п. 3 ст. 29 Конституции 2026 г.; п. 3 ст. 26 Конституции 1995 г.).',
      kk: 'Ешкімді соттың шешімінсіз өз мүлкінен айыруға болмайды (2026 жылғы Конституцияның 29-бабының 3-тармағы; 1995 жылғы Конституцияның 26-бабының 3-тармағы).',
      en: 'No one may be deprived of property except by a court decision (Constitution 2026, art. 29.3; 1995: art. 26.3).',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      // One finding per sentence, spanning its takings and the decision ("алып қояды және … айналдырады").
      const bySentence = new Map<number, { start: number; end: number }>();
      for (const take of matchesIn(kk ? KK_TAKE : RU_TAKE, p.text)) {
        const s = sentenceBody(p.text, take.start);
        const sentence = p.text.slice(s.start, s.end);
        const bypassed = matchesIn(kk ? KK_COURT_BYPASSED : RU_COURT_BYPASSED, p.text, s.start, s.end);
        let courtless = sentence;
        for (const b of bypassed) courtless = courtless.slice(0, b.start - s.start) + ' '.repeat(b.end - b.start) + courtless.slice(b.end - s.start);
        if ((kk ? KK_COURT : RU_COURT).test(courtless)) continue;
        const uncompensated = matchesIn(kk ? KK_UNCOMPENSATED : RU_UNCOMPENSATED, p.text, s.start, s.end);
        // Samples taken for a test are not property taken away ("инспектор изымает пробы", "сынамалар алынады").
        if (/(?<![\p{L}])(?:проб[аыу]?|образц[\p{L}]*|сынама[\p{L}]*|үлгі(?:лер)?[\p{L}]*)(?![\p{L}])/iu.test(sentence)) continue;
        const decision = take.groups?.active
          ? subjectIn(p.text, s.start, take.start, context.language) === 'state' ? take : undefined
          : matchesIn(kk ? KK_DECISION : RU_DECISION, p.text, s.start, s.end)[0] ??
            // "безвозмездно изымается лицензиаром": the agent of the passive is the body.
            (stateAgentIn(p.text, s.start, s.end, context.language) ? take : undefined) ??
            uncompensated[0];
        if (!decision) continue;
        // The words that make it extrajudicial ("без обращения в суд", "без возмещения") belong to the finding.
        const also = [...bypassed, ...uncompensated];
        const prev = bySentence.get(s.start);
        bySentence.set(s.start, {
          start: Math.min(take.start, decision.start, prev?.start ?? Infinity, ...also.map((a) => a.start)),
          end: Math.max(take.end, decision.end, prev?.end ?? -Infinity, ...also.map((a) => a.end)),
        });
      }
      for (const { start, end } of bySentence.values()) {
        context.report({
          messageId: 'taking',
          data: { quote: p.text.slice(start, end) },
          range: { paragraph: p.paragraph, start, end },
          citations: ['const2026:29.3', ...courtPractice(context.corpus, 'лишение имущества без решения суда изъятие собственность', '29')],
        });
      }
    }
  },
};
