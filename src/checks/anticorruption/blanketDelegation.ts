/**
 * anticorruption/blanket-delegation: "в порядке, определяемом уполномоченным органом", "порядок …
 * определяется Правительством", "уәкілетті орган айқындайтын тәртіппен" for a matter the law must
 * settle itself: suspension or termination of activity, withdrawal of a permit, seizure,
 * prohibitions and restrictions, rights and duties, liability. Ordinary implementing rules (forms,
 * "правила … утверждаются уполномоченным органом" in a competence list) are normal and not
 * reported; fees and other obligatory payments are the constitution rule's business
 * (constitution/payment-below-law).
 */
import type { Rule } from '../rule';
import { subjectIn } from '../lexicon/actors';
import { normTexts } from '../lexicon/segments';
import { restrictionsByOrder } from '../lexicon/restrictions';
import { sentenceBody } from '../lexicon/sentences';
import { KK_BODY, KK_BODY_GEN, KK_SET_PARTICIPLE, LAW_NAMED, RU_BODY_INSTR, RU_BODY_NOM, RU_SET_PARTICIPLE_ANY } from '../lexicon/bodies';
import { firstIn, matchesIn, SP, SP_OPT, WB, WE } from '../lexicon/words';

const RU = new RegExp(
  [
    `${WB}в${SP}(?:порядке|сроки|сроках),?${SP}(?:${RU_SET_PARTICIPLE_ANY})${SP}${RU_BODY_INSTR}`,
    // Grounds of the body's own action left to the body: a factor whatever the topic.
    `${WB}(?<grounds>(?:в${SP}случаях|по${SP}основаниям),?${SP}(?:${RU_SET_PARTICIPLE_ANY})${SP}${RU_BODY_INSTR})`,
    // A deadline the body sets itself: "в срок, установленный лицензиаром".
    `${WB}(?<deadline>в${SP}(?:срок|сроки),?${SP}(?:${RU_SET_PARTICIPLE_ANY})${SP}${RU_BODY_INSTR})`,
    // Inverted order: the matter first, the body after its verb ("Порядок … устанавливает уполномоченный орган.").
    `${WB}(?:определяет|устанавливает|утверждает|определяют|устанавливают|утверждают)${SP}${RU_BODY_NOM}(?=${SP_OPT}(?:[.;»]|$))`,
    `${WB}(?:определяется|определяются|устанавливается|устанавливаются|утверждается|утверждаются)${SP}${RU_BODY_INSTR}`,
  ].join('|'),
  'giu',
);
const KK = new RegExp(
  `${WB}${KK_BODY}${SP}${KK_SET_PARTICIPLE}${SP}(?:тәртіппен|тәртіпте|тәртіп${SP}бойынша)${WE}` +
    // Grounds or cases of the body's own action left to the body: "уәкілетті орган айқындайтын жағдайларда".
    `|${WB}(?<grounds>${KK_BODY}${SP}${KK_SET_PARTICIPLE}${SP}(?:жағдайларда|жағдайлар${SP}бойынша|негіздер${SP}бойынша|негіздерде|негіздемелер${SP}бойынша))${WE}` +
    // A deadline the body sets itself: "лицензиар белгілеген мерзімде".
    `|${WB}(?<deadline>${KK_BODY}${SP}${KK_SET_PARTICIPLE}${SP}(?:мерзімде|мерзімдерде|мерзім${SP}ішінде))${WE}` +
    `|${WB}${KK_BODY}${SP}(?:айқындайды|белгілейді|бекітеді)${WE}` +
    // "уәкілетті органның нормативтік құқықтық актісімен айқындалады": up to three words before the instrument.
    `|${WB}${KK_BODY_GEN}${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:бұйрығымен|шешімімен|актісімен|қаулысымен)${SP}(?:айқындалады|белгіленеді|бекітіледі)${WE}`,
  'giu',
);

/** Matters a law must settle itself (Law "On Legal Acts", art. 24 p. 1; Constitution art. 60 p. 3).
 * Not the company form "с ограниченной ответственностью" / "жауапкершілігі шектеулі", nor a debt "безнадежн… к взысканию" /
 * "өндіріп алуға үмітсіз" (uncollectable, written off): these name no sanction.
 */
const RESERVED: Record<'ru' | 'kk', RegExp> = {
  ru: new RegExp(
    `${WB}(?:приостан(?:ов|авлива)[\\p{L}]*|прекра(?:щени|ти|ща)[\\p{L}]*${SP}(?:деятельност[\\p{L}]*|действи(?:я|е|ю|ем|и)${WE}(?!${SP}(?:соглашени|договор|контракт)))|аннулир[\\p{L}]*|лишени[\\p{L}]*|отзыв[\\p{L}]*|отозва[\\p{L}]*|изъят[\\p{L}]*|запрет[\\p{L}]*|запрещ[\\p{L}]*|ограничени[\\p{L}]*|(?<!ограниченн[\\p{L}]*${SP})ответственност[\\p{L}]*|санкци[\\p{L}]*|штраф[\\p{L}]*|(?<!безнадежн[\\p{L}]*${SP}к${SP})взыскани[\\p{L}]*|права${SP}и${SP}обязанност[\\p{L}]*|обязанност[\\p{L}]*|исключени[\\p{L}]*${SP}из${SP}реестра)`,
    'iu',
  ),
  kk: new RegExp(
    `${WB}(?:тоқтата${SP}тұру[\\p{L}]*|тоқтату[\\p{L}]*|айыру[\\p{L}]*|кері${SP}қайтарып${SP}алу[\\p{L}]*|алып${SP}қою[\\p{L}]*|тыйым${SP}салу[\\p{L}]*|(?<!жауапкершілігі${SP})шектеу[\\p{L}]*|жауапкершілік[\\p{L}]*|жауаптылық[\\p{L}]*|айыппұл[\\p{L}]*|өндіріп${SP}алу[\\p{L}]*(?![\\p{L}])(?!${SP}үмітсіз)|құқықтары${SP}мен${SP}міндеттері[\\p{L}]*|міндеттер[\\p{L}]*|тізілімнен${SP}шығару[\\p{L}]*)`,
    'iu',
  ),
};
/**
 * The grounds of an action named as the matter handed over ("основания проверки … определяются
 * приказом", "тексеру негіздері … шешімімен айқындалады"): the body would set when it may act itself.
 */
const GROUNDS_MATTER: Record<'ru' | 'kk', RegExp> = {
  ru: new RegExp(`${WB}основани(?:я|й)${WE}`, 'iu'),
  kk: new RegExp(`${WB}(?:негіздері|негіздемелері)${WE}`, 'iu'),
};
/** Only a form is handed over ("Форма заявления … утверждается Министерством"): an implementing rule. */
const FORM_ONLY = /^[\s\u00a0\d.)-]*(?:(?:типов(?:ая|ые)|единая)[\s\u00a0]+)?(?:форм[аы]|бланк)(?![\p{L}])|^[\s\u00a0\d.)-]*(?:[\p{L}-]+[\s\u00a0]+){0,6}?нысаны(?![\p{L}])/iu;
/**
 * The law names the cases itself and hands over only the procedure ("Лишение статуса осуществляется в случае
 * двух и более нарушений … в порядке, определяемом Правительством"; "… жағдайда … айқындайтын тәртіппен").
 */
const CASES_IN_LAW: Record<'ru' | 'kk', RegExp> = {
  ru: /(?<![\p{L}])(?:в[\s\u00a0]+случа(?:е|ях)|при[\s\u00a0]+(?:наличии|условии|выявлении|совершении))(?![\p{L}])(?![\s\u00a0,]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:определяем|устанавливаем|установленн|определенн)[\p{L}]*[\s\u00a0]+(?:уполномоченн|центральн|местн|Правительств|орган|министерств))/iu,
  kk: /(?<![\p{L}])[\p{L}]+(?:ған|ген|қан|кен)[\s\u00a0]+жағдайда(?![\p{L}])/iu,
};
const PAYMENT = /сбор|пошлин|обязательн[\p{L}]*[\s\u00a0]+платеж|алым|баж|міндетті[\s\u00a0]+төлем/iu;

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /порядк|случа|основани|срок|определя|устанавлива|утвержда|тәртіп|айқында|белгіле|бекіт/iu;

export const blanketDelegation: Rule = {
  meta: {
    id: 'anticorruption/blanket-delegation',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Blanket delegation to a state body ("в порядке, определяемом уполномоченным органом", "уәкілетті орган айқындайтын тәртіппен") of matters the law must settle: suspension, withdrawal, prohibitions, rights and duties, liability.',
      basis: 'Закон «О правовых актах», ст. 24 п. 1 (подзаконный акт не выходит за пределы закона); факторы коррупциогенности: бланкетные и отсылочные нормы',
    },
    messages: {
      delegation: {
        ru: 'Коррупциогенный фактор – бланкетная норма: «{topic}» – вопрос, который должен быть урегулирован законом, – отдан на усмотрение органа («{delegation}»). Установите основания, условия и порядок в самом законе.',
        kk: 'Сыбайлас жемқорлық факторы – бланкеттік норма: заңмен реттелуі тиіс «{topic}» мәселесі органның қалауына берілген («{delegation}»). Негіздерді, шарттар мен тәртіпті заңның өзінде белгілеңіз.',
        en: 'Corruption-risk factor – blanket delegation: "{topic}", a matter the law must settle, is left to the body ("{delegation}"). Set the grounds, conditions and procedure in the law itself.',
      },
    },
    rationale: {
      ru: 'Основания и порядок ограничения прав, приостановления деятельности и применения мер ответственности устанавливаются законом; подзаконный акт может лишь детализировать закон и не выходит за его пределы (п. 1 ст. 24 Закона «О правовых актах»).',
      kk: 'Құқықтарды шектеудің, қызметті тоқтата тұрудың және жауаптылық шараларын қолданудың негіздері мен тәртібі заңмен белгіленеді; заңға тәуелді акт заңды тек нақтылай алады және оның шегінен шықпайды («Құқықтық актілер туралы» Заңның 24-бабының 1-тармағы).',
      en: 'Grounds and procedure for restricting rights, suspending activity and applying liability are set by law; a bylaw may only detail the law and must not go beyond it (Law "On Legal Acts", art. 24.1).',
    },
  },
  check(context) {
    const act = context.act;
    const lang = act.language;
    for (const p of normTexts(act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(lang === 'kk' ? KK : RU, p.text)) {
        if (LAW_NAMED.test(m.text)) continue;
        const sentence = sentenceBody(p.text, m.start);
        const body = p.text.slice(sentence.start, sentence.end);
        if (PAYMENT.test(body)) continue;
        // The form may open the paragraph before a list split by ";" ("1. Форма заявлений о …: …; … утверждается").
        if (FORM_ONLY.test(body) || FORM_ONLY.test(p.text)) continue;
        if (!m.groups?.grounds && (/^в[\s\u00a0]+порядке/iu.test(m.text) || /тәртіп/iu.test(m.text)) && CASES_IN_LAW[lang].test(p.text.slice(sentence.start, m.start))) continue;
        if (m.groups?.deadline && subjectIn(p.text, sentence.start, m.start, lang) === 'private') continue;
        // A restriction put into an order of a body is reported once, by constitution/rights-by-bylaw.
        if (restrictionsByOrder(body, lang).length) continue;
        const left = m.groups?.grounds ?? m.groups?.deadline;
        const topic = firstIn(RESERVED[lang], body) ?? firstIn(GROUNDS_MATTER[lang], p.text.slice(sentence.start, m.start)) ?? (left ? { text: lang === 'kk' ? left.split(/[\s\u00a0]+/).pop()! : left.split(',')[0]!.trim() } : undefined);
        if (!topic) continue;
        context.report({
          messageId: 'delegation',
          data: { topic: topic.text, delegation: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['lla:24.1'],
        });
      }
    }
  },
};
