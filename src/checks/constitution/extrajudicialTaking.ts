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
import { matchesIn, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';

const S1 = '[\\s\\u00a0]+';
const RU_TAKE = new RegExp(
  [
    `обраща(?:ется|ются)${S1}в${S1}(?:собственность|доход)${S1}государства`,
    `(?:безвозмездно${S1}|принудительно${S1})?изыма(?:ется|ются)`,
    `подлеж(?:ит|ат)${S1}(?:безвозмездному${S1}|принудительному${S1})?изъятию`,
    `конфиску(?:ется|ются)`,
    `подлеж(?:ит|ат)${S1}конфискации`,
    `взыскива(?:ется|ются)`,
    `(?:отчуждается|отчуждаются)`,
    `списыва(?:ется|ются)${S1}(?:в${S1}бесспорном${S1}порядке${S1})?со${S1}(?:[\\p{L}-]+${S1}){0,2}?сч(?:е|ё)т[\\p{L}]*`,
    // Active voice, read with its subject below: "лицензиар изымает", "инспектор конфискует".
    `(?<active>(?:безвозмездно${S1}|принудительно${S1})?(?:изыма(?:ет|ют)|конфиску(?:ет|ют)|обраща(?:ет|ют)${S1}в${S1}(?:собственность|доход)${S1}государства|списыва(?:ет|ют)${S1}со${S1}сч(?:е|ё)т[\\p{L}]*))`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const RU_DECISION = new RegExp(
  [
    // Any act of a body: decision, act, order, resolution, prescription ("на основании предписания Комитета").
    `(?:на${S1}основании|по)${S1}(?:решени(?:я|ю|й|ям)|акт(?:а|у|ов|ам)|приказ(?:а|у)|постановлени(?:я|ю)|предписани(?:я|ю|й)|распоряжени(?:я|ю))${S1}(?:[\\p{L}-]+${S1}){0,3}?(?:органа|органов|акимата|акима|комиссии|министра|министерства|руководителя|должностного${S1}лица|инспектора|инспекции|ведомства|комитета|департамента|агентства|службы|управления)`,
    `во${S1}внесудебном${S1}порядке`,
    `в${S1}(?:бесспорном|административном)${S1}порядке`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK_TAKE = new RegExp(
  [
    `өндіріп${S1}алынады`,
    `мемлекет${S1}(?:меншігіне|кірісіне)${S1}(?:айналдырылады|өтеді|беріледі|алынады)`,
    `тәркіленеді`,
    `алып${S1}қойылады`,
    `өтеусіз${S1}алынады`,
    `(?:шотынан|шоттарынан)${S1}(?:[\\p{L}-]+${S1}){0,2}?(?:есептен${S1}шығарылады|алынады|өндіріледі)`,
    // Active voice, read with its subject below: "инспектор … алып қояды және мемлекет меншігіне айналдырады".
    `(?<active>мемлекет${S1}(?:меншігіне|кірісіне)${S1}айналдырады|тәркілейді|(?:өтеусіз${S1})?алып${S1}қояды|өндіріп${S1}алады|(?:шотынан|шоттарынан)${S1}(?:[\\p{L}-]+${S1}){0,2}?есептен${S1}шығарады)`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK_DECISION = new RegExp(
  [
    `${KK_BODY_GEN}${S1}(?:(?:шешімі|қаулысы|бұйрығы|актісі|нұсқамасы|өкімі)(?:мен|${S1}негізінде|${S1}бойынша)|(?:шешімімен|қаулысымен|бұйрығымен|актісімен|нұсқамасымен|өкімімен))`,
    `соттан${S1}тыс${S1}тәртіппен`,
    `даусыз${S1}тәртіппен`,
  ]
    .map((p) => `${WB}${p}${WE}`)
    .join('|'),
  'giu',
);
const RU_COURT = /(?<![\p{L}])(?:суд|судебн|судь)/iu;
const KK_COURT = /(?<![\p{L}])сот/iu;
/** A court named only to be bypassed ("без обращения в суд", "без решения суда", "сотқа жүгінбей"): no court decides. */
const RU_COURT_BYPASSED = new RegExp(`${WB}(?:без${S1}(?:[\\p{L}-]+${S1}){0,2}?(?:в${S1})?(?:суд|суда|судебного${S1}[\\p{L}]+)|минуя${S1}суд)${WE}`, 'giu');
const KK_COURT_BYPASSED = new RegExp(`${WB}(?:сотқа${S1}(?:жүгінбей|жүгінбестен|бармай)|сот${S1}шешімінсіз|соттың${S1}шешімінсіз)${WE}`, 'giu');
/** Taken without compensation: no equal compensation, whoever decides (art. 29 p. 3). */
const RU_UNCOMPENSATED = new RegExp(`${WB}без${S1}(?:какого-либо${S1}|какой-либо${S1})?(?:возмещения|компенсации)(?:${S1}(?:их|его|ее)?${S1}?стоимости)?${WE}`, 'giu');
const KK_UNCOMPENSATED = new RegExp(`${WB}(?:өтемақысыз|құнын${S1}өтемей|құны${S1}өтелмей)${WE}`, 'giu');

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
