/** Lower case with ё written е: the one key under which Russian and Kazakh words are compared (drafts write "ё" or "е" at will). */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}
