/**
 * What the substantive rules read: the text of norms and of quoted new wordings, never titles,
 * headings, editorial notes or signatures. In amending instructions the words being struck out
 * ("слова «X» заменить…", "«X» деген сөздер…") are blanked, so that a rule does not flag text the
 * draft removes; the new words and whole new wordings stay. Offsets are kept (blanking = spaces).
 */
import type { Act } from '../../core/act/types';
import type { Language } from '../../core/language';
import { type Match, matchesIn } from './words';

export interface NormText {
  paragraph: number;
  /** The paragraph text with struck-out words blanked; same length as the original. */
  text: string;
  /** Innermost unit of the paragraph. */
  unitId?: string;
  /** True when the paragraph is (partly) a quoted new wording of another act. */
  inQuote: boolean;
}

/** Struck-out words: «…» right after "слова/слово/цифры/цифру/знак" (ru). */
const RU_OLD_BEFORE = /(?:^|[\s\u00a0])(?:слова|слово|цифры|цифру|цифра|знаки|знак|символ|символы)[\s\u00a0]*$/iu;
/** …or right before "деген сөз(дер)" / "деген цифр(лар)" not followed by "-мен" (kk). */
const KK_OLD_AFTER = /^[\s\u00a0]*деген[\s\u00a0]+(?:сөз|сөздер|цифр|цифрлар|сан|сандар|белгі|белгілер)(?![\p{L}])/iu;

const cache = new WeakMap<Act, NormText[]>();

/** The paragraphs whose text the substantive rules check, in order (memoised per Act). */
/**
 * The norm texts where the act's language pattern matches, with the matches. `trigger` is a cheap
 * test of the whole paragraph that every match needs, so most paragraphs skip the pattern.
 */
export function* normMatches(act: Act, trigger: RegExp, pattern: Readonly<Record<Language, RegExp>>): Generator<{ norm: NormText; found: Match[] }> {
  for (const norm of normTexts(act)) {
    if (!trigger.test(norm.text)) continue;
    const found = matchesIn(pattern[act.language], norm.text);
    if (found.length) yield { norm, found };
  }
}

export function normTexts(act: Act): NormText[] {
  const hit = cache.get(act);
  if (hit) return hit;
  const out: NormText[] = [];
  act.paragraphs.forEach((info, i) => {
    const inQuote = info.role === 'quote' || info.quote !== undefined;
    if (info.role !== 'norm' && info.role !== 'quote') return;
    const raw = act.doc.paragraphs[i]?.text ?? '';
    if (!raw.trim()) return;
    const text = foldLatinI(info.role === 'quote' ? raw : blankStruckWords(raw));
    out.push({ paragraph: i, text, unitId: info.unitId, inQuote });
  });
  cache.set(act, out);
  return out;
}

/**
 * Kazakh texts copied from older sources type the Kazakh "і"/"І" as the Latin "i"/"I" inside Cyrillic
 * words ("кемсiтуге", "бәрi"). The rules match Kazakh letters, so fold them (one letter for one:
 * offsets unchanged; the quote a person sees is still taken from the document itself).
 */
export function foldLatinI(text: string): string {
  if (!/[iI]/.test(text)) return text;
  return text.replace(/(?<=[\u0400-\u04FF])[iI]|[iI](?=[\u0400-\u04FF])/g, (c) => (c === 'i' ? 'і' : 'І'));
}

/** Replaces the words an instruction strikes out with spaces (offsets unchanged). */
export function blankStruckWords(text: string): string {
  if (!text.includes('«')) return text;
  let out = text;
  const re = /«([^«»]*)»/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (RU_OLD_BEFORE.test(before) || KK_OLD_AFTER.test(after)) {
      out = out.slice(0, m.index + 1) + ' '.repeat(m[1].length) + out.slice(m.index + 1 + m[1].length);
    }
  }
  return out;
}
