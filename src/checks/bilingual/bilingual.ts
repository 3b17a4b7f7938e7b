/**
 * bilingual/parity: the Russian and Kazakh texts of one act are both authentic (Law "On Legal
 * Acts", art. 24 p. 3) and must say the same thing. Aligns the two texts unit by unit and reports
 * a unit missing in one text, a unit numbered differently, a figure (deadline, age, amount,
 * percentage, date) with another value, and an internal reference to another unit. Precision
 * first: only quantities with a measure are compared, a kind of figure is compared only when both
 * texts of the unit state it, and digits and words with the same value are the same figure.
 */
import type { Act, CrossReference, Unit } from '../../core/act/types';
import type { TextRange } from '../../core/document';
import type { Language } from '../../core/language';
import { pathSegment } from '../../core/act/paths';
import { extractFigures, type Figure } from '../../core/align/figures';
import { alignActs, ownParagraphs, unitLabelRange, type UnitPair } from '../../core/align/units';
import type { Rule, RuleContext } from '../rule';

const OTHER_LANGUAGE: Record<Language, { ru: string; kk: string; en: string }> = {
  // The other text's language, as the message of a draft in `ru`/`kk`/`en` names it.
  kk: { ru: 'казахском', kk: 'қазақ', en: 'Kazakh' },
  ru: { ru: 'русском', kk: 'орыс', en: 'Russian' },
};

export const bilingualParity: Rule = {
  meta: {
    id: 'bilingual/parity',
    category: 'bilingual',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'The Russian and Kazakh texts have the same units, numbers, figures, dates and internal references.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3',
    },
    messages: {
      missingInPair: {
        ru: '{unit} отсутствует в тексте на {other} языке.',
        kk: '{unit} {other} тіліндегі мәтінде жоқ.',
        en: '{unit} is missing from the {other} text.',
      },
      missingHere: {
        ru: 'В этом тексте отсутствует {unit} текста на {other} языке (после {before}).',
        kk: 'Бұл мәтінде {other} тіліндегі мәтіннің {unit} жоқ (мына құрылымдық элементтен кейін: {before}).',
        en: 'This text lacks {unit} of the {other} text (after {before}).',
      },
      numbering: {
        ru: 'Нумерация расходится: здесь {here}, в тексте на {other} языке {there}.',
        kk: 'Нөмірлеу сәйкес келмейді: мұнда {here}, {other} тіліндегі мәтінде {there}.',
        en: 'Numbering differs: {here} here, {there} in the {other} text.',
      },
      figure: {
        ru: 'Значение расходится с текстом на {other} языке: здесь «{here}» ({hereValue}), там «{there}» ({thereValue}).',
        kk: 'Мән {other} тіліндегі мәтінмен сәйкес келмейді: мұнда «{here}» ({hereValue}), онда «{there}» ({thereValue}).',
        en: 'The value differs from the {other} text: «{here}» ({hereValue}) here, «{there}» ({thereValue}) there.',
      },
      reference: {
        ru: 'Ссылка расходится с текстом на {other} языке: здесь «{here}» ({hereTarget}), там «{there}» ({thereTarget}).',
        kk: 'Сілтеме {other} тіліндегі мәтінмен сәйкес келмейді: мұнда «{here}» ({hereTarget}), онда «{there}» ({thereTarget}).',
        en: 'The reference differs from the {other} text: «{here}» ({hereTarget}) here, «{there}» ({thereTarget}) there.',
      },
    },
    rationale: {
      ru: 'Тексты нормативного правового акта на казахском и русском языках должны быть аутентичны; расхождение делает норму неоднозначной.',
      kk: 'Нормативтік құқықтық актінің қазақ және орыс тілдеріндегі мәтіндері аутентикалық болуға тиіс; сәйкессіздік норманы екіұшты етеді.',
      en: 'The Kazakh and Russian texts of a normative legal act must be authentic; a mismatch makes the norm ambiguous.',
    },
  },
  check(context) {
    const { act, pair } = context;
    if (!pair || pair.language === act.language) return;
    const other = OTHER_LANGUAGE[pair.language][act.language];
    const alignment = alignActs(act, pair);
    const citations = ['lla:24.3'];

    for (const m of alignment.missingInPair) {
      if (!m.before) continue;
      context.report({
        messageId: 'missingInPair',
        data: { unit: m.unit.path, other },
        range: unitLabelRange(act, m.unit),
        pairRange: unitLabelRange(pair, m.before),
        unitId: m.unit.id,
        citations,
      });
    }
    for (const m of alignment.missingInMain) {
      if (!m.before) continue;
      context.report({
        messageId: 'missingHere',
        data: { unit: pathFromId(m.unit.id, context.act.language), other, before: m.before.path },
        range: unitLabelRange(act, m.before),
        pairRange: unitLabelRange(pair, m.unit),
        unitId: m.before.id,
        citations,
      });
    }
    for (const r of alignment.renumbered) {
      context.report({
        messageId: 'numbering',
        data: { here: r.main.path, there: pathFromId(r.pair.id, context.act.language), other },
        range: unitLabelRange(act, r.main),
        pairRange: unitLabelRange(pair, r.pair),
        unitId: r.main.id,
        citations,
      });
    }
    for (const p of alignment.pairs) {
      compareFigures(context, pair, p, other, citations);
      compareReferences(context, pair, p, other, citations);
    }
  },
};

interface Located<T> {
  item: T;
  paragraph: number;
}

function figuresOf(act: Act, unit: Unit): Located<Figure>[] {
  const out: Located<Figure>[] = [];
  for (const p of ownParagraphs(act, unit)) {
    for (const f of extractFigures(act.doc.paragraphs[p].text, act.language)) out.push({ item: f, paragraph: p });
  }
  return out;
}

/** Values present in one list and not the other (as multisets), each list in text order. */
function unmatched<T>(a: Located<T>[], b: Located<T>[], same: (x: T, y: T) => boolean): [Located<T>[], Located<T>[]] {
  const restB = [...b];
  const onlyA: Located<T>[] = [];
  for (const x of a) {
    const i = restB.findIndex((y) => same(x.item, y.item));
    if (i >= 0) restB.splice(i, 1);
    else onlyA.push(x);
  }
  return [onlyA, restB];
}

/**
 * One figure in both texts: the same value and, when both texts say it, the same kind of days
 * ("10 (десяти) календарных дней" is not "10 (он) жұмыс күні"). A qualifier said in one text only
 * is a translator's shortening, not a different deadline.
 */
function sameFigure(x: Figure, y: Figure): boolean {
  return x.value === y.value && (!x.qualifier || !y.qualifier || x.qualifier === y.qualifier);
}

function compareFigures(context: RuleContext, pair: Act, p: UnitPair, other: string, citations: string[]): void {
  const main = figuresOf(context.act, p.main);
  const paired = figuresOf(pair, p.pair);
  const kinds = new Set(main.map((f) => f.item.kind));
  for (const kind of kinds) {
    const a = main.filter((f) => f.item.kind === kind);
    const b = paired.filter((f) => f.item.kind === kind);
    if (b.length === 0) continue; // said otherwise in the other text ("двенадцать месяцев" / "бір жыл"): not comparable
    const [onlyA, onlyB] = unmatched(a, b, sameFigure);
    const n = Math.min(onlyA.length, onlyB.length);
    for (let i = 0; i < n; i++) {
      const x = onlyA[i];
      const y = onlyB[i];
      const hereText = context.act.doc.paragraphs[x.paragraph].text.slice(x.item.start, x.item.end);
      const thereText = pair.doc.paragraphs[y.paragraph].text.slice(y.item.start, y.item.end);
      context.report({
        messageId: 'figure',
        data: { here: hereText, there: thereText, hereValue: showValue(x.item), thereValue: showValue(y.item), other },
        range: { paragraph: x.paragraph, start: x.item.start, end: x.item.end },
        pairRange: { paragraph: y.paragraph, start: y.item.start, end: y.item.end },
        unitId: p.main.id,
        citations,
      });
    }
  }
}

function showValue(f: Figure): string {
  if (f.kind === 'date') {
    const v = String(f.value);
    return `${v.slice(6, 8)}.${v.slice(4, 6)}.${v.slice(0, 4)}`;
  }
  return String(f.value);
}

function targetKey(r: CrossReference): string {
  return r.targets
    .map((t) => [t.chapter && `c${t.chapter}`, t.article && `a${t.article}`, t.item && `i${t.item}`, t.subitem && `s${t.subitem}`, t.part && `p${t.part}`].filter(Boolean).join('/'))
    .join('+');
}

function targetShape(r: CrossReference): string {
  return r.targets.map((t) => ['chapter', 'article', 'item', 'subitem', 'part'].filter((k) => t[k as keyof typeof t] !== undefined).join(',')).join('+');
}

function referencesOf(act: Act, unit: Unit): Located<CrossReference>[] {
  const own = new Set(ownParagraphs(act, unit));
  return act.crossReferences
    .filter((r) => own.has(r.range.paragraph) && !r.inPreface && r.targets.length > 0)
    .map((r) => ({ item: r, paragraph: r.range.paragraph }));
}

function compareReferences(context: RuleContext, pair: Act, p: UnitPair, other: string, citations: string[]): void {
  const a = referencesOf(context.act, p.main);
  const b = referencesOf(pair, p.pair);
  if (a.length === 0 || b.length === 0) return;
  const [onlyA, onlyB] = unmatched(a, b, (x, y) => targetKey(x) === targetKey(y));
  // Only when both texts have the same number of references: otherwise one text may merge or split them.
  if (a.length !== b.length) return;
  for (let i = 0; i < Math.min(onlyA.length, onlyB.length); i++) {
    const x = onlyA[i].item;
    const y = onlyB[i].item;
    // Targets of different depth ("п. 3 ст. 11" vs a bare "3-тармағы") mean the parser resolved one
    // text less fully (coordinated Kazakh references), not that the texts differ.
    if (targetShape(x) !== targetShape(y)) continue;
    const xr: TextRange = x.numberRange ?? x.range;
    const yr: TextRange = y.numberRange ?? y.range;
    context.report({
      messageId: 'reference',
      data: {
        here: context.act.doc.paragraphs[xr.paragraph].text.slice(xr.start, xr.end),
        there: pair.doc.paragraphs[yr.paragraph].text.slice(yr.start, yr.end),
        hereTarget: targetPath(x, context.act.language),
        thereTarget: targetPath(y, context.act.language),
        other,
      },
      range: xr,
      pairRange: yr,
      unitId: p.main.id,
      citations,
    });
  }
}

/** "ст. 7 п. 2" / "7-бап 2-тармақ" for the message, in the draft's language. */
function targetPath(r: CrossReference, language: Language): string {
  return r.targets
    .map((t) => {
      const parts: string[] = [];
      if (t.chapter) parts.push(language === 'kk' ? `${t.chapter}-тарау` : `гл. ${t.chapter}`);
      if (t.article) parts.push(language === 'kk' ? `${t.article}-бап` : `ст. ${t.article}`);
      if (t.item) parts.push(language === 'kk' ? `${t.item}-тармақ` : `п. ${t.item}`);
      if (t.subitem) parts.push(language === 'kk' ? `${t.subitem}) тармақша` : `пп. ${t.subitem})`);
      if (t.part) parts.push(language === 'kk' ? `${t.part}-бөлік` : `ч. ${t.part}`);
      return parts.join(' ');
    })
    .join(', ');
}

const KIND_BY_LETTER = { r: 'section', c: 'chapter', g: 'paragraph', a: 'article', i: 'item', s: 'subitem', p: 'part' } as const;

/** The path of a unit of the OTHER text, written in this text's language (ids are language-neutral). */
function pathFromId(id: string, language: Language): string {
  return id
    .split('/')
    .map((seg) => {
      const kind = KIND_BY_LETTER[seg[0] as keyof typeof KIND_BY_LETTER];
      return kind ? pathSegment(kind, seg.slice(1), language) : '';
    })
    .filter(Boolean)
    .join(' ');
}
