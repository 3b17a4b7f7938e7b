/**
 * References to other acts, with the unit they point to:
 *   ru "статьей 24 Закона Республики Казахстан «О правовых актах»",
 *      "Кодексом Республики Казахстан об административных правонарушениях от 30 января 2001 года",
 *      "Закон Республики Казахстан от 6 апреля 2016 года № 480-V «О правовых актах»",
 *      "Предпринимательским кодексом Республики Казахстан", "пункта 3 статьи 39 Конституции";
 *   kk "«Құқықтық актілер туралы» Қазақстан Республикасы Заңының 24-бабында",
 *      "2001 жылғы 30 қаңтардағы … кодексіне", "Конституцияның 12-бабы".
 * Only a reference that names a particular act counts (a title, a date, a number, a code's name,
 * the Constitution); "законами Республики Казахстан" names none.
 */
import type { Act, ExternalReference, UnitAddress } from './types';
import { chainAddresses, findComponents, groupChains } from './references';

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
  if (w === 'мая') return 5;
  if (w.startsWith('март')) return 3;
  return MONTHS_RU.findIndex((m) => m !== 'ма' && m !== 'март' && w.startsWith(m)) + 1;
}

function monthKk(word: string): number {
  const w = word.toLowerCase();
  return MONTHS_KK.findIndex((m) => w.startsWith(m)) + 1;
}

// ---------- Russian: act name first, then its requisites ----------

const RU_ACT =
  /(?<adj>(?:[А-ЯЁ][а-яё-]+(?:ого|его|ым|им|ый|ий|ом|ем|ой)\s+)?)(?<type>Конституци(?:я|и|ю|ей|ею)|[Кк]онституционн(?:ый|ого|ому|ым|ом)\s+закон(?:а|у|ом|е)?|[Зз]акон(?:а|у|ом|е)?|[Кк]одекс(?:а|у|ом|е)?|Указ(?:а|у|ом|е)?|[Пп]остановлени(?:е|я|ю|ем|и)|[Пп]риказ(?:а|у|ом|е)?)(?![\p{L}])/du;
const RU_ACT_G = new RegExp(RU_ACT.source, 'gdu');

const TAIL_RK = /\s+Республики\s+Казахстан/y;
const TAIL_DATE = /\s+от\s+(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s*(?:года|г\.)?/y;
const TAIL_DATE_NUM = /\s+от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:года|г\.))?/y;
const TAIL_NUMBER = /\s+№\s*([\p{L}\d]+(?:-[\p{L}\d]+)*)/uy;
const TAIL_CODE_NAME = /\s+(об?\s+[^,;.«»()"]+?)(?=\s+от\s|\s*[,;.()]|\s*$|\s+(?:и|или)\s)/y;

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

/** «…» (nested «» inside) or "…" starting at `at` after spaces; returns the title and the end. */
function quotedAt(text: string, at: number): { title: string; end: number } | undefined {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  const open = text[i];
  if (open === '«') {
    let depth = 0;
    for (let k = i; k < text.length; k++) {
      if (text[k] === '«') depth++;
      else if (text[k] === '»' && --depth === 0) return { title: text.slice(i + 1, k), end: k + 1 };
    }
    return undefined;
  }
  if (open === '"' || open === '“') {
    const close = text.indexOf(open === '"' ? '"' : '”', i + 1);
    if (close > i) return { title: text.slice(i + 1, close), end: close + 1 };
  }
  return undefined;
}

function readRu(text: string, paragraph: number, out: ExternalReference[]): void {
  RU_ACT_G.lastIndex = 0;
  for (const m of text.matchAll(RU_ACT_G)) {
    const start = m.index!;
    const before = text.slice(Math.max(0, start - 30), start);
    if (/(?:настоящ|данн|указанн|этого|того\s+же)\S*\s+$/iu.test(before)) continue;
    const type = typeWord(m.groups!.type);
    const ref: Partial<ExternalReference> = { actType: type };
    let end = start + m[0].length;
    let specific = type === 'Конституция';
    const adj = m.groups!.adj.trim();
    if (adj && type === 'Кодекс') {
      ref.title = `${adj} ${m.groups!.type}`;
      specific = true;
    }
    for (let guard = 0; guard < 6; guard++) {
      let mm: RegExpExecArray | null;
      TAIL_RK.lastIndex = end;
      if ((mm = TAIL_RK.exec(text))) {
        end = TAIL_RK.lastIndex;
        continue;
      }
      TAIL_DATE.lastIndex = end;
      if ((mm = TAIL_DATE.exec(text))) {
        const d = iso(mm[3], monthRu(mm[2]), mm[1]);
        if (d) {
          ref.date = d;
          specific = true;
          end = TAIL_DATE.lastIndex;
          continue;
        }
      }
      TAIL_DATE_NUM.lastIndex = end;
      if ((mm = TAIL_DATE_NUM.exec(text))) {
        const d = iso(mm[3], Number(mm[2]), mm[1]);
        if (d) {
          ref.date = d;
          specific = true;
          end = TAIL_DATE_NUM.lastIndex;
          continue;
        }
      }
      TAIL_NUMBER.lastIndex = end;
      if ((mm = TAIL_NUMBER.exec(text))) {
        ref.number = mm[1];
        specific = true;
        end = TAIL_NUMBER.lastIndex;
        continue;
      }
      const q = ref.title === undefined || type === 'Кодекс' ? quotedAt(text, end) : undefined;
      if (q && !ref.title) {
        ref.title = q.title;
        specific = true;
        end = q.end;
        continue;
      }
      if (type === 'Кодекс' && !ref.title) {
        TAIL_CODE_NAME.lastIndex = end;
        if ((mm = TAIL_CODE_NAME.exec(text))) {
          ref.title = mm[1].trim();
          specific = true;
          end = TAIL_CODE_NAME.lastIndex;
          continue;
        }
      }
      break;
    }
    if (!specific) continue;
    // The unit of that act: a chain of components written right before the act's name.
    let from = start;
    const chains = groupChains(text, findComponents(text.slice(0, start), 'ru'));
    const last = chains[chains.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, start))) {
      const [address] = chainAddresses(last);
      if (address) ref.address = address;
      from = last.start;
    }
    finish(ref, text, paragraph, from, end, out);
  }
}

// ---------- Kazakh: requisites first, the act's name last, then the unit ----------

const KK_ACT =
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

function readKk(text: string, paragraph: number, out: ExternalReference[]): void {
  KK_ACT.lastIndex = 0;
  for (const m of text.matchAll(KK_ACT)) {
    const typeStart = m.index!;
    if (/(?:^|\s)[Оо]сы\s+$/u.test(text.slice(Math.max(0, typeStart - 10), typeStart))) continue;
    if (/^[Зз]аңдары/.test(m.groups!.type)) continue; // "заңдары" — laws in general
    const type = typeWordKk(m.groups!.type);
    const ref: Partial<ExternalReference> = { actType: type };
    let specific = type === 'Конституция';
    let start = typeStart;
    // Walk back over "Қазақстан Республикасы(ның)", a code's name, "№ …", the date, «title».
    for (let guard = 0; guard < 6; guard++) {
      const before = text.slice(0, start);
      let mm: RegExpExecArray | null;
      if ((mm = /Қазақстан\s+Республикасы(?:ның)?\s+$/u.exec(before))) {
        start = mm.index;
        continue;
      }
      if (type === 'Кодекс' && !ref.title && (mm = /Қазақстан\s+Республикасының\s+((?:[^\s«»,;.()]+\s+){1,6}?)$/u.exec(before))) {
        ref.title = mm[1].trim();
        specific = true;
        start = mm.index;
        continue;
      }
      if ((mm = /№\s*([\p{L}\d]+(?:-[\p{L}\d]+)*)\s+$/u.exec(before))) {
        ref.number = mm[1];
        specific = true;
        start = mm.index;
        continue;
      }
      if ((mm = /(\d{4})\s+жылғы\s+(\d{1,2})\s+([а-яәғқңөұүһі]+?)(?:дағы|дегі|тағы|тегі)\s+$/u.exec(before))) {
        const d = iso(mm[1], monthKk(mm[3]), mm[2]);
        if (d) {
          ref.date = d;
          specific = true;
          start = mm.index;
          continue;
        }
      }
      if (/[»"”]\s*$/.test(before) && !ref.title) {
        const close = before.search(/[»"”]\s*$/);
        const open = matchingOpen(before, close);
        if (open >= 0) {
          ref.title = before.slice(open + 1, close);
          specific = true;
          start = open;
          continue;
        }
      }
      break;
    }
    if (!specific) continue;
    let end = typeStart + m[0].length;
    // The unit: a chain right after the act's name ("Заңының 24-бабында").
    const after = text.slice(end);
    const chains = groupChains(after, findComponents(after, 'kk'));
    if (chains[0] && /^\s+$/.test(after.slice(0, chains[0].start))) {
      const [address] = chainAddresses(chains[0]);
      if (address) ref.address = address;
      end += chains[0].end;
    }
    finish(ref, text, paragraph, start, end, out);
  }
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

function finish(ref: Partial<ExternalReference>, text: string, paragraph: number, start: number, end: number, out: ExternalReference[]): void {
  const r: ExternalReference = { range: { paragraph, start, end }, text: text.slice(start, end), ...ref };
  if (ref.actType === 'Конституция') r.isConstitution = true;
  out.push(r);
}

const READ_ROLES = new Set(['norm', 'quote', 'heading', 'preamble', 'title']);

export function findExternalReferences(act: Act): ExternalReference[] {
  const out: ExternalReference[] = [];
  act.doc.paragraphs.forEach((p, i) => {
    const info = act.paragraphs[i];
    if (!READ_ROLES.has(info.role)) return;
    const before = out.length;
    if (act.language === 'kk') readKk(p.text, i, out);
    else readRu(p.text, i, out);
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
