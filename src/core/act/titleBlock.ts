/**
 * The title block (type line, title), the kind of act, the signature block and the approval
 * stamp of a bylaw ("УТВЕРЖДЕНЫ приказом …" / "… бұйрығымен бекітілген").
 */
import type { ActKind } from './types';

const TYPE_LINE_RU =
  /^[\s*]*(?:КОНСТИТУЦИОННЫЙ\s+ЗАКОН|ЗАКОН|КОДЕКС|ПОСТАНОВЛЕНИЕ|НОРМАТИВНОЕ\s+ПОСТАНОВЛЕНИЕ|ПРИКАЗ|УКАЗ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|Конституционный\s+закон|Закон|Кодекс|Постановление|Приказ|Указ|Распоряжение)(?:\s+(?:РЕСПУБЛИКИ\s+КАЗАХСТАН|Республики\s+Казахстан|ПРАВИТЕЛЬСТВА|Правительства|ПРЕЗИДЕНТА|Президента|МИНИСТРА|Министра|министра|ПРЕДСЕДАТЕЛЯ|Председателя|АКИМАТА|акимата|МАСЛИХАТА|маслихата|[А-ЯЁA-Z][\wа-яёА-ЯЁ-]*)(?:\s+[^\s.]+){0,12})?[\s*]*$/u;
const TYPE_LINE_KK =
  /(?:ЗАҢЫ|Заңы|КОНСТИТУЦИЯЛЫҚ\s+ЗАҢЫ|Конституциялық\s+заңы|КОДЕКСІ|Кодексі|БҰЙРЫҒЫ|Бұйрығы|бұйрығы|ҚАУЛЫСЫ|Қаулысы|қаулысы|ЖАРЛЫҒЫ|Жарлығы|ӨКІМІ|Өкімі|ШЕШІМІ|Шешімі)[\s*]*$/u;

/** "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН", "ПРИКАЗ", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ", "…МИНИСТРІНІҢ БҰЙРЫҒЫ". */
export function isTypeLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200 || /[.;:]$/.test(t)) return false;
  return TYPE_LINE_RU.test(t) || TYPE_LINE_KK.test(t);
}

/** The mark above a draft's type line: "ПРОЕКТ", "Проект", "ЖОБА", "Вносится Правительством РК". */
export function isDraftMark(text: string): boolean {
  return /^(?:ПРОЕКТ|Проект|ЖОБА|Жоба)\.?$|^(?:Вносится|Енгізіледі|Енгізілетін)\s.{0,120}$|^.{0,120}енгізіледі\.?$/u.test(text.trim());
}

export type ActType = 'law' | 'code' | 'constitutional-law' | 'bylaw' | 'unknown';

/**
 * The database's line under an official text's title names its kind: "Кодекс Республики Казахстан
 * от 26 декабря 2011 года № 518-IV." / "Қазақстан Республикасының Кодексі 2011 жылғы 26 желтоқсандағы
 * № 518-IV." — the title alone ("О браке (супружестве) и семье") does not.
 */
const SUBTITLE_TYPE =
  /^(?:(?<ru>Конституционный\s+закон|Кодекс|Закон)\s+Республики\s+Казахстан\s+от\s+\d|Қазақстан\s+Республикасының\s+(?<kk>Конституциялық\s+заңы|Кодексі|Заңы)\s+\d{4}\s+жылғы)/u;

export function subtitleType(lines: readonly string[]): string | undefined {
  for (const l of lines) {
    const m = SUBTITLE_TYPE.exec(l.trim());
    if (m) return m.groups!.ru ?? m.groups!.kk;
  }
  return undefined;
}

/** Kind of act from the type line, the title and (for official texts) the database's subtitle line. */
export function actTypeOf(typeLine: string | undefined, title: string | undefined, subtitle?: string): ActType {
  if (!typeLine && subtitle) typeLine = subtitle;
  const t = `${typeLine ?? ''} ${title ?? ''}`;
  if (/КОНСТИТУЦИОНН|Конституционн|КОНСТИТУЦИЯЛЫҚ\s+ЗАҢ|Конституциялық\s+заң/i.test(typeLine ?? '')) return 'constitutional-law';
  if (/ПОСТАНОВЛЕНИЕ|ПРИКАЗ|УКАЗ|РАСПОРЯЖЕНИЕ|РЕШЕНИЕ|БҰЙРЫ|ҚАУЛЫ|ЖАРЛЫ|ӨКІМ|ШЕШІМ/i.test(typeLine ?? '')) return 'bylaw';
  if (/КОДЕКС|кодекс/i.test(typeLine ?? '') || /^\s*(?:[А-ЯЁ][А-ЯЁа-яё-]+\s+)?(?:кодекс|Кодекс|КОДЕКС)|(?:кодексі|Кодексі|КОДЕКСІ)\s*$/.test(title ?? '')) return 'code';
  if (/ЗАКОН|ЗАҢ/i.test(typeLine ?? '')) return 'law';
  if (/Закон|Заң/.test(t)) return 'law';
  return 'unknown';
}

/** "О внесении изменений и дополнений …" / "… өзгерістер мен толықтырулар енгізу туралы". */
export function isAmendingTitle(title: string): boolean {
  return /^\s*О\s+внесении\s+(?:изменени|дополнени)|(?:өзгеріс|толықтыру)\S*\s+(?:мен\s+\S+\s+)?енгізу\s+туралы/i.test(title);
}

export function actKind(type: ActType, title: string | undefined, hasArticles: boolean, hasItems: boolean): ActKind {
  if (title && isAmendingTitle(title)) return 'amending';
  if (type === 'bylaw') return 'bylaw';
  if (type === 'code') return 'code';
  if (type === 'law' || type === 'constitutional-law') return 'new-law';
  if (hasArticles) return 'new-law';
  if (hasItems) return 'bylaw';
  return 'unknown';
}

const SIGNATURE_LINES: RegExp[] = [
  /^(?:Президент|Премьер-Министр|Министр|Председатель|Аким|Руководитель|Заместитель|Первый\s+заместитель|Исполняющий\s+обязанности|Вице-министр)(?:\s+[^.;:]{0,120})?$/,
  /^Республики\s+Казахстан(?:\s+[А-ЯЁ]\.\s*[А-ЯЁ][А-ЯЁа-яё-]+)?$/,
  /^(?:Президент|Премьер-Министр)\s+Республики\s+Казахстан\s+[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.\s*)?[А-ЯЁ][А-ЯЁа-яё-]+$/,
  /^Қазақстан\s+Республикасының$/,
  /^(?:Қазақстан\s+Республикасының|Қазақстан\s+Республикасы)?[^.;:«»]{0,120}(?:Президенті|Премьер-Министрі|министрі|Министрі|төрағасы|Төрағасы|әкімі|Әкімі|басшысы|орынбасары)(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][^\s]*)?$/,
  /^[А-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ]+)?$/,
  /^(?:г\.\s*)?(?:Астана|Нур-Султан|Алматы)(?:,\s*(?:Акорда|Ақорда))?(?:\s+қаласы)?\.?$/,
  /^(?:Ақорда|Акорда)\.?$/,
  /^№\s*\S+(?:\s+\S+)?$/,
  /^(?:«[\s_]*»|"[\s_]*")?\s*[_\d]{0,2}\s*[а-яё_]*\s*\d{0,4}\s*(?:года|г\.|жылғы|жыл)\s*(?:№\s*\S*)?$/,
  /^\d{1,2}\s+[а-яё]+\s+\d{4}\s+года(?:\s+№\s*\S+)?$/,
  /^\d{4}\s+жылғы\s+\d{1,2}\s+[а-яәғқңөұүһі]+(?:\s+№\s*\S+)?$/,
];

/** A line of the signature block ("Президент", "Республики Казахстан", "К. ТОКАЕВ", "№ 153-VII"). */
export function isSignatureLine(text: string): boolean {
  const t = text.replace(/[*_]/g, '').trim();
  if (!t || t.length > 160) return false;
  return SIGNATURE_LINES.some((re) => re.test(t));
}

/** Approval stamp of an approved document: "УТВЕРЖДЕНЫ приказом …", "… бұйрығымен бекітілген", "Приложение к приказу". */
export function isApprovalStamp(text: string): boolean {
  const t = text.trim();
  if (t.length > 400) return false;
  return (
    /^(?:УТВЕРЖДЕН[АЫО]?|Утвержден[аыо]?)(?:\s|$)/.test(t) ||
    /(?:бекітілген|БЕКІТІЛГЕН|бекiтiлген)\s*$/.test(t) ||
    /^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s+\d+)?\s+к\s+(?:приказу|постановлению|указу|решению)/.test(t) ||
    /(?:бұйрығына|қаулысына|жарлығына|шешіміне)\s*(?:\d+-)?қосымша\s*$/i.test(t)
  );
}

/** "…ПОСТАНОВЛЯЕТ:", "ПРИКАЗЫВАЮ:", "БҰЙЫРАМЫН:", "ҚАУЛЫ ЕТЕДІ:" — the enacting formula of a bylaw. */
export function isEnactingFormula(text: string): boolean {
  return /(?:ПОСТАНОВЛЯЕТ|ПРИКАЗЫВАЮ|ПОСТАНОВЛЯЮ|РЕШИЛ|БҰЙЫРАМЫН|ҚАУЛЫ\s+ЕТЕДІ|ШЕШІМ\s+ҚАБЫЛДАДЫ)\s*:\s*$/.test(text);
}

/**
 * The heading of an appendix that follows the body: "Приложение 1 к Правилам …", "Приложение к
 * постановлению …", "ПРИЛОЖЕНИЕ № 2 к настоящему Закону", kk "… қағидаларына 1-қосымша", "… қаулыға
 * қосымша". A short line that is only the heading, not a norm mentioning an appendix.
 */
export function isAppendixHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 300 || /[;:]$/.test(t)) return false;
  return (
    /^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?:№\s*)?\d+(?:-\d+)?)?\s+к\s+\S/u.test(t) ||
    /^(?:Приложение|ПРИЛОЖЕНИЕ)(?:\s+(?:№\s*)?\d+(?:-\d+)?)?$/u.test(t) ||
    (/(?:^|\s)(?:\d+(?:-\d+)?-)?(?:қосымша|ҚОСЫМША)$/u.test(t) && !/[.]$/.test(t) && t.split(/\s+/).length <= 30)
  );
}
