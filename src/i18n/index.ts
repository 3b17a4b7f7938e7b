/** Interface strings in Kazakh, Russian and English; the language follows Office's display language. */
import type { UiLanguage } from '../core/language';
import { en, type MessageKey, type Messages } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type { MessageKey, Messages };
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

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

export function translator(language: UiLanguage): Translate {
  const catalog = CATALOGS[language];
  return (key, data = {}) => catalog[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? String(data[name]) : m));
}
