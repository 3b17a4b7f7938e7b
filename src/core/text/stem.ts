/**
 * The one stemmer of the project. Russian words go through the Snowball Russian stemmer (the
 * `snowball-stemmers` port of snowball.tartarus.org); Kazakh has no Snowball stemmer, so Kazakh
 * words lose their endings by a suffix stripper, applied up to three times because Kazakh stacks
 * plural, possessive and case suffixes (мүше-лер-і-нің). Words are folded first (fold.ts).
 */
import { newStemmer } from 'snowball-stemmers';
import type { Language } from '../language';
import { fold } from './fold';

const russian = newStemmer('russian');

/** A Kazakh suffix is stripped only while at least this many letters stay. */
const KK_MIN_STEM = 3;

const KK_SUFFIXES = [
  // case
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді',
  'ты', 'ті', 'нда', 'нде', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен',
  'бен', 'пен', 'менен', 'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі',
  // plural
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  // possessive
  'ымыз', 'іміз', 'ыңыз', 'іңіз', 'сы', 'сі', 'ы', 'і', 'ым', 'ім', 'ың', 'ің',
  // frequent verb forms in legal texts
  'ылады', 'іледі', 'лады', 'леді', 'ады', 'еді', 'йды', 'йді', 'ған', 'ген', 'қан', 'кен', 'уға', 'уге',
  'атын', 'етін', 'йтын', 'йтін', 'ып', 'іп', 'уы', 'уі', 'у', 'сыз', 'сіз', 'лық', 'лік', 'дық', 'дік',
  'тық', 'тік', 'шы', 'ші',
];

/** Suffixes grouped by length, longest first: one set lookup per length instead of a scan. */
const KK_GROUPS: [number, Set<string>][] = (() => {
  const groups = new Map<number, Set<string>>();
  for (const e of KK_SUFFIXES) groups.set(e.length, (groups.get(e.length) ?? new Set()).add(e));
  return [...groups.entries()].sort((a, b) => b[0] - a[0]);
})();

function stripKazakhOnce(word: string): string {
  for (const [length, set] of KK_GROUPS) {
    if (word.length - length >= KK_MIN_STEM && set.has(word.slice(-length))) return word.slice(0, -length);
  }
  return word;
}

/** Stem of a folded Kazakh word: up to three stacked suffixes off. */
export function stemKazakh(word: string): string {
  let w = fold(word);
  for (let i = 0; i < 3; i++) {
    const next = stripKazakhOnce(w);
    if (next === w) break;
    w = next;
  }
  return w;
}

/** Stem of a folded Russian word by Snowball. */
export function stemRussian(word: string): string {
  return russian.stem(fold(word));
}

/** Letters only Kazakh has: a word with one of them is Kazakh whatever the text's language. */
const KAZAKH_ONLY = /[әғқңөұүһі]/i;

/** Stems by word: one map for Kazakh texts, one for the others (where a word's letters decide). */
const caches = { kk: new Map<string, string>(), other: new Map<string, string>() };
const CACHE_LIMIT = 200_000;

/** Stem of one word; Kazakh rules apply when the text is Kazakh or the word has a Kazakh-only letter. */
export function stem(word: string, language?: Language): string {
  const cache = language === 'kk' ? caches.kk : caches.other;
  let out = cache.get(word);
  if (out === undefined) {
    out = language === 'kk' || KAZAKH_ONLY.test(word) ? stemKazakh(word) : stemRussian(word);
    if (cache.size < CACHE_LIMIT) cache.set(word, out);
  }
  return out;
}
