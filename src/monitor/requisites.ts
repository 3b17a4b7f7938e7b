/**
 * What a swept act is, read from its own text: its kind, date and number (the requisites line
 * "Кодекс Республики Казахстан от 26 декабря 2011 года № 518-IV" / "Қазақстан Республикасының
 * 2020 жылғы 25 мамырдағы № 333-VI Заңы"), and the edition the text is in. The edition decides
 * which Constitution a citation means: an edition before 1 July 2026 (2026 Constitution, art. 94.1)
 * cites the 1995 numbering.
 */
import type { Act } from '../core/act/types';

export type MonitoredKind = 'constitutional-law' | 'code' | 'law' | 'decree' | 'resolution' | 'order' | 'act';

export interface ActRequisites {
  title: string;
  kind: MonitoredKind;
  /** yyyy-mm-dd of adoption, when the text gives it. */
  date?: string;
  number?: string;
  /** yyyy-mm-dd of the edition: stated ("редакция на …"), else the latest amending act in its notes, else the date. */
  edition?: string;
  /** How the edition was told. */
  editionBasis?: 'stated' | 'latest-amendment' | 'adoption';
}

/** The 2026 Constitution's entry into force (art. 94.1). */
export const CONSTITUTION_2026_IN_FORCE = '2026-07-01';

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

const iso = (y: string, m: number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;

function ruMonth(word: string): number {
  const w = word.toLowerCase();
  // "мая" must not be read as "марта": the longest stem that starts the word wins.
  let best = -1;
  RU_MONTHS.forEach((stem, i) => {
    if (w.startsWith(stem) && (best < 0 || stem.length > RU_MONTHS[best].length)) best = i;
  });
  return best + 1;
}

function kkMonth(word: string): number {
  const w = word.toLowerCase();
  return KK_MONTHS.findIndex((m) => w.startsWith(m)) + 1;
}

const KIND_WORDS: [RegExp, MonitoredKind][] = [
  [/конституционн\S*\s+закон|конституциялық\s+заң/iu, 'constitutional-law'],
  [/кодекс/iu, 'code'],
  [/закон|заң/iu, 'law'],
  [/указ|жарлы/iu, 'decree'],
  [/постановлени|қаулы/iu, 'resolution'],
  [/приказ|бұйры/iu, 'order'],
];

const RU_REQUISITES =
  /(Конституционн\S*\s+закон|Закон|Кодекс|Указ|Постановление|Приказ)\S*\s+(?:Республики\s+Казахстан|РК)[^.]{0,60}?\s+от\s+(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s+года(?:\s+№\s*([\w-]+(?:\s+ЗРК)?))?/iu;
const KK_REQUISITES =
  /Қазақстан\s+Республикасының\s+(\d{4})\s+жылғы\s+(\d{1,2})\s+([а-яәғқңөұүһі]+)\s*(?:№\s*([\w-]+)(?:\s+ҚРЗ)?)?[^.]{0,200}?(Конституциялық\s+заңы|Заңы|Кодексі|Жарлығы|Қаулысы|Бұйрығы)/iu;

/** Requisites from the head of the text (its first lines, a front matter or a comment header included). */
export function readRequisites(head: readonly string[], act: Act): ActRequisites {
  const text = head.join('\n');
  let date: string | undefined;
  let number: string | undefined;
  let kindWord: string | undefined;
  const ru = RU_REQUISITES.exec(text);
  const kk = KK_REQUISITES.exec(text);
  if (ru && (!kk || ru.index <= kk.index)) {
    const m = ruMonth(ru[3]);
    if (m) date = iso(ru[4], m, ru[2]);
    number = ru[5]?.replace(/\s+ЗРК$/, '');
    kindWord = ru[1];
  } else if (kk) {
    const m = kkMonth(kk[3]);
    if (m) date = iso(kk[1], m, kk[2]);
    number = kk[4];
    kindWord = kk[5];
  }
  const kindOf = (s: string | undefined) => (s ? KIND_WORDS.find(([re]) => re.test(s))?.[1] : undefined);
  const kind = kindOf(kindWord) ?? kindOf(act.typeLine) ?? (act.kind === 'code' ? 'code' : kindOf(act.title)) ?? 'act';
  const title = cleanTitle(act.title ?? head.find((l) => l.trim()) ?? '');
  const stated = statedEdition(text);
  const amended = latestAmendment(act);
  let edition: string | undefined;
  let editionBasis: ActRequisites['editionBasis'];
  if (stated) [edition, editionBasis] = [stated, 'stated'];
  else if (amended && (!date || amended > date)) [edition, editionBasis] = [amended, 'latest-amendment'];
  else if (date) [edition, editionBasis] = [date, 'adoption'];
  return { title, kind, ...(date ? { date } : {}), ...(number ? { number } : {}), ...(edition ? { edition, editionBasis } : {}) };
}

/** The title without markdown marks, and without the requisites line a PDF extraction glued to it. */
function cleanTitle(t: string): string {
  return t
    .replace(/^[#\s*_>]+|[\s*_]+$/g, '')
    .replace(/\s+(?:Конституционн\S*\s+закон|Закон|Кодекс)\s+Республики\s+Казахстан\s+от\s+\d.*$/u, '')
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

/** "(редакция на 01.01.2024)", "редакция 10.01.2025", "10.01.2025 редакциясы", "по состоянию на …". */
function statedEdition(text: string): string | undefined {
  const m =
    /(?:редакци[яи]\s+(?:на\s+|от\s+)?|по\s+состоянию\s+на\s+)(\d{2})\.(\d{2})\.(\d{4})/iu.exec(text) ??
    /(\d{2})\.(\d{2})\.(\d{4})\s+(?:ж\.\s+)?(?:редакциясы|жағдай\s+бойынша)/iu.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

/**
 * The latest date of an amending act named in the database's notes ("Законом РК от 16.01.2026 № …",
 * "ҚР 10.01.2025 № 153-VIII … Заңымен"): the text is in that edition or a later one.
 */
function latestAmendment(act: Act): string | undefined {
  let latest: string | undefined;
  act.paragraphs.forEach((p, i) => {
    if (p.role !== 'note') return;
    for (const m of act.doc.paragraphs[i].text.matchAll(/(\d{2})\.(\d{2})\.(\d{4})\s*№/g)) {
      const d = `${m[3]}-${m[2]}-${m[1]}`;
      if (!latest || d > latest) latest = d;
    }
  });
  return latest;
}

/** Which Constitution the act's citations mean: an edition before 1 July 2026 means the 1995 text. */
export function constitutionEditionOf(requisites: Pick<ActRequisites, 'edition'>): 1995 | 2026 | undefined {
  if (!requisites.edition) return undefined;
  return requisites.edition < CONSTITUTION_2026_IN_FORCE ? 1995 : 2026;
}
