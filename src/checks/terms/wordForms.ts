/**
 * Matching words in their inflected forms. Russian and Kazakh inflect by endings (оператор,
 * оператором, операторов; мүшесі, мүшелерінің), so a word of a term matches a word of the text
 * when the text word starts with the term word's stem: short words whole, longer ones cut to
 * their first 3–7 letters.
 */
import type { Act } from '../../core/act/types';

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
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], folded: fold(m[0]), start: m.index!, end: m.index! + m[0].length });
  return out;
}

export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

export function stem(word: string): string {
  const w = fold(word);
  const n = w.length;
  if (n <= 3) return w;
  if (n === 4) return w.slice(0, 3);
  if (n <= 6) return w.slice(0, 4);
  // Adjectives end in two or three letters (-ого, -ых, -ой): keep three letters off.
  return w.slice(0, Math.min(7, n - 3));
}

export interface Phrase {
  stems: string[];
  /** Compare the first letter's case too (acronyms, capitalised short forms: "Реестр" ≠ "реестр"). */
  caseSensitive: boolean;
  /** The original words (for case-sensitive comparison). */
  words: string[];
}

export function phrase(text: string, caseSensitive = false): Phrase {
  const t = tokens(text);
  return { stems: t.map((x) => stem(x.word)), words: t.map((x) => x.word), caseSensitive };
}

/** Start of each occurrence of the phrase among the tokens. */
export function occurrences(toks: readonly Token[], p: Phrase): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!p.stems.length) return out;
  for (let i = 0; i + p.stems.length <= toks.length; i++) {
    let ok = true;
    for (let k = 0; k < p.stems.length && ok; k++) {
      const t = toks[i + k];
      if (!t.folded.startsWith(p.stems[k])) ok = false;
      else if (p.caseSensitive && t.word[0] !== p.words[k][0]) ok = false;
      // A heading in capitals ("КОНСТИТУЦИОННЫЙ СУД") is not a use of a capitalised short form.
      else if (p.caseSensitive && !isAcronym(p.words[k]) && isAcronym(t.word)) ok = false;
      // An acronym matches itself, or itself with a Kazakh case ending after a hyphen (ЕРЗТС-ке).
      else if (p.caseSensitive && isAcronym(p.words[k]) && !(t.word === p.words[k] || t.word.startsWith(p.words[k] + '-'))) ok = false;
    }
    if (ok) out.push({ start: toks[i].start, end: toks[i + p.stems.length - 1].end });
  }
  return out;
}

export function isAcronym(word: string): boolean {
  return /^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}$/u.test(word);
}

/** Paragraph roles whose words count as uses of a term. */
const USE_ROLES = new Set(['norm', 'heading', 'quote', 'preamble']);

export { isConsolidatedEdition } from '../../core/act/notes';

/** Tokens of every paragraph that can use a term (cached per act). */
const cache = new WeakMap<Act, Array<Token[] | undefined>>();
export function paragraphTokens(act: Act): Array<Token[] | undefined> {
  let t = cache.get(act);
  if (!t) {
    t = act.doc.paragraphs.map((p, i) => (USE_ROLES.has(act.paragraphs[i].role) ? tokens(p.text) : undefined));
    cache.set(act, t);
  }
  return t;
}
