/**
 * constitution/rights-by-bylaw: rights and freedoms restricted by anything but a law.
 * Two forms: a norm that lets restrictions or prohibitions be set by an order or decision of a
 * body ("ограничения … могут устанавливаться приказом уполномоченного органа", "шектеулер
 * министрдің бұйрығымен белгіленеді"); and a bylaw (order, resolution approving Rules) that itself
 * prohibits something to citizens or businesses ("мүшелеріне … өткізуге тыйым салынады",
 * "заявителям запрещается …"). Rights and freedoms may be restricted only by laws
 * (Constitution 2026, art. 41 p. 1; 1995: 39.1).
 */
import type { Rule } from '../rule';
import { subjectIn } from '../lexicon/actors';
import { restrictionsByOrder } from '../lexicon/restrictions';
import { normTexts } from '../lexicon/segments';
import { sentenceBody, sentences } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';



/** "запрещается", "не допускается"; "не вправе" of a private person (a bylaw taking away a right). */
const RU_PROHIBITION = new RegExp(`${WB}(?:запрещается|запрещаются|не${SP}допускается|(?<private>не${SP}вправе))${WE}`, 'giu');
const KK_PROHIBITION = new RegExp(`${WB}(?:[\\p{L}]+(?:ға|ге|қа|ке)${SP})?(?:тыйым${SP}салынады|жол${SP}берілмейді|рұқсат${SP}етілмейді)${WE}`, 'giu');
/** A bylaw that takes a right away as a sanction ("лишается права охоты", "аң аулау құқығынан айырылады"): liability is for laws. */
const RU_DEPRIVATION = new RegExp(`${WB}(?:лиша(?:ется|ются)|подлеж(?:ит|ат)${SP}лишению)${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:права|прав)${WE}`, 'giu');
const KK_DEPRIVATION = new RegExp(`${WB}(?:[\\p{L}-]+${SP}){0,2}?құқығынан${SP}(?:айырылады|айырылуға${SP}жатады)${WE}`, 'giu');
/** The prohibition is addressed to private persons (dative). */
const RU_ADDRESSEE = /(?<![\p{L}])(?:[\p{L}]+(?:телям|никам|щикам|чикам|льцам|сменам|истам)|федерациям|ассоциациям|объединениям|клубам|лицам|членам|заявителям|гражданам|получателям|кооперативам|организациям|участникам|субъектам|владельцам|собственникам|поставщикам|предпринимателям|операторам|перевозчикам|работникам)(?![\p{L}])/iu;
const KK_ADDRESSEE = /(?<![\p{L}])(?:[\p{L}]+(?:шыларға|шілерге|шыға|шіге|шыларына|шілеріне)|федерацияларына|федерацияларға|федерацияға|қауымдастықтарға|бірлестіктерге|клубтарға|мүшелеріне|мүшесіне|тұлғаларға|тұлғаға|азаматтарға|алушыларға|алушыға|кооперативтерге|кооперативке|ұйымдарға|қатысушыларға|иелеріне|иесіне|өтініш берушілерге|өтініш берушіге|жеткізушілерге|кәсіпкерлерге|операторларға|тасымалдаушыларға)(?![\p{L}])|(?<![\p{L}])(?!(?:органдарға|мекемелерге|қызметшілерге|адамдарға|қызметкерлерге)(?![\p{L}]))[\p{L}]{3,}(?:ларға|лерге|дарға|дерге|тарға|терге)(?![\p{L}])/iu;

const RU_OFFICIALS = /(?<![\p{L}])(?:государственным[\s\u00a0]+служащим|должностным[\s\u00a0]+лицам|работникам[\s\u00a0]+(?:услугодателя|органа|уполномоченного|государственн|лицензиара|Государственной))/iu;
const KK_OFFICIALS = /(?<![\p{L}])(?:мемлекеттік[\s\u00a0]+қызметшілерге|лауазымды[\s\u00a0]+адамдарға|органдарға|(?:органның|органының|көрсетілетін[\s\u00a0]+қызметті[\s\u00a0]+берушінің)[\s\u00a0]+(?:қызметкерлеріне|жұмыскерлеріне))/iu;

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /лиша|лишени|құқығынан|приказ|решени|постановлени|акт|правил|запрещ|запрет|огранич|допуска|вправе|бұйрығ|шешім|қаулы|өкім|тыйым|шект|берілмейді|етілмейді/iu;

export const rightsByBylaw: Rule = {
  meta: {
    id: 'constitution/rights-by-bylaw',
    category: 'constitution',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Restrictions or prohibitions on citizens or businesses set by an order or decision of a body, or imposed by a bylaw itself.',
      basis: 'Конституция РК 2026, ст. 41 п. 1 (1995: ст. 39 п. 1) – права и свободы ограничиваются только законами; Закон «О правовых актах», ст. 24 п. 1',
    },
    messages: {
      restrictionByOrder: {
        ru: 'Ограничение прав и свобод допускается актом органа («{quote}»): права и свободы могут быть ограничены только законами. Установите ограничения (их основания и пределы) в законе.',
        kk: 'Құқықтар мен бостандықтарды шектеуге орган актісімен жол беріледі («{quote}»): құқықтар мен бостандықтар тек заңдармен шектелуі мүмкін. Шектеулерді (олардың негіздері мен шектерін) заңда белгілеңіз.',
        en: 'Rights and freedoms may be restricted by an act of a body ("{quote}"); they may be restricted only by laws. Put the restrictions (grounds and limits) in a law.',
      },
      bylawDeprivation: {
        ru: 'Подзаконный акт сам лишает права в качестве санкции («{quote}»): ответственность и ограничение прав устанавливаются только законами. Исключите норму или сошлитесь на закон, который ее устанавливает.',
        kk: 'Заңға тәуелді акт жаза ретінде құқықтан өзі айырады («{quote}»): жауаптылық пен құқықтарды шектеу тек заңдармен белгіленеді. Норманы алып тастаңыз немесе оны белгілейтін заңға сілтеме жасаңыз.',
        en: 'A bylaw itself takes a right away as a sanction ("{quote}"); liability and restrictions of rights are set only by laws. Remove the norm or refer to the law that sets it.',
      },
      bylawProhibition: {
        ru: 'Подзаконный акт сам вводит запрет для граждан или организаций («{quote}»): права и свободы могут быть ограничены только законами. Исключите запрет или сошлитесь на норму закона, которая его устанавливает.',
        kk: 'Заңға тәуелді акт азаматтарға немесе ұйымдарға өзі тыйым салады («{quote}»): құқықтар мен бостандықтар тек заңдармен шектелуі мүмкін. Тыйымды алып тастаңыз немесе оны белгілейтін заң нормасына сілтеме жасаңыз.',
        en: 'A bylaw itself prohibits something to citizens or organisations ("{quote}"); rights and freedoms may be restricted only by laws. Remove the prohibition or refer to the law that sets it.',
      },
    },
    rationale: {
      ru: 'Права и свободы человека и гражданина могут быть ограничены только законами и лишь в той мере, в какой это необходимо (п. 1 ст. 41 Конституции 2026 г.; п. 1 ст. 39 Конституции 1995 г.); подзаконный акт не может выходить за пределы закона (п. 1 ст. 24 Закона «О правовых актах»).',
      kk: 'Адам мен азаматтың құқықтары мен бостандықтары тек заңдармен және қажетті шамада ғана шектелуі мүмкін (2026 жылғы Конституцияның 41-бабының 1-тармағы; 1995 жылғы Конституцияның 39-бабының 1-тармағы); заңға тәуелді акт заң шегінен шықпауы тиіс («Құқықтық актілер туралы» Заңның 24-бабының 1-тармағы).',
      en: 'Rights and freedoms may be restricted only by laws and only as far as necessary (Constitution 2026, art. 41.1; 1995: 39.1); a bylaw may not go beyond the law (Law "On Legal Acts", art. 24.1).',
    },
  },
  check(context) {
    const act = context.act;
    const kk = act.language === 'kk';
    const citations = ['const2026:41.1', ...courtPractice(context.corpus, 'ограничение прав и свобод только законом предпринимательская деятельность', '41')];
    for (const p of normTexts(act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const s of sentences(p.text)) {
        for (const found of restrictionsByOrder(p.text.slice(s.start, s.end), act.language)) {
          const m = { start: s.start + found.start, end: s.start + found.end, text: found.text };
          context.report({ messageId: 'restrictionByOrder', data: { quote: m.text }, range: { paragraph: p.paragraph, start: m.start, end: m.end }, citations });
        }
      }
      // A bylaw's own prohibitions on private persons; amending quotes are wordings of other acts.
      if (act.kind !== 'bylaw' || p.inQuote) continue;
      for (const m of matchesIn(kk ? KK_PROHIBITION : RU_PROHIBITION, p.text)) {
        const s = sentenceBody(p.text, m.start);
        const sentence = p.text.slice(s.start, s.end);
        // A bylaw may bind its own officials ("Мемлекеттік қызметшілерге … тыйым салынады", "Работникам услугодателя запрещается").
        if ((kk ? KK_OFFICIALS : RU_OFFICIALS).test(sentence)) continue;
        const subject = subjectIn(p.text, s.start, m.start, act.language);
        const addressed = m.groups?.private ? subject === 'private' : (kk ? KK_ADDRESSEE : RU_ADDRESSEE).test(sentence) || subject === 'private';
        if (!addressed) continue;
        context.report({ messageId: 'bylawProhibition', data: { quote: m.text }, range: { paragraph: p.paragraph, start: m.start, end: m.end }, citations });
      }
      for (const m of matchesIn(kk ? KK_DEPRIVATION : RU_DEPRIVATION, p.text)) {
        const sentence = p.text.slice(sentenceBody(p.text, m.start).start, sentenceBody(p.text, m.start).end);
        if ((kk ? KK_OFFICIALS : RU_OFFICIALS).test(sentence)) continue;
        context.report({ messageId: 'bylawDeprivation', data: { quote: m.text }, range: { paragraph: p.paragraph, start: m.start, end: m.end }, citations });
      }
    }
  },
};
