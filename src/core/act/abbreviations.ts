/**
 * Abbreviations introduced in the text: "(далее – X)", "(далее - X)", "(далее — «X»)",
 * "(бұдан әрі – X)". `full` is what X stands for when it can be told: the quoted name just
 * before, the words whose initials spell an acronym, or (ru) the phrase starting with the word X
 * shortens ("оператор специализированной стоянки (далее – оператор)").
 */
import type { Abbreviation, Act } from './types';

const INTRO = /\(\s*(?:далее|бұдан\s+әрі|бұдан\s+ әрі)\s*(?:[-–—]|по\s+тексту\s*[-–—]?)\s*([«"“]?)([^()«»"“”]+?)([»"”]?)\s*\)/dgiu;

const READ_ROLES = new Set(['norm', 'quote', 'preamble', 'heading']);

export function findAbbreviations(act: Act): Abbreviation[] {
  const out: Abbreviation[] = [];
  act.doc.paragraphs.forEach((p, i) => {
    if (!READ_ROLES.has(act.paragraphs[i].role)) return;
    const text = p.text;
    if (!/\(\s*(?:далее|бұдан)/i.test(text)) return;
    INTRO.lastIndex = 0;
    for (const m of text.matchAll(INTRO)) {
      const short = m[2].trim();
      const shortStart = m.indices![2]![0] + (m[2].length - m[2].trimStart().length);
      const a: Abbreviation = {
        short,
        range: { paragraph: i, start: shortStart, end: shortStart + short.length },
        introRange: { paragraph: i, start: m.index!, end: m.index! + m[0].length },
      };
      const full = fullOf(text.slice(0, m.index!), short, act.language);
      if (full) a.full = full;
      out.push(a);
    }
  });
  return out;
}

function fullOf(before: string, short: string, lang: 'ru' | 'kk'): string | undefined {
  const b = before.replace(/\s+$/, '');
  // A quoted name right before: «Единый реестр задержанных транспортных средств» (далее – ЕРЗТС).
  if (/[»"”]$/.test(b)) {
    let depth = 0;
    for (let i = b.length - 1; i >= 0; i--) {
      if (b[i] === '»' || b[i] === '”') depth++;
      else if (b[i] === '«' || b[i] === '“') {
        depth--;
        if (depth === 0) return b.slice(i + 1, b.length - 1);
      }
    }
  }
  const words = [...b.matchAll(/[\p{L}\d-]{1,64}/gu)].slice(-14);
  if (!words.length) return undefined;
  // An acronym: the last words whose initials spell it (small words may be skipped).
  if (/^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}$/u.test(short)) {
    const letters = short.toLowerCase();
    let k = letters.length - 1;
    for (let w = words.length - 1; w >= 0 && k >= 0; w--) {
      const first = words[w][0][0].toLowerCase();
      if (first === letters[k]) {
        k--;
        if (k < 0) return b.slice(words[w].index!);
      } else if (words[w][0].length > 3) break;
    }
    return undefined;
  }
  const stem = short.toLowerCase().slice(0, Math.min(5, Math.max(3, short.length - 2)));
  if (lang === 'ru') {
    for (let w = words.length - 1; w >= 0; w--) {
      if (words[w][0].toLowerCase().startsWith(stem)) return b.slice(words[w].index!);
    }
    return undefined;
  }
  // Kazakh puts the head noun last: the phrase from the start of the clause up to the head noun.
  const last = words[words.length - 1];
  if (!last[0].toLowerCase().startsWith(stem)) return undefined;
  const clause = b.slice(Math.max(b.lastIndexOf(','), b.lastIndexOf(';'), b.lastIndexOf(':')) + 1).replace(/^\s*(?:\d+(?:-\d+)*[.)]\s*)?(?:Осы\s+|осы\s+)?/, '').trim();
  return clause || undefined;
}
