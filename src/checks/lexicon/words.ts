/**
 * Word-level regex helpers for Russian and Kazakh Cyrillic. JavaScript's `\b` knows only Latin
 * letters, so word edges are written as look-arounds over Unicode letters and digits.
 */

/** Start of a word: no letter or digit right before. */
export const WB = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit right after. */
export const WE = '(?![\\p{L}\\p{N}])';
/** Spaces a drafter may type, the non-breaking one included. */
export const SP = '[\\s\\u00a0]+';
/** Spaces that may be absent ("т.д." and "т. д."). */
export const SP_OPT = '[\\s\\u00a0]*';
/** One whole word (letters, inner hyphens). */
export const WORD = '[\\p{L}][\\p{L}\\-]*';

/** A regex for whole-word alternatives; spaces inside the alternatives match any run of spaces. */
export function words(alternatives: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`${WB}(?:${alternatives.map(spaced).join('|')})${WE}`, flags);
}

/** Turns literal spaces of a pattern into "any spaces". */
export function spaced(pattern: string): string {
  return pattern.replace(/ /g, SP);
}

export interface Match {
  start: number;
  end: number;
  text: string;
  groups?: Record<string, string | undefined>;
}

/** Every match of a global regex inside [from, to) of the text, with absolute offsets. */
export function matchesIn(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  if (!re.global) re = new RegExp(re.source, re.flags + 'g');
  const out: Match[] = [];
  const slice = text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups });
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** The first match at or after `from`, if any. */
export function firstIn(re: RegExp, text: string, from = 0, to = text.length): Match | undefined {
  return matchesIn(re, text, from, to)[0];
}
