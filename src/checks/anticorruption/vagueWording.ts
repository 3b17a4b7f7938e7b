/**
 * anticorruption/vague-wording: a state body acts "в разумный срок", "своевременно", "при
 * необходимости", "в случае необходимости", "как правило", "по своему усмотрению" / "қажет болған
 * жағдайда", "уақтылы", "ақылға қонымды мерзімде", "әдетте". The body then decides itself when
 * and whether to act. Duties of private persons worded so are left alone (not a power of the
 * state); a sentence already reported as discretion (anticorruption/discretion) is not repeated.
 */
import type { Rule } from '../rule';
import { KK_BODY_GEN } from '../lexicon/bodies';
import { actorIn, leadInSubject, stateAgentIn } from '../lexicon/actors';
import { discretionHits, VAGUE } from '../lexicon/powers';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';

const DEADLINE = /срок|своевременно|время|уақ(?:ы)?тылы|мерзім|уақытта|арада|дер[\s\u00a0]+кезінде/iu;
const AT_DISCRETION = /усмотрению|қалау|қарауы/iu;
/** "по усмотрению уполномоченного органа": the body named right after ("организации" is not one). */
const STATE_AFTER = /^[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+){0,3}?(?:орган(?!изац)|комисси|акимат|министр|аким|должностн|әкім|уәкілетті)/iu;

/** The subject is a state body's own act, sent or issued by it ("Решение уполномоченного органа направляется …"). */
const RU_STATE_DOC = /(?<![\p{L}])(?:решени[ея]|уведомлени[ея]|ответ|заключени[ея]|предписани[ея]|разрешени[ея]|акт)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:органа|органов|комиссии|акимата|акима|министерства|инспекции|лицензиара|услугодателя|инспектора|должностного[\s\u00a0]+лица)(?![\p{L}])/iu;
const KK_STATE_DOC = new RegExp(`${WB}${KK_BODY_GEN}${SP}(?:шешімі|хабарламасы|жауабы|қорытындысы|нұсқамасы|рұқсаты|актісі)${WE}`, 'iu');

/**
 * Considering someone's application, request or complaint is a public function whoever is named as
 * doing it (a state library, school or clinic): "заявление … рассматривается в разумный срок",
 * "өтінішті … ақылға қонымды мерзімде қарайды".
 */
const RU_CONSIDERS = /(?<![\p{L}])(?:заявлени|обращени|жалоб|запрос|заявк|ходатайств)[\p{L}]*(?![\p{L}])[^.;]*?(?<![\p{L}])рассматрива(?:ет|ют|ется|ются)(?![\p{L}])|(?<![\p{L}])рассматрива(?:ет|ют|ется|ются)(?![\p{L}])[^.;]*?(?<![\p{L}])(?:заявлени|обращени|жалоб|запрос|заявк|ходатайств)/iu;
const KK_CONSIDERS = /(?<![\p{L}])(?:өтініш|өтінім|шағым|сұрау[\s\u00a0]+салу|арыз)[\p{L}]*(?![\p{L}])[^.;]*?(?<![\p{L}])(?:қарайды|қаралады|қарастырады|қарастырылады)(?![\p{L}])/iu;

/**
 * A body's own paperwork (drafting, revising, preparing recommendations or a report, bringing in
 * experts for it) done "при необходимости": an internal step that decides nothing for a person
 * outside the state. Reported only where the sentence also names such a person or a measure on one.
 */
const RU_INTERNAL_STEP = /(?<![\p{L}])(?:выработ|вырабатыва|доработ|дорабатыва|подготовк[аиуе]?[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:отчет|доклад|проект|заключени)|подготавлива|разрабатыва|разработк|рекомендаци|консультант|эксперт)/iu;
const KK_INTERNAL_STEP = /(?<![\p{L}])(?:әзірле|пысықта|ұсынымдар|есепті[\s\u00a0]+дайында|баяндама|сарапшылар|консультант)/iu;
const RU_OUTSIDE_PERSON = /(?<![\p{L}])(?:заявител|услугополучател|граждан|физическ|юридическ|субъект|лиц(?:а|у|ом|ам|ами)?(?![\p{L}])|нарушител|предписани|отказ|запрашива|истребова|провер)/iu;
const KK_OUTSIDE_PERSON = /(?<![\p{L}])(?:өтініш[\s\u00a0]*беруш|азамат|жеке[\s\u00a0]+тұлға|заңды[\s\u00a0]+тұлға|субъект|бұзушы|нұсқама|бас[\s\u00a0]+тарт|тексер|талап[\s\u00a0]+ет)/iu;

/** A Kazakh need named by the plural noun before it ("қосымша шығындар қажет болған жағдайда"). */
const KK_NAMED_NEED = /(?<![\p{L}])[\p{L}]+(?:лар|лер|дар|дер|тар|тер|лары|лері|дары|дері|тары|тері)[\s\u00a0]+$/iu;
const KK_BODY_BEFORE = /(?<![\p{L}])(?:орган|әкімдік|әкім|министрлік|комиссия|инспекция|қызметкерлер|лауазымды)[\p{L}]*[\s\u00a0]+$/iu;

/** Proposals to improve legislation or regulation: a policy output that binds no one, whoever it names as its subject matter. */
const POLICY_OUTPUT = /(?:рекомендаци|предложени)[\p{L}]*[\s\u00a0]+по[\s\u00a0]+совершенствовани|жетілдіру[\s\u00a0]+(?:жөнінде|бойынша|жөніндегі)[\s\u00a0]+(?:ұсынымдар|ұсыныстар)/iu;

/** Urgency standards, and the threats or emergencies that call for them. */
const URGENT = /кратчайш|сжат|коротк|қысқа[\s\u00a0]+мерзім|тез[\s\u00a0]+арада/iu;
const THREAT = /(?<![\p{L}])(?:угроз|чрезвычайн|авари|бедстви|қатер|қауіп[\s\u00a0]+төн|төтенше|авария|апат)/iu;

/** Cheap pre-test: paragraphs without these stems cannot match. */
const TRIGGER = /срок|своевремен|необходим|потребност|обстоятельств|ситуаци|правил|усмотрен|наличии|возможност|целесообразн|нужным|обоснованным|случаях|время|оперативн|қажет|мерзім|уақ(?:ы)?т|әдетте|қалау|қарау|қарай|байланысты|арада|кезінде|деп|жағдай|мүмкінд/iu;

export const vagueWording: Rule = {
  meta: {
    id: 'anticorruption/vague-wording',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Vague deadlines and grounds of a state body\'s action ("в разумный срок", "своевременно", "при необходимости", "как правило", "қажет болған жағдайда", "уақтылы").',
      basis: 'Закон «О правовых актах», ст. 24 п. 3; факторы коррупциогенности: отсутствие или неопределенность сроков, условий, оснований',
    },
    messages: {
      vagueDeadline: {
        ru: 'Коррупциогенный фактор – неопределенный срок действия органа: «{vague}». Установите конкретный срок (в рабочих днях, часах) и момент его исчисления.',
        kk: 'Сыбайлас жемқорлық факторы – орган әрекетінің белгісіз мерзімі: «{vague}». Нақты мерзімді (жұмыс күндерімен, сағаттармен) және оның басталу сәтін белгілеңіз.',
        en: 'Corruption-risk factor – no definite deadline for the body\'s action: "{vague}". Set a deadline (working days, hours) and when it starts.',
      },
      vagueGround: {
        ru: 'Коррупциогенный фактор – неопределенное основание действия органа: «{vague}». Перечислите конкретные основания (условия), при которых орган действует.',
        kk: 'Сыбайлас жемқорлық факторы – орган әрекетінің белгісіз негізі: «{vague}». Орган әрекет ететін нақты негіздерді (шарттарды) тізбелеңіз.',
        en: 'Corruption-risk factor – vague ground for the body\'s action: "{vague}". List the specific grounds (conditions) on which the body acts.',
      },
      atDiscretion: {
        ru: 'Коррупциогенный фактор – широта дискреционных полномочий: орган действует «{vague}». Установите основания, критерии и срок.',
        kk: 'Сыбайлас жемқорлық факторы – дискрециялық өкілеттіктердің кеңдігі: орган «{vague}» әрекет етеді. Негіздерді, өлшемшарттарды және мерзімді белгілеңіз.',
        en: 'Corruption-risk factor – broad discretion: the body acts "{vague}". Set grounds, criteria and a deadline.',
      },
    },
    rationale: {
      ru: 'Срок и основания действий государственного органа должны быть определены в акте: неопределенные формулировки не имеют четкого смысла (п. 3 ст. 24 Закона «О правовых актах») и позволяют затягивать или произвольно совершать действия.',
      kk: 'Мемлекеттік орган әрекеттерінің мерзімі мен негіздері актіде айқындалуы тиіс: анық емес тұжырымдардың нақты мағынасы жоқ («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы) және әрекеттерді созуға немесе өз қалауынша жасауға жол ашады.',
      en: 'Deadlines and grounds of a state body\'s actions must be fixed in the act: vague wording lacks a clear meaning (Law "On Legal Acts", art. 24.3) and lets the body delay or act arbitrarily.',
    },
  },
  check(context) {
    const act = context.act;
    for (const p of normTexts(act)) {
      if (!TRIGGER.test(p.text)) continue;
      const vague = matchesIn(VAGUE[act.language], p.text);
      if (!vague.length) continue;
      const covered = discretionHits(act, p.paragraph, p.text).map((h) => h.sentence);
      for (const m of vague) {
        const sentence = sentenceBody(p.text, m.start);
        if (covered.some((s) => s.start <= m.start && m.start < s.end)) continue;
        // "своевременно не провел" judges a deadline set elsewhere; "в случае необходимости
        // использования" is a person's need, not a body's judgement.
        const after = p.text.slice(m.end, m.end + 40);
        // "своевременно и в полной мере исполнять полномочия" says how well, not when.
        if (/^[\s\u00a0]+и[\s\u00a0]+(?:в[\s\u00a0]+полн|качественн|эффективн|с[\s\u00a0]+должн)/iu.test(after)) continue;
        if (/^[\s\u00a0]+не[\s\u00a0]/iu.test(after) || (/необходимост/iu.test(m.text) && /^[\s\u00a0]+(?:[\p{L}]+(?:ого|его|ой|ей)[\s\u00a0]+)?[\p{L}]+(?:ания|ения|ования|ятия|ития)(?![\p{L}])/iu.test(after))) continue;
        // "в случае необходимости дополнительных затрат", "қосымша шығындар қажет болған жағдайда":
        // the need of a named thing is a fact that arises, not the body's judgement.
        if (/необходимост/iu.test(m.text) && /^[\s\u00a0]+[\p{L}]+(?:ых|их)(?![\p{L}])/iu.test(after)) continue;
        if (/^қажет/iu.test(m.text) && KK_NAMED_NEED.test(p.text.slice(Math.max(0, m.start - 40), m.start)) && !KK_BODY_BEFORE.test(p.text.slice(Math.max(0, m.start - 40), m.start))) continue;
        const clause = p.text.slice(sentence.start, sentence.end);
        if (!DEADLINE.test(m.text) && POLICY_OUTPUT.test(clause)) continue;
        // "в случае неминуемой угрозы … в кратчайшие сроки": facing a named threat, the shortest time is the right standard.
        if (URGENT.test(m.text) && THREAT.test(clause)) continue;
        if (!DEADLINE.test(m.text) && (act.language === 'kk' ? KK_INTERNAL_STEP : RU_INTERNAL_STEP).test(clause) && !(act.language === 'kk' ? KK_OUTSIDE_PERSON : RU_OUTSIDE_PERSON).test(clause)) continue;
        const atDiscretion = AT_DISCRETION.test(m.text);
        // The subject may follow a fronted adverbial ("При необходимости уполномоченный орган …").
        const subject =
          actorIn(act, p.text, sentence.start, m.start) ??
          actorIn(act, p.text, m.end, sentence.end) ??
          leadInSubject(act, p.paragraph);
        const state =
          subject === 'state' ||
          (subject === undefined && stateAgentIn(p.text, sentence.start, sentence.end, act.language)) ||
          (atDiscretion && STATE_AFTER.test(p.text.slice(m.end))) ||
          (subject === undefined && (act.language === 'kk' ? KK_STATE_DOC : RU_STATE_DOC).test(p.text.slice(sentence.start, m.start))) ||
          (subject !== 'private' && subject !== 'court' && DEADLINE.test(m.text) && (act.language === 'kk' ? KK_CONSIDERS : RU_CONSIDERS).test(p.text.slice(sentence.start, sentence.end)));
        if (!state) continue;
        context.report({
          messageId: atDiscretion ? 'atDiscretion' : DEADLINE.test(m.text) ? 'vagueDeadline' : 'vagueGround',
          data: { vague: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
