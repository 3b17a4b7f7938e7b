/**
 * The one message catalog of Zan Assistant in Kazakh, Russian and English. This part holds what
 * the pane's first paint and its review need (the interface, comment labels, skip reasons); the
 * words of the reports and the CLI are in ./reports and the review server's errors in
 * ./serverErrors (loaded with the client), so the pane's first script carries neither. A message is a string with {placeholders}, or plural forms picked by Intl.PluralRules on
 * `count` ("#" in a form stands for the count) — no library needed.
 */
import type { UiLanguage } from '../core/language';
import { en, type MessageKey, type Messages, type Plural } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { MessageKey, Messages, Plural };
export const UI_LANGUAGES: readonly UiLanguage[] = ['kk', 'ru', 'en'];
export const CATALOGS: Record<UiLanguage, Messages> = { en, ru, kk };
/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/** Office's display language ("kk-KZ", "ru-RU", "en-US") to the pane's: kk, ru, else en. */
export function uiLanguageFor(displayLanguage: string | undefined): UiLanguage {
  const tag = (displayLanguage ?? '').toLowerCase();
  if (tag === 'kk' || tag.startsWith('kk-')) return 'kk';
  if (tag === 'ru' || tag.startsWith('ru-')) return 'ru';
  return 'en';
}

export type Translate<Key extends string = MessageKey> = (key: Key, data?: Record<string, string | number>) => string;

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/** The form of a plural message for `count` in `language` (the "other" form when one is missing). */
export function pluralForm(message: Plural, language: UiLanguage, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const category = rules.select(count) as keyof Plural;
  return (message[category] ?? message.other).replace(/#/g, String(count));
}

export function translator(language: UiLanguage): Translate {
  return catalogTranslator(CATALOGS[language], language);
}

/** A translator over any part of the catalog, in one language. */
export function catalogTranslator<Key extends string>(catalog: Record<Key, string | Plural>, language: UiLanguage): Translate<Key> {
  return (key, data = {}) => {
    const message = catalog[key];
    const text = typeof message === 'string' ? message.replace(/#/g, String(data.count ?? '#')) : pluralForm(message, language, Number(data.count ?? 0));
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
  };
}
