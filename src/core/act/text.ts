/** Small text helpers shared by the parser's modules. */

/** Dashes a drafter may type between a term and its definition or inside a range. */
export const DASH = '[-‐‑‒–—―]';
export const DASH_RE = /[-‐‑‒–—―]/;

/** A unit number as written: "5", "12-1", "3-2-1" (inserted units). */
export const NUM = '\\d+(?:-\\d+)*';

/** Offset of the first non-space character (or text.length). */
export function leadingSpace(text: string): number {
  const m = /^[\s\u00a0\ufeff]*/.exec(text);
  return m ? m[0].length : 0;
}

export function isBlank(text: string): boolean {
  return /^[\s\u00a0\ufeff]*$/.test(text);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "IV" → 4; undefined when it is not a roman numeral. */
export function romanToInt(roman: string): number | undefined {
  // Kazakh and Russian texts often type roman numerals with Cyrillic look-alikes: І (U+0406), Х.
  const s = roman.replace(/І/g, 'I').replace(/Х/g, 'X');
  if (!/^[IVXLC]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

/** Compare unit numbers "12" < "12-1" < "12-2" < "13". */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}
