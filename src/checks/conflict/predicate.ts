/**
 * What a clause says is done with the measured thing: its predicate, as a class of verbs. Two values
 * contradict each other only for one action on one thing ("рассматривается в течение десяти дней" /
 * "рассматривает в течение пятнадцати дней"); a review and a storage, a penalty and a deadline, are
 * different things measured. Verbs of one procedural act share a class: a decision is "принимается"
 * or "выносится", property is "выдается" or "возвращается" by one side and "получает" by the other.
 */
import type { Language } from '../../core/language';
import { stem } from '../../core/text/stem';

/** Beginnings (5 letters) of verbs that name one procedural act, by class. */
const CLASSES: Record<string, readonly string[]> = {
  decide: ['прини', 'приня', 'вынос', 'вынес', 'қабыл'],
  handOver: ['выдае', 'выдат', 'выдаю', 'выдан', 'получ', 'перед', 'оформ', 'возвр', 'верну', 'қайта', 'беред', 'беріл', 'алуға', 'алады'],
  consider: ['рассм', 'қарай', 'қарал', 'қарау'],
};
const CLASS_OF = new Map<string, string>();
for (const [name, stems] of Object.entries(CLASSES)) for (const s of stems) CLASS_OF.set(s, name);

// A finite verb or an infinitive after "вправе / обязан" (ru); a finite verb of the present-future (kk).
// Endings a noun does not have ("совет", "кредит", "тяжести" are no verbs).
const RU_VERB = /^(?:\p{L}{3,}(?:ется|ются|ится|ятся|ает|яет|ует|еет|ают|яют|уют|еют|ать|ять|ить|еть)|(?!\p{L}*(?:кредит|лимит|депозит|транзит|реквизит|аудит|визит)$)\p{L}{5,}(?:ит|ят|ют))$/u;
const KK_VERB = /^\p{L}{2,}(?:ады|еді|йды|йді|лады|леді|нады|неді|ылады|іледі|уға|уге)$/u;
/** Words shaped like verbs that are not predicates. */
const NOT_VERB = new Set(['может', 'могут', 'вправе', 'обязан', 'является', 'являются', 'составляет', 'составляют', 'более', 'менее', 'свыше', 'кемінде', 'дейін', 'кейін']);

/** A lower-case word read as a predicate verb; answers kept per word (a code repeats its words; bounded). */
const verbAnswers: Record<Language, Map<string, boolean>> = { ru: new Map(), kk: new Map() };
function isVerb(w: string, language: Language): boolean {
  const answers = verbAnswers[language];
  let yes = answers.get(w);
  if (yes === undefined) {
    yes = !NOT_VERB.has(w) && (language === 'kk' ? KK_VERB : RU_VERB).test(w);
    if (answers.size >= 50_000) answers.clear();
    answers.set(w, yes);
  }
  return yes;
}

/**
 * The predicate class of the clause, read from the verb nearest before the figure (else after it;
 * in Kazakh the first verb after it, else before):
 * a known class, else the verb's stem; undefined when no verb is found.
 */
export function predicateOf(clause: string, figureAt: number, language: Language): string | undefined {
  let before: string | undefined;
  let after: string | undefined;
  for (const m of clause.matchAll(/\p{L}{1,64}/gu)) {
    const w = m[0].toLowerCase();
    if (!isVerb(w, language)) continue;
    if (m.index < figureAt) before = w;
    else if (!after) after = w;
  }
  // Kazakh puts the predicate at the end of the clause; Russian mostly before the figure.
  const verb = language === 'kk' ? (after ?? before) : (before ?? after);
  if (!verb) return undefined;
  return CLASS_OF.get(verb.slice(0, 5)) ?? stem(verb, language);
}

/**
 * The clause names another unit's thing and adds a circumstance to it: "Деяние, предусмотренное
 * частью первой настоящей статьи, совершенное группой лиц, – наказывается …", "Заявление,
 * указанное в пункте 1, если оно подано повторно, …". That is a special case of the other clause
 * (a qualified offence, a second application), and its value differs on purpose.
 */
export function qualifiesReferredThing(text: string, language: Language): boolean {
  if (language === 'kk') return /(?:көрсетілген|көзделген)\s+[^,.;]{0,80}?(?:жасалған|әкеп\s+соққан|кезде|жағдайда)/u.test(text);
  const ref = /(?:предусмотренн|указанн|установленн|определенн)\p{L}*\s+(?:в\s+)?(?:част|пункт|подпункт|стать)/u.exec(text);
  if (!ref) return false;
  // The first word after a comma that does not go on with the reference's list ("частями первой, второй …").
  const tail = text.slice(ref.index + ref[0].length, ref.index + ref[0].length + 240);
  for (const m of tail.matchAll(/,\s*(\p{L}{1,64}|\d)/gu)) {
    const next = m[1].toLowerCase();
    if (/^\d/.test(next) || /^(?:перв|втор|трет|четв|пят|шест|седьм|восьм|девят|десят|и|или|а)/u.test(next) && !/(?:нн|ш|щ|ем|им|т)(?:ое|ые|ая|ый|ий|ее|ие)$/u.test(next)) continue;
    // A participle agreeing with the subject ("совершенное", "повлекшие", "совершаемая"; not the agent
    // "уполномоченным органом") or a condition ("если", "при", "когда", "по которым").
    return /(?:нн|ш|щ|ем|им|т)(?:ое|ые|ая|ый|ий|ее|ие)$/u.test(next) || /^(?:если|при|когда|по|которы\p{L}*)$/u.test(next);
  }
  return false;
}

/**
 * The subject phrase an item opens with: its words (commas and all) up to the predicate (the first verb) or the dash
 * before it ("Причинение смерти по неосторожности двум или более лицам – наказывается …"). All of it
 * counts: "двум или более лицам" makes another subject than "Причинение смерти по неосторожности".
 */
export function subjectPhrase(body: string, language: Language): string {
  // Kazakh ends the clause with its verb: the subject is what stands before the first reference ("осы …") or number.
  let end = body.search(language === 'kk' ? /(?<!\p{L})[Оо]сы(?!\p{L})|\d|[;:]|\.\s/u : /\s[–—-]\s|[;:]|\.\s/u);
  if (end < 0) end = body.length;
  for (const m of body.matchAll(/\p{L}{1,64}/gu)) {
    if (m.index >= end) break;
    if (isVerb(m[0].toLowerCase(), language)) {
      end = m.index;
      break;
    }
  }
  return body.slice(0, end);
}
