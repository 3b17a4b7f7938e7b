/**
 * References to other acts, with the unit they point to:
 *   ru "статьей 24 Закона Республики Казахстан «О правовых актах»",
 *      "Кодексом Республики Казахстан об административных правонарушениях от 30 января 2001 года",
 *      "Закон Республики Казахстан от 6 апреля 2016 года № 480-V «О правовых актах»",
 *      "Предпринимательским кодексом Республики Казахстан", "Административным процедурно-процессуальным
 *      кодексом", "пункта 3 статьи 39 Конституции", "статьями 10–12 Конституции";
 *   kk "«Құқықтық актілер туралы» Қазақстан Республикасы Заңының 24-бабында",
 *      "2001 жылғы 30 қаңтардағы … кодексіне", "Конституцияның 12-бабы",
 *      "Қазақстан Республикасы Конституциясының 39-бабының 3-тармағында".
 * Only a reference that names a particular act counts (a title, a date, a number, a code's name,
 * the Constitution); "законами Республики Казахстан" names none. Every requisite keeps where it is
 * written, so a check can anchor on it and rewrite it.
 */
import type { TextRange } from '../document';
import type { Act, ExternalReference, UnitAddress } from './types';
import { chainAddresses, findComponents, groupChains, type Chain } from './references';

const MONTHS_RU = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const MONTHS_KK = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

function iso(year: string, month: number, day: string): string | undefined {
  if (month < 1 || month > 12) return undefined;
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthRu(word: string): number {
  const w = word.toLowerCase();
  if (w === 'мая' || w === 'май') return 5;
  if (w.startsWith('март')) return 3;
  return MONTHS_RU.findIndex((m) => m !== 'ма' && m !== 'март' && w.startsWith(m)) + 1;
}

function monthKk(word: string): number {
  const w = word.toLowerCase();
  return MONTHS_KK.findIndex((m) => w.startsWith(m)) + 1;
}

/** What is being read: the reference and where each requisite sits in the paragraph. */
type Draft = Omit<ExternalReference, 'range' | 'text'>;

const range = (paragraph: number, start: number, end: number): TextRange => ({ paragraph, start, end });

/** The range of a match's first group (patterns compiled with the `d` flag). */
function groupRange(paragraph: number, m: RegExpExecArray): TextRange {
  const [start, end] = m.indices![1]!;
  return { paragraph, start, end };
}

// ---------- Russian: act name first, then its requisites ----------

const RU_TYPE =
  /(?<type>Конституци(?:я|и|ю|ей|ею)|[Кк]онституционн(?:ый|ого|ому|ым|ом)\s+закон(?:а|у|ом|е)?|[Зз]акон(?:а|у|ом|е)?|[Кк]одекс(?:а|у|ом|е)?|Указ(?:а|у|ом|е)?|[Пп]остановлени(?:е|я|ю|ем|и)|[Пп]риказ(?:а|у|ом|е)?)(?![\p{L}])/gu;

/** One or two adjectives before "кодекс": "Предпринимательским", "Административным процедурно-процессуальным". */
const RU_CODE_ADJ = /(?:^|[^\p{L}-])((?:[А-ЯЁа-яё-]+(?:ым|им|ый|ий|ого|его|ому|ом|ой|ая|ую)\s+){1,2})$/u;

/**
 * The adjectives naming a code, written before "кодекс" (with their trailing spaces): the name starts
 * with a capital ("установленным Трудовым кодексом" → "Трудовым "); "настоящим", "соответствующим",
 * "иным" name no particular code.
 */
function codeAdjectives(before: string): string | undefined {
  const m = RU_CODE_ADJ.exec(before);
  if (!m) return undefined;
  let run = m[1];
  const first = /^\S+\s+/.exec(run)![0];
  if (!/^[А-ЯЁ]/.test(run) && first.length < run.length) run = run.slice(first.length);
  if (!/^[А-ЯЁ]/.test(run) || NOT_A_NAME.test(run)) return undefined;
  return run;
}
/** Words that make "… кодекс" this act or an unnamed one, not a particular other code. */
const NOT_A_NAME = /^(?:настоящ|данн|указанн|названн|этого|этим|этом|того|тем|том|иным|иных|ином|ины|соответствующ|другим|других|новым|нового|действующ)/iu;
const THIS_ACT_BEFORE = /(?:настоящ|данн|указанн|названн|этого|того\s+же)\S*\s+$/iu;

const TAIL_RK = /\s+(?:Республики\s+Казахстан|РК)(?![\p{L}])/uy;
const TAIL_DATE = /\s+(от\s+«?(\d{1,2})»?\s+([а-яё]+)\s+(\d{4})(?:\s*(?:года|г\.))?)/dy;
const TAIL_DATE_NUM = /\s+(от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:года|г\.))?)/dy;
const TAIL_NUMBER = /\s+(№\s*([\p{L}\d]+(?:-[\p{L}\d]+)*))/duy;
const TAIL_CODE_NAME = /\s+(об?\s+[^,;.«»()"]+?)(?=\s+от\s|\s*[,;.()«]|\s*$|\s+(?:и|или)\s)/dy;

function typeWord(type: string): string {
  const t = type.toLowerCase();
  if (t.startsWith('конституционн')) return 'Конституционный закон';
  if (t.startsWith('конституци')) return 'Конституция';
  if (t.startsWith('закон')) return 'Закон';
  if (t.startsWith('кодекс')) return 'Кодекс';
  if (t.startsWith('указ')) return 'Указ';
  if (t.startsWith('постановлени')) return 'Постановление';
  if (t.startsWith('приказ')) return 'Приказ';
  return type;
}

/** «…» (nested «» inside) or "…" starting at `at` after spaces; the title, its start (at the mark) and end. */
function quotedAt(text: string, at: number): { title: string; start: number; end: number } | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  const open = text[i];
  if (open === '«') {
    let depth = 0;
    for (let k = i; k < text.length; k++) {
      if (text[k] === '«') depth++;
      else if (text[k] === '»' && --depth === 0) return { title: text.slice(i + 1, k), start: i, end: k + 1 };
    }
    return undefined;
  }
  if (open === '"' || open === '“') {
    const close = text.indexOf(open === '"' ? '"' : '”', i + 1);
    if (close > i) return { title: text.slice(i + 1, close), start: i, end: close + 1 };
  }
  return undefined;
}

function readRu(text: string, paragraph: number, out: ExternalReference[]): void {
  RU_TYPE.lastIndex = 0;
  for (const m of text.matchAll(RU_TYPE)) {
    const typeStart = m.index!;
    const typeEnd = typeStart + m[0].length;
    const before = text.slice(Math.max(0, typeStart - 30), typeStart);
    if (THIS_ACT_BEFORE.test(before)) continue;
    const type = typeWord(m.groups!.type);
    const ref: Draft = { actType: type, typeRange: range(paragraph, typeStart, typeEnd) };
    let start = typeStart;
    let end = typeEnd;
    let specific = type === 'Конституция';
    if (type === 'Кодекс') {
      const adj = codeAdjectives(text.slice(Math.max(0, typeStart - 80), typeStart));
      if (adj) {
        start = typeStart - adj.length;
        ref.title = text.slice(start, typeEnd);
        ref.titleRange = range(paragraph, start, typeEnd);
        specific = true;
      }
    }
    for (let guard = 0; guard < 6; guard++) {
      let mm: RegExpExecArray | null;
      TAIL_RK.lastIndex = end;
      if (TAIL_RK.exec(text)) {
        end = TAIL_RK.lastIndex;
        continue;
      }
      if (!ref.date) {
        TAIL_DATE.lastIndex = end;
        if ((mm = TAIL_DATE.exec(text))) {
          const d = iso(mm[4], monthRu(mm[3]), mm[2]);
          if (d) {
            ref.date = d;
            ref.dateRange = groupRange(paragraph, mm);
            specific = true;
            end = TAIL_DATE.lastIndex;
            continue;
          }
        }
        TAIL_DATE_NUM.lastIndex = end;
        if ((mm = TAIL_DATE_NUM.exec(text))) {
          const d = iso(mm[4], Number(mm[3]), mm[2]);
          if (d) {
            ref.date = d;
            ref.dateRange = groupRange(paragraph, mm);
            specific = true;
            end = TAIL_DATE_NUM.lastIndex;
            continue;
          }
        }
      }
      if (!ref.number) {
        TAIL_NUMBER.lastIndex = end;
        if ((mm = TAIL_NUMBER.exec(text))) {
          ref.number = mm[2];
          ref.numberRange = groupRange(paragraph, mm);
          specific = true;
          end = TAIL_NUMBER.lastIndex;
          continue;
        }
      }
      const q = !ref.title ? quotedAt(text, end) : undefined;
      if (q) {
        ref.title = q.title;
        ref.titleRange = range(paragraph, q.start, q.end);
        ref.titleQuoted = true;
        specific = true;
        end = q.end;
        continue;
      }
      if (type === 'Кодекс' && !ref.title) {
        TAIL_CODE_NAME.lastIndex = end;
        if ((mm = TAIL_CODE_NAME.exec(text))) {
          ref.title = mm[1].trim();
          ref.titleRange = groupRange(paragraph, mm);
          specific = true;
          end = TAIL_CODE_NAME.lastIndex;
          continue;
        }
      }
      break;
    }
    if (!specific) continue;
    // The unit of that act: a chain of components written right before the act's name.
    const chains = groupChains(text, findComponents(text.slice(0, start), 'ru'));
    const last = chains[chains.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, start))) {
      setUnit(ref, last, text, paragraph);
      start = last.start;
    }
    finish(ref, text, paragraph, start, end, out);
  }
}

/** "законами Республики Казахстан «О чрезвычайном положении» и «О военном положении»": one reference per title. */
const RU_PLURAL = /[Зз]акон(?:ами|ов|ах|ам)(?![\p{L}])/gu;

function readRuPlural(text: string, paragraph: number, out: ExternalReference[]): void {
  RU_PLURAL.lastIndex = 0;
  for (const m of text.matchAll(RU_PLURAL)) {
    const typeStart = m.index!;
    const typeEnd = typeStart + m[0].length;
    if (THIS_ACT_BEFORE.test(text.slice(Math.max(0, typeStart - 30), typeStart))) continue;
    let end = typeEnd;
    TAIL_RK.lastIndex = end;
    if (TAIL_RK.exec(text)) end = TAIL_RK.lastIndex;
    let from = typeStart;
    for (let q = quotedAt(text, end); q; ) {
      const ref: Draft = { actType: 'Закон', title: q.title, titleRange: range(paragraph, q.start, q.end), titleQuoted: true, typeRange: range(paragraph, typeStart, typeEnd) };
      finish(ref, text, paragraph, from, q.end, out);
      const sep = /^(?:\s*,\s*(?:а\s+также\s+)?|\s+(?:и|или|а\s+также)\s+)(?=[«"“])/u.exec(text.slice(q.end));
      if (!sep) break;
      from = q.end + sep[0].length;
      q = quotedAt(text, from);
    }
  }
}

// ---------- Kazakh: requisites first, the act's name last, then the unit ----------

const KK_TYPE =
  /(?<type>Конституциясы(?:на|ның|нда|мен|нан)?|Конституцияның|Конституцияға|Конституцияда|Конституциялық\s+заң\p{L}*|[Зз]аң(?:ы|ына|ының|ында|ымен|ынан|дары\p{L}*)?|[Кк]одекс(?:і|іне|інің|інде|імен|інен)|[Жж]арлығ\p{L}*|[Жж]арлық\p{L}*|[Ққ]аулысы\p{L}*|[Бб]ұйрығ\p{L}*)(?![\p{L}])/gu;

function typeWordKk(type: string): string {
  const t = type.toLowerCase();
  if (t.startsWith('конституциялық')) return 'Конституциялық заң';
  if (t.startsWith('конституция')) return 'Конституция';
  if (t.startsWith('заң')) return 'Заң';
  if (t.startsWith('кодекс')) return 'Кодекс';
  if (t.startsWith('жарлы')) return 'Жарлық';
  if (t.startsWith('қаулы')) return 'Қаулы';
  if (t.startsWith('бұйры')) return 'Бұйрық';
  return type;
}

const KK_STATE_BEFORE = /(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)\s+$/u;
const KK_CODE_NAME_BEFORE = /Қазақстан\s+Республикасының\s+((?:[^\s«»,;.()]+\s+){1,9}?)$/u;
const KK_NUMBER_BEFORE = /(№\s*([\p{L}\d]+(?:-[\p{L}\d]+)*))\s+$/u;
const KK_DATE_BEFORE = /((\d{4})\s+жылғы\s+«?(\d{1,2})»?\s+([а-яәғқңөұүһі]+?)(?:дағы|дегі|тағы|тегі))\s+$/u;
const KK_DATE_NUM_BEFORE = /((\d{1,2})\.(\d{1,2})\.(\d{4}))\s+$/u;
/** A date or a number at the start of the words taken for a code's name (they are requisites, not the name). */
const KK_DATE_LEAD = /^((?<year>\d{4})\s+жылғы\s+«?(?<day>\d{1,2})»?\s+(?<month>[а-яәғқңөұүһі]+?)(?:дағы|дегі|тағы|тегі))\s+/u;
const KK_NUMBER_LEAD = /^(№\s*(?<no>[\p{L}\d]+(?:-[\p{L}\d]+)*))\s+/u;

function readKk(text: string, paragraph: number, out: ExternalReference[]): void {
  KK_TYPE.lastIndex = 0;
  for (const m of text.matchAll(KK_TYPE)) {
    const typeStart = m.index!;
    const typeEnd = typeStart + m[0].length;
    if (/(?:^|\s)[Оо]сы\s+$/u.test(text.slice(Math.max(0, typeStart - 10), typeStart))) continue;
    if (/^[Зз]аңдары/.test(m.groups!.type)) {
      // "заңдары" names laws in general, unless titles precede it: «А», «Б» және «В» … заңдарында.
      readKkPlural(text, paragraph, typeStart, typeEnd, out);
      continue;
    }
    const type = typeWordKk(m.groups!.type);
    const ref: Draft = { actType: type, typeRange: range(paragraph, typeStart, typeEnd) };
    let specific = type === 'Конституция';
    let start = typeStart;
    // Walk back over "Қазақстан Республикасы(ның)", a code's name, "№ …", the date, «title».
    for (let guard = 0; guard < 6; guard++) {
      const before = text.slice(0, start);
      let mm: RegExpExecArray | null;
      if (type === 'Кодекс' && !ref.title && (mm = KK_CODE_NAME_BEFORE.exec(before))) {
        // "Қазақстан Республикасының 2017 жылғы 25 желтоқсандағы № 120-VI Салық кодексі": the date and
        // number may stand between the state's name and the code's own name.
        let name = mm[1];
        let nameStart = start - mm[1].length;
        for (let lead: RegExpExecArray | null; (lead = KK_DATE_LEAD.exec(name) ?? KK_NUMBER_LEAD.exec(name)); ) {
          if (lead[0] === '') break;
          if (lead.groups?.year) {
            const d = iso(lead.groups.year, monthKk(lead.groups.month!), lead.groups.day!);
            if (!d || ref.date) break;
            ref.date = d;
            ref.dateRange = range(paragraph, nameStart, nameStart + lead[1].length);
          } else {
            if (ref.number) break;
            ref.number = lead.groups!.no!;
            ref.numberRange = range(paragraph, nameStart, nameStart + lead[1].length);
          }
          name = name.slice(lead[0].length);
          nameStart += lead[0].length;
        }
        if (!name.trim()) break;
        ref.title = name.trim();
        ref.titleRange = range(paragraph, nameStart, start - (name.length - name.trimEnd().length));
        specific = true;
        start = mm.index;
        continue;
      }
      if ((mm = KK_STATE_BEFORE.exec(before))) {
        start = mm.index;
        continue;
      }
      if (!ref.number && (mm = KK_NUMBER_BEFORE.exec(before))) {
        ref.number = mm[2];
        ref.numberRange = range(paragraph, mm.index, mm.index + mm[1].length);
        specific = true;
        start = mm.index;
        continue;
      }
      if (!ref.date && (mm = KK_DATE_BEFORE.exec(before))) {
        const d = iso(mm[2], monthKk(mm[4]), mm[3]);
        if (d) {
          ref.date = d;
          ref.dateRange = range(paragraph, mm.index, mm.index + mm[1].length);
          specific = true;
          start = mm.index;
          continue;
        }
      }
      if (!ref.date && (mm = KK_DATE_NUM_BEFORE.exec(before))) {
        const d = iso(mm[4], Number(mm[3]), mm[2]);
        if (d) {
          ref.date = d;
          ref.dateRange = range(paragraph, mm.index, mm.index + mm[1].length);
          specific = true;
          start = mm.index;
          continue;
        }
      }
      if (!ref.titleQuoted && /[»"”]\s*$/.test(before)) {
        const close = before.search(/[»"”]\s*$/);
        const open = matchingOpen(before, close);
        if (open >= 0) {
          ref.title = before.slice(open + 1, close);
          ref.titleRange = range(paragraph, open, close + 1);
          ref.titleQuoted = true;
          specific = true;
          start = open;
          continue;
        }
      }
      break;
    }
    if (!specific) continue;
    let end = typeEnd;
    // The unit: a chain right after the act's name ("Заңының 24-бабында").
    const after = text.slice(end);
    const chains = groupChains(after, findComponents(after, 'kk'));
    if (chains[0] && /^\s+$/.test(after.slice(0, chains[0].start))) {
      setUnit(ref, shift(chains[0], end), text, paragraph);
      end += chains[0].end;
    }
    finish(ref, text, paragraph, start, end, out);
  }
}

function readKkPlural(text: string, paragraph: number, typeStart: number, typeEnd: number, out: ExternalReference[]): void {
  let before = text.slice(0, typeStart);
  const state = KK_STATE_BEFORE.exec(before);
  if (state) before = before.slice(0, state.index);
  const found: ExternalReference[] = [];
  for (;;) {
    const close = before.search(/[»"”]\s*$/);
    if (close < 0) break;
    const open = matchingOpen(before, close);
    if (open < 0) break;
    const ref: Draft = { actType: 'Заң', title: before.slice(open + 1, close), titleRange: range(paragraph, open, close + 1), titleQuoted: true, typeRange: range(paragraph, typeStart, typeEnd) };
    found.unshift({ range: range(paragraph, open, close + 1), text: text.slice(open, close + 1), ...ref });
    const sep = /(?:\s*,\s*|\s+(?:және|мен|бен|пен|немесе)\s+)$/u.exec(before.slice(0, open));
    if (!sep) break;
    before = before.slice(0, open - sep[0].length);
  }
  // The last title reads with the type word after it ("«В» Қазақстан Республикасының заңдарында").
  if (found.length) {
    const last = found[found.length - 1];
    last.range = range(paragraph, last.range.start, typeEnd);
    last.text = text.slice(last.range.start, typeEnd);
  }
  out.push(...found);
}

function matchingOpen(text: string, close: number): number {
  if (text[close] === '"') return text.lastIndexOf('"', close - 1);
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (text[k] === '»' || text[k] === '”') depth++;
    else if ((text[k] === '«' || text[k] === '“') && --depth === 0) return k;
  }
  return -1;
}

function shift(chain: Chain, by: number): Chain {
  return {
    start: chain.start + by,
    end: chain.end + by,
    components: chain.components.map((c) => ({ ...c, start: c.start + by, end: c.end + by, numbersStart: c.numbersStart + by, numbersEnd: c.numbersEnd + by })),
  };
}

/** The unit words of a chain: the addresses (lists and ranges expanded) and where each single number sits. */
function setUnit(ref: Draft, chain: Chain, text: string, paragraph: number): void {
  const addresses = chainAddresses(chain);
  if (!addresses.length) return;
  ref.address = addresses[0];
  if (addresses.length > 1) ref.addresses = addresses;
  ref.unitRange = range(paragraph, chain.start, chain.end);
  const numbers: NonNullable<ExternalReference['addressNumbers']> = [];
  for (const c of chain.components) {
    if (c.kind === 'part' || c.numbers.length !== 1 || c.numbersEnd <= c.numbersStart) continue;
    // "9-1)": the number without the subitem's bracket.
    const end = c.kind === 'subitem' && text[c.numbersEnd - 1] === ')' ? c.numbersEnd - 1 : c.numbersEnd;
    numbers.push({ kind: c.kind, range: range(paragraph, c.numbersStart, end) });
  }
  if (numbers.length) ref.addressNumbers = numbers;
}

function finish(ref: Draft, text: string, paragraph: number, start: number, end: number, out: ExternalReference[]): void {
  const r: ExternalReference = { range: range(paragraph, start, end), text: text.slice(start, end), ...ref };
  if (ref.actType === 'Конституция') r.isConstitution = true;
  out.push(r);
}

const READ_ROLES = new Set(['norm', 'quote', 'heading', 'preamble', 'title']);
/** Cheap pre-filter: most paragraphs of a long code name no act. */
const MAY_NAME_ACT_RU = /акон|одекс|онституц|Указ|остановлени|риказ/;
const MAY_NAME_ACT_KK = /аң|одекс|онституц|арлы|аулы|ұйры/;

export function findExternalReferences(act: Act): ExternalReference[] {
  const out: ExternalReference[] = [];
  const mayName = act.language === 'kk' ? MAY_NAME_ACT_KK : MAY_NAME_ACT_RU;
  act.doc.paragraphs.forEach((p, i) => {
    const info = act.paragraphs[i];
    if (!READ_ROLES.has(info.role) || !mayName.test(p.text)) return;
    const before = out.length;
    if (act.language === 'kk') readKk(p.text, i, out);
    else {
      readRu(p.text, i, out);
      const singular = out.length;
      readRuPlural(p.text, i, out);
      if (out.length > singular) {
        const mine = out.splice(before).sort((a, b) => a.range.start - b.range.start);
        out.push(...mine);
      }
    }
    if (info.quote !== undefined) for (let k = before; k < out.length; k++) if (inQuote(act, i, out[k].range.start)) out[k].quote = info.quote;
  });
  return out;
}

function inQuote(act: Act, paragraph: number, offset: number): boolean {
  const q = act.quotes[act.paragraphs[paragraph].quote!];
  if (!q) return false;
  const afterStart = paragraph > q.start.paragraph || offset >= q.start.offset;
  const beforeEnd = paragraph < q.end.paragraph || offset < q.end.offset;
  return afterStart && beforeEnd;
}

export type { UnitAddress };
