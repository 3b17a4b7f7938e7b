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

/** The global twin of a non-global regex, made once: a new RegExp per call costs more than its match. */
const globalTwin = new WeakMap<RegExp, RegExp>();
function asGlobal(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globalTwin.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags + 'g');
    globalTwin.set(re, g);
  }
  return g;
}

/** Every match of a global regex inside [from, to) of the text, with absolute offsets. */
export function matchesIn(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const out: Match[] = [];
  scan(re, text, from, to, (m) => {
    out.push(m);
    return true;
  });
  return out;
}

/** The first match at or after `from`, if any. */
export function firstIn(re: RegExp, text: string, from = 0, to = text.length): Match | undefined {
  let first: Match | undefined;
  scan(re, text, from, to, (m) => {
    first = m;
    return false;
  });
  return first;
}

/** Calls `take` with each match in order while it returns true. */
function scan(re: RegExp, text: string, from: number, to: number, take: (m: Match) => boolean): void {
  re = asGlobal(re);
  const slice = to < text.length ? text.slice(0, to) : text;
  re.lastIndex = from;
  try {
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (!take({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups })) break;
      if (m[0].length === 0) re.lastIndex++;
    }
  } finally {
    re.lastIndex = 0;
  }
}
