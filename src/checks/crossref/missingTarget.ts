/**
 * Internal references must point to units that exist (Law "On Legal Acts" art. 25 p. 2, 4).
 * A reference in the draft is checked against the draft's units (the approving order's units for
 * "настоящего приказа" / "осы бұйрықтың"). A reference inside a quoted new wording points into the
 * amended act: it is checked only when that quote itself holds the unit it is scoped to (a whole
 * new article «Статья 463-1 …» referring to "части первой настоящей статьи"); otherwise the amended
 * act is unknown and the rule stays quiet.
 */
import type { Act, CrossReference, Unit, UnitAddress } from '../../core/act/types';
import { pathSegment } from '../../core/act/paths';
import { findByAddress } from '../../core/act/tree';
import type { Rule } from '../rule';
import { isConsolidatedEdition } from '../../core/act/notes';
import { inTransitionalArticle } from '../lexicon/transitional';

function describe(address: UnitAddress, lang: Act['language']): string {
  const segs: string[] = [];
  if (address.section) segs.push(pathSegment('section', address.section, lang));
  if (address.chapter) segs.push(pathSegment('chapter', address.chapter, lang));
  if (address.paragraph) segs.push(pathSegment('paragraph', address.paragraph, lang));
  if (address.article) segs.push(pathSegment('article', address.article, lang));
  if (address.item) segs.push(pathSegment('item', address.item, lang));
  if (address.subitem) segs.push(pathSegment('subitem', address.subitem, lang));
  if (address.part !== undefined) segs.push(pathSegment('part', String(address.part), lang));
  return segs.join(' ');
}

/** The units a reference is checked against, or undefined when it cannot be checked. */
function rootsFor(act: Act, ref: CrossReference): readonly Unit[] | undefined {
  if (ref.quote !== undefined) {
    const roots = act.quotes[ref.quote]?.units ?? [];
    const top = ref.targets[0];
    if (!top) return undefined;
    // The quote must itself contain the outermost unit the reference names.
    const outer: UnitAddress = {};
    for (const k of ['section', 'chapter', 'paragraph', 'article', 'item'] as const) {
      if (top[k] !== undefined) {
        outer[k] = top[k];
        break;
      }
    }
    if (!Object.keys(outer).length) return undefined;
    return findByAddress(roots, outer).length ? roots : undefined;
  }
  if (ref.inPreface) return act.preface;
  // Inside an appendix a reference without "настоящего Закона / настоящих Правил" names the appendix's own units.
  const appendix = /^x(\d+)\//.exec(ref.fromUnit ?? '');
  if (appendix && ref.scope !== 'act') return act.appendices?.[Number(appendix[1]) - 1];
  return act.body;
}

const kindsByRoots = new WeakMap<readonly Unit[], Set<Unit['kind']>>();

/** Every kind of unit under `roots`, gathered once per root list (every reference asks). */
function kindsIn(roots: readonly Unit[]): Set<Unit['kind']> {
  let kinds = kindsByRoots.get(roots);
  if (!kinds) {
    const found = new Set<Unit['kind']>();
    const visit = (us: readonly Unit[]): void => {
      for (const u of us) {
        found.add(u.kind);
        visit(u.children);
      }
    };
    visit(roots);
    kindsByRoots.set(roots, (kinds = found));
  }
  return kinds;
}

/** A target the draft cannot hold: an article reference in a draft without articles is about another act. */
function checkable(act: Act, roots: readonly Unit[], target: UnitAddress): boolean {
  if (!Object.keys(target).length) return false;
  // Parts of a subitem are not told apart from parts of its item in the text: do not guess.
  if (target.part !== undefined && target.subitem !== undefined) return false;
  const has = (kind: Unit['kind']): boolean => kindsIn(roots).has(kind);
  if (target.article && !has('article')) return false;
  if (target.chapter && !has('chapter')) return false;
  if (target.section && !has('section')) return false;
  if (target.paragraph && !has('paragraph')) return false;
  void act;
  return true;
}

const EXAMPLE_MARKER = /(?:^|[^\p{L}])(?:например|мысалы|к\s+примеру)(?![\p{L}])/giu;
const SENTENCE_BREAK = /[.!?]\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]/gu;

type Span = { start: number; end: number };

/** Where "например:" markers and sentence breaks stand in a paragraph, found once for all its references. */
interface ExampleMarks {
  markers: Span[];
  breaks: Span[];
}

function exampleMarks(text: string): ExampleMarks {
  const spans = (re: RegExp) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { markers: spans(EXAMPLE_MARKER), breaks: spans(SENTENCE_BREAK) };
}

/** The reference at `at` stands in an example given earlier in the same sentence ("например:", "мысалы:"). */
function isExample(marks: ExampleMarks, at: number): boolean {
  // The last marker before the reference (markers and breaks are in text order).
  const m = lastBefore(marks.markers, at);
  if (!m) return false;
  // No sentence ends between the marker and the reference: the first break after the marker ends after it.
  const b = marks.breaks[countWhere(marks.breaks, (x) => x.start < m.start)];
  return !b || b.end > at;
}

/** The last span ending at or before `at`. */
function lastBefore(spans: readonly Span[], at: number): Span | undefined {
  const n = countWhere(spans, (x) => x.end <= at);
  return n > 0 ? spans[n - 1] : undefined;
}

/** How many leading spans satisfy a test that holds for a prefix of them (binary search: a paragraph may hold thousands of references). */
function countWhere(spans: readonly Span[], test: (s: Span) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(spans[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Transitional and entry-into-force articles of an official consolidated edition speak of the
 * text as adopted ("подпункты 9), 13) и 14) статьи 88 … действуют до 1 января 2017 года"): the
 * units they name may since have expired and left the edition. In a draft they are checked.
 */
function inConsolidatedTransitional(act: Act, ref: CrossReference): boolean {
  return isConsolidatedEdition(act) && inTransitionalArticle(act, ref.fromUnit);
}

/** A range written in the reference: "160 – 231", "268-377", "1)–3)", "10-нан 12-ге дейін". */
const RANGE_MARK = /\d\)?\s*[–—-]\s*\d|дейін/u;

/**
 * An official consolidated edition drops units excluded long ago (no gap in its numbering is
 * reported, see structure/numbering), so a range it cites ("статьях 160 – 231") may run over such
 * a gap: a unit inside the range is missing, its ends are not. A unit named by itself still counts.
 */
function insideRangeOverGap(act: Act, roots: readonly Unit[], ref: CrossReference, index: number): boolean {
  if (!isConsolidatedEdition(act) || !RANGE_MARK.test(ref.text)) return false;
  const t = ref.targets[index];
  const sameParent = (o: UnitAddress | undefined): boolean => !!o && lastLevel(o) === lastLevel(t) && parentKey(o) === parentKey(t);
  const exists = (o: UnitAddress): boolean => findByAddress(roots, o).length > 0;
  let before = false;
  for (let i = index - 1; i >= 0 && sameParent(ref.targets[i]) && !before; i--) before = exists(ref.targets[i]);
  let after = false;
  for (let i = index + 1; i < ref.targets.length && sameParent(ref.targets[i]) && !after; i++) after = exists(ref.targets[i]);
  return before && after;
}

const LEVELS = ['section', 'chapter', 'paragraph', 'article', 'item', 'subitem', 'part'] as const;

function lastLevel(a: UnitAddress): string | undefined {
  return [...LEVELS].reverse().find((k) => a[k] !== undefined);
}

function parentKey(a: UnitAddress): string {
  const last = lastLevel(a);
  return LEVELS.filter((k) => k !== last).map((k) => String(a[k] ?? '')).join('/');
}

/**
 * One part of a code published on its own ("Гражданский кодекс (Общая часть)"): its articles are a
 * stretch of the code's numbering, and a reference beyond them ("статьей 823") is to the other part.
 */
function otherPartOfCode(act: Act, target: UnitAddress): boolean {
  if (!target.article || !/\((?:Общая|Особенная)\s+часть\)|\((?:Жалпы|Ерекше)\s+бөлім\)/iu.test(act.title ?? '')) return false;
  const range = articleRange(act);
  const n = parseInt(target.article, 10);
  return range !== undefined && (n > range.max || n < range.min);
}

/** The span of the act's own article numbers, worked out once per act (a code holds thousands of references). */
const articleRanges = new WeakMap<Act, { min: number; max: number } | undefined>();
function articleRange(act: Act): { min: number; max: number } | undefined {
  if (articleRanges.has(act)) return articleRanges.get(act);
  let min = Infinity;
  let max = -Infinity;
  for (const u of Object.values(act.units)) {
    if (u.kind !== 'article' || u.quote !== undefined) continue;
    const n = parseInt(u.number, 10);
    if (Number.isNaN(n)) continue;
    min = Math.min(min, n);
    max = Math.max(max, n);
  }
  const range = min <= max ? { min, max } : undefined;
  articleRanges.set(act, range);
  return range;
}

export const missingTargetRule: Rule = {
  meta: {
    id: 'crossref/missing-target',
    category: 'crossref',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: { description: 'Internal reference to a unit that does not exist.', basis: 'Закон «О правовых актах», ст. 25 п. 2, 4' },
    messages: {
      missing: {
        ru: 'Ссылка на несуществующий структурный элемент: {target}. Проверьте номер и исправьте ссылку.',
        kk: 'Жоқ құрылымдық элементке сілтеме: {target}. Нөмірді тексеріп, сілтемені түзетіңіз.',
        en: 'Reference to a unit that does not exist: {target}. Check the number and fix the reference.',
      },
    },
    rationale: {
      ru: 'Ссылка на структурный элемент акта приводится с указанием его номера; она должна указывать на существующий элемент.',
      kk: 'Актінің құрылымдық элементіне сілтеме оның нөмірін көрсете отырып беріледі және бар элементке нұсқауы тиіс.',
      en: 'A reference to a unit of the act gives its number and must point to a unit that exists.',
    },
  },
  check(context): void {
    const { act } = context;
    const marks = new Map<number, ExampleMarks>();
    const marksOf = (paragraph: number): ExampleMarks => {
      let m = marks.get(paragraph);
      if (!m) marks.set(paragraph, (m = exampleMarks(act.doc.paragraphs[paragraph]?.text ?? '')));
      return m;
    };
    for (const ref of act.crossReferences) {
      // "например: пункты 2-1, 2-2" shows how units are numbered; it refers to nothing.
      if (ref.scope === 'implicit' && isExample(marksOf(ref.range.paragraph), ref.range.start)) continue;
      if (inConsolidatedTransitional(act, ref)) continue;
      const roots = rootsFor(act, ref);
      if (!roots || !roots.length) continue;
      const missing = ref.targets.filter(
        (t, i) => checkable(act, roots, t) && !otherPartOfCode(act, t) && findByAddress(roots, t).length === 0 && !insideRangeOverGap(act, roots, ref, i),
      );
      if (!missing.length) continue;
      context.report({
        messageId: 'missing',
        data: { target: missing.map((t) => describe(t, act.language)).join(', ') },
        range: ref.numberRange ?? ref.range,
        unitId: ref.fromUnit,
        citations: ['lla:25.2', 'lla:25.4'],
      });
    }
  },
};
