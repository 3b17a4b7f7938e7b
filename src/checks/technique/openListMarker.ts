/**
 * technique/open-list-marker: "и т.д.", "и т.п.", "и др.", "и другие" at a list's end, "в том числе,
 * но не ограничиваясь", "және т.б.", "т.с.с.", "және басқалар", "және сол сияқты" in a norm. A list that ends in "and so on" has no bounds: whoever
 * applies the norm decides what else belongs to it.
 */
import type { Rule } from '../rule';
import { normTexts } from '../lexicon/segments';
import { matchesIn, SP, SP_OPT, WB, WE } from '../lexicon/words';

/**
 * At a list's end: the marker is followed by punctuation, a closing quote/bracket or the end. A comma
 * then a participle ("резервные и иные, не вовлеченные в застройку, земли"; "және басқа да, құрылысқа
 * тартылмаған жерлер"; the Kazakh participle ends its phrase) starts a qualifier that closes the category: "all others that are so", not "and so on".
 */
const RU_QUALIFIER = `,${SP_OPT}(?:не${SP})?[\\p{L}]+(?:нн|н|т|щ|вш|м)(?:ые|ое|ый|ая|ий|ие|ого|ых)${WE}`;
const KK_QUALIFIER = `,${SP_OPT}(?:[\\p{L}-]+${SP}){0,3}?[\\p{L}]+(?:ған|ген|қан|кен|атын|етін|йтын|йтін|маған|меген|баған|беген|паған|пеген)${WE}`;
const END = `(?=${SP_OPT}(?:[.;,:)»]|$))(?!${SP_OPT}${RU_QUALIFIER})`;
const KK_END = `(?=${SP_OPT}(?:[.;,:)»]|$))(?!${SP_OPT}${KK_QUALIFIER})`;

const RU = new RegExp(
  [
    `${WB}и${SP}т\\.${SP_OPT}[дп](?:\\.|${WE})`,
    `${WB}и${SP}(?:др|пр|проч)\\.`,
    `${WB}и${SP}так${SP}далее${WE}`,
    // Any case of "и тому подобное" and of a bare "и прочее" ("и прочего", "и тому подобных").
    `${WB}и${SP}тому${SP}подобн(?:ое|ые|ого|ых|ому|ым|ыми)${WE}`,
    `${WB}и${SP}проч(?:ее|его|ему|им|ем)${WE}${END}`,
    `${WB}и${SP}(?:другие|другое|прочие|иные|иное|подобные|подобное|аналогичные|аналогичное)${END}`,
    // "в том числе, но не ограничиваясь": a list that says it is not exhaustive.
    `${WB}(?:в${SP}том${SP}числе,?${SP})?но${SP}не${SP}ограничива(?:ясь|ется|ются)${WE}`,
  ].join('|'),
  'giu',
);
const KK = new RegExp(
  [
    `${WB}(?:және${SP})?т\\.${SP_OPT}б\\.?${WE}`,
    `${WB}(?:және${SP})?т\\.${SP_OPT}с\\.${SP_OPT}с\\.?${WE}`,
    `${WB}және${SP}(?:басқа${SP}да|т${SP}б)${KK_END}`,
    // "және басқалар" is a noun ("and others"): an open list wherever it stands, also before the
    // predicate that ends a Kazakh sentence ("… құралдары және басқалар көрсетіледі").
    `${WB}және${SP}(?:басқалар|басқалары|өзгелер|өзгелері)(?:ы|ды|ге|ға|ін|ын|і)?${WE}`,
    `${WB}және${SP}тағы${SP}(?:да${SP})?басқа(?:лар|ларды|лары|ларға|ларын|сы|сын)?${WE}`,
    `${WB}(?:және${SP})?тағысын${SP}тағы(?:лар|ларды|лары)?${WE}`,
    // "және сол сияқты (секілді) мәліметтер": "and the like".
    `${WB}және${SP}(?:тағы${SP})?сол${SP}(?:сияқты|секілді)(?:лар|ларды|лары|ларға)?${WE}`,
  ].join('|'),
  'giu',
);

/**
 * Examples in brackets after a category the law itself fixes ("в ином порядке, предусмотренном законами
 * (арбитраж, медиация и иные)", "заңдарында көзделген тәртіппен (медиация және т.б.)"): the law bounds
 * the category, the brackets only illustrate it.
 */
const LAW_FIXED = {
  ru: /(?:предусмотренн|установленн|определенн)[\p{L}]*[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}?(?:закон|кодекс|Кодекс|Закон|законодательн)[\p{L}]*(?:[\s\u00a0]+[\p{L}-]+){0,3}[\s\u00a0]*$/u,
  kk: /(?:заң|кодекс|Кодекс|Заң|заңнама)[\p{L}]*[\s\u00a0]+(?:көзделген|белгіленген|айқындалған)(?:[\s\u00a0]+[\p{L}-]+){0,3}[\s\u00a0]*$/u,
};
/**
 * The text before the bracket that holds each position, asked in increasing order: one pass over the
 * paragraph however many markers it holds (a paragraph of thousands of "и т.д." stays linear).
 */
function bracketLeads(text: string): (at: number) => string | undefined {
  let scanned = 0;
  let open = -1;
  let close = -1;
  return (at) => {
    for (; scanned < at; scanned++) {
      if (text[scanned] === '(') open = scanned;
      else if (text[scanned] === ')') close = scanned;
    }
    return open > close ? text.slice(Math.max(0, open - 120), open) : undefined;
  };
}

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /т\.|т[\s\u00a0]+б|др\.|пр\.|так[\s\u00a0]|тому|проч|секілді|други|другое|иные|иное|подобн|аналогичн|ограничива|басқа|өзгел|тағы|сияқты/iu;

export const openListMarker: Rule = {
  meta: {
    id: 'technique/open-list-marker',
    category: 'technique',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Open-list markers ("и т.д.", "и т.п.", "и др.", "и другие" at a list\'s end, "және т.б.", "т.с.с.", "және басқалар") in norms and quoted new wordings.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3 (четкий и не подлежащий различному толкованию смысл)',
    },
    messages: {
      openList: {
        ru: 'Открытый перечень «{marker}» в норме: перечислите все элементы исчерпывающе или сошлитесь на акт, который их устанавливает, и удалите «{marker}».',
        kk: 'Нормадағы «{marker}» ашық тізбесі: барлық элементтерін түгел атап шығыңыз немесе оларды белгілейтін актіге сілтеме жасап, «{marker}» алып тастаңыз.',
        en: 'Open list "{marker}" in a norm: name every element or refer to the act that lists them, and delete "{marker}".',
      },
    },
    rationale: {
      ru: 'Положения нормативного правового акта должны иметь четкий и не подлежащий различному толкованию смысл (п. 3 ст. 24 Закона «О правовых актах»); открытый перечень позволяет правоприменителю произвольно расширять его.',
      kk: 'Нормативтік құқықтық актінің ережелері анық және әртүрлі түсіндірілмейтін мағынада болуы тиіс («Құқықтық актілер туралы» Заңның 24-бабының 3-тармағы); ашық тізбе құқық қолданушыға оны өз қалауынша кеңейтуге мүмкіндік береді.',
      en: 'Provisions of a legal act must have a clear meaning not open to different readings (Law "On Legal Acts", art. 24.3); an open list lets whoever applies it extend it at will.',
    },
  },
  check(context) {
    const re = context.language === 'kk' ? KK : RU;
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      const leadAt = bracketLeads(p.text);
      for (const m of matchesIn(re, p.text)) {
        const lead = leadAt(m.start);
        if (lead !== undefined && LAW_FIXED[context.language === 'kk' ? 'kk' : 'ru'].test(lead)) continue;
        const marker = m.text.replace(/[\s\u00a0]+/g, ' ');
        context.report({
          messageId: 'openList',
          data: { marker },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['lla:24.3'],
        });
      }
    }
  },
};
