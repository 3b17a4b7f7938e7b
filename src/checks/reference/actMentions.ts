/**
 * Mentions of other acts and of the Constitution in one paragraph, with the exact words of their
 * title and date (what the reference rule anchors on). The parser's `externalReferences` is not
 * filled yet, so the rule reads the text itself; it keeps to shapes that name one act:
 *   ru: "Законом Республики Казахстан «О правовых актах»", "Закон … от 21 мая 2013 года «…»",
 *       "Кодексом Республики Казахстан об административных правонарушениях от 30 января 2001 года",
 *       "Предпринимательским кодексом Республики Казахстан";
 *   kk: "«…» 2015 жылғы 23 қарашадағы Қазақстан Республикасының Заңына",
 *       "2014 жылғы 5 шілдедегі Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексіне".
 * A bare "законами Республики Казахстан" names no act and is skipped.
 */
import type { Language } from '../../core/language';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ActMention {
  type: 'закон' | 'кодекс' | 'конституционный закон';
  /** Title as written, with the guillemets when quoted. */
  title?: Span;
  /** True when the title is quoted «…» (a replacement can then swap it). */
  quoted: boolean;
  /** Date words ("от 30 января 2001 года", "2015 жылғы 23 қарашадағы") and the ISO date. */
  date?: Span & { iso: string };
  number?: Span;
}

export interface ConstitutionMention {
  /** "пункте 3 статьи 39 Конституции" / "Конституциясының 39-бабының 3-тармағында". */
  span: Span;
  article: string;
  item?: string;
  subitem?: string;
  /** Where each number sits, to rebuild the reference with other numbers. */
  numbers: { kind: 'article' | 'item' | 'subitem'; start: number; end: number }[];
}

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

function iso(year: string, month: number, day: string): string {
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function ruMonthIndex(w: string): number {
  const l = w.toLowerCase();
  if (l === 'мая' || l === 'май') return 5;
  if (l.startsWith('март')) return 3;
  return RU_MONTHS.findIndex((p, k) => k !== 4 && k !== 2 && l.startsWith(p)) + 1;
}

function kkMonthIndex(w: string): number {
  return KK_MONTHS.findIndex((p) => w.toLowerCase().startsWith(p)) + 1;
}

const RU_DATE = String.raw`от\s+«?(\d{1,2})»?\s+([а-яё]+)\s+(\d{4})\s+(?:года|г\.)`;
const KK_DATE = String.raw`(\d{4})\s+жылғы\s+«?(\d{1,2})»?\s+([а-яәғқңөұүһі]+)`;
const RU_RK = String.raw`(?:\s+Республики\s+Казахстан)?`;
const NUMBER = String.raw`№\s*([0-9]+(?:-[IVXLCІ]+)?(?:\s*ЗРК)?)`;

/** A title in guillemets that may hold inner guillemets once: «О … «…» …». */
const QUOTED = String.raw`«[^«»]*(?:«[^«»]*»[^«»]*)?»`;

/** The act type word; the words around it are read by the sticky/anchored patterns below (fast on long codes). */
const RU_TYPE = /(?:[Кк]онституционн[а-яё]*\s+)?[Зз]акон(?:а|у|ом|е)?(?![а-яё])|[Кк]одекс(?:а|у|ом|е)?(?![а-яё])/gu;
/** Up to two adjectives before "кодекс": "Предпринимательским", "Административным процедурно-процессуальным". */
const RU_ADJ_BEFORE = /(?:[А-ЯЁа-яё-]+(?:ым|им|ый|ий|ого|его|ому|ом|ой|ая|ую)\s+){1,2}$/u;
const RU_AFTER = new RegExp(
  RU_RK +
    String.raw`(?<about>\s+об?\s+[а-яё]+(?:\s+[а-яё]+){0,3}?(?=\s+от\s|[,;.)]|\s+«|$))?` +
    String.raw`(?<date>\s+${RU_DATE})?` +
    String.raw`(?<num>\s+${NUMBER})?` +
    String.raw`(?<title>\s+${QUOTED})?`,
  'uy',
);

const KK_LAW = new RegExp(
  String.raw`(?<title>${QUOTED})(?<date>\s+${KK_DATE}[а-яәғқңөұүһі]*)?(?<num>\s+${NUMBER})?(?:\s+Қазақстан\s+Республикасының)?` +
    String.raw`\s+(?<type>(?:Конституциялық\s+)?[Зз]аң[а-яәғқңөұүһі]*|[Кк]одекс[а-яәғқңөұүһі]*)(?![а-яәғқңөұүһі])`,
  'gu',
);

const KK_CODE = new RegExp(
  String.raw`(?<date>${KK_DATE}[а-яәғқңөұүһі]*\s+)?Қазақстан\s+Республикасының\s+(?<name>(?:[А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі-]+\s+){1,5})кодекс[а-яәғқңөұүһі]*`,
  'gu',
);

function typeOf(word: string): ActMention['type'] {
  const l = word.toLowerCase();
  if (/конституцион|конституциялық/.test(l)) return 'конституционный закон';
  if (l.includes('кодекс')) return 'кодекс';
  return 'закон';
}

/** Offset of group `name` inside match `m` (the group's text is searched after the preceding groups). */
function groupSpan(m: RegExpMatchArray, name: string, after: number, trim = true): Span | undefined {
  const g = m.groups?.[name];
  if (!g) return undefined;
  const rel = m[0].indexOf(g, after - m.index!);
  let start = m.index! + rel;
  let text = g;
  if (trim) {
    const lead = text.length - text.trimStart().length;
    start += lead;
    text = text.trim();
  }
  return { start, end: start + text.length, text };
}

export function findActMentions(text: string, language: Language): ActMention[] {
  // Cheap test first: most paragraphs of a long code name no act.
  if (language === 'ru') return /акон|одекс/.test(text) ? findRu(text) : [];
  return /«|одекс/.test(text) ? findKk(text) : [];
}

function findRu(text: string): ActMention[] {
  const out: ActMention[] = [];
  for (const t of text.matchAll(RU_TYPE)) {
    const typeStart = t.index;
    const typeEnd = t.index + t[0].length;
    const type = typeOf(t[0]);
    RU_AFTER.lastIndex = typeEnd;
    const m = RU_AFTER.exec(text);
    const g = m?.groups ?? {};
    const at = (name: string): Span | undefined => (m && g[name] ? groupSpan(m, name, typeEnd) : undefined);
    let title: Span | undefined;
    let quoted = false;
    const quotedTitle = at('title');
    if (quotedTitle) {
      title = quotedTitle;
      quoted = true;
    } else if (type === 'кодекс' && g.about) {
      const about = at('about')!;
      title = { start: typeStart, end: about.end, text: text.slice(typeStart, about.end) };
    } else if (type === 'кодекс') {
      const adj = RU_ADJ_BEFORE.exec(text.slice(Math.max(0, typeStart - 80), typeStart));
      if (adj && !/^(настоящ|данн|указанн|этого|этим|того|иным|иных)/i.test(adj[0])) {
        const start = typeStart - adj[0].length;
        title = { start, end: typeEnd, text: text.slice(start, typeEnd) };
      }
    }
    const dateSpan = at('date');
    let date: ActMention['date'];
    if (dateSpan) {
      const d = /(\d{1,2})»?\s+([а-яё]+)\s+(\d{4})/u.exec(dateSpan.text)!;
      const month = ruMonthIndex(d[2]);
      if (month > 0) date = { ...dateSpan, iso: iso(d[3], month, d[1]) };
    }
    const number = at('num');
    // A type with neither title nor date ("законами Республики Казахстан") names no act.
    if (!title && !date) continue;
    out.push({ type, title, quoted, ...(date ? { date } : {}), ...(number ? { number } : {}) });
  }
  return out;
}

function findKk(text: string): ActMention[] {
  const out: ActMention[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(KK_LAW)) {
    const title = groupSpan(m, 'title', m.index!)!;
    const date = kkDate(m, title.end);
    const number = m.groups!.num ? groupSpan(m, 'num', title.end) : undefined;
    out.push({ type: typeOf(m.groups!.type), title, quoted: true, ...(date ? { date } : {}), ...(number ? { number } : {}) });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of text.matchAll(KK_CODE)) {
    if (taken.some(([s, e]) => m.index! < e && s < m.index! + m[0].length)) continue;
    const date = kkDate(m, m.index!);
    const nameSpan = groupSpan(m, 'name', m.index!)!;
    const end = m.index! + m[0].length;
    out.push({ type: 'кодекс', title: { start: nameSpan.start, end, text: text.slice(nameSpan.start, end) }, quoted: false, ...(date ? { date } : {}) });
  }
  return out;
}

function kkDate(m: RegExpMatchArray, after: number): ActMention['date'] | undefined {
  const span = groupSpan(m, 'date', after);
  if (!span) return undefined;
  const d = /(\d{4})\s+жылғы\s+«?(\d{1,2})»?\s+([а-яәғқңөұүһі]+)/u.exec(span.text)!;
  const month = kkMonthIndex(d[3]);
  return month > 0 ? { ...span, iso: iso(d[1], month, d[2]) } : undefined;
}

const RU_CONST = /(?:(?<sub>подпункт[а-я]*)\s+(?<s>\d+(?:-\d+)?)\)\s+)?(?:(?<it>пункт[а-я]*)\s+(?<i>\d+(?:-\d+)?)\s+)?(?<art>стать[а-я]*)\s+(?<a>\d+(?:-\d+)?)\s+Конституци[а-я]*/gu;
const KK_CONST = /Конституция(?:сы)?(?:ның|ның)\s+(?<a>\d+(?:-\d+)?)-(?:бап|бабы)[а-яәғқңөұүһі]*(?:\s+(?<i>\d+(?:-\d+)?)-тарма[а-яәғқңөұүһі]*)?(?:\s+(?<s>\d+(?:-\d+)?)\)\s+тармақша[а-яәғқңөұүһі]*)?/gu;

export function findConstitutionMentions(text: string, language: Language): ConstitutionMention[] {
  const out: ConstitutionMention[] = [];
  if (!text.includes('Конституци')) return out;
  for (const m of text.matchAll(language === 'ru' ? RU_CONST : KK_CONST)) {
    const g = m.groups!;
    const numbers: ConstitutionMention['numbers'] = [];
    // Locate each number inside the phrase, in the order it is written.
    const locate = (value: string | undefined, kind: 'article' | 'item' | 'subitem', re: RegExp): void => {
      if (!value) return;
      const r = re.exec(m[0]);
      if (r) {
        const start = m.index! + r.index + r[0].indexOf(value);
        numbers.push({ kind, start, end: start + value.length });
      }
    };
    if (language === 'ru') {
      locate(g.s, 'subitem', /подпункт[а-я]*\s+\d+(?:-\d+)?/u);
      locate(g.i, 'item', /(?<!под)пункт[а-я]*\s+\d+(?:-\d+)?/u);
      locate(g.a, 'article', /стать[а-я]*\s+\d+(?:-\d+)?/u);
    } else {
      locate(g.a, 'article', /\d+(?:-\d+)?-(?:бап|бабы)/u);
      locate(g.i, 'item', /\d+(?:-\d+)?-тарма/u);
      locate(g.s, 'subitem', /\d+(?:-\d+)?\)\s+тармақша/u);
    }
    out.push({
      span: { start: m.index!, end: m.index! + m[0].length, text: m[0] },
      article: g.a,
      ...(g.i ? { item: g.i } : {}),
      ...(g.s ? { subitem: g.s } : {}),
      numbers,
    });
  }
  return out;
}
