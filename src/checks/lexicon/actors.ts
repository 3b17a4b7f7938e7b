/**
 * Who acts in a sentence: a state body (орган, комиссия, аким, должностное лицо… / орган,
 * комиссия, әкім, лауазымды адам…) or a private person (владелец, заявитель, работник… / иесі,
 * өтініш беруші, жұмыскер…). Anti-corruption factors concern powers of the state: "Уполномоченный
 * орган вправе продлить срок" is discretion, "Владелец вправе обжаловать" is a right.
 *
 * The subject is the first actor named in the nominative case in the sentence before the
 * predicate (Russian: not after a preposition, "в уполномоченный орган" is not a subject; Kazakh:
 * the bare or possessive form, "органның", "органға" are not). Where the sentence names none —
 * a subitem of a competence list — the lead-in of the parent unit ("Уполномоченный орган:") is read.
 */
import type { Act } from '../../core/act/types';
import type { Language } from '../../core/language';
import { stem } from '../../core/text/stem';
import { KK_BODY_GEN } from './bodies';
import { sentenceAt } from './sentences';
import { matchesIn, SP, spaced, WB, WE } from './words';

/** A court is neither: its discretion is judicial, not a corruption factor of administration. */
export type Actor = 'state' | 'private' | 'court';

// Russian nominative forms (singular and plural). Genitive-identical plurals ("комиссии") are left out.
const RU_STATE = [
  'орган', 'органы', 'комиссия', 'министерство', 'министр', 'ведомство', 'агентство', 'комитет',
  'департамент', 'инспекция', 'инспектор', 'инспекторы', 'акимат', 'акиматы', 'аким', 'акимы',
  'маслихат', 'маслихаты', 'правительство', 'прокурор', 'прокуроры', 'прокуратура',
  'должностное лицо', 'должностные лица', 'уполномоченное лицо', 'государственный инспектор',
  'государственные инспекторы', 'руководитель государственного органа', 'служба',
  // Bodies named by their role in a procedure (Law "On public services", Law "On permits").
  'услугодатель', 'услугодатели', 'лицензиар', 'лицензиары', 'разрешительный орган',
  'Государственная корпорация', 'центр занятости', 'отдел',
  // Councils a body forms to act for it (not a company's board: "совет директоров").
  'экспертный совет', 'межведомственный совет', 'координационный совет',
];
const RU_PRIVATE = [
  'владелец', 'владельцы', 'собственник', 'собственники', 'заявитель', 'заявители', 'гражданин',
  'граждане', 'лицо', 'лица', 'работник', 'работники', 'работодатель', 'работодатели', 'оператор',
  'операторы', 'предприниматель', 'предприниматели', 'организация', 'организации', 'кооператив',
  'кооперативы', 'семья', 'семьи', 'поставщик', 'поставщики', 'получатель', 'получатели',
  'потребитель', 'потребители', 'участник', 'участники', 'член', 'члены', 'родитель', 'родители',
  'арендатор', 'арендаторы', 'пользователь', 'пользователи', 'субъект', 'субъекты', 'учредитель',
  'учредители', 'наниматель', 'заказчик', 'исполнитель', 'кандидат', 'кандидаты', 'обучающийся',
  'обучающиеся', 'иностранец', 'иностранцы', 'супруг', 'супруги', 'наследник', 'наследники',
  'представитель', 'представители', 'организатор', 'организаторы', 'истец', 'ответчик', 'налогоплательщик',
  'налогоплательщики', 'перевозчик', 'перевозчики', 'лицензиат', 'лицензиаты', 'общественное объединение',
  'услугополучатель', 'услугополучатели', 'хозяйство', 'предприятие', 'предприятия', 'общество',
  'товарищество', 'покупатель', 'покупатели', 'продавец', 'продавцы', 'пассажир', 'пассажиры',
  'водитель', 'водители', 'клиент', 'клиенты', 'заемщик', 'кредитор', 'должник', 'арендодатель',
  'фермер', 'фермеры', 'турист', 'туристы', 'охотник', 'охотники', 'рыбовод', 'рыбоводы', 'пчеловод',
  'пчеловоды', 'застройщик', 'подрядчик', 'стороны', 'сторона',
];
/** A Russian preposition right before a noun: the noun is not the subject. */
const RU_PREPOSITION = /(?:^|[\s\u00a0(«])(?:в|во|на|через|с|со|к|ко|от|для|до|о|об|обо|при|по|за|между|перед|под|над|из|у|без|про)[\s\u00a0]+(?:[\p{L}-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ом|ем)[\s\u00a0]+){0,3}$/iu;
/** A state body named as the agent of a passive, in the instrumental case. */
const RU_AGENT_STATE = /(?<![\p{L}\p{N}])(?:орган(?:ом|ами)|комиссией|министерством|министром|акиматом|акимом|Правительством|должностным[\s\u00a0]+лицом|должностными[\s\u00a0]+лицами|инспектором|инспекцией|прокурором|комитетом|департаментом|услугодател(?:ем|ями)|лицензиаром|Государственной[\s\u00a0]+корпорацией)(?![\p{L}\p{N}])/giu;

const KK_STATE = [
  'орган', 'органы', 'органдар', 'органдары', 'комиссия', 'комиссиясы', 'министрлік', 'министрлігі',
  'министр', 'министрі', 'әкімдік', 'әкімдігі', 'әкімдіктер', 'әкім', 'әкімі', 'мәслихат', 'мәслихаты',
  'Үкімет', 'Үкіметі', 'инспектор', 'инспекторы', 'прокурор', 'прокуратура', 'комитет', 'комитеті',
  'департамент', 'департаменті', 'агенттік', 'агенттігі', 'лауазымды адам', 'лауазымды адамдар',
  'лауазымды адамдары', 'лауазымды адамы', 'уәкілетті адам',
  // Bodies named by their role or structure: licensor, an akimat's department or office, the
  // employment centre, the State corporation, a state institution.
  'лицензиар', 'лицензиары', 'бөлім', 'бөлімі', 'басқарма', 'басқармасы', 'аппараты', 'инспекция',
  'инспекциясы', 'жұмыспен қамту орталығы', 'халыққа қызмет көрсету орталығы', 'Мемлекеттік корпорация',
  'көрсетілетін қызметті беруші', 'мемлекеттік мекеме', 'мемлекеттік мекемесі',
];
const KK_PRIVATE = [
  'иесі', 'иелері', 'меншік иесі', 'өтініш беруші', 'өтініш берушілер', 'азамат', 'азаматтар',
  'азаматы', 'азаматтары', 'тұлға', 'тұлғалар', 'адам', 'адамдар', 'жұмыскер', 'жұмыскерлер', 'қызметкер',
  'қызметкерлер', 'жұмыс беруші', 'жұмыс берушілер', 'оператор', 'операторы', 'операторлар', 'кәсіпкер',
  'кәсіпкерлер', 'ұйым', 'ұйымдар', 'ұйымы', 'кооператив', 'кооперативтер', 'отбасы', 'отбасылар',
  'жеткізуші', 'жеткізушілер', 'алушы', 'алушылар', 'тұтынушы', 'тұтынушылар', 'қатысушы', 'қатысушылар',
  'мүше', 'мүшелер', 'мүшелері', 'мүшесі', 'ата-ана', 'ата-аналар', 'ұйымдастырушы', 'ұйымдастырушылар',
  'пайдаланушы', 'пайдаланушылар', 'субъект', 'субъектілер', 'субъектісі', 'өкіл', 'өкілі', 'өкілдер',
  'білім алушы', 'білім алушылар', 'тасымалдаушы', 'лицензиат', 'салық төлеуші',
  'саудагер', 'саудагерлер', 'саудагерлері', 'туроператор', 'туроператорлар', 'турист', 'туристер',
  'шаруашылық', 'шаруашылығы', 'серіктестік', 'серіктестігі', 'кәсіпорын', 'кәсіпорны',
];

function compile(list: string[]): RegExp {
  const alts = [...list].sort((a, b) => b.length - a.length).map(spaced);
  return new RegExp(`${WB}(?:${alts.join('|')})${WE}`, 'giu');
}

const RU_COURT = ['суд', 'суды', 'судья', 'судьи', 'Конституционный Суд', 'Верховный Суд'];
const KK_COURT = ['сот', 'соттар', 'судья', 'судьясы', 'Конституциялық Сот', 'Жоғарғы Сот'];

const ACTORS: Record<Language, Record<Actor, RegExp>> = {
  ru: { state: compile(RU_STATE), private: compile(RU_PRIVATE), court: compile(RU_COURT) },
  kk: { state: compile(KK_STATE), private: compile(KK_PRIVATE), court: compile(KK_COURT) },
};
/** "представительный орган работников", "орган управления юридического лица": bodies that are not the state's. */
const NOT_STATE_AFTER = /^[\s\u00a0]+(?:работник|работодател|юридическ|общественн|акционер|участник|кооператив|товариществ|управления[\s\u00a0]+(?:организации|юридического|общества))/iu;
/**
 * Kazakh puts the owner before the head noun ("жұмыскерлердің өкілді органы", "заңды тұлғаның басқару
 * органы"): what follows "орган" ("орган қоғамдық кітапханаға …") is the rest of the sentence.
 */
const KK_NOT_STATE_BEFORE = /(?:жұмыскер|жұмыс[\s\u00a0]+беруші|заңды[\s\u00a0]+тұлға|қоғамдық[\s\u00a0]+бірлест|акционер|серіктест|кооператив|қатысушы)[\p{L}]*(?:ның|нің|дың|дің|тың|тің)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}$/iu;

interface Mention {
  start: number;
  end: number;
  actor: Actor;
}

/**
 * Agent nouns name private persons whatever the subject: Kazakh "-шы/-ші" (тасымалдаушысы,
 * жолаушылар, күтім жасаушы), Russian "-тель/-тели" (покупатель, держатели). Not before a body
 * ("бақылаушы орган", "тексеруші лауазымды адам"), and never over a listed state body ("услугодатель").
 */
const GENERIC_PRIVATE: Record<Language, RegExp> = {
  // Heads and investigators are officials: "руководитель органа", "следователь".
  ru: /(?<![\p{L}\p{N}])(?!(?:руководител|председател|заместител|следовател|дознавател)[\p{L}]*(?![\p{L}\p{N}]))[\p{L}]{3,}(?:тель|тели)(?![\p{L}\p{N}])/giu,
  kk: /(?<![\p{L}\p{N}])(?!(?:басшы|тергеуші|анықтаушы|тексеруші)[\p{L}]*(?![\p{L}\p{N}]))[\p{L}]{2,}(?:шы|ші)(?:лар|лер)?(?:ы|і|сы|сі)?(?![\p{L}\p{N}])(?![\s\u00a0]+(?:орган|лауазымды|инспектор|комиссия|мемлекеттік))/giu,
};
/** The head of a body is the body: "руководитель уполномоченного органа", "органның басшысы". */
const STATE_HEAD: Record<Language, RegExp> = {
  ru: /(?<![\p{L}\p{N}])(?:руководител[ьи]|председател[ьи]|заместител[ьи])[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:органа|органов|комиссии|комитета|министерства|акимата|инспекции|департамента|услугодателя|лицензиара|ведомства|агентства|службы|управления|отдела)(?![\p{L}\p{N}])/giu,
  kk: new RegExp(`${WB}${KK_BODY_GEN}${SP}(?:басшысы|төрағасы|орынбасары|бастығы)${WE}`, 'giu'),
};

function mentions(text: string, from: number, to: number, language: Language): Mention[] {
  const out: Mention[] = [];
  const slice = text.slice(0, to);
  const generic = GENERIC_PRIVATE[language];
  generic.lastIndex = from;
  for (let m = generic.exec(slice); m; m = generic.exec(slice)) {
    if (language === 'ru' && RU_PREPOSITION.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, actor: 'private' });
  }
  generic.lastIndex = 0;
  for (const m of matchesIn(STATE_HEAD[language], slice, from)) {
    if (language === 'ru' && RU_PREPOSITION.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
    out.push({ start: m.start, end: m.end, actor: 'state' });
  }
  for (const actor of ['state', 'private', 'court'] as const) {
    const re = ACTORS[language][actor];
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (language === 'ru' && RU_PREPOSITION.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const end = m.index + m[0].length;
      const notState =
        language === 'ru' ? NOT_STATE_AFTER.test(text.slice(end, end + 40)) : KK_NOT_STATE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index));
      out.push({ start: m.index, end, actor: actor === 'state' && notState ? 'private' : actor });
    }
    re.lastIndex = 0;
  }
  // "должностное лицо" (state) contains "лицо" (private): the longer, enclosing mention wins; a
  // word that is both a listed body and an agent noun ("услугодатель") is the body.
  return out
    .filter((a) => !out.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start))
    .filter((a) => a.actor !== 'private' || !out.some((b) => b.actor === 'state' && b.start === a.start && b.end === a.end))
    .sort((a, b) => a.start - b.start);
}

/** The actor named as subject in [from, to) of the text: the first nominative mention. */
export function subjectIn(text: string, from: number, to: number, language: Language): Actor | undefined {
  return mentions(text, from, to, language)[0]?.actor;
}

/** True when a state body acts as the agent of a passive ("уполномоченным органом проводится"). */
export function stateAgentIn(text: string, from: number, to: number, language: Language): boolean {
  if (language === 'ru') {
    // The agent of a passive stands without a preposition: "с уполномоченным органом" is a partner, not the agent.
    for (const m of matchesIn(RU_AGENT_STATE, text, from, to)) {
      const before = text.slice(Math.max(0, m.start - 60), m.start);
      if (RU_PREPOSITION.test(before)) continue;
      // "…, являющийся консультативным органом": a predicate, not an agent.
      if (/(?:являющ[\p{L}]*|явля(?:ется|ются)|призна(?:ется|ются)|счита(?:ется|ются)|будучи|стать|становится)[\s ]+(?:[\p{L}-]+[\s ]+){0,3}$/iu.test(before)) continue;
      return true;
    }
    return false;
  }
  return /(?<![\p{L}])(?:орган(?:ы)?|комиссия(?:сы)?|әкімдік(?:і)?|министрлік(?:і)?)[\s\u00a0]+тарапынан/iu.test(text.slice(from, to));
}

/**
 * The subject of the sentence around `at` (its part before `at`); where the sentence names no
 * actor and stands in a subitem or item of a list, the actor of the parent unit's lead-in.
 */
export function subjectOf(act: Act, paragraph: number, text: string, at: number, sentenceStart?: number): Actor | undefined {
  const start = sentenceStart ?? sentenceAt(text, at).start;
  const own = mentions(text, start, at, act.language)[0];
  if (own) return own.actor === 'private' && actsForState(act, text, own) ? 'state' : own.actor;
  return leadInSubject(act, paragraph);
}

/** `subjectIn` read against the act: a private issuer of the act's permits counts as the state. */
export function actorIn(act: Act, text: string, from: number, to: number): Actor | undefined {
  const own = mentions(text, from, to, act.language)[0];
  if (!own) return undefined;
  return own.actor === 'private' && actsForState(act, text, own) ? 'state' : own.actor;
}

/** A private-looking mention that stands for the state: an issuer of the act's permits, or a short name of a body. */
function actsForState(act: Act, text: string, m: Mention): boolean {
  if (issuerKeys(act).has(mentionKey(text, m, act.language))) return true;
  const upTo = text.slice(0, m.end).toLowerCase();
  return stateShortNames(act).some((short) => upTo.endsWith(short));
}

const shortNamesByAct = new WeakMap<Act, string[]>();

/**
 * Short names the act gives to a state body: "облыстың жергілікті атқарушы органы (бұдан әрі – рұқсат
 * беруші)", "территориальный орган (далее – инспекция)". Wherever used they name that body, though
 * the word itself ("беруші", "-тель") reads as a private person.
 */
function stateShortNames(act: Act): string[] {
  let names = shortNamesByAct.get(act);
  if (names) return names;
  names = [];
  for (const a of act.abbreviations) {
    const text = act.doc.paragraphs[a.introRange.paragraph]?.text ?? '';
    const before = text.slice(Math.max(0, a.introRange.start - 120), a.introRange.start).replace(/[\s\u00a0(]+$/u, '');
    const last = mentions(before, 0, before.length, act.language).pop();
    if (last?.actor === 'state' && last.end >= before.length - 1) names.push(a.short.toLowerCase());
  }
  shortNamesByAct.set(act, names);
  return names;
}

/**
 * Private persons the act makes the issuer of permits or licences ("Аң аулауға рұқсатты аңшылық
 * шаруашылығы субъектісі береді", "Разрешение выдает специализированная организация"): in issuing
 * they exercise a delegated public power, so their powers over permits weigh like a body's.
 */
const ISSUE: Record<Language, RegExp> = {
  ru: /(?<![\p{L}])(?:выда(?:ет|ют))(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])(?:разрешени|лицензи|путевк)[\p{L}]*/giu,
  kk: /(?<![\p{L}])(?:рұқсатты|рұқсаттарды|рұқсат|лицензияны|лицензияларды|жолдаманы)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])береді(?![\p{L}])/giu,
};
const issuersByAct = new WeakMap<Act, Set<string>>();

function issuerKeys(act: Act): Set<string> {
  let keys = issuersByAct.get(act);
  if (keys) return keys;
  keys = new Set<string>();
  act.doc.paragraphs.forEach((p, i) => {
    if (act.paragraphs[i]?.role !== 'norm' || !/береді|выда[её]т|выдают/iu.test(p.text)) return;
    for (const m of matchesIn(ISSUE[act.language], p.text)) {
      const s = sentenceAt(p.text, m.start);
      // The issuer is the private subject standing before the verb (Russian: before the whole phrase, or right after it).
      const verbAt = act.language === 'kk' ? m.end : m.start;
      const subject = mentions(p.text, s.start, verbAt, act.language).find((x) => x.actor === 'private');
      if (subject) keys!.add(mentionKey(p.text, subject, act.language));
    }
  });
  issuersByAct.set(act, keys);
  return keys;
}

/** A mention with the word before it ("аңшылық шаруашылығы", "специализированная организация"), by stems. */
function mentionKey(text: string, m: Mention, language: Language): string {
  const before = /([\p{L}-]+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1] ?? '';
  const head = /[\p{L}-]+/u.exec(text.slice(m.start, m.end))?.[0] ?? '';
  return `${stem(before, language)} ${stem(head, language)}`;
}

/**
 * The lead-in ("Уполномоченный орган:", "Заявитель представляет следующие документы:") of the list
 * an item or subitem belongs to: the nearest paragraph before it, inside the parent unit, that ends
 * with ":". Returns its text up to the colon, or undefined.
 */
export function leadInText(act: Act, paragraph: number): string | undefined {
  const unitId = act.paragraphs[paragraph]?.unitId;
  const unit = unitId ? act.units[unitId] : undefined;
  if (!unit || (unit.kind !== 'subitem' && unit.kind !== 'item') || unit.paragraph !== paragraph) return undefined;
  const parentId = unitId!.includes('/') ? unitId!.slice(0, unitId!.lastIndexOf('/')) : undefined;
  const floor = parentId && act.units[parentId] ? act.units[parentId].paragraph : Math.max(0, paragraph - 40);
  for (let i = paragraph - 1; i >= floor; i--) {
    const role = act.paragraphs[i]?.role;
    if (role !== 'norm' && role !== 'quote') continue;
    // A sibling's own lead-in ("4. Орган отказывает в случаях:") opens that sibling's list, not ours.
    if (inSibling(act.paragraphs[i]?.unitId, unitId!, parentId)) continue;
    const lead = act.doc.paragraphs[i]?.text ?? '';
    const colon = lead.search(/:[\s\u00a0»]*$/);
    if (colon < 0) continue;
    const s = sentenceAt(lead, colon);
    return lead.slice(s.start, colon);
  }
  return undefined;
}

/** True when unit `u` is another item or subitem beside `own` under the same parent (or inside one). */
function inSibling(u: string | undefined, own: string, parentId: string | undefined): boolean {
  if (!u || u === own) return false;
  const rest = parentId === undefined ? u : u.startsWith(`${parentId}/`) ? u.slice(parentId.length + 1) : undefined;
  if (rest === undefined) return false;
  // Unnumbered parts of the parent ("Уполномоченный орган:") are where lead-ins stand.
  return !/^p\d+$/.test(rest.split('/')[0]!);
}

/** The actor of the lead-in of the list an item or subitem belongs to. */
export function leadInSubject(act: Act, paragraph: number): Actor | undefined {
  const lead = leadInText(act, paragraph);
  if (lead === undefined) return undefined;
  const own = mentions(lead, 0, lead.length, act.language)[0];
  if (!own) return undefined;
  return own.actor === 'private' && actsForState(act, lead, own) ? 'state' : own.actor;
}
