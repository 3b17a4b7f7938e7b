/**
 * anticorruption/open-list-of-persons: a list of persons or bodies left open at its end — "…,
 * ремесленным артелям и иным лицам", "…, органам внутренних дел и другим органам", "… және басқа
 * да тұлғалар", "… және өзге де органдарға". Whoever applies the norm then decides alone who else
 * gets support, is inspected, is involved or receives information. The list is closed, and nothing
 * is reported, when the words around name the rest: "и другие лица, указанные в пункте 2", "иные
 * лица, участвующие в деле", "осы баптың 2-тармағында көрсетілген өзге де адамдар".
 * Open lists of documents and grounds are anticorruption/open-list-of-documents' business.
 */
import type { Rule } from '../rule';
import { stateAgentIn, subjectOf } from '../lexicon/actors';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';

const RU_OPEN = '(?:иные|иных|иным|иными|другие|других|другим|другими|прочие|прочих|прочим|прочими)';
/** Up to two adjectives ("иные заинтересованные государственные органы"); not a noun-like participle ("служащих"). */
const RU_ADJ = `(?:(?![\\p{L}-]*щ(?:ие|их|им|ими)${WE})[\\p{L}-]+(?:ые|ие|ых|их|ым|им|ыми|ими)${SP}){0,2}`;
const RU_WHO =
  '(?:лица|лиц|лицам|лицами|органы|органов|органам|органами|организации|организаций|организациям|организациями|субъекты|субъектов|субъектам|субъектами|участники|участников|участникам|участниками|учреждения|учреждений|учреждениям|учреждениями|ведомства|ведомств|ведомствам|ведомствами|специалисты|специалистов|специалистам|специалистами|эксперты|экспертов|экспертам|экспертами|представители|представителей|представителям|представителями|граждане|граждан|гражданам|гражданами|структуры|структур|структурам|структурами)';
/** The open member ends a list: a conjunction before it. */
const RU = new RegExp(`${WB}(?:и|а${SP}также|либо|или)${SP}(?<open>${RU_OPEN}${SP}${RU_ADJ}${RU_WHO})${WE}`, 'giu');

/**
 * What closes the list right after it: a participle or relative clause ("участвующие в деле",
 * "указанные в пункте 2", "которые …", "чьи права …"), a reference to the law, "в случаях,
 * предусмотренных …", or a genitive that makes the phrase a part of someone ("иные лица из числа …").
 */
const RU_CLOSED_AFTER = new RegExp(
  `^(?:,?${SP})?(?:[\\p{L}-]+(?:ющ|ящ|ащ|ущ|вш|нн|ем|им)(?:ие|их|им|ими|ые|ых|ым|ыми)(?:ся)?${WE}|которы[\\p{L}]*|чьи|чьих|чье|в${SP}соответствии|согласно|на${SP}основании|в${SP}случаях|в${SP}порядке|по${SP}(?:перечню|списку)|из${SP}числа|определенн[\\p{L}]*|указанн[\\p{L}]*|предусмотренн[\\p{L}]*|установленн[\\p{L}]*|перечисленн[\\p{L}]*|названн[\\p{L}]*|наделенн[\\p{L}]*|уполномоченн[\\p{L}]*|имеющ[\\p{L}]*|участвующ[\\p{L}]*|являющ[\\p{L}]*|в${SP}отношении|по${SP}делу|,${SP}(?:если|когда))`,
  'iu',
);

const KK_WHO = '(?:тұлға|адам|орган|ұйым|субъект|қатысушы|мекеме|маман|сарапшы|өкіл|азамат)';
/** "және басқа да тұлғалар", "немесе өзге де органдарға": the Kazakh plural with any case ending. */
const KK = new RegExp(
  `${WB}(?:және|немесе|сондай-ақ|мен|бен|пен)${SP}(?<open>(?:басқа|өзге)${SP}(?:де|да)${SP}(?:(?:мүдделі|уәкілетті|мемлекеттік|лауазымды|жеке|заңды|жергілікті|құқық${SP}қорғау)${SP}){0,2}${KK_WHO}(?:лар|лер|дар|дер|тар|тер)(?:[\\p{L}]*))${WE}`,
  'giu',
);

/**
 * The named members before the conjunction: the last of them follows a comma ("…, органам внутренних
 * дел и иным органам") or stands alone ("инспекторы и другие лица"), and holds no verb or subordinate
 * clause ("…, когда это входит в компетенцию судов или других органов" is not a list).
 */
const ENUMERATION = /,[\s\u00a0]*((?:[\p{L}()«»"-]+[\s\u00a0]+){1,6})$/u;
const NOT_A_MEMBER = /(?<![\p{L}])(?:когда|если|который|которая|которые|что|это|чтобы|где)(?![\p{L}])|(?<![\p{L}])[\p{L}]{3,}(?:ет|ит|ют|ят|ется|ится|ются|ятся|ал|ил|ался|ился)(?![\p{L}])/iu;
/**
 * Adjectives standing for the members ("подведомственных и иных организаций", "правоохранительных,
 * специальных государственных и иных органов", "а также их должностными и иными лицами"): adjectives
 * of one noun, not a list of addressees. One adjective in any case; two only in the genitive or
 * instrumental, since a dative pair may be a noun ("семейным мастерским").
 */
const ADJECTIVE_MEMBER = /^(?:(?:а[\s\u00a0]+также|и|или|либо)[\s\u00a0]+)?(?:(?:их|его|ее|своими|своих)[\s\u00a0]+)?(?:[\p{L}-]+(?:ых|их|ыми|ими|ым|им|ые|ие)|[\p{L}-]+(?:ых|их|ыми|ими)[\s\u00a0]+[\p{L}-]+(?:ых|их|ыми|ими))[\s\u00a0]+$/iu;
/** Nothing but the end of the clause after the open member. */
const RU_CLAUSE_END = /^[\s\u00a0]*(?:[.;:]|$)/u;
/** Kazakh: at most the predicate (one or two words) before the end of the clause. */
const KK_CLAUSE_END = /^(?:[\s\u00a0]+[\p{L}-]+){0,2}[\s\u00a0]*(?:[.;:]|$)/u;
/** A qualifier before the list that names its members by law: "в случаях, предусмотренных законом, … и иных лиц". */
const RU_CLOSED_BEFORE = /(?:предусмотренн|установленн|определенн|указанн)[\p{L}]*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+)?(?:настоящ|закон|кодекс|пункт|стать|подпункт)/iu;
/** "иные заинтересованные лица": anyone with a legal interest, a category of procedural law, not a list left open. */
const INTERESTED = /заинтересованн|мүдделі/iu;

/**
 * The list names addressees of a public act: support given, persons involved, inspected, admitted,
 * informed, a body's membership ("оказывается", "привлекаются", "подлежат осмотру", "в состав …
 * входят"; "беріледі", "тартылады", "жіберіледі", "құрамына … кіреді").
 */
const RU_PUBLIC_ACT = /(?<![\p{L}])(?:оказыва(?:ется|ются)|предоставля(?:ется|ются)|выделя(?:ется|ются)|выда(?:ется|ются)|привлека(?:ет|ют|ется|ются)|допуска(?:ется|ются)|направля(?:ет|ют|ется|ются)|переда(?:ет|ют|ется|ются)|включа(?:ет|ют|ется|ются)|подлеж(?:ит|ат)|вход(?:ит|ят))(?![\p{L}])/iu;
const KK_PUBLIC_ACT = /(?<![\p{L}])(?:беріледі|көрсетіледі|тартылады|тартады|жіберіледі|жібереді|жолданады|жолдайды|кіреді|енгізіледі|жатады|ұсынылады)(?![\p{L}])/iu;

/** Cheap pre-test (most paragraphs have none of these words). */
const TRIGGER = /ины|иных|иным|друг|проч|басқа|өзге/iu;

export const openListOfPersons: Rule = {
  meta: {
    id: 'anticorruption/open-list-of-persons',
    category: 'anticorruption',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Open lists of persons or bodies ("и иные лица", "и другие органы", "және басқа да тұлғалар") that the norm does not close by naming the rest.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3; факторы коррупциогенности: неопределенность круга субъектов, открытые перечни',
    },
    messages: {
      openList: {
        ru: 'Коррупциогенный фактор – открытый перечень лиц (органов): «{list}» позволяет тому, кто применяет норму, самому решать, на кого она распространяется. Назовите всех исчерпывающе или укажите, каким актом они определены.',
        kk: 'Сыбайлас жемқорлық факторы – тұлғалардың (органдардың) ашық тізбесі: «{list}» норманы қолданушыға оның кімге қолданылатынын өзі шешуге мүмкіндік береді. Барлығын толық атаңыз немесе олардың қай актімен айқындалатынын көрсетіңіз.',
        en: 'Corruption-risk factor – open list of persons (bodies): "{list}" lets whoever applies the norm decide alone whom it covers. Name them all or say which act determines them.',
      },
    },
    rationale: {
      ru: 'Круг лиц, на которых распространяется норма (получателей поддержки, проверяемых, привлекаемых, получателей сведений), должен быть определен в акте (п. 3 ст. 24 Закона «О правовых актах»); открытый перечень дает органу усмотрение в выборе адресатов.',
      kk: 'Норма қолданылатын тұлғалардың (қолдау алушылардың, тексерілетіндердің, тартылатындардың, мәлімет алушылардың) шеңбері актіде айқындалуы тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы); ашық тізбе органға адресаттарды таңдауда еркіндік береді.',
      en: 'The persons a norm covers (recipients of support, those inspected, involved or informed) must be determined in the act (Law "On Legal Acts", art. 24.3); an open list gives the body discretion in choosing them.',
    },
  },
  check(context) {
    const kk = context.act.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(kk ? KK : RU, p.text)) {
        const open = m.groups!.open!;
        const start = m.end - open.length;
        const sentence = sentenceBody(p.text, m.start);
        const before = p.text.slice(sentence.start, m.start);
        const after = p.text.slice(m.end, sentence.end);
        // An enumeration of two or more named members that the open member ends ("А, Б и иные лица"):
        // "объединения и иные некоммерческие организации" names a kind and its genus, not a list.
        // The named members: after the last comma, or the words right before a single "X и иные лица".
        const member = ENUMERATION.exec(before)?.[1] ?? singleMember(before);
        if (!member || NOT_A_MEMBER.test(member) || (!kk && ADJECTIVE_MEMBER.test(member))) continue;
        // The open member closes its clause (Kazakh: before the predicate): "для себя или других лиц
        // или организаций", "прав собственника и других лиц по владению" go on and are not lists of addressees.
        if (!(kk ? KK_CLAUSE_END : RU_CLAUSE_END).test(after)) continue;
        if (!kk && (RU_CLOSED_AFTER.test(after) || RU_CLOSED_BEFORE.test(before))) continue;
        if (INTERESTED.test(open)) continue;
        // The list is of addressees of a state body's act, not of persons a private norm speaks of.
        const clause = p.text.slice(sentence.start, sentence.end);
        const state =
          subjectOf(context.act, p.paragraph, p.text, m.start, sentence.start) === 'state' ||
          stateAgentIn(p.text, sentence.start, sentence.end, context.act.language) ||
          (kk ? KK_PUBLIC_ACT : RU_PUBLIC_ACT).test(clause);
        if (!state) continue;
        context.report({ messageId: 'openList', data: { list: open }, range: { paragraph: p.paragraph, start, end: m.end }, citations: ['lla:24.3'] });
      }
    }
  },
};

/** The one to three words right before the conjunction that follow the last verb: "проводят инспекторы и …" → "инспекторы". */
function singleMember(before: string): string | undefined {
  const words = /(?:[\p{L}-]+[\s\u00a0]+){1,3}$/u.exec(before)?.[0].trim().split(/[\s\u00a0]+/u) ?? [];
  const kept: string[] = [];
  for (const w of words.reverse()) {
    if (NOT_A_MEMBER.test(w)) break;
    kept.unshift(w);
  }
  return kept.length ? `${kept.join(' ')} ` : undefined;
}
