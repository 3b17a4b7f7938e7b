/**
 * Text normalisation and search terms for Russian and Kazakh, shared by search and title lookup.
 * A term is a word's stem by the project's one stemmer (core/text/stem.ts).
 */
import type { Language } from '../core/language';
import { fold } from '../core/text/fold';
import { stem } from '../core/text/stem';

/** Latin look-alikes that occur inside Cyrillic words of the sources (kk "i" for "і", "ə" for "ә"). */
const LOOKALIKES: Record<string, string> = {
  i: 'і', ə: 'ә', a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', h: 'һ',
};

/** Folded (fold.ts), Latin look-alikes inside Cyrillic words → Cyrillic. */
export function normalizeText(text: string): string {
  const lower = fold(text);
  // Fast path: most texts have no Latin letters at all.
  if (!/[a-zə]/.test(lower)) return lower;
  return lower.replace(/[a-zə\u0400-\u04ff]+/g, (word) =>
    /[\u0400-\u04ff]/.test(word) ? word.replace(/[iəaeopcxykh]/g, (ch) => LOOKALIKES[ch] ?? ch) : word,
  );
}

const STOPWORDS = new Set(
  (
    'и в во на с со по к ко о об от до из за для при не ни что как а или либо ли же бы быть был была было были ' +
    'является являются этот эта это эти того той том тем настоящего настоящей настоящий настоящим который которая ' +
    'которые которых которым его ее их он она они оно в том числе так также только лишь может могут ' +
    'және мен бен пен да де та те осы бұл сол үшін немесе не ол оның олар бойынша тиіс болып табылады ' +
    'оған оны одан соның сондай ақ мүмкін'
  ).split(/\s+/),
);

/** Words of a text: normalised, split at anything but a letter (hyphenated words split too), stop words and numbers dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of normalizeText(text).split(/[^a-zа-яәғқңөұүһі]+/)) {
    if (w.length > 1 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Search terms of a text: its words, stemmed. */
export function terms(text: string, language?: Language): string[] {
  return words(text).map((w) => stem(w, language));
}
