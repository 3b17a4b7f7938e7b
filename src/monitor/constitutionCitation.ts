/**
 * monitor/constitution-citation: every citation of the Constitution by number, read in the
 * edition it means. An act (or edition) before 1 July 2026 cites the 1995 Constitution (2026
 * Constitution, art. 94.1 ends the 1995 text): the citation gets its 2026 counterpart from the
 * concordance — one place (with the same words renumbered as the suggestion when the depth is the
 * same), several places (content split: the drafter must choose), or none (and where the 1995
 * article's content went). An edition after that date cites the 2026 text: only a place the 2026
 * text lacks is reported.
 * The citations come from the parser (`act.externalReferences`), as for the review's reference rule.
 */
import type { ExternalReference } from '../core/act/types';
import type { Corpus } from '../corpus/corpus';
import type { CorpusIndex } from '../corpus/types';
import type { Rule, RuleContext } from '../checks/rule';
import { itemArgument, placeKey, placesWords, placeWords } from './places';
import { constitutionEditionOf, readRequisites } from './requisites';

const CHECKED_ROLES = new Set(['norm', 'quote', 'heading']);

/** How many leading paragraphs hold the title block and requisites. */
const HEAD_PARAGRAPHS = 12;

export interface ConstitutionCitationOptions {
  /** Which Constitution the act's citations mean; read from the act's requisites and notes when absent. */
  edition?: 1995 | 2026;
  /** yyyy-mm-dd of the edition, for the rationale. */
  editionDate?: string;
}

export function constitutionCitationRule(options: ConstitutionCitationOptions = {}): Rule {
  return {
    meta: {
      id: 'monitor/constitution-citation',
      category: 'reference',
      defaultSeverity: 'warning',
      languages: ['ru', 'kk'],
      fixable: true,
      docs: {
        description: 'A Constitution citation of an act in force, read in the edition it means, with its 2026 counterpart.',
        basis: 'Конституция РК 2026, ст. 94 п. 1, ст. 96 п. 3; Закон «О правовых актах», ст. 25 п. 5',
      },
      messages: {
        moved: {
          ru: '{written} Конституции 1995 года соответствует {target} Конституции 2026 года.',
          kk: '1995 жылғы Конституцияның {written} 2026 жылғы Конституцияның {target} сәйкес келеді.',
          en: '{written} of the 1995 Constitution corresponds to {target} of the 2026 Constitution.',
        },
        sameNumber: {
          ru: '{written} Конституции 1995 года сохранила номер в Конституции 2026 года ({target}); ссылка означает Конституцию 1995 года.',
          kk: '1995 жылғы Конституцияның {written} 2026 жылғы Конституцияда да сол нөмірмен ({target}); сілтеме 1995 жылғы Конституцияны білдіреді.',
          en: '{written} of the 1995 Constitution keeps its number in the 2026 Constitution ({target}); the citation means the 1995 text.',
        },
        split: {
          ru: 'Содержание {written} Конституции 1995 года распределено в Конституции 2026 года: {targets}; ссылку нужно уточнить.',
          kk: '1995 жылғы Конституцияның {written} мазмұны 2026 жылғы Конституцияда бөлінген: {targets}; сілтемені нақтылау қажет.',
          en: 'The content of {written} of the 1995 Constitution is split in the 2026 Constitution: {targets}; the citation must be made precise.',
        },
        noCounterpart: {
          ru: '{written} Конституции 1995 года не имеет соответствия в Конституции 2026 года{instead}.',
          kk: '1995 жылғы Конституцияның {written} 2026 жылғы Конституцияда сәйкестігі жоқ{instead}.',
          en: '{written} of the 1995 Constitution has no counterpart in the 2026 Constitution{instead}.',
        },
        unknown1995: {
          ru: 'В Конституции 1995 года нет {written}; ссылку нужно проверить.',
          kk: '1995 жылғы Конституцияда {written} жоқ; сілтемені тексеру қажет.',
          en: 'The 1995 Constitution has no {written}; check the citation.',
        },
        missing2026: {
          ru: 'В Конституции 2026 года нет {written}.',
          kk: '2026 жылғы Конституцияда {written} жоқ.',
          en: 'The 2026 Constitution has no {written}.',
        },
      },
      rationale: {
        ru: 'Редакция акта ({edition}) предшествует Конституции 2026 года, вступившей в силу 1 июля 2026 года (ст. 94 п. 1), поэтому ссылка означает Конституцию 1995 года; при ближайшем внесении изменений ссылку следует привести в соответствие с Конституцией 2026 года.',
        kk: 'Актінің редакциясы ({edition}) 2026 жылғы 1 шілдеде күшіне енген 2026 жылғы Конституциядан бұрын (94-бап 1-тармақ), сондықтан сілтеме 1995 жылғы Конституцияны білдіреді; кезекті өзгерістер енгізілген кезде сілтемені 2026 жылғы Конституцияға сәйкес келтіру қажет.',
        en: 'The edition of the act ({edition}) predates the 2026 Constitution, in force since 1 July 2026 (art. 94.1), so the citation means the 1995 Constitution; bring it into line at the next amendment.',
      },
      rationales: {
        missing2026: {
          ru: 'Редакция акта ({edition}) принята после вступления в силу Конституции 2026 года (1 июля 2026 года); ссылка должна указывать существующее положение Конституции 2026 года.',
          kk: 'Актінің редакциясы ({edition}) 2026 жылғы Конституция күшіне енгеннен кейін (2026 жылғы 1 шілде) қабылданған; сілтеме 2026 жылғы Конституцияның бар ережесін көрсетуге тиіс.',
          en: 'The edition of the act ({edition}) follows the 2026 Constitution (in force since 1 July 2026); the citation must name a provision of the 2026 text.',
        },
      },
    },
    check(context) {
      const { act, corpus } = context;
      if (!corpus) return;
      let edition = options.edition;
      let editionDate = options.editionDate;
      if (!edition) {
        const requisites = readRequisites(act.doc.paragraphs.slice(0, HEAD_PARAGRAPHS).map((p) => p.text), act);
        edition = constitutionEditionOf(requisites);
        editionDate ??= requisites.edition;
      }
      // An act whose date cannot be told is an act in force of unknown edition: read as the 1995 text, said so.
      const data = { edition: editionDate ? formatIsoDate(editionDate) : '?' };
      for (const ref of act.externalReferences) {
        if (!ref.isConstitution || !CHECKED_ROLES.has(act.paragraphs[ref.range.paragraph]?.role ?? '')) continue;
        for (const c of citations(ref)) {
          if (edition === 2026) checkAgainst2026(context, c, data);
          else checkAgainst1995(context, c, data);
        }
      }
    },
  };
}

/** The rule with the edition read from each act's own text. */
export const constitutionCitation = constitutionCitationRule();

interface Citation1 {
  paragraph: number;
  /** The unit words and the type word ("пункта 2 статьи 13 Конституции", "Конституциясының 13-бабы"). */
  start: number;
  end: number;
  article: string;
  item?: string;
  subitem?: string;
  /** Where each number is written, when the reference names one unit (to renumber it). */
  numbers: { kind: 'article' | 'item' | 'subitem'; start: number; end: number }[];
}

function citations(ref: ExternalReference): Citation1[] {
  if (!ref.unitRange || !ref.typeRange) return [];
  const addresses = ref.addresses ?? (ref.address ? [ref.address] : []);
  const start = Math.min(ref.unitRange.start, ref.typeRange.start);
  const end = Math.max(ref.unitRange.end, ref.typeRange.end);
  const out: Citation1[] = [];
  for (const a of addresses) {
    if (!a.article) continue;
    const depth = [a.article, a.item, a.subitem].filter((x) => x !== undefined).length;
    const numbers = (ref.addressNumbers ?? [])
      .filter((n) => n.kind === 'article' || n.kind === 'item' || n.kind === 'subitem')
      .map((n) => ({ kind: n.kind as 'article' | 'item' | 'subitem', start: n.range.start, end: n.range.end }));
    out.push({
      paragraph: ref.range.paragraph,
      start,
      end,
      article: a.article,
      ...(a.item ? { item: a.item } : {}),
      ...(a.subitem ? { subitem: a.subitem } : {}),
      numbers: addresses.length === 1 && numbers.length === depth ? numbers : [],
    });
  }
  return out;
}

function isFullCorpus(corpus: CorpusIndex): corpus is Corpus {
  return typeof (corpus as Corpus).constitution1995 === 'function';
}

function checkAgainst1995(context: RuleContext, c: Citation1, data: Record<string, string>): void {
  const corpus = context.corpus!;
  const lang = context.act.language;
  const written = placeWords(c, lang);
  const range = { paragraph: c.paragraph, start: c.start, end: c.end };
  const exists1995 = isFullCorpus(corpus) ? corpus.constitution1995(c.article, c.item, c.subitem) : undefined;
  if (isFullCorpus(corpus) && !exists1995) {
    context.report({ messageId: 'unknown1995', severity: 'info', data: { ...data, written }, range });
    return;
  }
  const from = `const1995:${c.article}${c.item ? `.${c.item}` : ''}${c.subitem ? `(${c.subitem})` : ''}`;
  const places = corpus.from1995(c.article, itemArgument(c.item, c.subitem)).filter((p) => placeKey(p));
  if (places.length === 0) {
    // Where the 1995 article's content went, when only this item has no counterpart.
    const successors = c.item || c.subitem ? corpus.from1995(c.article) : [];
    const instead = successors.length
      ? lang === 'kk'
        ? `; бап мазмұны: ${placesWords(successors, lang)}`
        : `; содержание статьи перенесено в ${placesWords(successors, lang)}`
      : '';
    context.report({
      messageId: 'noCounterpart',
      data: { ...data, written, instead },
      range,
      citations: [from, ...successors.map((p) => `const2026:${p}`)],
    });
    return;
  }
  if (places.length > 1) {
    context.report({ messageId: 'split', data: { ...data, written, targets: placesWords(places, lang, true) }, range, citations: [from, ...places.map((p) => `const2026:${p}`)] });
    return;
  }
  const target = placeKey(places[0])!;
  const same = target.article === c.article && target.item === c.item && target.subitem === c.subitem;
  const sameDepth = Boolean(c.item) === Boolean(target.item) && Boolean(c.subitem) === Boolean(target.subitem);
  let replacement: string | undefined;
  if (!same && sameDepth && c.numbers.length) {
    const text = context.act.doc.paragraphs[c.paragraph].text;
    let out = text.slice(c.start, c.end);
    for (const n of [...c.numbers].sort((a, b) => b.start - a.start)) {
      const value = n.kind === 'article' ? target.article : n.kind === 'item' ? target.item! : target.subitem!;
      out = out.slice(0, n.start - c.start) + value + out.slice(n.end - c.start);
    }
    replacement = out;
  }
  context.report({
    messageId: same ? 'sameNumber' : 'moved',
    // The same number with the same content is still a citation of a ceased text, but nothing moves.
    ...(same ? { severity: 'info' as const } : {}),
    data: { ...data, written, target: placeWords(target, lang, true) },
    range,
    ...(replacement ? { replacement } : {}),
    citations: [from, `const2026:${places[0]}`],
  });
}

function checkAgainst2026(context: RuleContext, c: Citation1, data: Record<string, string>): void {
  const corpus = context.corpus!;
  if (corpus.constitution(c.article, c.item, c.subitem)) return;
  context.report({
    messageId: 'missing2026',
    data: { ...data, written: placeWords(c, context.act.language) },
    range: { paragraph: c.paragraph, start: c.start, end: c.end },
  });
}

function formatIsoDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

