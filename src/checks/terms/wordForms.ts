/**
 * Matching words in their inflected forms. Russian and Kazakh inflect by endings (оператор,
 * оператором, операторов; мүшесі, мүшелерінің), so a word of a term matches a word of the text
 * when the text word starts with the term word's stem (core/text/stem.ts), or with that stem as
 * other forms write it: a vowel that drops (порядок → порядка, перечень → перечня; kk орын → орны,
 * халық → халқы) and, in Kazakh, a final consonant voiced before a vowel (кітап → кітабы,
 * тілек → тілегі). Words of up to three letters are matched whole; the parts of a hyphenated word
 * one by one (ребенок-сирота → ребенка-сироты).
 */
import type { Act } from '../../core/act/types';
import type { Language } from '../../core/language';
import { fold } from '../../core/text/fold';
import { stem } from '../../core/text/stem';

export interface Token {
  word: string;
  /** Folded (lower case, ё → е). */
  folded: string;
  start: number;
  end: number;
}

/** Bounded: a run of millions of letters overflows the regexp backtrack stack; no real word is near 64 characters, and a longer run is only cut in pieces. */
const WORD = /[\p{L}\d]{1,64}(?:-[\p{L}\d]{1,64}){0,9}/gu;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  // Folded once for the whole text and sliced (a call per word cost as much as finding the words),
  // unless lower-casing changed the length (a letter like "İ"), where slices would not line up.
  const whole = fold(text);
  const aligned = whole.length === text.length;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ word: m[0], folded: aligned ? whole.slice(start, end) : fold(m[0]), start, end });
  }
  return out;
}

const RU_FLEETING = /^(.*[бвгджзклмнпрстфхцчшщй])[оеё]([бвгджзклмнпрстфхцчшщ])$/;
const KK_FLEETING = /^(.*[бвгғджзйклмнңпрстфхқцчшщ])[ыі]([бвгғджзйклмнңпрстфхқцчшщ])$/;
const KK_VOICED: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };
const KAZAKH_ONLY = /[әғқңөұүһі]/;

/** For each hyphen-joined part of a word, the starts its inflected forms can have. */
export function wordStarts(word: string, language: Language): string[][] {
  return fold(word).split('-').map((part) => partStarts(part, language));
}

/** The starts an inflected form of one word can have: its stem, and the stem as other forms write it. */
function partStarts(w: string, language: Language): string[] {
  if (w.length <= 3) return [w];
  const s = stem(w, language);
  const out = [s];
  const kazakh = language === 'kk' || KAZAKH_ONLY.test(w);
  const fleeting = (kazakh ? KK_FLEETING : RU_FLEETING).exec(s);
  if (fleeting) out.push(fleeting[1] + fleeting[2]);
  const voiced = kazakh ? KK_VOICED[s[s.length - 1]] : undefined;
  if (voiced) out.push(s.slice(0, -1) + voiced);
  return out;
}

export interface Phrase {
  /** For each word, the starts its forms can have, part by part (wordStarts). */
  starts: string[][][];
  /** Compare the first letter's case too (acronyms, capitalised short forms: "Реестр" ≠ "реестр"). */
  caseSensitive: boolean;
  /** The original words (for case-sensitive comparison). */
  words: string[];
}

export function phrase(text: string, language: Language, caseSensitive = false): Phrase {
  const t = tokens(text);
  return { starts: t.map((x) => wordStarts(x.word, language)), words: t.map((x) => x.word), caseSensitive };
}

/** Start of each occurrence of the phrase among the tokens. */
export function occurrences(toks: readonly Token[], p: Phrase): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!p.starts.length) return out;
  for (let i = 0; i + p.starts.length <= toks.length; i++) {
    let ok = true;
    for (let k = 0; k < p.starts.length && ok; k++) {
      const t = toks[i + k];
      if (!formOf(t.folded, p.starts[k])) ok = false;
      else if (p.caseSensitive && t.word[0] !== p.words[k][0]) ok = false;
      // A heading in capitals ("КОНСТИТУЦИОННЫЙ СУД") is not a use of a capitalised short form.
      else if (p.caseSensitive && !isAcronym(p.words[k]) && isAcronym(t.word)) ok = false;
      // An acronym matches itself, or itself with a Kazakh case ending after a hyphen (ЕРЗТС-ке).
      else if (p.caseSensitive && isAcronym(p.words[k]) && !(t.word === p.words[k] || t.word.startsWith(p.words[k] + '-'))) ok = false;
    }
    if (ok) out.push({ start: toks[i].start, end: toks[i + p.starts.length - 1].end });
  }
  return out;
}

/** The folded text word is a form of the word whose starts are given: each part begins as that part does (more parts may follow: ЕРЗТС-ке). */
function formOf(folded: string, starts: readonly string[][]): boolean {
  // One part (most words): a start holds no hyphen, so it begins the word exactly when it begins its first part.
  if (starts.length === 1) return starts[0].some((s) => folded.startsWith(s));
  const parts = folded.split('-');
  return starts.every((alternatives, i) => parts[i] !== undefined && alternatives.some((s) => parts[i].startsWith(s)));
}

export function isAcronym(word: string): boolean {
  return /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}$/u.test(word);
}

/** Paragraph roles whose words count as uses of a term. */
const USE_ROLES = new Set(['norm', 'heading', 'quote', 'preamble']);

export { isConsolidatedEdition } from '../../core/act/notes';

/** Per act, computed on first use: a paragraph's folded text and its tokens (undefined: not yet). */
interface ActWords {
  folded: Array<string | undefined>;
  tokens: Array<Token[] | undefined>;
}
const cache = new WeakMap<Act, ActWords>();
function actWords(act: Act): ActWords {
  let w = cache.get(act);
  if (!w) {
    w = { folded: [], tokens: [] };
    cache.set(act, w);
  }
  return w;
}

/** Whether the paragraph's words count as uses of a term (its role). */
export function canUseTerms(act: Act, paragraph: number): boolean {
  return USE_ROLES.has(act.paragraphs[paragraph]?.role);
}

/**
 * Tokens of a paragraph that can use a term, undefined for one that cannot; tokenised on first
 * use and kept per act: rules ask about few paragraphs (see mayHold), and tokenising a whole code
 * word by word is most of the cost of the term rules.
 */
export function paragraphTokens(act: Act, paragraph: number): Token[] | undefined {
  if (!canUseTerms(act, paragraph)) return undefined;
  const w = actWords(act);
  return (w.tokens[paragraph] ??= tokens(act.doc.paragraphs[paragraph].text));
}

/**
 * A cheap test before tokenising: can the paragraph hold the phrase? Every occurrence's first
 * word starts with one of the starts of the phrase's first word, so the folded paragraph text
 * contains that start. (Folding a word alone and inside its text give the same letters, but for
 * the Greek final sigma, which lower case writes by context: such a start is not pre-tested.)
 */
export function mayHold(act: Act, paragraph: number, p: Phrase): boolean {
  if (!canUseTerms(act, paragraph)) return false;
  const first = p.starts[0]?.[0];
  if (!first) return false;
  const w = actWords(act);
  const folded = (w.folded[paragraph] ??= fold(act.doc.paragraphs[paragraph].text));
  return first.some((s) => /[σς]/.test(s) || folded.includes(s));
}
