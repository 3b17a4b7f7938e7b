export type Language = 'ru' | 'kk';
export type UiLanguage = Language | 'en';

/** Letters that exist in Kazakh Cyrillic but not in Russian. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;

/**
 * Guess the language of a text: Kazakh if Kazakh-only letters make up a visible share of the
 * Cyrillic letters, Russian otherwise. Robust on legal texts, which are long.
 */
export function detectLanguage(text: string): Language {
  const kk = (text.match(KAZAKH_LETTERS) ?? []).length;
  const cyr = (text.match(/[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]/g) ?? []).length;
  if (cyr === 0) return 'ru';
  return kk / cyr > 0.01 ? 'kk' : 'ru';
}
