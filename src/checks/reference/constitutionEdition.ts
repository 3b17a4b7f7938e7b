/**
 * reference/constitution-edition: a Constitution article cited by a number that exists in both
 * texts, where the clause's words say the 1995 text is meant ("право на судебную защиту в
 * соответствии со статьей 13 Конституции": art. 13 of 1995 is court protection, art. 13 of 2026 is
 * citizenship, court protection is art. 12 now). The clause (its sentence without the reference) is
 * searched in the corpus index of the 2026 text: when the 2026 place of the 1995 number ranks among
 * the best hits and far above the article the number names in 2026, the citation follows the 1995
 * numbering. A number that does not exist in 2026 at all is reference/external-act's business.
 * Law "On Legal Acts", art. 25 p. 5: a reference names the provision exactly.
 */
import type { ExternalReference, UnitAddress } from '../../core/act/types';
import type { Language } from '../../core/language';
import type { CorpusIndex } from '../../corpus/types';
import { sentenceBody } from '../lexicon/sentences';
import type { Rule } from '../rule';

const CHECKED_ROLES = new Set(['norm', 'quote']);

/** Words of every citation that say nothing of its topic. */
const BOILERPLATE = /Республик[аиеу][\s\u00a0]+Казахстан|Қазақстан[\s\u00a0]+Республикасы[\p{L}]*|в[\s\u00a0]+соответствии[\s\u00a0]+с[о]?|согласно|сәйкес|предусмотренн[\p{L}]*|көзделген|Конституци[\p{L}]*/giu;

/** How many hits to read, and how far the 1995 meaning must lead. */
const TOP = 5;
const LEAD = 1.5;
/** The 1995 place must score at least this share of the best hit (a topic the clause is about, not a side word). */
const NEAR_BEST = 0.6;

export const constitutionEdition: Rule = {
  meta: {
    id: 'reference/constitution-edition',
    category: 'reference',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    fixable: true,
    docs: {
      description: 'A Constitution article cited by its 1995 number that exists in the 2026 text with another content, judged by the clause\'s words against both texts.',
      basis: 'Закон «О правовых актах», ст. 25 п. 5; Конституция 2026 года (с 1 июля 2026 года)',
    },
    messages: {
      means1995: {
        ru: 'Ссылка «{written}» по смыслу нормы ведет к Конституции 1995 года: в Конституции 2026 года {place2026} о другом («{text2026}»), а сказанное в норме соответствует {target2026} («{targetText}»).',
        kk: '«{written}» сілтемесі норманың мағынасы бойынша 1995 жылғы Конституцияға апарады: 2026 жылғы Конституцияда {place2026} басқа мәселе туралы («{text2026}»), ал нормада айтылғанға {target2026} сәйкес келеді («{targetText}»).',
        en: 'The reference "{written}" follows the 1995 Constitution: in the 2026 text {place2026} is about something else ("{text2026}"); what the norm says is {target2026} ("{targetText}").',
      },
    },
    rationale: {
      ru: 'С 1 июля 2026 года действует Конституция, принятая на референдуме 15 марта 2026 года, с новой нумерацией статей; ссылка по старому номеру указывает на другую норму (п. 5 ст. 25 Закона «О правовых актах»).',
      kk: '2026 жылғы 1 шілдеден бастап 2026 жылғы 15 наурыздағы референдумда қабылданған, баптары жаңаша нөмірленген Конституция қолданылады; ескі нөмір бойынша сілтеме басқа нормаға апарады («Құқықтық актілер туралы» Заңның 25-бабының 5-тармағы).',
      en: 'Since 1 July 2026 the Constitution adopted at the referendum of 15 March 2026 applies, with new article numbers; a reference by the old number points at another norm (Law "On Legal Acts", art. 25.5).',
    },
  },
  check(context) {
    const { act, corpus } = context;
    if (!corpus) return;
    for (const ref of act.externalReferences) {
      if (!ref.isConstitution || !ref.unitRange || !ref.typeRange) continue;
      const paragraph = ref.range.paragraph;
      if (!CHECKED_ROLES.has(act.paragraphs[paragraph]?.role ?? '')) continue;
      const addresses = ref.addresses ?? (ref.address ? [ref.address] : []);
      // One unit named: a list ("статьями 13 и 14") is read unit by unit by nobody yet.
      if (addresses.length !== 1 || !addresses[0].article) continue;
      const text = act.doc.paragraphs[paragraph].text;
      const verdict = judge(corpus, addresses[0], clauseWords(text, ref, act.language));
      if (!verdict) continue;
      const lang = act.language;
      const [from, to] = lang === 'kk' ? [ref.typeRange.start, ref.unitRange.end] : [ref.unitRange.start, ref.typeRange.end];
      const written = text.slice(from, to);
      const fix = rewrite(text, from, written, ref, addresses[0], verdict.target);
      context.report({
        messageId: 'means1995',
        data: {
          written,
          place2026: placeWords(verdict.literal, lang),
          text2026: clip(verdict.literalText[lang]),
          target2026: placeWords(verdict.target, lang, true),
          targetText: clip(verdict.targetText[lang]),
        },
        range: { paragraph, start: from, end: to },
        ...(fix ? { replacement: fix } : {}),
        citations: [`const2026:${verdict.target}`, `const1995:${verdict.literal}`],
      });
    }
  },
};

/** The clause around the reference, without the reference and the words every citation has. */
function clauseWords(text: string, ref: ExternalReference, language: Language): string {
  const s = sentenceBody(text, ref.range.start);
  const [from, to] = language === 'kk' ? [ref.typeRange!.start, ref.unitRange!.end] : [ref.unitRange!.start, ref.typeRange!.end];
  const clause = text.slice(s.start, Math.max(s.start, from)) + ' ' + text.slice(Math.min(s.end, to), s.end);
  return clause.replace(BOILERPLATE, ' ');
}

interface Verdict {
  /** The place the number names in 2026 ("13", "26.3") and where the 1995 provision of that number is now. */
  literal: string;
  target: string;
  literalText: { ru: string; kk: string };
  targetText: { ru: string; kk: string };
}

function judge(corpus: CorpusIndex, a: UnitAddress, clause: string): Verdict | undefined {
  const article = a.article!;
  const item = a.subitem ? undefined : a.item;
  const literal = item ? `${article}.${item}` : article;
  const literalProvision = corpus.constitution(article, item);
  if (!literalProvision || a.subitem) return undefined;
  const targets = corpus.from1995(article, item).filter((p) => p.split(/[.(]/)[0] !== article);
  if (targets.length === 0) return undefined;
  const hits = corpus.search(clause, { kinds: ['constitution'], limit: 40 });
  if (!hits.length) return undefined;
  const scoreOf = (place: string) => Math.max(0, ...hits.filter((h) => within(h.id, place)).map((h) => h.score));
  const literalScore = scoreOf(literal);
  const top = hits.slice(0, TOP);
  const best = hits[0].score;
  for (const target of targets) {
    const s = scoreOf(target);
    if (s < best * NEAR_BEST || s < LEAD * literalScore) continue;
    if (!top.some((h) => within(h.id, target))) continue;
    const [tArticle, tItem] = target.split('.');
    const targetProvision = corpus.constitution(tArticle, tItem);
    if (!targetProvision) continue;
    return { literal, target, literalText: literalProvision.text, targetText: targetProvision.text };
  }
  return undefined;
}

/** True when the search hit "const2026:12.2" is the place "12" or "12.2" or inside it. */
function within(id: string, place: string): boolean {
  const key = id.replace(/^const2026:/, '');
  return key === place || key.startsWith(`${place}.`) || key.startsWith(`${place}(`);
}

/** "12.2" → "пункт 2 статьи 12" / "12-баптың 2-тармағы"; in the dative ("соответствует пункту 2 статьи 12") for the target. */
function placeWords(place: string, language: Language, dative = false): string {
  const [article, item] = place.split('.');
  if (language === 'kk') return item ? `${article}-баптың ${item}-тармағы${dative ? 'на' : ''}` : `${article}-бап${dative ? 'қа' : ''}`;
  if (dative) return item ? `пункту ${item} статьи ${article}` : `статье ${article}`;
  return item ? `пункт ${item} статьи ${article}` : `статья ${article}`;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 90 ? `${one.slice(0, 90).replace(/\s\S*$/, '')} …` : one;
}

/** The same words with the 2026 numbers, when the reference and its target have the same depth. */
function rewrite(text: string, from: number, written: string, ref: ExternalReference, a: UnitAddress, target: string): string | undefined {
  const [tArticle, tItem] = target.split('.');
  if (Boolean(a.item) !== Boolean(tItem)) return undefined;
  const numbers = (ref.addressNumbers ?? []).filter((n) => n.kind === 'article' || n.kind === 'item');
  if (numbers.length !== (a.item ? 2 : 1)) return undefined;
  let out = written;
  for (const n of [...numbers].sort((x, y) => y.range.start - x.range.start)) {
    const value = n.kind === 'article' ? tArticle : tItem!;
    out = out.slice(0, n.range.start - from) + value + out.slice(n.range.end - from);
  }
  return out === written || text.slice(from, from + written.length) !== written ? undefined : out;
}
