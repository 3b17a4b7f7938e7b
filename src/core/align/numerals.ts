/**
 * Cardinal numerals written in words, Russian (every case form) and Kazakh (bare forms and the
 * case/possessive endings a final numeral takes: "онға", "жиырмасынан"). Ordinals ("двадцатого",
 * "екінші") are deliberately NOT numerals here: "двадцатого числа" and "айдың жиырмасынан" name a
 * day of the month, not a quantity, and the bilingual check must not compare them with counts.
 */
import type { Language } from '../language';

type Rank = 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand' | 'million';

interface NumeralWord {
  value: number;
  rank: Rank;
}

const RU = new Map<string, NumeralWord>();

function ru(value: number, rank: Rank, forms: string[]): void {
  for (const f of forms) RU.set(f, { value, rank });
}

// 1–4 decline irregularly.
ru(1, 'unit', ['один', 'одного', 'одному', 'одним', 'одном', 'одна', 'одной', 'одну', 'одною', 'одно']);
ru(2, 'unit', ['два', 'две', 'двух', 'двум', 'двумя']);
ru(3, 'unit', ['три', 'трех', 'трёх', 'трем', 'трём', 'тремя']);
ru(4, 'unit', ['четыре', 'четырех', 'четырёх', 'четырем', 'четырём', 'четырьмя']);
// 5–20 and 30 decline like "пять / пяти / пятью".
const SOFT: [number, Rank, string][] = [
  [5, 'unit', 'пят'], [6, 'unit', 'шест'], [7, 'unit', 'сем'], [9, 'unit', 'девят'],
  [10, 'teen', 'десят'], [11, 'teen', 'одиннадцат'], [12, 'teen', 'двенадцат'], [13, 'teen', 'тринадцат'],
  [14, 'teen', 'четырнадцат'], [15, 'teen', 'пятнадцат'], [16, 'teen', 'шестнадцат'], [17, 'teen', 'семнадцат'],
  [18, 'teen', 'восемнадцат'], [19, 'teen', 'девятнадцат'], [20, 'ten', 'двадцат'], [30, 'ten', 'тридцат'],
];
for (const [v, rank, stem] of SOFT) ru(v, rank, [`${stem}ь`, `${stem}и`, `${stem}ью`]);
ru(8, 'unit', ['восемь', 'восьми', 'восемью', 'восьмью']);
ru(40, 'ten', ['сорок', 'сорока']);
ru(50, 'ten', ['пятьдесят', 'пятидесяти', 'пятьюдесятью']);
ru(60, 'ten', ['шестьдесят', 'шестидесяти', 'шестьюдесятью']);
ru(70, 'ten', ['семьдесят', 'семидесяти', 'семьюдесятью']);
ru(80, 'ten', ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']);
ru(90, 'ten', ['девяносто', 'девяноста']);
ru(100, 'hundred', ['сто', 'ста']);
ru(200, 'hundred', ['двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах']);
const HUNDREDS: [number, string, string][] = [
  [300, 'триста', 'трех'], [400, 'четыреста', 'четырех'], [500, 'пятьсот', 'пяти'], [600, 'шестьсот', 'шести'],
  [700, 'семьсот', 'семи'], [800, 'восемьсот', 'восьми'], [900, 'девятьсот', 'девяти'],
];
for (const [v, nom, gen] of HUNDREDS) {
  ru(v, 'hundred', [nom, `${gen}сот`, `${gen}стам`, `${gen}стами`, `${gen}стах`]);
  if (gen.includes('е')) ru(v, 'hundred', [`${gen.replace('е', 'ё')}сот`]);
}
ru(1000, 'thousand', ['тысяча', 'тысячи', 'тысяч', 'тысяче', 'тысячу', 'тысячей', 'тысячью', 'тысячам', 'тысячами', 'тысячах']);
ru(1_000_000, 'million', ['миллион', 'миллиона', 'миллионов', 'миллиону', 'миллионом', 'миллионе', 'миллионам', 'миллионами', 'миллионах']);

const KK_BASE: [number, Rank, string][] = [
  [1, 'unit', 'бір'], [2, 'unit', 'екі'], [3, 'unit', 'үш'], [4, 'unit', 'төрт'], [5, 'unit', 'бес'],
  [6, 'unit', 'алты'], [7, 'unit', 'жеті'], [8, 'unit', 'сегіз'], [9, 'unit', 'тоғыз'], [10, 'ten', 'он'],
  [20, 'ten', 'жиырма'], [30, 'ten', 'отыз'], [40, 'ten', 'қырық'], [50, 'ten', 'елу'], [60, 'ten', 'алпыс'],
  [70, 'ten', 'жетпіс'], [80, 'ten', 'сексен'], [90, 'ten', 'тоқсан'], [100, 'hundred', 'жүз'],
  [1000, 'thousand', 'мың'], [1_000_000, 'million', 'миллион'],
];
const KK = new Map<string, NumeralWord>(KK_BASE.map(([value, rank, w]) => [w, { value, rank }]));
/** Case and possessive endings a Kazakh numeral takes when it stands last ("онға", "жиырмасынан", "бесеу" excluded). */
const KK_ENDING = /^(?:ы|і|сы|сі)?(?:н|ны|ні|на|не|нан|нен|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|дың|дің|тың|тің|нің|ның|мен|бен|пен)?$/;

/** Longest base first so that "жетпіс…" is not read as "жеті". */
const KK_LONGEST_FIRST = [...KK.entries()].sort((a, b) => b[0].length - a[0].length);

/** Words that look like a numeral with an ending but are not: "үшін" (for), "онда" (there), "оны" (it), "бірге" (together). */
const KK_NOT_NUMERALS = new Set(['үшін', 'онда', 'оны', 'оған', 'одан', 'онан', 'бірге', 'бірі', 'біреу', 'бесік', 'жүзі', 'жүзеге']);

function kkWord(w: string): { word: NumeralWord; bare: boolean } | undefined {
  if (KK_NOT_NUMERALS.has(w)) return undefined;
  const exact = KK.get(w);
  if (exact) return { word: exact, bare: true };
  for (const [base, word] of KK_LONGEST_FIRST) {
    if (w.startsWith(base) && KK_ENDING.test(w.slice(base.length))) return { word, bare: false };
  }
  return undefined;
}

/** The numeral value of one word, if it is a cardinal numeral of the language. */
export function numeralWord(word: string, language: Language): NumeralWord | undefined {
  const w = word.toLowerCase();
  if (language === 'ru') return RU.get(w);
  return kkWord(w)?.word;
}

/** True when a Kazakh numeral word carries a case ending (then it ends the number). */
export function kkHasEnding(word: string): boolean {
  const r = kkWord(word.toLowerCase());
  return r !== undefined && !r.bare;
}

/**
 * Reads a compound cardinal numeral from `words[from]` on: "двадцати четырех" → 24, "пятисот" →
 * 500, "двух тысяч трехсот" → 2300, "төрт жүз" → 400, "он екі" → 12, "екі мың бес жүз" → 2500.
 * Returns the value and how many words it used, or undefined when `words[from]` is no numeral.
 */
export function readNumeral(words: readonly string[], from: number, language: Language): { value: number; length: number } | undefined {
  let total = 0;
  let current = 0;
  let length = 0;
  let lastRank: Rank | undefined;
  for (let i = from; i < words.length; i++) {
    const n = numeralWord(words[i], language);
    if (!n) break;
    if (language === 'ru') {
      // A valid Russian compound descends: hundreds, tens, units; "тысяч"/"миллион" multiply.
      if (n.rank === 'thousand' || n.rank === 'million') {
        total += (current || 1) * n.value;
        current = 0;
      } else {
        if (lastRank && !descends(lastRank, n.rank)) break;
        current += n.value;
      }
    } else {
      // Kazakh multiplies by a following hundred/thousand: "төрт жүз" = 4 × 100.
      if (n.rank === 'hundred') current = (current || 1) * 100;
      else if (n.rank === 'thousand' || n.rank === 'million') {
        total += (current || 1) * n.value;
        current = 0;
      } else {
        if (lastRank && !descends(lastRank, n.rank)) break;
        current += n.value;
      }
    }
    lastRank = n.rank;
    length++;
    if (language === 'kk' && kkHasEnding(words[i])) break;
  }
  if (length === 0) return undefined;
  return { value: total + current, length };
}

const ORDER: Record<Rank, number> = { million: 5, thousand: 4, hundred: 3, ten: 2, teen: 1.5, unit: 1 };

function descends(previous: Rank, next: Rank): boolean {
  if (previous === 'thousand' || previous === 'million') return true;
  if (previous === 'teen') return false;
  return ORDER[next] < ORDER[previous];
}

/** Russian "трехкратной", "двукратного": the multiplier of a "-кратный" adjective. */
export function ruMultiplier(word: string): number | undefined {
  const m = /^(одно|дву|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти)кратн/.exec(word.toLowerCase());
  if (!m) return undefined;
  const stem = m[1];
  const table: Record<string, number> = {
    одно: 1, дву: 2, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  };
  return table[stem];
}

/** Combining forms of Russian numerals inside compound adjectives ("двадцатипятилетний", "трехмесячный"). */
const RU_COMBINING: ReadonlyArray<[string, number, Rank]> = [
  ['одиннадцати', 11, 'teen'], ['двенадцати', 12, 'teen'], ['тринадцати', 13, 'teen'], ['четырнадцати', 14, 'teen'],
  ['пятнадцати', 15, 'teen'], ['шестнадцати', 16, 'teen'], ['семнадцати', 17, 'teen'], ['восемнадцати', 18, 'teen'],
  ['девятнадцати', 19, 'teen'], ['двадцати', 20, 'ten'], ['тридцати', 30, 'ten'], ['сорока', 40, 'ten'],
  ['пятидесяти', 50, 'ten'], ['шестидесяти', 60, 'ten'], ['семидесяти', 70, 'ten'], ['восьмидесяти', 80, 'ten'],
  ['девяноста', 90, 'ten'], ['десяти', 10, 'teen'], ['одно', 1, 'unit'], ['двух', 2, 'unit'], ['дву', 2, 'unit'],
  ['трех', 3, 'unit'], ['трёх', 3, 'unit'], ['четырех', 4, 'unit'], ['четырёх', 4, 'unit'], ['пяти', 5, 'unit'],
  ['шести', 6, 'unit'], ['семи', 7, 'unit'], ['восьми', 8, 'unit'], ['девяти', 9, 'unit'], ['сто', 100, 'hundred'],
];

/** Measure stems a Russian compound adjective ends with, and what they measure. */
export type CompoundMeasure = 'year' | 'day' | 'week' | 'month' | 'hour' | 'minute' | 'percent';
const RU_MEASURE_STEMS: ReadonlyArray<[RegExp, CompoundMeasure]> = [
  [/^летн/, 'year'], [/^годичн/, 'year'], [/^дневн/, 'day'], [/^суточн/, 'day'], [/^недельн/, 'week'],
  [/^месячн/, 'month'], [/^часов(?:ой|ого|ому|ым|ом|ая|ую|ые|ых)$/, 'hour'], [/^минутн/, 'minute'], [/^процентн/, 'percent'],
];

/** The measure of a compound adjective's tail ("летнего" → year); also after digits: "18-летнего", "10-дневный". */
export function ruMeasureAdjective(tail: string): CompoundMeasure | undefined {
  const t = tail.toLowerCase();
  return RU_MEASURE_STEMS.find(([re]) => re.test(t))?.[1];
}

/**
 * A Russian compound adjective that states a quantity: "восемнадцатилетнего" (18 years),
 * "десятидневный" (10 days), "двадцатипятилетнего" (25 years), "трехмесячный" (3 months).
 * Numbers descend as in a numeral (tens, then units); the rest of the word must be a measure.
 */
export function ruCompoundQuantity(word: string): { value: number; kind: CompoundMeasure } | undefined {
  const w = word.toLowerCase();
  let rest = w;
  let value = 0;
  let last: Rank | undefined;
  for (;;) {
    const hit = RU_COMBINING.find(([stem, , rank]) => rest.startsWith(stem) && (!last || descends(last, rank)));
    if (!hit) break;
    value += hit[1];
    last = hit[2];
    rest = rest.slice(hit[0].length);
  }
  if (!value || rest === w) return undefined;
  const kind = ruMeasureAdjective(rest);
  return kind ? { value, kind } : undefined;
}
