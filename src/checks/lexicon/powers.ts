/**
 * Powers of the state in a sentence, for the anti-corruption rules (Law "On Legal Acts", art. 24
 * p. 3; the methodology of anti-corruption expertise): a discretionary modal ("вправе", "может",
 * "имеет право", "құқылы", "-уға болады") whose subject is a state body, the criteria that bound
 * it ("в случаях", "при наличии", "если", "сәйкес", "жағдайда"…), vague grounds and deadlines
 * ("при необходимости", "в разумный срок", "қажет болған жағдайда") and open grounds ("в иных
 * случаях", "өзге де жағдайларда").
 */
import type { Act } from '../../core/act/types';
import type { Language } from '../../core/language';
import { stateAgentIn, subjectOf } from './actors';
import { KK_BODY_GEN } from './bodies';
import { sentenceBody, type Span } from './sentences';
import { type Match, matchesIn, SP, WB, WE } from './words';


/** Vague grounds and deadlines of an action. */
export const VAGUE: Record<Language, RegExp> = {
  ru: new RegExp(
    [
      // A deadline by a quality, not by a number: "в разумный срок", "в максимально короткие сроки", "в сжатые сроки".
      `в${SP}(?:(?:возможно|максимально|предельно|наиболее|минимально${SP}возможные|минимально${SP}возможный)${SP})?(?:разумн|кратчайш|коротк|сжат|оптимальн|приемлем|надлежащ)(?:ий|ый|ие|ые)${SP}срок(?:и)?`,
      `своевременно`,
      `при${SP}(?:(?:возникновении|появлении)${SP}(?:такой${SP})?)?(?:необходимости|потребности)`,
      `в${SP}случае${SP}(?:возникновения${SP})?(?:необходимости|потребности)`,
      `по${SP}мере${SP}(?:необходимости|потребности)`,
      `в${SP}зависимости${SP}от${SP}(?:обстоятельств|ситуации|необходимости)`,
      `исходя${SP}из${SP}(?:необходимости|целесообразности|обстоятельств)`,
      // The body's own judgement as the ground: "если сочтет (это) необходимым", "когда признает целесообразным".
      `(?:если|когда|в${SP}случае,?${SP}если)${SP}(?:(?:он|она|оно|они)${SP})?(?:сочт(?:ет|ут)|призна(?:ет|ют)|посчита(?:ет|ют)|найд(?:ет|ут))${SP}(?:это${SP}|их${SP}|его${SP}|ее${SP})?(?:необходимым|целесообразным|нужным|возможным|обоснованным)`,
      `в${SP}необходимых${SP}случаях`,
      `как${SP}правило`,
      `по${SP}(?:своему${SP})?усмотрению`,
      // "при наличии оснований" names no grounds; "при наличии оснований, предусмотренных статьей 5" does,
      // and so does "при наличии оснований и в порядке, предусмотренных законом" (grounds and procedure by law).
      // "при наличии оснований полагать, что …" names what must be believed: the grounds are that fact.
      `при${SP}наличии${SP}(?:достаточных${SP}|соответствующих${SP})?оснований(?!${SP}(?:полагать|считать|предполагать),?${SP}что)(?!,?${SP}(?:[\\p{L}-]+${SP})?(?:предусмотренн|указанн|установленн|перечисленн|определенн)|${SP}и${SP}в${SP}порядке,?${SP}(?:предусмотренн|установленн|определенн)[\\p{L}]*${SP}(?:закон|Закон|Кодекс|кодекс|настоящ))`,
      `по${SP}возможности`,
      `(?:при|в${SP}случае)${SP}целесообразности`,
      // Cases or time named by a quality, not listed: "в исключительных (отдельных) случаях" unless the
      // act names them ("…, предусмотренных статьей 4"); "в ближайшее время", "в оперативном порядке".
      `в${SP}(?:исключительных|отдельных|особых|единичных)${SP}случаях(?!,?${SP}(?:[\\p{L}-]+${SP})?(?:предусмотренн|указанн|установленн|перечисленн|определенн|когда|если))`,
      `в${SP}ближайшее${SP}время`,
      `в${SP}оперативном${SP}порядке`,
      `(?:по${SP}мере|при${SP}наличии)${SP}возможности`,
    ].map((p) => `${WB}${p}${WE}`).join('|'),
    'giu',
  ),
  kk: new RegExp(
    [
      `қажет${SP}болған${SP}(?:жағдайда|жағдайларда|кезде)`,
      `қажеттілік${SP}(?:болған|туындаған|пайда${SP}болған)${SP}(?:жағдайда|жағдайларда|кезде)`,
      `қажеттілік${SP}(?:болса|туындаса|пайда${SP}болса)`,
      `қажет${SP}болса`,
      `(?:қажеттілігіне|қажеттілікке|мән-жайларға|мән-жайына|жағдайға|жағдайына)${SP}(?:қарай|байланысты)`,
      `ақылға${SP}қонымды${SP}мерзім(?:де|ге)?`,
      // A deadline by a quality: "қысқа мерзімде", "мүмкіндігінше қысқа мерзім ішінде", "тез арада", "дер кезінде".
      `(?:(?:ең|барынша|мүмкіндігінше)${SP})?қысқа${SP}мерзім(?:де|${SP}ішінде)`,
      `тез${SP}арада`,
      `дер${SP}кезінде`,
      `уақ(?:ы)?тылы`,
      `қажет${SP}(?:жағдайда|жағдайларда)`,
      // The body's own judgement as the ground: "орынды деп тапқан жағдайда", "қажет деп санаса".
      `(?:орынды|қажет|қажетті|мақсатқа${SP}сай|мақсатқа${SP}лайық|ұтымды)${SP}деп${SP}(?:(?:тапқан|таныған|санаған|есептеген)${SP}(?:жағдайда|жағдайларда|кезде)|тапса|таныса|санаса|есептесе)`,
      `әдетте`,
      `өз${SP}(?:қалауы${SP}бойынша|қалауынша|қарауы${SP}бойынша)`,
      // "в надлежащий срок" in Kazakh, and cases or time named by a quality: "ерекше (жекелеген)
      // жағдайларда", "жақын арада", "мүмкіндігінше", "мүмкіндік болған жағдайда".
      `тиісті${SP}(?:мерзімде|уақытта)`,
      `(?:ерекше|жекелеген|айрықша)${SP}(?:жағдайларда|жағдайда)`,
      `жақын${SP}арада`,
      `мүмкіндігінше`,
      `мүмкіндік${SP}(?:болған${SP}(?:жағдайда|кезде)|болса)`,
    ].map((p) => `${WB}${p}${WE}`).join('|'),
    'giu',
  ),
};

/** Grounds left open: the body may act "in other cases". */
export const OPEN_GROUNDS: Record<Language, RegExp> = {
  ru: new RegExp(`${WB}(?:в|по)${SP}(?:иных|других|иным|другим|прочих|прочим)${SP}(?:случаях|основаниям|обстоятельствам)${WE}`, 'giu'),
  kk: new RegExp(`${WB}(?:өзге|басқа)${SP}(?:де|да)${SP}(?:жағдайларда|жағдайлар${SP}бойынша|негіздер${SP}бойынша|негіздерде|мән-жайларда)${WE}`, 'giu'),
};

/** Criteria that bound a power: grounds, conditions, a reference to the law that lists them. */
const CRITERIA: Record<Language, RegExp> = {
  ru: new RegExp(
    [
      `в${SP}случа(?:е|ях)`,
      `при${SP}(?:наличии|условии|выявлении|установлении|несоблюдении|нарушении|невыполнении|неисполнении)`,
      `если`,
      `по${SP}основаниям`,
      `на${SP}основании`,
      `на${SP}основаниях`,
      `в${SP}соответствии${SP}с`,
      `предусмотренн(?:ом|ым|ых|ой|ые|ому)`,
      `установленн(?:ом|ым|ых|ой|ые|ому)${SP}(?:настоящ|закон|кодекс|пункт|стать|подпункт)[\\p{L}]*`,
      // The person's consent bounds the power: "может быть назначен … только с согласия такого лица".
      `с${SP}(?:письменного${SP})?согласия`,
      // A threat named as the ground: "при непосредственной угрозе жизни ребенка".
      `при${SP}(?:(?:непосредственной|реальной|явной)${SP})?угрозе`,
      // "могут проводиться только тем должностным лицом, которое указано в акте": a restriction, not a latitude.
      `только`,
    ].map((p) => `${WB}${p}${WE}`).join('|'),
    'giu',
  ),
  kk: new RegExp(
    [
      `жағдайда`,
      `жағдайларда`,
      `негіздер${SP}бойынша`,
      `негізінде`,
      `сәйкес`,
      `көзделген`,
      `белгіленген`,
      `кезде`,
      `болса`,
      // Conditions in the verb: "анықталғанда" (when found), "бұзылса" (if broken).
      `[\\p{L}]{3,}(?:ғанда|генде|қанда|кенде)`,
      `(?:жазбаша${SP})?келісімімен`,
      `ғана`,
      `(?!(?:немесе|керісінше|әсіресе|әйтпесе)${WE})[\\p{L}]{3,}(?:са|се)`,
    ].map((p) => `${WB}${p}${WE}`).join('|'),
    'giu',
  ),
};

/** Discretionary modals. Russian "может/могут" needs an active infinitive after it (not "быть", not "-ся"). */
const MODAL: Record<Language, RegExp> = {
  ru: new RegExp(
    `${WB}(?:вправе|имеет${SP}право|имеют${SP}право|может|могут|оставля(?:ет|ют)${SP}за${SP}собой${SP}право|наделя(?:ется|ются)${SP}правом|наделен(?:а|о|ы)?${SP}правом|уполномочен(?:а|о|ы)?)${WE}`,
    'giu',
  ),
  // "-уға құқылы / құқығы бар / өкілетті / хақылы", "-уға болады", "-уы мүмкін", and the converb with
  // "алады" ("тоқтата алады", "алып тастай алады": "can stop", "can remove").
  kk: new RegExp(
    `${WB}[\\p{L}]+(?:(?:ға|ге|қа|ке)${SP}(?:құқылы|құқығы${SP}бар|өкілетті|хақылы)|(?:уға|уге|юға|юге)${SP}болады|(?:уы|уі|юы|юі)${SP}мүмкін)${WE}` +
      `|${WB}(?!(?:пайда|сома|қайта|баға|ақша|ала)${WE})[\\p{L}]{2,}(?:а|е|й)${SP}алады${WE}`,
    'giu',
  ),
};

/** A state body as the agent of a passive power: "лицензиаром", "по решению руководителя услугодателя", "органның шешімімен", "орган тарапынан". */
const RU_STATE_AGENT_PHRASE = new RegExp(
  `${WB}по${SP}(?:решению|усмотрению|указанию|распоряжению|приказу|требованию)${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:органа|органов|руководителя|услугодателя|лицензиара|комиссии|министра|министерства|акимата|акима|инспектора|инспекции|комитета|должностного${SP}лица|ведомства|департамента|агентства|службы)${WE}`,
  'iu',
);
const KK_STATE_AGENT_PHRASE = new RegExp(
  `${WB}${KK_BODY_GEN}${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:шешімімен|бұйрығымен|өкімімен|қаулысымен|(?:шешімі|бұйрығы|өкімі|қаулысы)${SP}(?:бойынша|негізінде)|тарапынан)${WE}`,
  'iu',
);

/** An infinitive within three words: "-ть", "-чь", "-сти/-зти/-йти/-дти" (nouns in "-ости" are not). */
/** Cheap pre-test for the modals (most paragraphs have none). */
const MODAL_TRIGGER = /вправе|может|могут|право|уполномочен|құқылы|құқығы|болады|мүмкін|өкілетті|хақылы|алады/iu;

const RU_INFINITIVE = /^[\s\u00a0]*((?:[\p{L}-]+[\s\u00a0]+){0,3}?)([\p{L}-]+(?:ть|(?<!о)сти|зти|йти|дти|чь))(?![\p{L}])/iu;
/** Kazakh passive verbal nouns in "-уы/-уі": the stem ends in the passive "-л-/-ыл-/-іл-/-н-/-ын-/-ін-". */
const KK_PASSIVE = /^(?!(?:алуы|салуы|қалуы|бөлуі|келуі|өлуі|толуы)$)[\p{L}]*(?:ыл|іл|ын|ін|[аәеоөұүя]л|[аәеоөұүя]н)(?:уы|уі)$/iu;
/** A state body in the genitive, the holder of "құқығы бар". */
const KK_GENITIVE_STATE = new RegExp(`${WB}${KK_BODY_GEN}${WE}`, 'iu');
/** The first genitive of the clause (the holder of "құқығы бар") is a state body's. */
function firstGenitiveIsState(clause: string): boolean {
  const genitive = /(?<![\p{L}])[\p{L}-]+(?:ның|нің|дың|дің|тың|тің)(?![\p{L}])/iu.exec(clause);
  const body = KK_GENITIVE_STATE.exec(clause);
  return !!genitive && !!body && body.index <= genitive.index && body.index + body[0].length >= genitive.index + genitive[0].length;
}

/** Kazakh light verbs whose object noun belongs to the anchor ("бас тартуға", "тыйым салуға"). */
const KK_LIGHT = /^(?:тарту|салу|қою|беру|ету|жасау|қабылдау|шығару|алу|тоқтата|тоқтатуға|(?:тарта|сала|қоя|бере|ете|жасай|шығара|тастай|тұра)$)/iu;

export interface PowerHit {
  /** Anchor: the modal with its verb, widened to cover an open ground or vague term of the same sentence. */
  start: number;
  end: number;
  /** The modal with its verb ("вправе продлить", "бас тартуға құқылы"). */
  modal: Match;
  openGround?: Match;
  vague?: Match;
  sentence: Span;
}

/** A state body is the agent of the passive in the sentence (not a court, not a partner after "с"). */
function stateAgentOfPassive(text: string, sentence: Span, language: Language): boolean {
  const body = text.slice(sentence.start, sentence.end);
  if (language === 'ru') return stateAgentIn(text, sentence.start, sentence.end, 'ru') || RU_STATE_AGENT_PHRASE.test(body);
  return KK_STATE_AGENT_PHRASE.test(body) || stateAgentIn(text, sentence.start, sentence.end, 'kk');
}

/** Negation right before a word: "не вправе", "не может". */
function negated(text: string, at: number): boolean {
  return /(?:^|[\s\u00a0])не[\s\u00a0]+$/iu.test(text.slice(Math.max(0, at - 6), at));
}

/** Overlap of a match with any of the spans. */
function inside(m: Match, spans: Match[]): boolean {
  return spans.some((s) => m.start < s.end && s.start < m.end);
}

/** Verbs of a consequence after "может / могут": what may happen, not what a body may do. */
const CONSEQUENCE = /^(?:привести|повлечь|причинить|вызвать|нанести|создать|затронуть|ухудшить|повлиять|произойти|наступить|возникнуть)$/iu;
/** "вправе направить … обращение (предложения, рекомендации)": a request or advice binds no one, unlike "направить предписание". */
const REQUEST = /^[\s\u00a0,]*(?:[\p{L}-]+[\s\u00a0,]+){0,8}?(?:обращени|просьб|предложени|рекомендаци|замечани)/iu;
/** Passive powers that bind no one: "может быть учтено", "может быть удостоверена" (a service a person chooses), "может быть предъявлено", "может быть выражено" (consent), "может быть использована", "могут использоваться" (information a body uses). */
/** A bylaw as the agent ("Правилами …, утверждаемыми Правительством, … могут быть включены"): what a bylaw may provide, the blanket-delegation rule's matter. */
const BYLAW_AGENT = /^[\s\u00a0\d.)]*(?:Правилами|Порядком|Положением|Инструкцией|Регламентом)(?![\p{L}])/u;
const NO_POWER_PASSIVE = /^[\s\u00a0]*(?:быть[\s\u00a0]+(?:также[\s\u00a0]+)?(?:учтен|удостоверен|предъявлен|выражен|использован)|(?:также[\s\u00a0]+)?использоваться(?![\p{L}]))/iu;
/**
 * A power given to bodies together with the public or private persons ("Заинтересованные
 * государственные органы и общественность вправе направить замечания"): a right to take part, not discretion.
 */
const WITH_PRIVATE: Record<Language, RegExp> = {
  ru: /(?<![\p{L}])(?:и|либо|или)[\s\u00a0]+(?:общественность|граждане|физические[\s\u00a0]+(?:и[\s\u00a0]+юридические[\s\u00a0]+)?лица|иные[\s\u00a0]+лица|заинтересованные[\s\u00a0]+лица)(?![\p{L}])/iu,
  kk: /(?<![\p{L}])(?:және|немесе)[\s\u00a0]+(?:жұртшылық|азаматтар|жеке[\s\u00a0]+(?:және[\s\u00a0]+заңды[\s\u00a0]+)?тұлғалар|мүдделі[\s\u00a0]+тұлғалар)(?![\p{L}])/iu,
};
/** Standing to bring a claim shared with private persons ("может быть предъявлено заинтересованными лицами, … органом либо прокурором"). */
const PRIVATE_AGENT = /(?<![\p{L}])(?:заинтересованными[\s\u00a0]+лицами|гражданами|физическими[\s\u00a0]+(?:и[\s\u00a0]+юридическими[\s\u00a0]+)?лицами|собственником|участниками)(?![\p{L}])/iu;
/** Norm-making: setting (approving) rules, a procedure or requirements is delegation, the blanket-delegation rule's matter. */
const NORM_MAKING_VERB = /^(?:устанавливать|установить|устанавливаться|утверждать|утвердить|утверждаться)$/iu;
const NORM_OBJECT = /(?<![\p{L}])(?:особенности|порядок|порядка|правила|правил|требования|требований|нормы|норм|нормативы|тарифы|ставки)(?![\p{L}])/iu;

/**
 * The state's own matters: moving budget money between programmes, joining or splitting the body's
 * own proceedings, who of its officials does a check. The power's object belongs to no one outside
 * the state, so the choice decides nothing about a person's rights or duties.
 */
const STATE_OWN_MATTER: Record<Language, RegExp> = {
  ru: /(?<![\p{L}])(?:перераспредел[\p{L}]*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,3}?(?:средств|ассигновани|бюджетн)|(?:объединени|объединить|объединять|соединени|соединить)[\p{L}]*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:расследовани|проверок|производств|дел(?![\p{L}]))|состав[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:должностных[\s\u00a0]+лиц|работников|сотрудников|инспекторов))/iu,
  kk: /(?<![\p{L}])(?:(?:қаражат|бюджеттік[\s\u00a0]+бағдарлама)[\p{L}]*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,3}?қайта[\s\u00a0]+бөл|(?:тергеп-тексеру|тексеру|іс|өндіріс)[\p{L}]*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?біріктір|(?:лауазымды[\s\u00a0]+адамдар|қызметкерлер|инспекторлар)[\p{L}]*[\s\u00a0]+құрам)/iu,
};

/** Cheap pre-test for STATE_OWN_MATTER (checked only for the few sentences that would be reported). */
const OWN_MATTER_TRIGGER = /перераспредел|объедин|соедин|состав|қайта[\s\u00a0]+бөл|біріктір|құрам/iu;

const NO_POWER_OVER_PERSON = /^(?:использовать|выпускать|выпустить|привлекать|привлечь|предъявить|предъявлять|обратиться|обращаться|осуществлять|учитывать|учесть|выразить)$/iu;

/** The discretionary modals of a state body in the paragraph text, as in art. 24 p. 3 factors. */
export function modalsOfState(act: Act, paragraph: number, text: string): { modal: Match; sentence: Span }[] {
  const lang = act.language;
  const out: { modal: Match; sentence: Span }[] = [];
  if (!MODAL_TRIGGER.test(text)) return out;
  for (const m of matchesIn(MODAL[lang], text)) {
    let modal: Match = m;
    if (lang === 'ru') {
      if (negated(text, m.start)) continue;
      const after = text.slice(m.end);
      if (/^[\s\u00a0]*:/.test(after)) continue; // "вправе:" introduces a list of powers, read item by item
      const inf = RU_INFINITIVE.exec(after);
      // "действия, которые могут привести к нарушению": a possible consequence, not a power.
      if (inf && CONSEQUENCE.test(inf[2])) continue;
      if (inf && /^направ(?:ить|лять)$/iu.test(inf[2]) && REQUEST.test(after.slice(inf[0].length))) continue;
      // "вправе (повторно) обратиться": an appeal to a body, no power over anyone (a reflexive infinitive the pattern above skips).
      if (/^[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+)?(?:обратиться|обращаться)(?![\p{L}])/iu.test(after)) continue;
      // Requests to other bodies or states ("направлять запросы в антимонопольные органы иных государств") bind no person.
      if (inf && /^направ(?:ить|лять)$/iu.test(inf[2]) && /^[\s\u00a0]*запрос[\p{L}]*[\s\u00a0]+(?:в|к)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:орган|государств|организаци)/iu.test(after.slice(inf[0].length))) continue;
      if (NO_POWER_PASSIVE.test(after)) continue;
      if (WITH_PRIVATE.ru.test(text.slice(sentenceBody(text, m.start).start, m.start))) continue;
      {
        const s0 = sentenceBody(text, m.start);
        const verb = /^[\s\u00a0]*(?:(?:также|самостоятельно)[\s\u00a0]+)?([\p{L}-]+)/iu.exec(after)?.[1] ?? '';
        if (NORM_MAKING_VERB.test(verb) && NORM_OBJECT.test(text.slice(s0.start, s0.end))) continue;
      }
      // A capacity or a step that binds no one ("вправе выпускать облигации", "вправе привлекать
      // представителей на добровольной основе", "вправе предъявить иск"): no discretion over a person.
      if (inf && NO_POWER_OVER_PERSON.test(inf[2])) continue;
      // "может/могут/имеет право" need an active infinitive: "имеет право на пенсию" is a right, "может быть" a passive.
      const needsVerb = /^(?:может|могут|имеет|имеют)/iu.test(m.text);
      if (needsVerb) {
        const passive = !inf || /^(?:быть|иметь)$/iu.test(inf[2]) || /(?:ться|тись)$/iu.test(inf[2]) || /(?:^|[\s\u00a0])быть(?:[\s\u00a0]|$)/iu.test(inf[1]);
        if (passive) {
          // "Срок может быть продлен по решению руководителя", "Лицензия может быть приостановлена лицензиаром":
          // a passive power whose agent is a state body is the body's discretion all the same.
          // "может быть продлен(а)": a short passive participle; "может быть только государственное
          // предприятие" says what a thing can be, no one's power.
          const verb = /^могут|^может/iu.test(m.text) ? /^[\s\u00a0]*(?:быть[\s\u00a0]+(?:также[\s\u00a0]+)?[\p{L}-]+(?:н|на|но|ны|т|та|то|ты)|[\p{L}-]+(?:ться|тись))(?![\p{L}])/iu.exec(after) : null;
          const sentence = sentenceBody(text, m.start);
          if (!verb || !stateAgentOfPassive(text, sentence, 'ru')) continue;
          if (PRIVATE_AGENT.test(text.slice(m.end, sentence.end))) continue;
          if (BYLAW_AGENT.test(text.slice(sentence.start, m.start))) continue;
          out.push({ modal: { start: m.start, end: m.end + verb[0].length, text: text.slice(m.start, m.end + verb[0].length) }, sentence });
          continue;
        }
      }
      if (inf) modal = { start: m.start, end: m.end + inf[0].length, text: text.slice(m.start, m.end + inf[0].length) };
    } else {
      if (/^[\s\u00a0]*емес/iu.test(text.slice(m.end))) continue;
      if (WITH_PRIVATE.kk.test(text.slice(sentenceBody(text, m.start).start, m.start))) continue;
      const verb = /^[\p{L}]+/u.exec(m.text)?.[0] ?? '';
      // Using information or a thing ("мәліметтерді пайдалануға құқылы") is no power over a person.
      if (/^пайдалан/iu.test(verb)) continue;
      // "-уы мүмкін" of a passive ("шағым жасалуы мүмкін", "берілуі мүмкін") states a possibility, not a power.
      if (/мүмкін$/iu.test(m.text) && KK_PASSIVE.test(verb)) {
        // …unless a state body is its agent: "лицензия органның шешімімен тоқтатылуы мүмкін".
        const sentence = sentenceBody(text, m.start);
        if (stateAgentOfPassive(text, sentence, 'kk')) out.push({ modal, sentence });
        continue;
      }
      if (/алады$/iu.test(m.text) && /^[\s\u00a0]*(?:емес|алмайды)/iu.test(text.slice(m.end))) continue;
      if (KK_LIGHT.test(verb)) {
        const prev = /([\p{L}-]+)[\s\u00a0]+$/u.exec(text.slice(0, m.start));
        if (prev) modal = { start: prev.index, end: m.end, text: text.slice(prev.index, m.end) };
      }
    }
    const sentence = sentenceBody(text, m.start);
    // "Уәкілетті органның … құқығы бар": the holder of the right stands in the genitive.
    const genitiveHolder = lang === 'kk' && /құқығы/iu.test(m.text) && firstGenitiveIsState(text.slice(sentence.start, m.start));
    if (!genitiveHolder && subjectOf(act, paragraph, text, m.start, sentence.start) !== 'state') continue;
    out.push({ modal, sentence });
  }
  return out;
}

/**
 * Discretion without criteria: a state body's modal in a sentence that names no grounds or
 * conditions, or names only open ones ("в иных случаях") or vague ones ("при необходимости").
 */
/** Verbs of taking part in a sitting or procedure, right after the modal. */
const PARTICIPATION: Record<Act['language'], RegExp> = {
  ru: /^(?:вправе|имеют?\s+право|могут|может)\s+(?:(?:также|лично)\s+)?(?:присутствовать|участвовать|принимать\s+участие|выступ(?:ать|ить)|высказ(?:ывать|ать)|знакомиться|ознакомиться)(?![\p{L}])/iu,
  kk: /^(?:қатысуға|сөйлеуге|қатысып|тыңдауға|танысуға|пікір\s+айтуға)(?![\p{L}])/iu,
};

export function discretionHits(act: Act, paragraph: number, text: string): PowerHit[] {
  const lang = act.language;
  const out: PowerHit[] = [];
  for (const { modal, sentence } of modalsOfState(act, paragraph, text)) {
    // A right to take part (attend, speak, be heard) decides nothing about anyone else.
    if (PARTICIPATION[lang].test(text.slice(modal.start, Math.min(sentence.end, modal.end + 40)))) continue;
    const open = matchesIn(OPEN_GROUNDS[lang], text, sentence.start, sentence.end);
    const vague = matchesIn(VAGUE[lang], text, sentence.start, sentence.end);
    const criteria = matchesIn(CRITERIA[lang], text, sentence.start, sentence.end).filter((c) => !inside(c, open) && !inside(c, vague));
    if (criteria.length && !open.length) continue;
    const body = text.slice(sentence.start, sentence.end);
    if (OWN_MATTER_TRIGGER.test(body) && STATE_OWN_MATTER[lang].test(body)) continue;
    const openGround = open[0];
    const vagueTerm = openGround ? undefined : vague[0];
    const parts = [modal, openGround, vagueTerm].filter((x): x is Match => x !== undefined);
    out.push({
      start: Math.min(...parts.map((p) => p.start)),
      end: Math.max(...parts.map((p) => p.end)),
      modal,
      openGround,
      vague: vagueTerm,
      sentence,
    });
  }
  return out;
}

