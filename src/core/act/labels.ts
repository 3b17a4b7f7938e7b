/**
 * Unit labels at the start of a paragraph: sections, chapters, paragraphs (§) of codes, articles,
 * items ("1.") and subitems ("1)"), Russian and Kazakh forms, and Word's automatic labels.
 */
import type { UnitKind } from './types';
import { leadingSpace, romanToInt } from './text';

export type LabelKind = Exclude<UnitKind, 'part'>;

export interface LabelMatch {
  kind: LabelKind;
  /** Number without punctuation: "5", "12-1"; roman section numbers are turned into arabic. */
  number: string;
  /** [labelStart, labelEnd) is the label as typed ("Статья 5.", "5-бап.", "1.", "1)"). */
  labelStart: number;
  labelEnd: number;
  /** Where the unit's own text begins (after the label and spaces). */
  textStart: number;
  /** Heading of a section, chapter, paragraph (§) or article, when the rest of the line is one. */
  heading?: string;
  /**
   * An article label run into a chapter's heading line ("Глава 5. КОМПЕТЕНЦИЯ … Статья 23.
   * Компетенция …"): texts extracted from PDFs join such lines.
   */
  embedded?: LabelMatch;
}

const EMBEDDED_ARTICLE = /\s((?:Статья|СТАТЬЯ)\s+(\d{1,9}(?:-\d{1,9}){0,9})\.|(\d{1,9}(?:-\d{1,9}){0,9})-(?:бап|БАП)\.)(?=\s+\S)/u;

/** Level of a unit kind in the tree: a smaller number holds larger ones. */
export const LEVEL: Record<UnitKind, number> = {
  section: 0,
  chapter: 1,
  paragraph: 2,
  article: 3,
  item: 4,
  subitem: 5,
  part: 6,
};

// A heading label is followed by ".", the end, or a space and a capital letter / digit / «
// ("Глава 1 ОБЩИЕ ПОЛОЖЕНИЯ"), or by the words of its exclusion ("Статья 5 исключена Законом …":
// the excluded article itself, its number still counts). "Статья 5 с изменениями …" is a note.
const AFTER_HEAD = '(?=\\s*$|\\.|\\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"0-9]|\\s+(?:исключен|утратил[аио]?\\s+силу))';
const N = '(\\d{1,9}(?:-\\d{1,9}){0,9})';
// A Kazakh heading label ("5-бап.", "1-тарау ЖАЛПЫ ЕРЕЖЕЛЕР", "5-бап алып тасталды") is followed by
// ".", ":", the end, a capital / digit / «, or the words of its exclusion. A lower-case word after it
// makes the line a sentence about that unit ("170-бап мынадай мазмұндағы 3-тармақпен толықтырылсын:",
// "5-бап алып тасталсын;"): an amending instruction in the nominative, not a heading.
const AFTER_HEAD_KK = '(?=\\s*$|[.:]|\\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"0-9]|\\s+(?:алып\\s+тасталды|алынып\\s+тасталды|күшін\\s+жойды|күші\\s+жойылды))';

interface HeadingPattern {
  kind: LabelKind;
  re: RegExp;
}

const HEADING_PATTERNS: HeadingPattern[] = [
  { kind: 'article', re: new RegExp(`^(?:Статья|СТАТЬЯ)\\s+${N}${AFTER_HEAD}\\.?`) },
  { kind: 'article', re: new RegExp(`^${N}-(?:бап|БАП|Бап)${AFTER_HEAD_KK}\\.?`) },
  { kind: 'chapter', re: new RegExp(`^(?:Глава|ГЛАВА)\\s+${N}${AFTER_HEAD}\\.?`) },
  { kind: 'chapter', re: new RegExp(`^${N}-(?:тарау|ТАРАУ|Тарау)${AFTER_HEAD_KK}\\.?`) },
  { kind: 'section', re: new RegExp(`^(?:Раздел|РАЗДЕЛ)\\s+(\\d{1,9}(?:-\\d{1,9}){0,9}|[IVXLCІХ]+)${AFTER_HEAD}\\.?`) },
  { kind: 'section', re: new RegExp(`^${N}-(?:бөлім|БӨЛІМ|Бөлім)${AFTER_HEAD_KK}\\.?`) },
  { kind: 'section', re: /^([IVXLCІХ]+)\s+(?:бөлім|БӨЛІМ|Бөлім)(?=[\s.:]|$)\.?/ },
  { kind: 'paragraph', re: new RegExp(`^(?:Параграф|ПАРАГРАФ)\\s+${N}${AFTER_HEAD}\\.?`) },
  { kind: 'paragraph', re: new RegExp(`^§\\s*${N}\\.?`) },
  { kind: 'paragraph', re: new RegExp(`^${N}-(?:параграф|ПАРАГРАФ|Параграф)${AFTER_HEAD_KK}\\.?`) },
];

const PART_BEFORE_SECTION = /^\s*(?:(?:ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ\s+(?=(?:РАЗДЕЛ|Раздел)\s+\d)|(?:ЖАЛПЫ|ЕРЕКШЕ)\s+БӨЛІМ\s+(?=\d+-(?:БӨЛІМ|бөлім)))/u;

// "1. text", "2-1. text" (not "2.5 процента", not "1.1."); "1) text", "5-1) text".
// Labels are short numbers: bounded runs keep a paragraph of a million digits from exhausting the regexp
// backtracking stack (a full test run hit "Maximum call stack size exceeded" in SUBITEM_RE).
const ITEM_RE = /^(\d{1,9}(?:-\d{1,9}){0,9})\.(?![\d.])/;
const SUBITEM_RE = /^(\d{1,9}(?:-\d{1,9}){0,9})\)/;

/** The label at the start of `text`, if any. */
export function matchLabel(text: string): LabelMatch | undefined {
  // "ОБЩАЯ ЧАСТЬ РАЗДЕЛ 1. …": the code's part heading run into its first section's line.
  const partHeading = PART_BEFORE_SECTION.exec(text);
  const lead = partHeading ? partHeading[0].length : leadingSpace(text);
  const rest = lead ? text.slice(lead) : text;
  const c = rest.charCodeAt(0);
  const startsWithDigit = c >= 48 && c <= 57;
  if (startsWithDigit) {
    let m = SUBITEM_RE.exec(rest);
    if (m) return simple('subitem', m[1], lead, m[0].length, text);
    m = ITEM_RE.exec(rest);
    if (m && isItemText(rest.slice(m[0].length))) return simple('item', m[1], lead, m[0].length, text);
  }
  for (const p of HEADING_PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const number = /^[IVXLCІХ]+$/.test(m[1]) ? String(romanToInt(m[1]) ?? m[1]) : m[1];
    const labelEnd = lead + m[0].length;
    const textStart = labelEnd + leadingSpace(text.slice(labelEnd));
    const after = text.slice(textStart).trim();
    const match: LabelMatch = { kind: p.kind, number, labelStart: lead, labelEnd, textStart };
    if (after && isHeading(p.kind, after)) match.heading = after;
    if (p.kind !== 'article' && match.heading) {
      const e = EMBEDDED_ARTICLE.exec(text.slice(textStart));
      if (e) {
        const eStart = textStart + e.index + 1;
        const eEnd = eStart + e[1].length;
        const eText = eEnd + leadingSpace(text.slice(eEnd));
        match.heading = text.slice(textStart, eStart).trim();
        match.embedded = { kind: 'article', number: e[2] ?? e[3], labelStart: eStart, labelEnd: eEnd, textStart: eText, heading: text.slice(eText).trim() };
      }
    }
    return match;
  }
  return undefined;
}

function simple(kind: LabelKind, number: string, lead: number, len: number, text: string): LabelMatch {
  const labelEnd = lead + len;
  return { kind, number, labelStart: lead, labelEnd, textStart: labelEnd + leadingSpace(text.slice(labelEnd)) };
}

/** "1." followed by text (or nothing), not by a date or a fraction. */
function isItemText(after: string): boolean {
  return after === '' || /^[\s\u00a0]/.test(after) || /^[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі«"(]/.test(after);
}

/**
 * The rest of an article line is a heading unless it reads as a norm: "Статья 2. Настоящий Закон
 * вводится в действие ..." or "Статья 1. Внести изменения ...:" carry the article's text itself.
 */
function isHeading(kind: LabelKind, rest: string): boolean {
  if (kind !== 'article') return true;
  if (/[:;]$/.test(rest)) return false;
  if (/\.$/.test(rest) && rest.split(/\s+/).length > 10) return false;
  return true;
}

/** Word's automatic label ("1.", "1)", "2-1.") as a unit label; multi-level ("1.2.") are not units. */
export function labelFromList(listLabel: string): { kind: 'item' | 'subitem'; number: string } | undefined {
  const s = listLabel.trim();
  let m = /^(\d{1,9}(?:-\d{1,9}){0,9})\.$/.exec(s);
  if (m) return { kind: 'item', number: m[1] };
  m = /^(\d{1,9}(?:-\d{1,9}){0,9})\)$/.exec(s);
  if (m) return { kind: 'subitem', number: m[1] };
  return undefined;
}

/** Lines that organise a code without being units: "ОБЩАЯ ЧАСТЬ", "ЕРЕКШЕ БӨЛІМ". */
export function isPartHeading(text: string): boolean {
  return /^\s*(?:ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ\s*$|^\s*(?:ЖАЛПЫ|ЕРЕКШЕ)\s+БӨЛІМ\s*$/.test(text);
}
