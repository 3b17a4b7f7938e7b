/**
 * matchesIn / firstIn search a pattern whose alternatives all open with WB without that
 * look-behind and test the word start per match found (words.ts): the matches must be exactly
 * those of the full pattern, also where a match without a word start hides one that has it.
 */
import { firstIn, matchesIn, SP, WB, WE, words, type Match } from './words';

/** The plain search with the full pattern: what matchesIn must give. */
function reference(re: RegExp, text: string, from = 0, to = text.length): Match[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const out: Match[] = [];
  const slice = text.slice(0, to);
  g.lastIndex = from;
  for (let m = g.exec(slice); m; m = g.exec(slice)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], groups: m.groups });
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

const PATTERNS: Array<[string, RegExp]> = [
  ['ru words', words(['в разумный срок', 'своевременно', 'при необходимости'])],
  ['kk words', words(['қажет болған жағдайда', 'уақтылы', 'әдетте'])],
  ['a match inside a rejected one', new RegExp(`${WB}(?:а-б|б)${WE}`, 'giu')],
  ['named groups', new RegExp(`${WB}(?<deadline>в${SP}срок)|${WB}(?<grounds>по${SP}основаниям)`, 'giu')],
  ['not global', new RegExp(`${WB}(?:иные|другие)${SP}документы`, 'iu')],
  // Not all alternatives open with WB: searched as written.
  ['mixed', new RegExp(`${WB}срок|т\\.${SP}?д\\.`, 'giu')],
];

describe('matchesIn with patterns opening with a word start', () => {
  it.each([
    ['Заявление рассматривается в разумный срок и своевременно.', 0, [['в разумный срок', 26], ['своевременно', 44]]],
    ['Бұйрық уақтылы және әдетте орындалады.', 1, [['уақтылы', 7], ['әдетте', 20]]],
    ['Слово xа-б и б.', 2, [['б', 9], ['б', 13]]],
    ['Ива-б, а-б', 2, [['б', 4], ['а-б', 7]]],
  ] as const)('%s', (text, pattern, expected) => {
    const re = PATTERNS[pattern][1];
    expect(matchesIn(re, text).map((m) => [m.text, m.start])).toEqual(expected);
  });

  it('keeps named groups, and firstIn gives the first match', () => {
    const text = 'Лицензиар отказывает по основаниям, и в срок, установленный им.';
    const re = PATTERNS[3][1];
    expect(matchesIn(re, text).map((m) => Object.entries(m.groups ?? {}).filter(([, v]) => v))).toEqual([[['grounds', 'по основаниям']], [['deadline', 'в срок']]]);
    expect(firstIn(re, text)?.text).toBe('по основаниям');
    expect(firstIn(re, 'Нет ничего')).toBeUndefined();
  });

  it('gives the same matches as the full pattern on random text, with from and to', () => {
    // A small alphabet makes word starts, hyphens, digits, a letter outside the BMP and overlaps frequent.
    const alphabets = [
      ['а', 'б', 'в', '-', ' ', '1', 'x', 'с', 'р', 'о', 'к', '𝐀', 'ә', '.', 'т', 'д'],
      ['а', 'б', '-', ' ', 'x', '1', '𝐀'],
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const [, re] of PATTERNS.concat([['short', words(['а', 'б', 'аб', 'срок', 'т. д.'])]])) {
      for (let k = 0; k < 600; k++) {
        const alphabet = alphabets[k % 2];
        const text = Array.from({ length: 1 + random(40) }, () => alphabet[random(alphabet.length)]).join('');
        const from = random(4);
        const to = text.length - random(3);
        expect({ text, found: matchesIn(re, text, from, to) }).toEqual({ text, found: reference(re, text, from, to) });
      }
    }
  });
});
