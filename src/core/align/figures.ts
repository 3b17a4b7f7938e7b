/**
 * Figures of a norm: quantities with a measure (hours, days, months, years/age, percent, МРП/АЕК,
 * tenge, times, "-fold") and calendar dates, with the exact words they occupy. A number counts
 * only when a measure follows it: a bare "одного" / "бір" ("бір мезгілде" = at the same time),
 * an ordinal ("двадцатого числа") or an article number is not a figure. Written as digits or
 * in words, Russian or Kazakh, the same quantity gives the same Figure value.
 */
import type { Language } from '../language';
import { kkHasEnding, numeralWord, readNumeral, ruCompoundQuantity, ruMeasureAdjective, ruMultiplier } from './numerals';

export type FigureKind =
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'year'
  | 'percent'
  | 'mrp'
  | 'tenge'
  | 'times'
  | 'fold'
  | 'date';

export interface Figure {
  kind: FigureKind;
  /** The quantity; for dates yyyymmdd as a number. */
  value: number;
  /** Offsets in the text: the number (with a leading "не менее"/"кемінде" etc.) through the measure. */
  start: number;
  end: number;
  /** Working vs calendar days, when said: a real difference between texts too. */
  qualifier?: 'working' | 'calendar';
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isNumber: boolean;
}

const TOKEN = /\d{1,64}(?:[ \u00a0]\d{3}){0,20}(?:[.,]\d{1,64})?|\p{L}{1,64}(?:-\p{L}{1,64}){0,9}|%/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, isNumber: /^\d/.test(m[0]) });
  }
  return out;
}

interface MeasureMatch {
  kind: FigureKind;
  /** Tokens used by the measure (1 for most, 3 for "месячных расчетных показателей"). */
  length: number;
  qualifier?: Figure['qualifier'];
}

/** Adjectives that may stand between the number and the measure. */
const RU_BETWEEN: Record<string, Figure['qualifier'] | null> = {
  рабочих: 'working', рабочего: 'working', рабочий: 'working', рабочим: 'working', рабочими: 'working',
  календарных: 'calendar', календарного: 'calendar', календарный: 'calendar', календарным: 'calendar',
  полных: null, полного: null, последовательных: null, последних: null, банковских: null, банковского: null,
  очередных: null, следующих: null,
};
const KK_BETWEEN: Record<string, Figure['qualifier'] | null> = {
  жұмыс: 'working', күнтізбелік: 'calendar', толық: null, қатарынан: null, соңғы: null, банктік: null,
};

function measureAt(tokens: readonly Token[], i: number, language: Language): MeasureMatch | undefined {
  const w = tokens[i]?.lower;
  if (w === undefined) return undefined;
  if (w === '%') return { kind: 'percent', length: 1 };
  if (language === 'ru') {
    if (/^месячн/.test(w) && /^расчетн|^расчётн/.test(tokens[i + 1]?.lower ?? '') && /^показател/.test(tokens[i + 2]?.lower ?? '')) {
      return { kind: 'mrp', length: 3 };
    }
    if (w === 'мрп') return { kind: 'mrp', length: 1 };
    if (/^минут(а|ы|у|ой|е|ам|ами|ах)?$/.test(w)) return { kind: 'minute', length: 1 };
    if (/^час(а|у|ом|е|ов|ам|ами|ах)?$/.test(w)) return { kind: 'hour', length: 1 };
    if (/^(день|дня|дню|днем|днём|дне|дней|дням|днями|днях|сутки|суток|суткам|сутками)$/.test(w)) return { kind: 'day', length: 1 };
    if (/^недел(я|и|ю|е|ей|ь|ям|ями|ях)$/.test(w)) return { kind: 'week', length: 1 };
    if (/^месяц(а|у|ем|е|ев|ам|ами|ах)?$/.test(w)) return { kind: 'month', length: 1 };
    if (/^(год|года|году|годом|годе|годам|годами|годах|лет)$/.test(w)) return { kind: 'year', length: 1 };
    if (/^процент(а|у|ом|е|ов|ам|ами|ах)?$/.test(w)) return { kind: 'percent', length: 1 };
    if (w === 'тенге') return { kind: 'tenge', length: 1 };
    if (/^раз(а)?$/.test(w)) return { kind: 'times', length: 1 };
    return undefined;
  }
  if (/^айлық$/.test(w) && /^есептік$/.test(tokens[i + 1]?.lower ?? '') && /^көрсеткіш/.test(tokens[i + 2]?.lower ?? '')) {
    return { kind: 'mrp', length: 3 };
  }
  if (w === 'аек') return { kind: 'mrp', length: 1 };
  if (/^минут/.test(w)) return { kind: 'minute', length: 1 };
  if (/^сағат(ы|қа|та|тан|тың|ын|ынан|ында|тық)?$/.test(w)) return { kind: 'hour', length: 1 };
  if (/^(күн|күні|күнге|күнде|күннен|күнін|күннің|күніне|күнінен|күнінде|күндер|күндерде|күндік|тәулік|тәулікке|тәулікте|тәуліктен|тәулігі)$/.test(w)) {
    return { kind: 'day', length: 1 };
  }
  if (/^апта(ға|да|дан|ның|сы|ны|лық)?$/.test(w)) return { kind: 'week', length: 1 };
  // "үш айлық мерзім": "айлық" after a number is "months long" ("айлық есептік көрсеткіш" is read above).
  if (/^ай(ы|ға|да|дан|дың|дағы|ын|ынан|ында|ына|лар|дық|лық)?$/.test(w)) return { kind: 'month', length: 1 };
  if (/^(жыл|жылы|жылға|жылда|жылдан|жылдың|жылын|жылынан|жылында|жылдық|жас|жастан|жасқа|жаста|жастағы|жасы|жасынан|жасына|жасында)$/.test(w)) {
    return { kind: 'year', length: 1 };
  }
  if (/^пайыз/.test(w)) return { kind: 'percent', length: 1 };
  if (/^теңге/.test(w)) return { kind: 'tenge', length: 1 };
  if (/^рет(ке|те|тен)?$/.test(w)) return { kind: 'times', length: 1 };
  if (/^есе(лен\S*)?$/.test(w)) return { kind: 'fold', length: 1 };
  return undefined;
}

/** "не менее", "не более", "до", "кемінде", "аспайтын" … right before the number: part of the value phrase. */
const RU_BOUND = [['не', 'менее'], ['не', 'более'], ['не', 'позднее'], ['не', 'ранее'], ['не', 'свыше'], ['свыше'], ['до']];
const KK_BOUND = [['кемінде'], ['кемiнде'], ['астам'], ['дейін']];

function boundBefore(tokens: readonly Token[], i: number, language: Language): number {
  for (const seq of language === 'ru' ? RU_BOUND : KK_BOUND) {
    const from = i - seq.length;
    if (from < 0) continue;
    if (seq.every((w, k) => tokens[from + k].lower === w)) return from;
  }
  return i;
}

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

function ruMonth(w: string): number {
  if (w === 'мая' || w === 'май' || w === 'мае') return 5;
  if (w === 'марта' || w === 'март' || w === 'марте') return 3;
  const i = RU_MONTHS.findIndex((p, k) => k !== 4 && k !== 2 && w.startsWith(p));
  return i + 1;
}

function kkMonth(w: string): number {
  return KK_MONTHS.findIndex((p) => w.startsWith(p)) + 1;
}

/** Calendar dates: "1 января 2027 года", "«15» марта 2026 г.", "2027 жылғы 1 қаңтар(дан)". */
export function findDates(text: string, language: Language): Figure[] {
  const out: Figure[] = [];
  const re = language === 'ru'
    ? /«?(\d{1,2})»?\s+([а-яё]+)\s+(\d{4})(?:\s+(?:года|год|г\.))?/giu
    : /(\d{4})\s+жыл(?:ғы|ы)\s+«?(\d{1,2})»?\s+([а-яәғқңөұүһі]+)/giu;
  for (const m of text.matchAll(re)) {
    const [day, monthWord, year] = language === 'ru' ? [m[1], m[2], m[3]] : [m[2], m[3], m[1]];
    const month = language === 'ru' ? ruMonth(monthWord.toLowerCase()) : kkMonth(monthWord.toLowerCase());
    if (month <= 0 || Number(day) < 1 || Number(day) > 31) continue;
    out.push({ kind: 'date', value: Number(year) * 10000 + month * 100 + Number(day), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function numberValue(token: Token): number {
  return Number(token.text.replace(/[ \u00a0]/g, '').replace(',', '.'));
}

/** Cheap test before tokenizing: no measure word, no figure (most paragraphs of a long code). */
const MAY_HAVE_FIGURE: Record<Language, RegExp> = {
  ru: /(?:^|[^а-яё])(?:час|дн[яеи]|день|сут|недел|месяц|год|лет(?![а-яё])|процент|месячн|мрп|тенге|минут|раза?(?![а-яё]))|кратн|[а-яё-](?:летн|годичн|дневн|суточн|недельн|месячн|часов|минутн|процентн)|%|\d{4}/iu,
  kk: /(?:^|[^а-яәғқңөұүһі])(?:сағат|күн|тәулік|апта|ай|жыл|жас|пайыз|айлық|аек|теңге|минут|рет|есе)|%/iu,
};

/**
 * What one lower-case word can be, answered once per word: a long code holds a few thousand
 * distinct words and asks about each of them thousands of times. Bounded, for unbounded input.
 */
interface WordFacts {
  multiplier?: number;
  compound?: ReturnType<typeof ruCompoundQuantity>;
  numeral: boolean;
}
const wordFacts: Record<Language, Map<string, WordFacts>> = { ru: new Map(), kk: new Map() };
function factsOf(lower: string, language: Language): WordFacts {
  const known = wordFacts[language];
  let f = known.get(lower);
  if (!f) {
    f =
      language === 'ru'
        ? { multiplier: ruMultiplier(lower), compound: ruCompoundQuantity(lower), numeral: numeralWord(lower, language) !== undefined }
        : { numeral: numeralWord(lower, language) !== undefined };
    if (known.size >= 50_000) known.clear();
    known.set(lower, f);
  }
  return f;
}

/** Every figure of the text, in order. */
export function extractFigures(text: string, language: Language): Figure[] {
  if (!MAY_HAVE_FIGURE[language].test(text)) return [];
  const dates = findDates(text, language);
  const inDate = (pos: number): boolean => dates.some((d) => pos >= d.start && pos < d.end);
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.lower);
  const out: Figure[] = [...dates];
  for (let i = 0; i < tokens.length; i++) {
    if (inDate(tokens[i].start)) continue;
    const facts = tokens[i].isNumber ? undefined : factsOf(tokens[i].lower, language);
    // "трехкратной величины": the multiplier is inside the adjective.
    if (language === 'ru') {
      const k = facts?.multiplier;
      if (k !== undefined) {
        out.push({ kind: 'fold', value: k, start: tokens[i].start, end: tokens[i].end });
        continue;
      }
    }
    // "восемнадцатилетнего возраста", "в десятидневный срок": the quantity is one adjective;
    // "18-летнего", "10-дневный": digits joined to the measure adjective by a hyphen.
    if (language === 'ru') {
      const q = facts?.compound;
      if (q) {
        out.push({ kind: q.kind, value: q.value, start: tokens[i].start, end: tokens[i].end });
        continue;
      }
      const next = tokens[i + 1];
      if (tokens[i].isNumber && next && text[tokens[i].end] === '-' && next.start === tokens[i].end + 1) {
        const kind = ruMeasureAdjective(next.lower);
        if (kind) {
          out.push({ kind, value: numberValue(tokens[i]), start: tokens[i].start, end: next.end });
          i++;
          continue;
        }
      }
    }
    let value: number | undefined;
    let length = 0;
    if (tokens[i].isNumber) {
      value = numberValue(tokens[i]);
      length = 1;
      // A label or reference number ("статьи 7", "7-бабы", "1)") is not followed by a measure: falls out below.
      if (/^[-).]/.test(text.slice(tokens[i].end, tokens[i].end + 1)) && !/^\.\d/.test(text.slice(tokens[i].end))) continue;
    } else {
      // readNumeral starts only on a numeral word: most words are asked once, from the table.
      const n = facts?.numeral ? readNumeral(lower, i, language) : undefined;
      // A Kazakh numeral with a case ending ends its phrase: no measure noun follows it.
      if (n && !(language === 'kk' && kkHasEnding(tokens[i + n.length - 1].lower))) {
        value = n.value;
        length = n.length;
      }
    }
    if (value === undefined) continue;
    let j = i + length;
    // "15 (пятнадцати) рабочих дней": the words in brackets repeat the digits.
    if (tokens[i].isNumber && text.slice(tokens[i].end, tokens[j]?.start ?? tokens[i].end).includes('(')) {
      const n = readNumeral(lower, j, language);
      if (n) j += n.length;
    }
    let qualifier: Figure['qualifier'];
    const between = language === 'ru' ? RU_BETWEEN : KK_BETWEEN;
    for (let k = 0; k < 2 && tokens[j] && tokens[j].lower in between; k++, j++) {
      qualifier = between[tokens[j].lower] ?? qualifier;
    }
    const measure = measureAt(tokens, j, language);
    if (!measure) continue;
    const last = tokens[j + measure.length - 1];
    const from = boundBefore(tokens, i, language);
    out.push({ kind: measure.kind, value, start: tokens[from].start, end: last.end, ...(qualifier ? { qualifier } : {}) });
    i = j + measure.length - 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
