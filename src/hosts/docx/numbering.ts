/**
 * Automatic numbering as Word renders it: abstractNum levels (numFmt, lvlText, start, lvlRestart,
 * isLgl), w:num instances with lvlOverride/startOverride, numStyleLink, and counters that a higher
 * level resets. Nums without overrides share the counters of their abstractNum (so a second list
 * built on the same definition continues, as in Word); a num with a startOverride counts alone.
 */
import { attr, childElements, firstChild, isEl, isOn } from './ooxml';
import type { StyleSheet } from './styles';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; 0 = never; undefined = after any higher level. */
  restart?: number;
  isLgl: boolean;
  pStyle?: string;
}

interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

export interface ListLabel {
  label: string;
  listId: string;
  level: number;
}

export class Numbering {
  private readonly abstracts = new Map<string, { levels: Map<number, Level>; numStyleLink?: string }>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(dom: Document | undefined, private readonly w: string, private readonly styles: StyleSheet) {
    const root = dom?.documentElement;
    if (!root) return;
    for (const el of childElements(root)) {
      if (isEl(el, w, 'abstractNum')) {
        const id = attr(el, w, 'abstractNumId');
        if (id === undefined) continue;
        const levels = new Map<number, Level>();
        for (const lvl of childElements(el)) if (isEl(lvl, w, 'lvl')) levels.set(Number(attr(lvl, w, 'ilvl') ?? 0), this.readLevel(lvl));
        this.abstracts.set(id, { levels, numStyleLink: attr(firstChild(el, w, 'numStyleLink'), w, 'val') });
      } else if (isEl(el, w, 'num')) {
        const id = attr(el, w, 'numId');
        const abstractId = attr(firstChild(el, w, 'abstractNumId'), w, 'val');
        if (id === undefined || abstractId === undefined) continue;
        const inst: NumInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
        for (const o of childElements(el)) {
          if (!isEl(o, w, 'lvlOverride')) continue;
          const ilvl = Number(attr(o, w, 'ilvl') ?? 0);
          const so = attr(firstChild(o, w, 'startOverride'), w, 'val');
          if (so !== undefined) inst.startOverrides.set(ilvl, Number(so));
          const lvl = firstChild(o, w, 'lvl');
          if (lvl) inst.levelOverrides.set(ilvl, this.readLevel(lvl));
        }
        this.nums.set(id, inst);
      }
    }
  }

  private readLevel(lvl: Element): Level {
    const w = this.w;
    const restart = attr(firstChild(lvl, w, 'lvlRestart'), w, 'val');
    return {
      // OOXML: an omitted w:start means 0.
      start: Number(attr(firstChild(lvl, w, 'start'), w, 'val') ?? 0),
      numFmt: attr(firstChild(lvl, w, 'numFmt'), w, 'val') ?? 'decimal',
      lvlText: attr(firstChild(lvl, w, 'lvlText'), w, 'val') ?? '',
      restart: restart !== undefined ? Number(restart) : undefined,
      isLgl: isOn(firstChild(lvl, w, 'isLgl'), w),
      pStyle: attr(firstChild(lvl, w, 'pStyle'), w, 'val'),
    };
  }

  /** Levels of a num after following numStyleLink and applying its level overrides. */
  private levelsOf(inst: NumInstance): Map<number, Level> {
    let abs = this.abstracts.get(inst.abstractId);
    for (let hops = 0; abs?.numStyleLink && hops < 5; hops++) {
      const linkedNum = this.styles.numIdOfNumberingStyle(abs.numStyleLink);
      const linked = linkedNum ? this.nums.get(linkedNum) : undefined;
      const next = linked ? this.abstracts.get(linked.abstractId) : undefined;
      if (!next || next === abs) break;
      abs = next;
    }
    const levels = new Map(abs?.levels ?? []);
    for (const [k, v] of inst.levelOverrides) levels.set(k, v);
    return levels;
  }

  /** The level a style is attached to inside an abstractNum (w:lvl/w:pStyle), if any. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    const inst = this.nums.get(numId);
    if (!inst || !styleId) return undefined;
    for (const [k, lvl] of this.levelsOf(inst)) if (lvl.pStyle === styleId) return k;
    return undefined;
  }

  /** Count one numbered paragraph and return the label Word shows for it. Call in document order. */
  next(numId: string, ilvl: number): ListLabel | undefined {
    const inst = this.nums.get(numId);
    if (!inst) return undefined;
    const levels = this.levelsOf(inst);
    const startOf = (k: number): number => inst.startOverrides.get(k) ?? levels.get(k)?.start ?? 0;
    const key = inst.startOverrides.size || inst.levelOverrides.size ? `num:${numId}` : `abs:${inst.abstractId}`;
    let values = this.counters.get(key);
    if (!values) this.counters.set(key, (values = []));
    const lvl = levels.get(ilvl);
    values[ilvl] = values[ilvl] === undefined ? startOf(ilvl) : (values[ilvl] as number) + 1;
    for (let m = ilvl + 1; m < 9; m++) {
      const restart = levels.get(m)?.restart;
      if (restart === 0) continue;
      if (restart === undefined || ilvl < restart) values[m] = undefined;
    }
    if (!lvl) return { label: '', listId: numId, level: ilvl };
    let label: string;
    if (lvl.numFmt === 'bullet') label = bulletText(lvl.lvlText);
    else {
      label = lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const value = values![k] ?? startOf(k);
        const fmt = lvl.isLgl && k < ilvl ? 'decimal' : levels.get(k)?.numFmt ?? 'decimal';
        return formatNumber(value, fmt);
      });
    }
    return { label, listId: numId, level: ilvl };
  }
}

/** Symbol-font bullets live in the private-use area; show the character a reader expects. */
function bulletText(text: string): string {
  const map: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪', '\uf0d8': '➢', '\uf076': '❖', '\uf0fc': '✓', '\uf02d': '-', '\uf0be': '—' };
  return Array.from(text).map((c) => map[c] ?? c).join('');
}

const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'russianUpper':
      return letters(n, RUSSIAN).toUpperCase();
    case 'russianLower':
      return letters(n, RUSSIAN);
    case 'decimalEnclosedParen':
      return `(${n})`;
    default:
      return String(n);
  }
}

/** Word's letter numbering repeats the letter: a..z, aa..zz, aaa.. */
function letters(n: number, alphabet: string): string {
  if (n <= 0) return '';
  const i = (n - 1) % alphabet.length;
  const times = Math.floor((n - 1) / alphabet.length) + 1;
  return alphabet[i].repeat(times);
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}
