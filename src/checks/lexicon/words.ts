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
  const bare = withoutLeadingWordStart(re);
  re = bare ?? asGlobal(re);
  const slice = to < text.length ? text.slice(0, to) : text;
  re.lastIndex = from;
  try {
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (bare && LETTER_OR_DIGIT_BEFORE.test(slice.slice(Math.max(0, m.index - 2), m.index))) {
        // No word start here, so no match of the full pattern here either: look again one character on.
        re.lastIndex = m.index + (slice.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      if (!take({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups })) break;
      if (m[0].length === 0) re.lastIndex++;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** The last character of a string is a letter or a digit (the look-behind of WB, tested by hand). */
const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * A pattern whose every alternative opens with WB, as a global regex without those WBs; null when
 * it is not of that shape. The engine tries a leading look-behind at every position of the text,
 * which made it the most part of most rules' time; without it, it jumps to where an alternative's
 * first letter is. The start is then tested once per match found (scan): where WB fails there,
 * every alternative fails (WB opens each and is zero-width), so the search goes on from the next
 * character, and the matches are those of the full pattern, in order.
 */
const bareTwin = new WeakMap<RegExp, RegExp | null>();
function withoutLeadingWordStart(re: RegExp): RegExp | null {
  let bare = bareTwin.get(re);
  if (bare === undefined) {
    const alternatives = topLevelAlternatives(re.source);
    bare =
      !re.sticky && alternatives.every((a) => a.startsWith(WB) && a.length > WB.length)
        ? new RegExp(alternatives.map((a) => a.slice(WB.length)).join('|'), re.global ? re.flags : re.flags + 'g')
        : null;
    bareTwin.set(re, bare);
  }
  return bare;
}

/** The source split at its top-level "|" (outside groups and classes, escapes skipped). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}
