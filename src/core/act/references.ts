/**
 * Internal cross-references, Russian and Kazakh, in every case form:
 *   ru "подпунктом 3) пункта 1 статьи 5 настоящего Закона", "пунктами 1–3 статьи 7",
 *      "частью второй пункта 4 статьи 12", "статьями 10 и 11", "пунктом 2 настоящей статьи";
 *   kk "осы Заңның 5-бабының 2-тармағына", "осы баптың 1-тармағының 3) тармақшасында",
 *      "осы Заңның 10 және 11-баптарында", "осы Қағидалардың 12-тармағында".
 * A reference is read as a chain of unit components (innermost first in Russian, outermost first
 * in Kazakh), then its scope ("настоящего Закона", "осы баптың", none), and resolved to absolute
 * addresses. A chain followed (ru) or preceded (kk) by the name of another act is external.
 */
import type { TextRange } from '../document';
import type { Act, CrossReference, Unit, UnitAddress, UnitKind } from './types';
import { placeUnits, type UnitPlace } from './tree';
import { instructionParagraphs } from './instructionRegion';
import { resolveTargets } from './targets';

type RefKind = Exclude<UnitKind, never>;

export interface Component {
  kind: RefKind;
  /** Numbers as written, ranges expanded ("1–3" → 1, 2, 3); part ordinals as "1", "2". */
  numbers: string[];
  start: number;
  end: number;
  /** Where the numbers are written ("3" in "пункте 3", "1)–3)", "10 және 11"). */
  numbersStart: number;
  numbersEnd: number;
}

export interface Chain {
  components: Component[];
  start: number;
  end: number;
}

const NUM = '\\d+(?:-\\d+)*';
const SEP = '(?:\\s*,\\s*|\\s+(?:и|или|либо)\\s+|\\s*[–—]\\s*|\\s+-\\s+)';
const SEP_KK = '(?:\\s*,\\s*|\\s+(?:және|немесе)\\s+|\\s*[–—]\\s*|\\s+-\\s+)';
const NUMS = `${NUM}(?:${SEP}${NUM})*`;
// A subitem number may carry a clarification: "подпунктах 1) (в области …) и 2) пункта 13".
const CLAR = '(?:\\s*\\([^()]{1,200}\\))?';
const SNUMS = `${NUM}\\s?\\)${CLAR}(?:${SEP}${NUM}\\s?\\)${CLAR})*`;
const SNUMS_KK = `${NUM}\\)(?:${SEP_KK}${NUM}\\))*`;
const KNUMS = `${NUM}(?:${SEP_KK}${NUM})*`;
const ORD_RU = '(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]*';
const ORD_KK = '(?:бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы)';
const ORDS_KK = `${ORD_KK}(?:${SEP_KK}${ORD_KK})*`;
// A number ends at a non-letter; PDF texts also glue it to the next unit word ("пунктом 1-1статьи 52").
const END = '(?:(?![\\p{L}\\d])|(?=(?:стать|пункт|подпункт|част|глав|раздел)))';

// Parts by ordinal, by number, or both ("частями 1-1, второй, третьей и четвертой").
const PART_RU = `(?:${ORD_RU}|${NUM}${END})`;
const PARTS_RU = `${PART_RU}(?:${SEP}${PART_RU})*`;
// One component; named groups tell the kind.
const COMPONENT_RU = new RegExp(
  [
    `(?<!\\p{L})(?<sub>[Пп]одпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?)\\s+(?<subn>${SNUMS})`,
    `(?<!\\p{L})(?<item>[Пп]ункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?)\\s+(?<itemn>${NUMS})${END}(?!\\))`,
    `(?<!\\p{L})(?<part>[Чч]аст(?:ь|и|ью|ей|ям|ями|ях))\\s+(?<partn>${PARTS_RU})`,
    // "ст. 324" abbreviated, but not a gazette's article ("Ведомости …, 1998 г., № 23, ст. 430").
    `(?<!\\p{L})(?<art>[Сс]тать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|[Сс]татей|(?<!(?:№\\s*[\\d-]+|г\\.)\\s*,\\s*|;\\s*)ст\\.)\\s*(?<artn>${NUMS})${END}`,
    `(?<!\\p{L})(?<chap>[Гг]лав(?:а|ы|е|у|ой|ою|ам|ами|ах)?)\\s+(?<chapn>${NUMS})${END}`,
    `(?<!\\p{L})(?<sec>[Рр]аздел(?:а|у|ом|е|ы|ов|ам|ами|ах)?)\\s+(?<secn>${NUMS})${END}`,
    `(?<!\\p{L})(?<para>[Пп]араграф(?:а|у|ом|е|ы|ов|ам|ами|ах)?)\\s+(?<paran>${NUMS})${END}`,
  ].join('|'),
  'dgu',
);

const COMPONENT_KK = new RegExp(
  [
    `(?<subn>${SNUMS_KK})\\s+(?<sub>тармақша\\p{L}*)`,
    `(?<itemn>${KNUMS})-(?<item>тарма(?:қ|ғ)(?!ша)\\p{L}*)`,
    // "екінші бөлігі" (ordinal) and, in codes, "2-бөлігінде" (the numbered part).
    `(?<partn>${ORDS_KK}(?=\\s)|${KNUMS}(?=-))(?:\\s+|-)(?<part>бөлі(?:к|г)\\p{L}*)`,
    `(?<artn>${KNUMS})-(?<art>ба(?:п|б)\\p{L}*)`,
    `(?<chapn>${KNUMS})-(?<chap>тарау\\p{L}*)`,
    `(?<secn>${KNUMS})-(?<sec>бөлім\\p{L}*)`,
    `(?<paran>${KNUMS})-(?<para>параграф\\p{L}*)`,
  ].join('|'),
  'dgiu',
);

const GROUPS: Array<[string, RefKind]> = [
  ['sub', 'subitem'],
  ['item', 'item'],
  ['part', 'part'],
  ['art', 'article'],
  ['chap', 'chapter'],
  ['sec', 'section'],
  ['para', 'paragraph'],
];

const ORDINALS_RU = ['перв', 'втор', 'трет', 'четв', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'];
const ORDINALS_KK = ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы'];

/** Expand "1, 2 и 3", "1–3", "1)–3)", "второй и третьей" into numbers. */
export function expandNumbers(list: string, kind: RefKind): string[] {
  if (kind === 'part' && /\p{L}/u.test(list.replace(/\s(?:и|или|либо|және|немесе)\s/gu, ' '))) {
    // Ordinals, possibly mixed with numbers of inserted parts ("1-1, второй и третьей").
    const parts: string[] = [];
    for (const m of list.matchAll(/\d{1,9}(?:-\d{1,9}){0,9}|\p{L}{1,64}/gu)) {
      const w = m[0].toLowerCase();
      if (/^\d/.test(w)) {
        parts.push(w);
        continue;
      }
      const ru = ORDINALS_RU.findIndex((o) => w.startsWith(o));
      const kk = ORDINALS_KK.indexOf(w);
      if (ru >= 0 && !['и', 'или', 'либо'].includes(w)) parts.push(String(ru + 1));
      else if (kk >= 0) parts.push(String(kk + 1));
    }
    if (parts.length) return parts;
  }
  const out: string[] = [];
  const re = /(\d+(?:-\d+)*)\)?(\s*[–—]\s*|\s+-\s+)?/g;
  let pendingRange: number | undefined;
  for (const m of list.matchAll(re)) {
    const n = m[1];
    if (pendingRange !== undefined && /^\d+$/.test(n)) {
      const to = Number(n);
      if (to > pendingRange && to - pendingRange <= 100) for (let k = pendingRange + 1; k < to; k++) out.push(String(k));
    }
    out.push(n);
    pendingRange = m[2] && /^\d+$/.test(n) ? Number(n) : undefined;
  }
  return out;
}

/** Components of every reference in a text, in order. */
export function findComponents(text: string, lang: 'ru' | 'kk'): Component[] {
  const re = lang === 'kk' ? COMPONENT_KK : COMPONENT_RU;
  re.lastIndex = 0;
  const out: Component[] = [];
  // exec on the shared regexp (matchAll would copy it for every paragraph); no alternative matches empty.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    for (const [name, kind] of GROUPS) {
      if (g[name] === undefined) continue;
      const [numbersStart, numbersEnd] = m.indices!.groups![name + 'n']!;
      out.push({ kind, numbers: expandNumbers(g[name + 'n'].replace(/\s*\([^()]*\)/g, ''), kind), start: m.index!, end: m.index! + m[0].length, numbersStart, numbersEnd });
      break;
    }
  }
  return out;
}

/** Adjacent components (only spaces between, no kind twice) form one chain. */
export function groupChains(text: string, comps: readonly Component[]): Chain[] {
  const chains: Chain[] = [];
  let cur: Chain | undefined;
  for (const c of comps) {
    if (cur && /^\s*$/.test(text.slice(cur.end, c.start)) && !cur.components.some((x) => x.kind === c.kind)) {
      cur.components.push(c);
      cur.end = c.end;
    } else {
      cur = { components: [c], start: c.start, end: c.end };
      chains.push(cur);
    }
  }
  return chains;
}

type Scope = CrossReference['scope'];
interface ScopeMatch {
  scope: Scope;
  /** The scope unit kind for 'article'/'item' scopes; 'preface' when it names the approving order. */
  unit?: 'article' | 'item' | 'subitem' | 'chapter' | 'part';
  preface?: boolean;
  start: number;
  end: number;
}

const SCOPE_RU =
  /^\s+(?:настоящ(?:его|ей|их|ему|им|ими|ая|ее|ий)|данн(?:ого|ой|ых))\s+(Конституционного\s+закона|Закона|закона|Кодекса|кодекса|статьи|пункта|подпункта|части|главы|раздела|параграфа|постановления|приказа|указа|решения|распоряжения|Правил|правил|Положения|положения|Инструкции|инструкции|Порядка|порядка|Регламента|регламента|Стандарта|стандарта|Методики|методики|Требований|требований|Устава|устава)/u;
const SCOPE_KK =
  /(?:^|\s)[Оо]сы\s+(Конституциялық\s+заңның|Заңның|заңның|Кодекстің|кодекстің|баптың|тармақтың|тармақшаның|бөліктің|тараудың|бөлімнің|параграфтың|қаулының|бұйрықтың|жарлықтың|шешімнің|өкімнің|Қағидалардың|қағидалардың|Ереженің|ереженің|Нұсқаулықтың|нұсқаулықтың|Тәртіптің|тәртіптің|Регламенттің|регламенттің|Стандарттың|стандарттың|Әдістеменің|әдістеменің|Талаптардың|талаптардың)\s+$/u;

function scopeOfWord(word: string, start: number, end: number): ScopeMatch {
  const w = word.toLowerCase();
  if (/^(?:стать|бап)/.test(w)) return { scope: 'article', unit: 'article', start, end };
  if (/^(?:подпункт|тармақша)/.test(w)) return { scope: 'item', unit: 'subitem', start, end };
  if (/^(?:пункт|тармақ)/.test(w)) return { scope: 'item', unit: 'item', start, end };
  if (/^(?:част|бөлік)/.test(w)) return { scope: 'item', unit: 'part', start, end };
  if (/^(?:постановлени|приказ|указ|решени|распоряжени|қаулы|бұйрық|жарлық|шешім|өкім)/.test(w)) return { scope: 'act', preface: true, start, end };
  return { scope: 'act', start, end };
}

// After a Russian chain: the name of another act makes the reference external.
const EXTERNAL_AFTER_RU =
  /^\s+(?:[«"„]|(?:[А-ЯЁ]?[а-яё-]+(?:ого|его|ой|ей|ых|их)\s+){0,3}(?:Закона|закона|Кодекса|кодекса|Конституции|Указа|указа|[Пп]остановлени[яй]|приказа|Приказа|Правил|правил|Положения|Регламента|Договора|договора|Соглашения|соглашения|Конвенции|Пакта|Устава|устава|решения|Решения|Инструкции|Порядка|Требований|Методики|Протокола|акта|актов|изменений|дополнений|приложени(?:я|й|ю|ям|и))(?![\p{L}]))|^\s+(?:указанн|названн|вышеуказанн|вышеназванн|соответствующ|этого|того\s+же|той\s+же)/u;
// Before a Kazakh chain: the genitive of another act's name.
const EXTERNAL_BEFORE_KK =
  /(?:Заңының|заңының|Кодексінің|кодексінің|Конституциясының|Конституцияның|Жарлығының|жарлығының|[Ққ]аулысының|[Бб]ұйрығының|[Шш]ешімінің|[Өө]кімінің|Қағидаларының|қағидаларының|Ережесінің|ережесінің|Шартының|шартының|Келісімінің|келісімінің|Конвенциясының|Пактінің|Регламентінің|актісінің|актілерінің|өзгерістердің|толықтырулардың|[»"]|көрсетілген|аталған|тиісті|сол)\s+$/u;

export interface ChainResolution {
  chain: Chain;
  scope?: ScopeMatch;
  external: boolean;
}

/** Scope or external-act context of each chain in a paragraph. */
export function classifyChains(text: string, chains: readonly Chain[], lang: 'ru' | 'kk'): ChainResolution[] {
  const out: ChainResolution[] = chains.map((chain) => {
    if (lang === 'kk') {
      const before = text.slice(Math.max(0, chain.start - 80), chain.start);
      const sm = SCOPE_KK.exec(before);
      if (sm) {
        const start = chain.start - before.length + sm.index + (/^[Оо]сы/.test(sm[0]) ? 0 : 1);
        return { chain, scope: scopeOfWord(sm[1], start, chain.end), external: false };
      }
      return { chain, external: EXTERNAL_BEFORE_KK.test(before) };
    }
    const after = text.slice(chain.end, chain.end + 120);
    const sm = SCOPE_RU.exec(after);
    if (sm) return { chain, scope: scopeOfWord(sm[1], chain.start, chain.end + sm[0].length), external: false };
    return { chain, external: EXTERNAL_AFTER_RU.test(after) };
  });
  // Chains joined by "," / "и" / "және" share the scope (and external act) written once:
  // after the last chain in Russian, before the first one in Kazakh.
  const linked = (a: ChainResolution, b: ChainResolution): boolean =>
    /^(?:\s*,\s*(?:а\s+также\s+)?|\s+(?:и|или|либо|а\s+также|және|немесе|мен|бен|пен)\s+|\s*,\s*(?:и|және)\s+)$/u.test(text.slice(a.chain.end, b.chain.start));
  if (lang === 'ru') {
    for (let i = out.length - 2; i >= 0; i--) {
      const a = out[i];
      const b = out[i + 1];
      if (a.scope || a.external || !linked(a, b)) continue;
      inheritOuter(a.chain, b.chain);
      if (b.scope) a.scope = { ...b.scope, start: a.chain.start, end: a.chain.end };
      a.external = b.external;
    }
  } else {
    for (let i = 1; i < out.length; i++) {
      const a = out[i - 1];
      const b = out[i];
      if (b.scope || b.external || !linked(a, b)) continue;
      // "11-бабы 1-тармағының 3) тармақшасының және 3-тармағының": the later chain takes "11-бабы".
      inheritOuter(b.chain, a.chain);
      if (a.scope) b.scope = { ...a.scope, start: b.chain.start, end: b.chain.end };
      b.external = a.external;
    }
  }
  return out;
}

const RANK: Record<RefKind, number> = { subitem: 1, part: 2, item: 3, article: 4, paragraph: 5, chapter: 6, section: 7 };

/**
 * A coordinated member takes the higher levels it leaves out from its neighbour, the one that names
 * them: ru "подпунктов 1)–7) пункта 4, пункта 5 статьи 44" (the earlier chains take "статьи 44" from
 * the later one); kk "11-бабы 1-тармағының 3) тармақшасының және 3-тармағының" (the later chain takes
 * "11-бабы" from the earlier one). Only levels above both the member's own top and the neighbour's
 * innermost level are taken ("пункта 1 и статьи 5" shares nothing).
 */
function inheritOuter(target: Chain, from: Chain): void {
  const top = Math.max(...target.components.map((c) => RANK[c.kind]));
  const fromInner = Math.min(...from.components.map((c) => RANK[c.kind]));
  for (const c of from.components) {
    if (RANK[c.kind] > top && RANK[c.kind] > fromInner && !target.components.some((x) => x.kind === c.kind)) {
      target.components.push({ ...c, start: target.end, end: target.end, numbersStart: target.end, numbersEnd: target.end });
    }
  }
}

/** Addresses named by a chain (cross product of its lists), before relative scope is applied. */
export function chainAddresses(chain: Chain): UnitAddress[] {
  let out: UnitAddress[] = [{}];
  for (const c of chain.components) {
    const next: UnitAddress[] = [];
    for (const a of out) {
      for (const n of c.numbers) {
        const b: UnitAddress = { ...a };
        // Unnumbered parts count 1, 2, …; "частью 1-1" can only name an inserted numbered unit.
        if (c.kind === 'part') {
          if (/^\d+$/.test(n)) b.part = Number(n);
          else b.item = n;
        } else b[c.kind] = n;
        next.push(b);
      }
    }
    out = next;
  }
  return out;
}

/** Fill the higher levels a relative reference leaves out from the place it stands in. */
function resolve(address: UnitAddress, scope: ScopeMatch | undefined, place: UnitPlace | undefined): UnitAddress {
  const a: UnitAddress = { ...address };
  if (!place) return a;
  const has = (k: keyof UnitAddress): boolean => a[k] !== undefined;
  const kind = scope?.scope ?? 'implicit';
  if (kind === 'act') return a;
  if (kind === 'article' || (kind === 'item' && place.article)) {
    if (!has('article') && place.article) a.article = place.article;
  }
  if (kind === 'item') {
    if (scope?.unit === 'item' || scope?.unit === 'subitem' || scope?.unit === 'part') {
      if (!has('item') && place.item) a.item = place.item;
    }
    if (scope?.unit === 'subitem' && !has('subitem') && place.subitem) a.subitem = place.subitem;
    return a;
  }
  if (kind === 'implicit') {
    const top = a.section ?? a.chapter ?? a.paragraph ?? a.article;
    if (top !== undefined) return a;
    if (has('item')) {
      if (place.article) a.article = place.article;
    } else if (has('subitem')) {
      if (place.article) a.article = place.article;
      if (place.item) a.item = place.item;
    } else if (has('part')) {
      if (place.article) a.article = place.article;
    }
  }
  return a;
}

/** Paragraph roles whose text can hold references. */
const READ_ROLES = new Set(['norm', 'quote', 'heading', 'preamble']);

/** `units`: every unit of the act (parseAct passes the list it built; `Object.values` of 50,000 ids is slow). */
export function findCrossReferences(act: Act, units: readonly Unit[] = Object.values(act.units)): CrossReference[] {
  const skipImplicit = instructionParagraphs(act);
  const labelRanges = new Map<number, Array<[number, number]>>();
  for (const u of units) {
    if (u.label) {
      const list = labelRanges.get(u.label.paragraph) ?? [];
      list.push([u.label.start, u.label.end]);
      labelRanges.set(u.label.paragraph, list);
    }
  }
  const lang = act.language;
  // First the paragraphs that hold references, then the places of just their units.
  const found: Array<{ i: number; text: string; comps: Component[] }> = [];
  const wanted = new Set<string>();
  act.doc.paragraphs.forEach((p, i) => {
    const info = act.paragraphs[i];
    if (!READ_ROLES.has(info.role)) return;
    // Headings of chapters and sections name subjects, they do not refer.
    const own = info.unitId ? act.units[info.unitId] : undefined;
    if (info.role === 'heading' && own && own.kind !== 'article') return;
    const text = p.text;
    if (!/\d/.test(text)) return;
    const labels = labelRanges.get(i) ?? [];
    const comps = findComponents(text, lang).filter((c) => !labels.some(([s, e]) => c.start < e && c.end > s) && !isRunInHeading(text, c));
    if (!comps.length) return;
    found.push({ i, text, comps });
    if (info.unitId) wanted.add(info.unitId);
  });
  const places = placeUnits(act, wanted);
  const out: CrossReference[] = [];
  for (const { i, text, comps } of found) {
    const info = act.paragraphs[i];
    const chains = classifyChains(text, groupChains(text, comps), lang);
    const place = info.unitId ? places.get(info.unitId) : undefined;
    for (const r of chains) {
      if (r.external) continue;
      const quote = quoteAt(act, i, r.chain.start);
      // Outside quotes, an unscoped reference inside an amending instruction names a unit of the
      // amended act ("пункт 2 статьи 138 изложить …"): it is the instruction's target, not ours.
      if (quote === undefined && !r.scope && skipImplicit.has(i)) continue;
      const scopeStart = r.scope ? Math.min(r.scope.start, r.chain.start) : r.chain.start;
      const scopeEnd = r.scope ? Math.max(r.scope.end, r.chain.end) : r.chain.end;
      const range: TextRange = { paragraph: i, start: scopeStart, end: scopeEnd };
      const ctx = quote === undefined ? place : placeInQuote(act, places, i, quote) ?? undefined;
      let targets = chainAddresses(r.chain).map((a) => resolve(a, r.scope, ctx));
      if (quote === undefined && !r.scope?.preface && !/^x\d+\//.test(info.unitId ?? '')) targets = resolveTargets(targets, act.body, act.kind === 'code');
      const ref: CrossReference = {
        range,
        text: text.slice(range.start, range.end),
        targets,
        scope: r.scope?.scope ?? 'implicit',
        numberRange: { paragraph: i, start: r.chain.start, end: realEnd(r.chain) },
      };
      if (info.unitId) ref.fromUnit = info.unitId;
      if (quote !== undefined) ref.quote = quote;
      if (r.scope?.preface && act.preface) ref.inPreface = true;
      out.push(ref);
    }
  }
  return out;
}

/**
 * "… распределяются между ними. § 2. Договорный режим Статья 39. Брачный договор 1. …": a heading
 * run into a paragraph of a text extracted from a PDF. A capitalised unit word, its number, a period
 * and a capitalised word is a heading's label, not a reference ("Статья 5 настоящего Закона …").
 */
function isRunInHeading(text: string, c: Component): boolean {
  if (c.kind !== 'article' && c.kind !== 'chapter' && c.kind !== 'section' && c.kind !== 'paragraph') return false;
  if (!/^(?:Статья|СТАТЬЯ|Глава|ГЛАВА|Раздел|РАЗДЕЛ|Параграф|ПАРАГРАФ)\s/u.test(text.slice(c.start, c.end))) return false;
  return /^\.?\s+[А-ЯЁ«"]/u.test(text.slice(c.numbersEnd, c.numbersEnd + 3)) && /^\.\s|^\s+[А-ЯЁ]{2}/u.test(text.slice(c.numbersEnd, c.numbersEnd + 4));
}

/** End of the chain's own words (inherited components have empty ranges at the end). */
function realEnd(chain: Chain): number {
  return Math.max(...chain.components.filter((c) => c.end > c.start).map((c) => c.end));
}

function quoteAt(act: Act, paragraph: number, offset: number): number | undefined {
  const q = act.paragraphs[paragraph].quote;
  if (q === undefined) return undefined;
  // The paragraph may hold a quote only in part (inline «…» after a colon).
  for (const w of act.quotes) {
    const afterStart = paragraph > w.start.paragraph || (paragraph === w.start.paragraph && offset >= w.start.offset);
    const beforeEnd = paragraph < w.end.paragraph || (paragraph === w.end.paragraph && offset < w.end.offset);
    if (afterStart && beforeEnd) return w.index;
  }
  return undefined;
}

function placeInQuote(act: Act, places: Map<string, UnitPlace>, paragraph: number, quote: number): UnitPlace | undefined {
  const id = act.paragraphs[paragraph].unitId;
  if (id && id.startsWith(`q${quote}/`)) return places.get(id);
  return undefined;
}
