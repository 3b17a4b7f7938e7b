/**
 * Numbering of sections, chapters, paragraphs (§), articles, items and subitems: no gaps, no
 * duplicates, starting at 1; inserted numbers (12, 12-1, 13) are fine. Automatic numbering that
 * goes on from the previous article instead of restarting is reported as such.
 * Law "On Legal Acts" art. 23 p. 4 (arabic numbers, chapters/articles/sections numbered through
 * the act) and p. 5 (items and subitems numbered anew in each article / item).
 * Units inside quoted new wordings belong to the amended act and are not checked.
 */
import type { Act, Unit, UnitKind } from '../../core/act/types';
import { pathSegment } from '../../core/act/paths';
import type { Rule, RuleContext } from '../rule';
import { unitAnchor } from './anchors';
import { isConsolidatedEdition } from '../../core/act/notes';

type Sequence = { kind: UnitKind; units: Unit[] };
/** The lists of one kind under one parent: all of them, and those still open (innermost last). */
type Lists = { all: Unit[][]; open: Unit[][] };

/** Sequences numbered on their own: through the act for sections, chapters and articles; per parent below. */
export function numberingSequences(act: Act): Sequence[] {
  const sequences: Sequence[] = [];
  const through = new Map<UnitKind, Unit[]>();
  const collect = (roots: readonly Unit[], bylawItemsThrough: boolean): void => {
    const throughItems: Unit[] = [];
    const visit = (units: readonly Unit[], parent: Unit | undefined): void => {
      const local = new Map<UnitKind, Lists>();
      let partSince = false;
      for (const u of units) {
        if (u.kind === 'part') {
          partSince = true;
          continue;
        }
        if (u.kind === 'section' || u.kind === 'chapter' || u.kind === 'article') {
          const list = through.get(u.kind) ?? [];
          list.push(u);
          through.set(u.kind, list);
        } else if (u.kind === 'item' && bylawItemsThrough && (!parent || parent.kind === 'chapter' || parent.kind === 'section' || parent.kind === 'paragraph')) {
          throughItems.push(u);
        } else {
          const lists = local.get(u.kind) ?? { all: [], open: [] };
          local.set(u.kind, lists);
          // An unnumbered paragraph between two units: a sibling part, or the last part of the unit before.
          const prev = lastOf(lists.open);
          placeInList(lists, u, partSince || prev?.children[prev.children.length - 1]?.kind === 'part');
          partSince = false;
        }
        visit(u.children, u);
        // Subitems of an article's or item's parts belong to that article / item.
        for (const part of u.children.filter((c) => c.kind === 'part')) visit(part.children, u);
      }
      for (const [kind, lists] of local) for (const list of lists.all) sequences.push({ kind, units: list });
    };
    visit(roots, undefined);
    if (throughItems.length) sequences.push({ kind: 'item', units: throughItems });
  };
  const hasArticles = (roots: readonly Unit[]): boolean => {
    let found = false;
    const v = (us: readonly Unit[]): void => {
      for (const u of us) {
        if (u.kind === 'article') found = true;
        else if (!found) v(u.children);
      }
    };
    v(roots);
    return found;
  };
  collect(act.body, !hasArticles(act.body));
  for (const [kind, list] of through) sequences.push(...(kind === 'chapter' ? chaptersPerSection(act.body, list) : [{ kind, units: list }]));
  through.clear();
  // The approving order and each appendix number their units on their own.
  for (const roots of [act.preface, ...(act.appendices ?? [])]) {
    if (!roots) continue;
    through.clear();
    collect(roots, !hasArticles(roots));
    for (const [kind, list] of through) sequences.push({ kind, units: list });
  }
  return sequences;
}

/**
 * Chapters numbered anew in each section (an older act: the constitutional law on the judicial
 * system starts "Глава 1" in every "Раздел"): when every section's chapters start at 1, each section
 * is a sequence of its own. Otherwise chapters are numbered through the act (art. 23 p. 4).
 */
function chaptersPerSection(roots: readonly Unit[], chapters: Unit[]): Sequence[] {
  const sections = roots.filter((u) => u.kind === 'section');
  const lists = sections.map((s) => s.children.filter((c) => c.kind === 'chapter')).filter((l) => l.length > 0);
  const perSection = lists.length >= 2 && lists.reduce((n, l) => n + l.length, 0) === chapters.length && lists.every((l) => base(l[0].number) === 1);
  return perSection ? lists.map((units) => ({ kind: 'chapter' as const, units })) : [{ kind: 'chapter', units: chapters }];
}

/**
 * Lists of one parent: a list under an unnumbered part starts again at "1)" (Law "On Legal Acts"
 * art. 23 p. 5 numbers anew in each unit), and the outer list may resume after it ("17) …", a part
 * with its own "1)–6)", then "18) …"). A unit goes to the innermost open list it continues; "1"
 * after an unnumbered part opens a new one; otherwise it stays in the innermost (and is judged there).
 */
function placeInList(lists: Lists, u: Unit, afterPart: boolean): void {
  const stack = lists.open;
  const start = (): void => {
    const list = [u];
    lists.all.push(list);
    stack.push(list);
  };
  if (!stack.length || (afterPart && u.number === '1')) return start();
  for (let k = stack.length - 1; k >= 0; k--) {
    const list = stack[k];
    if (continues(list[list.length - 1], u)) {
      stack.length = k + 1;
      list.push(u);
      return;
    }
  }
  stack[stack.length - 1].push(u);
}

function lastOf(open: readonly Unit[][]): Unit | undefined {
  const list = open[open.length - 1];
  return list?.[list.length - 1];
}

function continues(prev: Unit, u: Unit): boolean {
  if (/^\d+(?:-\d+)+$/.test(u.number)) return insertedDefect(prev.number, u.number) === undefined;
  return /^\d+$/.test(u.number) && base(u.number) === base(prev.number) + 1;
}

function base(n: string): number {
  return Number(n.split('-')[0]);
}

/**
 * An inserted number ("12-2") must follow its predecessor in the insertion order: "12-1" (or a unit
 * inserted after it, "12-1-3"), and "12-1" must follow "12" (or "12-…"). "6-2" right after "6"
 * lacks "6-1"; "12-1" after "12-2" is out of order. Returns the missing number, 'order', or undefined.
 */
function insertedDefect(prev: string, cur: string): { missing: string } | 'order' | undefined {
  const p = prev.split('-').map(Number);
  const c = cur.split('-').map(Number);
  for (let i = 0; i < Math.min(p.length, c.length); i++) {
    if (p[i] !== c[i]) {
      if (p[i] > c[i]) return 'order';
      break;
    }
    if (i === c.length - 1) return 'order'; // "12-1" after "12-1-2" or after itself (duplicates are caught before)
  }
  const parent = c.slice(0, -1);
  const last = c[c.length - 1]!;
  // The number just before `cur` in insertion order: its parent for "-1", else the previous insertion.
  const before = last === 1 ? parent : [...parent, last - 1];
  const follows = before.length <= p.length && before.every((n, i) => n === p[i]);
  return follows ? undefined : { missing: before.join('-') };
}

interface Defect {
  unit: Unit;
  messageId: 'gap' | 'duplicate' | 'notFromOne' | 'autoNotRestarted';
  data: Record<string, string>;
}

export function numberingDefects(seq: Sequence, lang: Act['language'], previousAuto?: Unit): Defect[] {
  const out: Defect[] = [];
  const seen = new Set<string>();
  let prev: Unit | undefined;
  for (const u of seq.units) {
    const label = (n: string): string => pathSegment(seq.kind, n, lang);
    if (seen.has(u.number)) {
      out.push({ unit: u, messageId: 'duplicate', data: { unit: label(u.number) } });
    } else if (!prev) {
      if (u.number !== '1' && base(u.number) !== 1) {
        if (u.autoNumbered && previousAuto && /^\d+$/.test(u.number) && base(previousAuto.number) + 1 === base(u.number)) {
          out.push({ unit: u, messageId: 'autoNotRestarted', data: { unit: label(u.number), expected: label('1') } });
          return out; // the rest of the list follows the same counter
        }
        out.push({ unit: u, messageId: 'notFromOne', data: { unit: label(u.number), expected: label('1') } });
      }
    } else if (/^\d+(?:-\d+)+$/.test(u.number) && /^\d+(?:-\d+)*$/.test(prev.number)) {
      const d = insertedDefect(prev.number, u.number);
      if (d === 'order') out.push({ unit: u, messageId: 'duplicate', data: { unit: label(u.number) } });
      else if (d) out.push({ unit: u, messageId: 'gap', data: { unit: label(u.number), previous: label(prev.number), missing: label(d.missing) } });
    } else if (!u.number.includes('-') && /^\d+$/.test(u.number)) {
      const expected = base(prev.number) + 1;
      if (base(u.number) > expected) {
        const missing = base(u.number) - 1 === expected ? label(String(expected)) : `${label(String(expected))}–${label(String(base(u.number) - 1))}`;
        out.push({ unit: u, messageId: 'gap', data: { unit: label(u.number), previous: label(prev.number), missing } });
      } else if (base(u.number) < expected) {
        out.push({ unit: u, messageId: 'duplicate', data: { unit: label(u.number) } });
      }
    }
    seen.add(u.number);
    prev = u;
  }
  return out;
}

export const numberingRule: Rule = {
  meta: {
    id: 'structure/numbering',
    category: 'structure',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Gaps, duplicates and wrong starts in the numbering of sections, chapters, articles, items and subitems.',
      basis: 'Закон «О правовых актах», ст. 23 п. 4–5',
    },
    messages: {
      gap: {
        ru: 'Пропуск в нумерации: после «{previous}» следует «{unit}», отсутствует {missing}. Исправьте нумерацию.',
        kk: 'Нөмірленуде олқылық бар: «{previous}» кейін «{unit}» келеді, {missing} жоқ. Нөмірлеуді түзетіңіз.',
        en: 'Numbering gap: "{previous}" is followed by "{unit}"; {missing} is missing. Fix the numbering.',
      },
      duplicate: {
        ru: 'Номер «{unit}» повторяется или нарушает порядок. Исправьте нумерацию.',
        kk: '«{unit}» нөмірі қайталанады немесе рет бұзылған. Нөмірлеуді түзетіңіз.',
        en: 'Number "{unit}" is repeated or out of order. Fix the numbering.',
      },
      notFromOne: {
        ru: 'Нумерация начинается с «{unit}», а не с «{expected}». Исправьте нумерацию.',
        kk: 'Нөмірлеу «{expected}» емес, «{unit}» басталады. Нөмірлеуді түзетіңіз.',
        en: 'Numbering starts at "{unit}", not at "{expected}". Fix the numbering.',
      },
      autoNotRestarted: {
        ru: 'Автоматическая нумерация не начата заново: элемент отображается как «{unit}» вместо «{expected}». Начните нумерацию заново в этой статье.',
        kk: 'Автоматты нөмірлеу қайта басталмаған: элемент «{expected}» орнына «{unit}» болып көрсетіледі. Осы бапта нөмірлеуді қайта бастаңыз.',
        en: 'Automatic numbering does not restart: the unit shows as "{unit}" instead of "{expected}". Restart the numbering in this article.',
      },
    },
    rationale: {
      ru: 'Пункты, статьи, главы и разделы нумеруются арабскими цифрами; нумерация пунктов и подпунктов самостоятельна для каждой статьи (пункта); вставленные номера (12-1) допустимы.',
      kk: 'Тармақтар, баптар, тараулар мен бөлімдер араб цифрларымен нөмірленеді; тармақтар мен тармақшаларды нөмірлеу әр бап (тармақ) үшін дербес; енгізілген нөмірлер (12-1) рұқсат етіледі.',
      en: 'Items, articles, chapters and sections are numbered with arabic numerals; items and subitems are numbered anew in each article (item); inserted numbers (12-1) are allowed.',
    },
  },
  check(context: RuleContext): void {
    const { act } = context;
    const sequences = numberingSequences(act);
    // For automatic numbering: the last unit of the same kind before each sequence.
    const autoBefore = (seq: Sequence): Unit | undefined => {
      const first = seq.units[0];
      if (!first?.autoNumbered) return undefined;
      let best: Unit | undefined;
      for (const s of sequences) {
        if (s === seq || s.kind !== seq.kind) continue;
        for (const u of s.units) if (u.autoNumbered && u.paragraph < first.paragraph && (!best || u.paragraph > best.paragraph)) best = u;
      }
      return best;
    };
    // An official consolidated edition drops units excluded long ago (articles 158–159 of the
    // Entrepreneurial Code are gone, not "исключена"): a gap there is its history, not a defect.
    const consolidated = isConsolidatedEdition(act);
    for (const seq of sequences) {
      for (const d of numberingDefects(seq, act.language, autoBefore(seq))) {
        if (consolidated && d.messageId === 'gap') continue;
        context.report({
          messageId: d.messageId,
          data: d.data,
          range: unitAnchor(act, d.unit),
          unitId: d.unit.id,
          citations: ['lla:23.4', 'lla:23.5'],
        });
      }
    }
  },
};
