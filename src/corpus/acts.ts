/**
 * The acts registry and title matching. Drafts name acts in many shapes: "Кодекс Республики Казахстан
 * об административных правонарушениях" (registry: type "Кодекс", title "Об административных
 * правонарушениях"), declined ("Уголовно-процессуального кодекса"), in capitals, with «» or "",
 * in Kazakh ("Әкімшілік құқық бұзушылық туралы кодексіне"). Titles are compared as sequences of
 * stems after dropping the act type and "Республики Казахстан".
 */
import type { RegistryActData } from './data-types';
import { stem } from '../core/text/stem';
import { normalizeText, words } from './text';
import type { RegistryAct } from './types';

/** Words that name the act's type or the state, in any case form; not part of the distinctive title. */
const TYPE_OR_STATE = /^(конституц|закон|кодекс|конституциялық|заң|кодекс|республик|казахстан|қазақстан|рк|қр)/;

export function titleKey(title: string): string {
  return words(title)
    .filter((w) => !TYPE_OR_STATE.test(w))
    .map((w) => stem(w))
    .join(' ');
}

/** Act type as a comparable key: "Кодекс"/"кодекса"/"кодексі" → "кодекс"; "Конституционный закон" → "конституционный закон". */
export function typeKey(type: string): string {
  const t = normalizeText(type);
  if (/конституцион\S*\s+закон|конституциялық\s+заң/.test(t)) return 'конституционный закон';
  if (/кодекс/.test(t)) return 'кодекс';
  if (/закон|заң/.test(t)) return 'закон';
  if (/конституц/.test(t)) return 'конституция';
  return t.trim();
}

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

/** "05.07.2014", "2014-07-05", "5 июля 2014 года", "2014 жылғы 5 шілдедегі" → "2014-07-05". */
export function isoDate(date: string): string | undefined {
  const t = normalizeText(date);
  let m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  m = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return m[0];
  m = /(\d{1,2})\s+([а-я]+)\s+(\d{4})/.exec(t);
  if (m) {
    const month = RU_MONTHS.findIndex((p) => (p === 'ма' ? m![2] === 'мая' || m![2] === 'май' : m![2].startsWith(p)));
    if (month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  m = /(\d{4})\s+жыл\S*\s+(\d{1,2})\s+([а-яәғқңөұүһі]+)/.exec(t);
  if (m) {
    const month = KK_MONTHS.findIndex((p) => m![3].startsWith(p));
    if (month >= 0) return `${m[1]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  }
  return undefined;
}

/** "№ 235-V ЗРК", "235-v" → "235-v" (Latin and Cyrillic look-alikes unified, suffixes like ЗРК dropped). */
export function numberKey(number: string): string {
  return normalizeText(number)
    .replace(/№/g, '')
    .replace(/\s*(зрк|зқ)\s*$/i, '')
    .replace(/[іi]/g, 'i')
    .replace(/[vв]/g, 'v')
    .replace(/х/g, 'x')
    .replace(/\s+/g, '')
    .trim();
}

export function toRegistryAct(a: RegistryActData): RegistryAct {
  return {
    id: a.id,
    titleRu: a.ru,
    ...(a.kk ? { titleKk: a.kk } : {}),
    ...(a.tr ? { typeRu: a.tr } : {}),
    ...(a.tk ? { typeKk: a.tk } : {}),
    ...(a.d ? { date: a.d } : {}),
    ...(a.no ? { number: a.no } : {}),
    status: a.s,
    ...(a.rb ? { repealedBy: a.rb } : {}),
    ...(a.u ? { url: a.u } : {}),
  };
}

export class ActsRegistry {
  private readonly acts: { act: RegistryAct; keys: string[]; type: string }[];
  private readonly byId = new Map<string, RegistryAct>();

  constructor(data: RegistryActData[]) {
    this.acts = data.map((a) => {
      const act = toRegistryAct(a);
      this.byId.set(a.id, act);
      if (a.alias) this.byId.set(a.alias, act);
      const keys = [titleKey(a.ru), a.kk ? titleKey(a.kk) : ''].filter(Boolean);
      return { act, keys, type: typeKey(a.tr ?? '') };
    });
  }

  get(id: string): RegistryAct | undefined {
    return this.byId.get(id) ?? this.byId.get(id.toLowerCase());
  }

  /**
   * Acts matching every given field. A title matches when its distinctive words (type and state
   * dropped, stemmed) equal the registry's in either language; a type written inside the title
   * ("Кодекс ... об административных правонарушениях") also narrows by type.
   * Newest first.
   */
  find(query: { title?: string; type?: string; date?: string; number?: string }): RegistryAct[] {
    const title = query.title ? titleKey(query.title) : undefined;
    const type = query.type ? typeKey(query.type) : query.title ? typeInTitle(query.title) : undefined;
    const date = query.date ? isoDate(query.date) ?? query.date : undefined;
    const number = query.number ? numberKey(query.number) : undefined;
    if (title === '' && !type && !date && !number) return [];
    return this.acts
      .filter((a) => {
        if (title !== undefined && !a.keys.includes(title)) return false;
        if (type && a.type !== type) return false;
        if (date && a.act.date !== date) return false;
        if (number) {
          const own = a.act.number ? numberKey(a.act.number) : '';
          if (own !== number && own.split('-')[0] !== number) return false;
        }
        return true;
      })
      .map((a) => a.act)
      .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''));
  }
}

/** The act type named inside a title, if any ("Кодекс Республики Казахстан об ..." → "кодекс"). */
function typeInTitle(title: string): string | undefined {
  const t = normalizeText(title);
  if (/конституцион\S*\s+закон|конституциялық\s+заң/.test(t)) return 'конституционный закон';
  if (/кодекс/.test(t)) return 'кодекс';
  if (/(^|\s)закон|(^|\s)заң/.test(t)) return 'закон';
  return undefined;
}
