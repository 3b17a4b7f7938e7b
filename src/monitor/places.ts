/**
 * Constitution places in words, in the act's language: "пункта 2 статьи 13" (genitive, after a
 * noun) or "пункт 2 статьи 13" (nominative, as a suggestion); kk "13-бабының 2-тармағы" style
 * written "13-бап 2-тармақ". Places are provision keys ("12.2", "60.3(4)", "46(11)", "12").
 */
import type { Language } from '../core/language';
import { parseProvisionKey, type ProvisionKey } from '../corpus/provisions';

export function placeKey(place: string): ProvisionKey | undefined {
  return parseProvisionKey(place);
}

export function placeWords(k: ProvisionKey, language: Language, nominative = false): string {
  if (language === 'kk') return [`${k.article}-бап`, k.item && `${k.item}-тармақ`, k.subitem && `${k.subitem}) тармақша`].filter(Boolean).join(' ');
  const words = [k.subitem && `подпункта ${k.subitem})`, k.item && `пункта ${k.item}`, `статьи ${k.article}`].filter(Boolean) as string[];
  if (nominative) words[0] = words[0].replace(/^подпункта/, 'подпункт').replace(/^пункта/, 'пункт').replace(/^статьи/, 'статья');
  return words.join(' ');
}

export function placesWords(places: readonly string[], language: Language, nominative = false): string {
  return places
    .map((p) => placeKey(p))
    .filter((k): k is ProvisionKey => !!k)
    .map((k) => placeWords(k, language, nominative))
    .join(', ');
}

/** The argument form `Corpus.from1995` takes for an item ("3", "3(5)") or a subitem of an article without items ("5)"). */
export function itemArgument(item: string | undefined, subitem: string | undefined): string | undefined {
  if (item) return subitem ? `${item}(${subitem})` : item;
  return subitem ? `${subitem})` : undefined;
}
