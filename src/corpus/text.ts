/**
 * Text normalisation and a light stemmer for Russian and Kazakh, shared by search and title lookup.
 * Pure; no dependencies. The stemmer strips common inflection endings (Kazakh iteratively, since
 * it stacks plural, possessive and case suffixes) and then keeps at most STEM_LENGTH letters: legal
 * vocabulary shares long roots, and the concordance of the corpus was built the same way (5-letter
 * stems) with good results.
 */
import type { Language } from '../core/language';

const STEM_LENGTH = 6;
const MIN_STEM = 3;

/** Latin look-alikes that occur inside Cyrillic words of the sources (kk "i" for "і", "ə" for "ә"). */
const LOOKALIKES: Record<string, string> = {
  i: 'і', ə: 'ә', a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', h: 'һ', ё: 'е',
};

/** Lower case, ё→е, Latin look-alikes inside Cyrillic words → Cyrillic, quotes and dashes unified. */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase().replace(/ё/g, 'е');
  // Fast path: most texts have no Latin letters at all.
  if (!/[a-zə]/.test(lower)) return lower;
  return lower.replace(/[a-zə\u0400-\u04ff]+/g, (word) =>
    /[\u0400-\u04ff]/.test(word) ? word.replace(/[iəaeopcxykh]/g, (ch) => LOOKALIKES[ch] ?? ch) : word,
  );
}

const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ение', 'ения', 'ению', 'ением', 'ении', 'ений', 'ость', 'ости', 'остью', 'остей',
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ую', 'юю', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ов', 'ев', 'ию', 'ия', 'ии', 'ых', 'их', 'ешь',
  'ется', 'ются', 'ится', 'ятся', 'ает', 'яет', 'ует', 'ют', 'ут', 'ат', 'ят', 'ет', 'ит', 'ить', 'ать',
  'ять', 'еть', 'уть', 'ться', 'ться', 'лся', 'лась', 'лось', 'лись', 'ала', 'ило', 'ила', 'или', 'ала',
  'ся', 'сь', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

const KK_ENDINGS = [
  // case
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді',
  'ты', 'ті', 'нда', 'нде', 'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен',
  'бен', 'пен', 'менен', 'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі',
  // plural
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
  // possessive
  'ымыз', 'іміз', 'ыңыз', 'іңіз', 'сы', 'сі', 'ы', 'і', 'ым', 'ім', 'ың', 'ің',
  // frequent verb forms in legal texts
  'ылады', 'іледі', 'лады', 'леді', 'ады', 'еді', 'йды', 'йді', 'ған', 'ген', 'қан', 'кен', 'уға', 'уге',
  'атын', 'етін', 'йтын', 'йтін', 'ып', 'іп', 'уы', 'уі', 'у', 'сыз', 'сіз', 'лық', 'лік', 'дық', 'дік',
  'тық', 'тік', 'шы', 'ші',
];

/** Endings grouped by length, longest first, for a set lookup per length instead of a scan. */
function byLength(endings: string[]): [number, Set<string>][] {
  const groups = new Map<number, Set<string>>();
  for (const e of endings) groups.set(e.length, (groups.get(e.length) ?? new Set()).add(e));
  return [...groups.entries()].sort((a, b) => b[0] - a[0]);
}
const RU_GROUPS = byLength(RU_ENDINGS);
const KK_GROUPS = byLength(KK_ENDINGS);

function stripOnce(word: string, groups: [number, Set<string>][]): string {
  for (const [length, set] of groups) {
    if (word.length - length >= MIN_STEM && set.has(word.slice(-length))) return word.slice(0, -length);
  }
  return word;
}

const KAZAKH_ONLY = /[әғқңөұүһі]/;

const stemCache = new Map<string, string>();

/** Stem of one normalised word; Kazakh rules apply when the word or the text is Kazakh. */
export function stem(word: string, language?: Language): string {
  const cacheKey = language === 'kk' ? `k:${word}` : word;
  let cached = stemCache.get(cacheKey);
  if (cached === undefined) {
    cached = computeStem(word, language);
    if (stemCache.size < 200_000) stemCache.set(cacheKey, cached);
  }
  return cached;
}

function computeStem(word: string, language?: Language): string {
  let w = word;
  if (language === 'kk' || KAZAKH_ONLY.test(w)) {
    for (let i = 0; i < 3; i++) {
      const next = stripOnce(w, KK_GROUPS);
      if (next === w) break;
      w = next;
    }
  } else {
    w = stripOnce(w, RU_GROUPS);
  }
  return w.slice(0, STEM_LENGTH);
}

const STOPWORDS = new Set(
  (
    'и в во на с со по к ко о об от до из за для при не ни что как а или либо ли же бы быть был была было были ' +
    'является являются этот эта это эти того той том тем настоящего настоящей настоящий настоящим который которая ' +
    'которые которых которым его ее их он она они оно в том числе так также только лишь может могут ' +
    'және мен бен пен да де та те осы бұл сол үшін немесе не ол оның олар бойынша тиіс болып табылады ' +
    'оған оны одан соның сондай ақ мүмкін'
  ).split(/\s+/),
);

/** Words of a text: normalised, split at anything but a letter (hyphenated words split too), stop words and numbers dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const w of normalizeText(text).split(/[^a-zа-яәғқңөұүһі]+/)) {
    if (w.length > 1 && !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** Search terms of a text: its words, stemmed. */
export function terms(text: string, language?: Language): string[] {
  return words(text).map((w) => stem(w, language));
}
