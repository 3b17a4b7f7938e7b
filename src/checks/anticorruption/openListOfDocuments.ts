/**
 * anticorruption/open-list-of-documents: "иные документы", "иных документов", "другие сведения",
 * "и другие основания", "в иных случаях" / "өзге де құжаттар", "басқа да мәліметтер", "өзге де
 * жағдайларда". An open list of what an applicant must submit, or of grounds, lets the body demand
 * anything. The list is closed, and nothing is reported, when the law itself names the rest:
 * "иные документы, предусмотренные законами Республики Казахстан", "Қазақстан Республикасының
 * заңнамасында көзделген өзге де құжаттар". Standard formulas about acts, powers and functions
 * ("иные нормативные правовые акты", "иные полномочия, предусмотренные …") are not lists of this kind.
 */
import type { Rule } from '../rule';
import { leadInText, stateAgentIn, subjectIn } from '../lexicon/actors';
import { discretionHits } from '../lexicon/powers';
import { normMatches } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { SP, WB, WE } from '../lexicon/words';


const RU_WHAT = `(?:документ|сведени|материал|справк|данн|информаци)[\\p{L}]*`;
/** A state body as the one who asks ("по запросу услугодателя", "по требованию органа"). */
const RU_ASKER = `(?:[\\p{L}-]+${SP}){0,2}?(?:органа|органов|услугодателя|лицензиара|комиссии|министерства|акимата|инспектора|инспекции|комитета|должностного${SP}лица|Государственной${SP}корпорации)`;
const RU = new RegExp(
  `${WB}(?:(?:и|а${SP}также|либо|или)${SP})?(?:иные|иных|иными|иным|другие|других|другими|другим|прочие|прочих)${SP}(?:необходим(?:ые|ых)${SP}|дополнительн(?:ые|ых)${SP})?` +
    `(?:документы|документов|документами|сведения|сведений|материалы|материалов|справки|справок|основания|оснований|случаях|случаи|обстоятельства|обстоятельствах|данные|данных|информацию|информации|требования|требований|требованиям|требованиями|причины|причин|нарушения|нарушений)${WE}` +
    // What the body asks for on top of the list: "дополнительные документы по запросу услугодателя",
    // "документы, которые лицензиар сочтет необходимыми".
    `|${WB}(?:(?:дополнительн|необходим)[\\p{L}]*${SP})?${RU_WHAT}${SP}по${SP}(?:его${SP}|ее${SP}|их${SP})?(?:запросу|требованию)${SP}${RU_ASKER}${WE}(?!${SP}(?:заявител|услугополучател|гражданин|граждан|лиц|владельц|собственник|получател|потребител|суд))` +
    `|${WB}${RU_WHAT},?${SP}(?:которые|которых)${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:сочтет|сочтут|признает|признают|посчитает|посчитают)${SP}(?:необходимыми|нужными)${WE}`,
  'giu',
);
const KK_WHAT = `(?:құжаттар|мәліметтер|материалдар|анықтамалар|деректер|ақпарат)[\\p{L}]*`;
const KK = new RegExp(
  `${WB}(?:өзге|басқа)${SP}(?:(?:де|да)${SP})?(?:қажетті${SP})?` +
    `(?:құжаттар|құжаттарды|құжаттардың|мәліметтер|мәліметтерді|материалдар|материалдарды|анықтамалар|анықтамаларды|негіздер|негіздерде|негіздер${SP}бойынша|жағдайларда|жағдайлар|деректер|деректерді|ақпарат|ақпаратты|себептер|себептерді|себептер${SP}бойынша|мән-жайлар|мән-жайларда|мән-жайлар${SP}бойынша|талаптар|талаптарды|талаптарға|бұзушылықтар|бұзушылықтарды)${WE}` +
    // What the body asks for on top of the list: "лицензиардың талап етуі бойынша қосымша құжаттар",
    // "орган қажет деп санайтын құжаттар".
    `|${WB}(?:талап${SP}етуі|сұратуы|сұрауы)${SP}бойынша${SP}(?:қосымша${SP})?${KK_WHAT}${WE}` +
    `|${WB}(?:талап${SP}ететін|сұрататын|(?:қажет|қажетті)${SP}деп${SP}(?:санайтын|тапқан|есептейтін|таныған))${SP}(?:қосымша${SP})?${KK_WHAT}${WE}`,
  'giu',
);
/** A private asker right before a Kazakh demand ("өтініш берушінің талап етуі бойынша"): not an open list. */
const KK_PRIVATE_ASKER = /(?:шының|шінің|азаматтың|тұлғаның|иесінің|соттың)[\s\u00a0]+$/iu;

/** The rest of the list is fixed by law ("…, предусмотренные законами Республики Казахстан"). Read after the match. */
const RU_CLOSED_AFTER = new RegExp(
  `^[,\\s\\u00a0]*(?:(?:[\\p{L}-]+${SP}){0,3}?(?:предусмотренн|установленн|определенн|указанн)[\\p{L}]*${SP}(?:настоящ|закон|кодекс|конституци|международн|пункт|стать|подпункт|част|главой|приложени|законодательств|трудов|коллективн|договор)` +
    // "иные документы, содержащие в соответствии с законодательством обязательные требования": the law tells which.
    `|(?:[\\p{L}-]+${SP}){0,3}?в${SP}соответствии${SP}с${SP}(?:законодательств|закон|настоящ|кодекс|Кодекс|Закон)` +
    // "иные требования законодательства (настоящего Закона)": the law names them.
    `|(?:законодательства|законов|настоящего${SP}Закона|Кодекса|Конституции)${WE}` +
    // "Иные основания … определяются законодательными актами", "устанавливаются настоящим Кодексом".
    `|[^.;]{0,80}?(?:определя|устанавлива|предусматрива)[\\p{L}]*${SP}(?:законодательн|закон|настоящ|кодекс|договор))`,
  'iu',
);
/** "Законодательством (договором) могут быть предусмотрены иные основания": the law (contract) names the rest. */
const RU_CLOSED_BEFORE = /(?:законодательств|законодательн\p{L}*\s+акт|закон(?:ом|ами)|[Кк]одексом|договором)[^.;]{0,60}$/iu;
/** A ban on the list ("Истребование иных документов запрещается"): nothing is opened. */
const PROHIBITED = /запреща|не\s+допуска|не\s+вправе|тыйым\s+салынады|жол\s+берілмейді/iu;

/** Kazakh puts the qualifier before: "заңнамасында / осы Заңда / 9-бабында көзделген өзге де құжаттар". */
const KK_CLOSED_BEFORE = new RegExp(
  // "заңнамасына сәйкес міндетті талаптарды қамтитын өзге де құжаттар": the law tells which.
  `(?:заңнамасына|заңдарына|заңына|кодексіне|осы${SP}Заңға|осы${SP}Кодекске)${SP}сәйкес${SP}(?:[\\p{L}-]+${SP}){0,4}$|` +
  `(?:заң(?:ы|ына|ында|дарында|нама(?:сында|лық))?|кодекс(?:інде|те)?|заңнамасында|бабында|баптарында|тармағында|тармақшасында|бөлігінде|қосымшада|шартында)${SP}(?:көзделген|белгіленген|айқындалған|көрсетілген)${SP}$`,
  'iu',
);

/** Information and materials make an open list only where something is demanded or submitted. */
const INFO = /^(?:сведени|данн|информаци|материал|мәлімет|дерект|ақпарат|материалдар)/iu;
const DEMAND = /представля|представит(?!ел)|прилага|прилож|истребу|истребова|запрашива|запросит|требова|подава|подает|предоставля|ұсын|талап|қоса[\s\u00a0]+бер|сұрат|тапсыр/iu;
const DOCS = /^(?:документ|справк|құжат|анықтама)/iu;
/** Someone outside the state who submits or is asked: an applicant, a recipient of a service, a checked subject. */
const FROM_PERSON = /заявлени|заявител|услугополучател|ходатайств|(?<!бюджетн\p{L}*[\s\u00a0])заявк|проверяем|субъект|лицензиат|лиц[аоу]?(?![\p{L}])|граждан|өтініш|өтінім|көрсетілетін\s+қызметті\s+алушы|тексерілетін/iu;
/**
 * The contents of a body's own act ("Решение … органа … должно содержать: …; иные сведения",
 * "Постановление Правительства … содержит: … другие данные"): what the body writes, nothing demanded.
 * The same for what is annexed to it ("К постановлению Правительства … прилагаются: …; другие данные"), and
 * to the act on the results of its own check ("К акту о результатах проверки прилагаются: …; другие документы").
 * An applicant's paper ("Заявление должно содержать … иные сведения") is not of this kind.
 */
const RU_OWN_ACT_CONTENTS = /(?<![\p{L}])к[\s\u00a0]+(?:проекту[\s\u00a0]+)?(?:постановлени[\p{L}]*|решени[\p{L}]*|приказ[\p{L}]*|распоряжени[\p{L}]*|акту[\s\u00a0]+о[\s\u00a0]+результатах)[\s\u00a0][^.:]*?прилага(?:ется|ются)(?![\p{L}])|(?<![\p{L}])(?:решени|постановлени|приказ|распоряжени|извещени|объявлени|протокол)[\p{L}]*[\s\u00a0][^.:]*?(?:(?:должен|должн[аоы])[\s\u00a0]+(?:также[\s\u00a0]+)?содержать|содерж(?:ит|ат|ится|атся)|указыва(?:ется|ются)|включа(?:ет|ют)(?:ся)?)(?![\p{L}])/iu;
const KK_OWN_ACT_CONTENTS = /(?<![\p{L}])нәтижелері[\s\u00a0]+туралы[\s\u00a0]+актіге[^.:]*?қоса[\s\u00a0]+(?:беріледі|тіркеледі)(?![\p{L}])|(?<![\p{L}])(?:шешім|қаулы|бұйрық|өкім|хабарландыру|хаттама)[\p{L}]*[\s\u00a0][^.:]*?(?:қамтуға[\s\u00a0]+тиіс|қамтиды|көрсетіледі)(?![\p{L}])/iu;
/** Requirements that a body is to set by a bylaw ("… и другие требования … определяются уполномоченным органом"): a delegation, the blanket-delegation rule's matter. */
const SET_BY_BYLAW = /^[^.;]*?(?<![\p{L}])(?:определя|устанавлива|утвержда)(?:ется|ются)(?![\p{L}])|^[^.;]*?(?:белгіленеді|айқындалады|бекітіледі)(?![\p{L}])/iu;
/** A definition ("Под регуляторными актами понимаются … иные документы, содержащие …"; "… деп түсініледі"): it says what a term covers, nothing is demanded. */
const DEFINITION = /(?<![\p{L}])понима(?:ется|ются)(?![\p{L}])|(?<![\p{L}])деп(?![\p{L}])[^.;]*(?<![\p{L}])түсініледі(?![\p{L}])/iu;
/** Cases and grounds make a corruption factor only as grounds of a body's action, not of a private party's. */
const GROUNDS = /^(?:случа|основани|обстоятельств|причин|нарушени|жағдай|негіз|мән-жай|себеп|бұзушылық)/iu;

/** Refusal to issue: "отказ в выдаче", "отказывает", "бас тартады", "беруден бас тарту". */
const REFUSAL = /(?<![\p{L}])(?:отказ|отказыва|отказать|бас[\s\u00a0]+тарт)/iu;

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /ины|иных|иным|друг|проч|запрос|требовани|сочт|призна|посчита|өзге|басқа|талап|сұрат|сұрау|деп/iu;

export const openListOfDocuments: Rule = {
  meta: {
    id: 'anticorruption/open-list-of-documents',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Open lists of required documents, information or grounds ("иные документы", "в иных случаях", "өзге де құжаттар") not closed by a reference to a law.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3; факторы коррупциогенности: открытый перечень документов и оснований',
    },
    messages: {
      openList: {
        ru: 'Коррупциогенный фактор – открытый перечень: «{list}» позволяет органу требовать (применять) что угодно сверх названного. Перечислите исчерпывающе или укажите «{example}».',
        kk: 'Сыбайлас жемқорлық факторы – ашық тізбе: «{list}» органға аталғаннан тыс кез келген нәрсені талап етуге (қолдануға) мүмкіндік береді. Толық тізбелеңіз немесе «{example}» деп көрсетіңіз.',
        en: 'Corruption-risk factor – open list: "{list}" lets the body demand (apply) anything beyond what is named. List exhaustively or write "{example}".',
      },
    },
    rationale: {
      ru: 'Перечни документов, представляемых заявителем, и оснований действий органа должны быть исчерпывающими (п. 3 ст. 24 Закона «О правовых актах»): открытый перечень создает возможность истребовать документы, не предусмотренные законом.',
      kk: 'Өтініш беруші ұсынатын құжаттардың және орган әрекеттері негіздерінің тізбесі толық болуы тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы): ашық тізбе заңда көзделмеген құжаттарды талап етуге мүмкіндік жасайды.',
      en: 'Lists of documents an applicant submits and of grounds for a body\'s actions must be exhaustive (Law "On Legal Acts", art. 24.3): an open list allows demanding documents the law does not provide for.',
    },
  },
  check(context) {
    const act = context.act;
    const kk = act.language === 'kk';
    for (const { norm: p, found } of normMatches(act, TRIGGER, { ru: RU, kk: KK })) {
      const discretion = discretionHits(act, p.paragraph, p.text);
      for (const m of found) {
        // "в иных случаях … вправе отказать": reported once, as discretion on open grounds.
        if (discretion.some((h) => h.openGround && h.openGround.start < m.end && m.start < h.openGround.end)) continue;
        const sentence = sentenceBody(p.text, m.start);
        const before = p.text.slice(sentence.start, m.start);
        if (kk ? KK_CLOSED_BEFORE.test(before) : RU_CLOSED_AFTER.test(p.text.slice(m.end, sentence.end)) || RU_CLOSED_BEFORE.test(before)) continue;
        if (PROHIBITED.test(p.text.slice(sentence.start, sentence.end))) continue;
        if (kk && KK_PRIVATE_ASKER.test(p.text.slice(Math.max(0, m.start - 40), m.start))) continue;
        const noun = (kk ? /(?:өзге|басқа|де|да|қажетті)[\s\u00a0]+([\p{L}-]+)(?:[\s\u00a0]+бойынша)?$/iu : /^(?:(?:и|а[\s\u00a0]+также|либо|или)[\s\u00a0]+)?(?:иные|иных|иными|иным|другие|других|другими|другим|прочие|прочих)[\s\u00a0]+(?:(?:необходим|дополнительн)[\p{L}]*[\s\u00a0]+)?([\p{L}-]+)$/iu).exec(m.text)?.[1] ?? '';
        const lead = leadInText(act, p.paragraph) ?? '';
        // A capitalised noun mid-sentence is a defined term ("иных Документов" = other strategic Documents), not a list.
        if (/^\p{Lu}/u.test(noun) && m.start > sentence.start) continue;
        // Documents and information make an open list only where something is demanded or submitted
        // ("фальсификация … иных документов" in a criminal code is no list of papers).
        // The demand may open the paragraph before a ";" ("К заявлению прилагаются: схема …; иные документы …").
        if ((INFO.test(noun) || DOCS.test(noun)) && !DEMAND.test(p.text.slice(0, sentence.end)) && !DEMAND.test(lead)) continue;
        // …and from a person who applies or is checked, not in a notice's or a budget document's contents.
        const upTo = p.text.slice(0, sentence.end);
        const fromPerson = FROM_PERSON.test(upTo) || FROM_PERSON.test(lead) || subjectIn(upTo, 0, upTo.length, act.language) === 'private' || (!!lead && subjectIn(lead, 0, lead.length, act.language) === 'private');
        if ((INFO.test(noun) || DOCS.test(noun)) && !fromPerson) continue;
        if ((INFO.test(noun) || DOCS.test(noun)) && DEFINITION.test(p.text.slice(sentence.start, sentence.end))) continue;
        if ((INFO.test(noun) || DOCS.test(noun)) && ((kk ? KK_OWN_ACT_CONTENTS : RU_OWN_ACT_CONTENTS).test(p.text.slice(0, m.start)) || (kk ? KK_OWN_ACT_CONTENTS : RU_OWN_ACT_CONTENTS).test(lead))) continue;
        if (/^(?:требовани|талап)/iu.test(noun) && SET_BY_BYLAW.test(p.text.slice(m.end, sentence.end))) continue;
        // Requirements make an open list where a body may add its own ("иным требованиям, предъявляемым лицензиаром"),
        // not in a definition ("…, санитарные и иные требования, обеспечивающие …").
        if (/^требовани/iu.test(noun) && !stateAgentIn(p.text, m.end, sentence.end, act.language)) continue;
        // "в иных случаях отсутствия родительского попечения": a category named by its noun, not an open list.
        if (/^случа/iu.test(noun) && /^[\s\u00a0]+[\p{L}]+(?:ия|ения|ости|ания|ы|и)[\s\u00a0]+[\p{L}]+/iu.test(p.text.slice(m.end, m.end + 40)) && !/^[\s\u00a0]+(?:когда|если|при|по|в|на|с)(?![\p{L}])/iu.test(p.text.slice(m.end, m.end + 10))) continue;
        if (GROUNDS.test(noun)) {
          const subject = subjectIn(p.text, sentence.start, sentence.end, act.language) ?? (lead ? subjectIn(lead, 0, lead.length, act.language) : undefined);
          // Grounds to refuse a permit or service stay the issuer's power whoever issues it.
          const refusal = REFUSAL.test(p.text.slice(sentence.start, sentence.end)) || REFUSAL.test(lead);
          // Open grounds are a factor as grounds of a body's action: "в иных случаях" said of parties,
          // of a court or of no one ("Порядок опровержения в иных случаях устанавливается судом") is not.
          if (subject !== 'state' && !refusal) continue;
        }
        const start = kk ? m.start : m.start + (/^(?:и|а[\s\u00a0]+также|либо|или)[\s\u00a0]+/iu.exec(m.text)?.[0].length ?? 0);
        const list = p.text.slice(start, m.end);
        context.report({
          messageId: 'openList',
          data: {
            list,
            example: kk ? 'Қазақстан Республикасының заңдарында көзделген өзге де …' : '…, предусмотренные законами Республики Казахстан',
          },
          range: { paragraph: p.paragraph, start, end: m.end },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
