/**
 * Phrases naming a state body as the author of a decision, order, size or procedure — the marks of
 * a matter left below the level of law: "уполномоченным органом", "приказом министра",
 * "уәкілетті орган айқындайтын", "органның шешімімен".
 */
const S1 = '[\\s\\u00a0]+';
const WE = '(?![\\p{L}\\p{N}])';

/** Russian: up to three words and a body (or an instrument) in the instrumental case. */
export const RU_BODY_INSTR = `(?:[\\p{L}-]+${S1}){0,3}?(?:органом|органами|Правительством|министром|министерством|акиматом|акиматами|акимом|комиссией|ведомством|приказом|приказами|руководителем)${WE}`;

/** Russian participles of "set/determine/approve" in the prepositional case ("в порядке, определяемом"). */
export const RU_SET_PARTICIPLE = '(?:определяемом|определенном|установленном|устанавливаемом|утверждаемом|утвержденном)';

/** Kazakh: a body in the nominative, as the subject of a participle ("уәкілетті орган айқындайтын"). */
export const KK_BODY = `(?:(?:уәкілетті|жергілікті${S1}атқарушы|мемлекеттік|орталық${S1}атқарушы|тиісті)${S1})?(?:орган|органы|Үкімет|Үкіметі|министр|министрі|министрлік|министрлігі|әкімдік|әкімдігі|әкім|комиссия|комиссиясы)`;

/** Kazakh participles of "set/determine/approve". */
export const KK_SET_PARTICIPLE = '(?:айқындайтын|айқындаған|белгілейтін|белгілеген|бекітетін|бекіткен)';

/** Kazakh: a body in the genitive ("жергілікті атқарушы органның", "министрдің"). */
export const KK_BODY_GEN = `(?:(?:уәкілетті|жергілікті${S1}атқарушы|мемлекеттік|орталық${S1}атқарушы|тиісті|бақылаушы)${S1})?(?:органның|органының|министрдің|министрліктің|министрлігінің|әкімдіктің|әкімдігінің|әкімнің|комиссияның|комиссиясының|Үкіметтің|лауазымды${S1}адамның)`;

/** The law itself is named: no delegation below the level of law. */
export const LAW_NAMED = /закон|кодекс|настоящ|законодательств|конституци|заң|кодекс/iu;
