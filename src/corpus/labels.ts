/**
 * Human labels of corpus citations in Russian and Kazakh, in the forms drafters write them:
 * ru "ст. 41 п. 1 пп. 4)", kk "41-бап 1-тармақ 4) тармақша" (number before the noun, DOMAIN.md § 1).
 */
import type { Language } from '../core/language';
import type { ProvisionKey } from './provisions';

export function unitPath(k: ProvisionKey, language: Language): string {
  if (language === 'kk') {
    return [`${k.article}-бап`, k.item ? `${k.item}-тармақ` : '', k.subitem ? `${k.subitem}) тармақша` : ''].filter(Boolean).join(' ');
  }
  return [`ст. ${k.article}`, k.item ? `п. ${k.item}` : '', k.subitem ? `пп. ${k.subitem})` : ''].filter(Boolean).join(' ');
}

export function constitutionLabel(edition: 2026 | 1995, k: ProvisionKey, language: Language, from1995: ProvisionKey[] = []): string {
  const head = language === 'kk' ? `ҚР ${edition} Конституциясы` : `Конституция РК ${edition}`;
  const earlier = from1995.length ? ` (1995: ${from1995.map((p) => unitPath(p, language)).join('; ')})` : '';
  return `${head}, ${unitPath(k, language)}${earlier}`;
}

export function legalActsLawLabel(k: ProvisionKey, language: Language): string {
  return language === 'kk'
    ? `«Құқықтық актілер туралы» ҚР Заңы, ${unitPath(k, language)}`
    : `Закон РК «О правовых актах», ${unitPath(k, language)}`;
}

const KK_MONTHS_LOCATIVE = [
  'қаңтардағы', 'ақпандағы', 'наурыздағы', 'сәуірдегі', 'мамырдағы', 'маусымдағы',
  'шілдедегі', 'тамыздағы', 'қыркүйектегі', 'қазандағы', 'қарашадағы', 'желтоқсандағы',
];
const RU_MONTHS_GENITIVE = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

/** "2024 жылғы 10 қаңтардағы" from "10.01.2024" or "2024-01-10". */
export function kazakhDate(date: string): string {
  const d = splitDate(date);
  return d ? `${d.year} жылғы ${d.day} ${KK_MONTHS_LOCATIVE[d.month - 1]}` : date;
}

/** "6 апреля 2016 года" from "06.04.2016" or "2016-04-06". */
export function russianDate(date: string): string {
  const d = splitDate(date);
  return d ? `${d.day} ${RU_MONTHS_GENITIVE[d.month - 1]} ${d.year} года` : date;
}

export function splitDate(date: string): { day: number; month: number; year: number } | undefined {
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date.trim());
  if (m) return { day: +m[1], month: +m[2], year: +m[3] };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (m) return { day: +m[3], month: +m[2], year: +m[1] };
  return undefined;
}

export function resolutionLabel(body: 'cc' | 'council', number: string, date: string, language: Language): string {
  if (language === 'kk') {
    const kkNumber = number.replace(/-НП$/, '-НҚ');
    return body === 'cc'
      ? `ҚР Конституциялық Сотының ${kazakhDate(date)} № ${kkNumber} нормативтік қаулысы`
      : `ҚР Конституциялық Кеңесінің ${kazakhDate(date)} № ${kkNumber} қаулысы`;
  }
  return body === 'cc'
    ? `Нормативное постановление Конституционного Суда РК от ${date} № ${number}`
    : `Постановление Конституционного Совета РК от ${date} № ${number}`;
}

/** Titles stored in capitals ("АДМИНИСТРАТИВНЫЙ ... КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН") in sentence case. */
export function sentenceCase(title: string): string {
  if (title !== title.toUpperCase()) return title;
  const lower = title.toLowerCase();
  return (lower.charAt(0).toUpperCase() + lower.slice(1))
    .replace(/республики казахстан/g, 'Республики Казахстан')
    .replace(/қазақстан республикасының/g, 'Қазақстан Республикасының');
}

export function actLabel(
  act: { titleRu: string; titleKk?: string; typeRu?: string; typeKk?: string; date?: string; number?: string },
  language: Language,
): string {
  if (language === 'kk' && act.titleKk) {
    const title = sentenceCase(act.titleKk);
    const typed = act.typeKk && !title.toLowerCase().includes(act.typeKk.toLowerCase()) ? `«${title}» ҚР ${kazakhPossessive(act.typeKk.toLowerCase())}` : title;
    const req = [act.date ? `${kazakhDate(act.date)}` : '', act.number ? `№ ${act.number}` : ''].filter(Boolean).join(' ');
    return req ? `${req} ${typed}` : typed;
  }
  const title = sentenceCase(act.titleRu);
  const typed = act.typeRu && !title.toLowerCase().includes(act.typeRu.toLowerCase()) ? `${act.typeRu} РК «${title}»` : title;
  const req = [act.date ? `от ${russianDate(act.date)}` : '', act.number ? `№ ${act.number}` : ''].filter(Boolean).join(' ');
  return req ? `${typed} ${req}` : typed;
}

/** Third-person possessive of a Kazakh noun by vowel harmony: заң → заңы, кодекс → кодексі. */
export function kazakhPossessive(noun: string): string {
  const vowels = noun.match(/[аәеиоөұүуыіэюя]/g) ?? [];
  const last = vowels[vowels.length - 1] ?? 'а';
  const front = 'әеіөүэи'.includes(last);
  const endsInVowel = /[аәеиоөұүуыіэюя]$/.test(noun);
  return noun + (endsInVowel ? (front ? 'сі' : 'сы') : front ? 'і' : 'ы');
}
