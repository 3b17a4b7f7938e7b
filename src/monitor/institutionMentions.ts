/**
 * Where an act names an institution the 2026 Constitution changed, and the same words with the
 * successor's name. Russian and Kazakh decline the names; each form maps to the successor's form
 * in the same case ("Парламентом" → "Курултаем", "Парламентінің" → "Құрылтайының").
 * "Ведомости Парламента" / "Парламентінің Жаршысы" is a gazette cited for publication, not a norm:
 * never a mention.
 */
import type { Language } from '../core/language';

export type InstitutionId = 'parliament' | 'senate' | 'mazhilis' | 'chambers' | 'deputy';

export interface InstitutionMention {
  row: InstitutionId;
  start: number;
  end: number;
  /** The same words naming the successor, when the change is mechanical. */
  replacement?: string;
}

const L = '\\p{L}';
const NOT_AFTER_LETTER = `(?<![${L}-])`;
const NOT_BEFORE_LETTER = `(?![${L}])`;

/** Russian case endings of a masculine noun in -т/-с → Курултай in the same case. */
const RU_CASE: Record<string, string> = { '': 'Курултай', а: 'Курултая', у: 'Курултаю', ом: 'Курултаем', е: 'Курултае' };
/** Kazakh endings after "Парламент" (front vowels) → after "Құрылтай" (back vowels). */
const KK_PARLIAMENT: Record<string, string> = {
  '': '', і: 'ы', інің: 'ының', іне: 'ына', ін: 'ын', інде: 'ында', індегі: 'ындағы', імен: 'ымен', інен: 'ынан',
  ке: 'ға', те: 'да', тің: 'дың', пен: 'мен', ті: 'ды', тен: 'дан', тегі: 'дағы',
};
const kkEndings = Object.keys(KK_PARLIAMENT).filter(Boolean).sort((a, b) => b.length - a.length).join('|');

const GAZETTE = {
  ru: /Ведомост[яиейм]{1,3}\s+Парламента(?:\s+Республики\s+Казахстан)?/gu,
  kk: /Парламентінің\s+Жаршысы\p{L}*/gu,
};

/** A foreign parliament ("Европейского Парламента", "Еуропалық Парламент") is not ours. */
const FOREIGN_BEFORE = /(?:[А-ЯЁ][а-яё]+(?:ого|его|ий|ый|ой|ом|ым|ая)|Еуропа\p{L}*|Европ\p{L}*|Евразий\p{L}*|Межпарламент\p{L}*)\s+$/u;

interface Pattern {
  row: InstitutionId;
  re: RegExp;
  /** The replacement for the matched words, or undefined when the wording must be chosen by a person. */
  fix(m: RegExpExecArray): string | undefined;
}

const RU: Pattern[] = [
  // "Палатами Парламента", "Палат Парламента": a unicameral Курултай has no chambers; the verb may need to change too.
  { row: 'chambers', re: new RegExp(`${NOT_AFTER_LETTER}Палат(?:а|ы|е|у|ой|ам|ами|ах)?\\s+Парламента(?:\\s+Республики\\s+Казахстан)?${NOT_BEFORE_LETTER}`, 'gu'), fix: () => undefined },
  // "Сената Парламента Республики Казахстан" → "Курултая Республики Казахстан"; bare "Сената" has no safe fix.
  {
    row: 'senate',
    re: new RegExp(`${NOT_AFTER_LETTER}Сенат(а|у|ом|е)?(\\s+Парламента)?(\\s+Республики\\s+Казахстан)?${NOT_BEFORE_LETTER}`, 'gu'),
    fix: (m) => (m[2] ? RU_CASE[m[1] ?? ''] + (m[3] ?? '') : undefined),
  },
  {
    row: 'mazhilis',
    re: new RegExp(`${NOT_AFTER_LETTER}Мажилис(а|у|ом|е)?(\\s+Парламента)?(\\s+Республики\\s+Казахстан)?${NOT_BEFORE_LETTER}`, 'gu'),
    fix: (m) => (m[2] ? RU_CASE[m[1] ?? ''] + (m[3] ?? '') : undefined),
  },
  {
    row: 'deputy',
    re: new RegExp(`${NOT_AFTER_LETTER}(депутат(?:а|у|ом|е|ы|ов|ам|ами|ах)?\\s+)Парламента${NOT_BEFORE_LETTER}`, 'giu'),
    fix: (m) => `${m[1]}Курултая`,
  },
  { row: 'parliament', re: new RegExp(`${NOT_AFTER_LETTER}Парламент(а|у|ом|е)?${NOT_BEFORE_LETTER}`, 'gu'), fix: (m) => RU_CASE[m[1] ?? ''] },
];

const KK: Pattern[] = [
  { row: 'chambers', re: new RegExp(`${NOT_AFTER_LETTER}Парламент(?:і|інің)?\\s+Палата\\p{L}*`, 'gu'), fix: () => undefined },
  { row: 'senate', re: new RegExp(`${NOT_AFTER_LETTER}(?:Парламент(?:і|інің)?\\s+)?Сенат\\p{L}*`, 'gu'), fix: () => undefined },
  { row: 'mazhilis', re: new RegExp(`${NOT_AFTER_LETTER}(?:Парламент(?:і|інің)?\\s+)?Мәжіліс\\p{L}*`, 'gu'), fix: () => undefined },
  {
    row: 'deputy',
    re: new RegExp(`${NOT_AFTER_LETTER}Парламент(${kkEndings})?(\\s+депутат\\p{L}*)`, 'gu'),
    fix: (m) => `Құрылтай${KK_PARLIAMENT[m[1] ?? '']}${m[2]}`,
  },
  { row: 'parliament', re: new RegExp(`${NOT_AFTER_LETTER}Парламент(${kkEndings})?${NOT_BEFORE_LETTER}`, 'gu'), fix: (m) => `Құрылтай${KK_PARLIAMENT[m[1] ?? '']}` },
];

const MAY_NAME: Record<Language, string[]> = { ru: ['Парламент', 'Сенат', 'Мажилис'], kk: ['Парламент', 'Сенат', 'Мәжіліс'] };

/** Mentions in one paragraph, most specific first, never overlapping, gazette names left out. */
export function findInstitutionMentions(text: string, language: Language): InstitutionMention[] {
  // Most paragraphs name none of them: a plain substring test first.
  if (!MAY_NAME[language].some((w) => text.includes(w))) return [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(GAZETTE[language])) taken.push([m.index, m.index + m[0].length]);
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const out: InstitutionMention[] = [];
  for (const p of language === 'kk' ? KK : RU) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end) || FOREIGN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      taken.push([start, end]);
      // "Мажилиса и Сената Парламента": renaming one chamber of a pair would read "Мажилиса и Курултая".
      const paired = /(?:Мажилис|Сенат|Мәжіліс)\p{L}*\s+(?:и|және)\s+$/u.test(text.slice(Math.max(0, start - 30), start));
      const replacement = paired ? undefined : p.fix(m);
      out.push({ row: p.row, start, end, ...(replacement !== undefined ? { replacement } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
