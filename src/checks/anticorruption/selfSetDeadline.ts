/**
 * anticorruption/self-set-deadline: the deadline of a state body's own action is fixed by that body
 * or left open — "рассматривает заявку в установленный им срок", "в сроки, определяемые им
 * самостоятельно", "срок проведения экспертизы определяется экспертным советом", "в течение
 * времени, необходимого для …" / "өзі белгілеген мерзімде", "беру мерзімін рұқсат беруші
 * айқындайды", "қажетті уақыт ішінде". The body then decides alone how long the person waits.
 * Deadlines a body sets for others (an order to remedy a breach) and deadlines bounded by the act
 * ("но не более десяти рабочих дней") are not reported; "в срок, установленный лицензиаром" is
 * anticorruption/blanket-delegation's.
 */
import type { Rule } from '../rule';
import { stateAgentIn, subjectOf } from '../lexicon/actors';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';

/** "им", "ею", "ими", "самостоятельно", "им самостоятельно", "по своему усмотрению". */
const RU_BY_ITSELF = `(?:(?:им|ею|ими)(?:${SP}(?:самим|самой|самими|самостоятельно))?|самостоятельно|по${SP}(?:своему${SP})?усмотрению)`;
const RU_SET = '(?:установл|определ|назнач)енн(?:ый|ые|ого|ых)|(?:определя|устанавлива|назнача)ем(?:ый|ые|ого|ых)';
/** A body in the instrumental, councils and commissions included ("экспертным советом"). */
const RU_BODY_BY = `(?:[\\p{L}-]+${SP}){0,3}?(?:органом|органами|советом|комиссией|комитетом|министерством|министром|акиматом|акимом|инспектором|инспекцией|услугодателем|лицензиаром|департаментом|ведомством|руководителем${SP}(?:[\\p{L}-]+${SP}){0,2}?органа)${WE}`;
/** What the deadline is for: the body's own act (consider, issue, decide, inspect, register…). */
const RU_OWN_ACT = '(?:рассмотрения|выдачи|проведения|принятия|регистрации|согласования|оказания|предоставления|экспертизы|проверки|подготовки|вынесения|направления|включения|осмотра|ответа)';

const RU = new RegExp(
  [
    `в${SP}(?:${RU_SET})${SP}${RU_BY_ITSELF}${SP}срок(?:и)?`,
    `в${SP}(?:срок|сроки),?${SP}(?:(?:им|ею|ими)${SP})?(?:${RU_SET})${SP}${RU_BY_ITSELF}`,
    `в${SP}(?:срок|сроки),?${SP}(?:который|которые)${SP}(?:он|она|оно|они)${SP}(?:сам${SP}|сама${SP}|сами${SP})?(?:установит|определит|назначит|установят|определят|назначат)`,
    // The deadline of its own act handed to a body: "Срок рассмотрения … определяется советом".
    `(?<deadline>срок(?:и)?${SP}${RU_OWN_ACT}(?:${SP}[\\p{L}-]+){0,4}?${SP}(?:определя|устанавлива|назнача)(?:ется|ются)${SP}(?:самостоятельно${SP})?${RU_BODY_BY})`,
    // Left open: "в течение времени, необходимого для …", "в срок, необходимый для …", "в необходимый срок".
    `в${SP}течение${SP}(?:времени|срока|периода),?${SP}необходим(?:ого|ое)`,
    `в${SP}(?:срок|сроки),?${SP}необходим(?:ый|ые)${SP}для`,
    `в${SP}необходим(?:ый|ые)${SP}срок(?:и)?`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);

const KK_SET = '(?:белгілеген|айқындаған|белгілейтін|айқындайтын|тағайындаған|тағайындайтын)';
const KK_OWN_ACT = `(?:қарау|беру|өткізу|қабылдау|тіркеу|келісу|жүргізу|көрсету|жіберу|дайындау|тексеру|енгізу|сараптама|сараптаманы${SP}жүргізу)`;
const KK = new RegExp(
  [
    `(?:өз(?:і|дері)?|дербес)${SP}${KK_SET}${SP}мерзім(?:де|дерде|${SP}ішінде)`,
    // "… беру мерзімін рұқсат беруші айқындайды": the deadline of its own act set by the body.
    `(?<deadline>${KK_OWN_ACT}${SP}мерзім(?:ін|дерін)${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:өзі${SP}|дербес${SP})?(?:айқындайды|белгілейді|тағайындайды))`,
    `қажетті${SP}(?:уақыт|мерзім)${SP}ішінде`,
    `қажетті${SP}мерзімде`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);

/** The act bounds what the body may set: "но не более десяти рабочих дней", "бес жұмыс күнінен аспайтын". */
const BOUNDED = /не[\s\u00a0]+(?:более|позднее|позже|превыша)|не[\s\u00a0]+может[\s\u00a0]+превышать|в[\s\u00a0]+пределах|аспайтын|аспауы|кешіктірмей|астам[\s\u00a0]+емес/iu;

/** Cheap pre-test. */
const TRIGGER = /срок|мерзім|уақыт|течение/iu;

export const selfSetDeadline: Rule = {
  meta: {
    id: 'anticorruption/self-set-deadline',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'The deadline of a state body\'s own action fixed by that body or left open ("в установленный им срок", "срок рассмотрения определяется комиссией", "в течение времени, необходимого", "өзі белгілеген мерзімде").',
      basis: 'Закон «О правовых актах», ст. 24 п. 3; факторы коррупциогенности: отсутствие или неопределенность сроков, установление сроков самим органом',
    },
    messages: {
      selfSet: {
        ru: 'Коррупциогенный фактор – срок действия органа определяет сам орган: «{quote}». Установите срок в самом акте (в рабочих днях) и момент его исчисления.',
        kk: 'Сыбайлас жемқорлық факторы – орган әрекетінің мерзімін органның өзі айқындайды: «{quote}». Мерзімді актінің өзінде (жұмыс күндерімен) және оның басталу сәтін белгілеңіз.',
        en: 'Corruption-risk factor – the body sets the deadline of its own action: "{quote}". Fix the deadline in the act itself (working days) and when it starts.',
      },
      leftOpen: {
        ru: 'Коррупциогенный фактор – срок действия органа оставлен открытым: «{quote}». Установите конкретный срок (в рабочих днях, часах).',
        kk: 'Сыбайлас жемқорлық факторы – орган әрекетінің мерзімі ашық қалдырылған: «{quote}». Нақты мерзімді (жұмыс күндерімен, сағаттармен) белгілеңіз.',
        en: 'Corruption-risk factor – the deadline of the body\'s action is left open: "{quote}". Set a definite deadline (working days, hours).',
      },
    },
    rationale: {
      ru: 'Сроки действий государственного органа устанавливаются актом: срок, который орган назначает себе сам или оставляет открытым, не имеет четкого смысла (п. 3 ст. 24 Закона «О правовых актах») и позволяет затягивать решение.',
      kk: 'Мемлекеттік орган әрекеттерінің мерзімі актімен белгіленеді: органның өзіне өзі тағайындайтын немесе ашық қалдыратын мерзімнің анық мағынасы жоқ («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы) және шешімді созуға мүмкіндік береді.',
      en: 'Deadlines of a state body\'s actions are set by the act: a deadline the body sets itself or leaves open lacks a clear meaning (Law "On Legal Acts", art. 24.3) and lets it delay the decision.',
    },
  },
  check(context) {
    const act = context.act;
    const kk = act.language === 'kk';
    for (const p of normTexts(act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(kk ? KK : RU, p.text)) {
        const sentence = sentenceBody(p.text, m.start);
        const clause = p.text.slice(sentence.start, sentence.end);
        if (BOUNDED.test(clause)) continue;
        // "срок рассмотрения … определяется советом" names its body; otherwise the actor is the subject.
        if (!m.groups?.deadline && subjectOf(act, p.paragraph, p.text, m.start, sentence.start) !== 'state' && !stateAgentIn(p.text, sentence.start, sentence.end, act.language)) continue;
        const open = /необходим|қажетті/iu.test(m.text);
        context.report({
          messageId: open ? 'leftOpen' : 'selfSet',
          data: { quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
