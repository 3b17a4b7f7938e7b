/**
 * Editorial notes of the official database (ЕСПИ / adilet): footnotes on amendments, ИЗПИ / РЦПИ
 * remarks, "see resolution" pointers, Constitutional Court resolutions placed under the unit they
 * judge. They are not norms and are never checked as norms.
 *
 * Excluded units ("19) исключен Законом …", "Статья 5. Исключена …", "5-бап алып тасталды") are
 * units, not notes: their number still counts. The words that say so are read here too.
 */

/** Words saying a unit was excluded or lost force (ru/kk), as the database writes them. */
const EXCLUDED_WORDS =
  '(?:[Ии]сключен[аоы]?|[Уу]тратил[аио]?\\s+силу|[Аа]лып\\s+тасталды|[Аа]лынып\\s+тасталды|[Кк]үшін\\s+жойды|[Кк]үші\\s+жойылды)(?![\\p{L}])';

const NOTE_START = new RegExp(
  [
    // "Сноска. Статья 18 с изменениями ...", "Ескерту. 5-бап алып тасталды ...", markdown "*Сноска.*"
    '^[\\s>*_]*(?:Сноска|Сноски|Ескерту|Ескертулер)(?:\\s*[.:]|\\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ\\d]))',
    '^[\\s>*_]*Примечание\\s+(?:ИЗПИ|РЦПИ|РЦПИ!|редакции)',
    '^[\\s>*_]*(?:ЗҚАИ|РҚАО|ҚР\\s+ЗҚАИ)-?(?:ның|нің)?\\s+ескертпесі',
    '^[\\s>*_]*Вниманию пользователей',
    '^[\\s>*_]*Для удобства пользования',
    '^[\\s>*_]*Пайдаланушылардың назарына',
    '^[\\s>*_]*(?:См\\.|Смотрите|Қараңыз)[\\s:]',
    // "Нормативным постановлением Конституционного Суда РК от 20.01.2025 № 61-НП подпункты … признаны …"
    '^[\\s>*_]*(?:Нормативным\\s+)?[Пп]остановлени(?:ем|ями)\\s+Конституционного\\s+(?:Суда|Совета)\\s+(?:РК|Республики\\s+Казахстан)',
    // "ҚР Конституциялық Сотының 20.01.2025 № 61-НҚ нормативтік қаулысымен …"
    '^[\\s>*_]*(?:ҚР|Қазақстан\\s+Республикасы(?:ның)?)\\s+Конституциялық\\s+(?:Сотының|Кеңесінің)\\s.{0,80}?қаулы(?:сы|лары)мен',
    // A footnote that lost its "Сноска." ("Статья 68 с изменением, внесенным …", "Пункт 3 исключен …";
    // a heading never starts in lower case, so "Статья 68. с изменением …" is one too).
    // "Статья 5 исключена …" / "5-бап алып тасталды" are the excluded units themselves (labels.ts).
    '^[\\s>*_]*(?:Раздел|Глава|Параграф|Статья)\\s+[\\dIVXLC][\\d-]*\\.?\\s+(?:с\\s+изменени|с\\s+дополнени|в\\s+редакции|дополнен)',
    '^[\\s>*_]*[\\d-]+-(?:бөлім|тарау|параграф|бап)\\.?\\s+(?:өзгеріс|толықтыру|жаңа\\s+редакцияда)',
    '^[\\s>*_]*[\\d-]+-(?:бөлімге|тарауға|параграфқа|бапқа|тармаққа|тармақшаға)\\s+(?:өзгеріс|толықтыру)',
    '^[\\s>*_]*(?:Пункт|Подпункт|Часть)\\s+[\\d-]+\\)?\\s+(?:исключен|утратил|с\\s+изменени|с\\s+дополнени|в\\s+редакции|дополнен)',
    '^[\\s>*_]*[\\d-]+\\)?-?(?:тармақ|тармақша)\\s+(?:алып\\s+тасталды|күшін\\s+жойды)',
  ].join('|'),
  'u',
);

/** An editorial note line. */
export function isEditorialNote(text: string): boolean {
  return NOTE_START.test(text);
}

/**
 * A note header that announces a note on the next line ("Примечание ИЗПИ!" alone, then "В подпункт 2)
 * предусматривается изменение ..."): the next paragraph is part of the note.
 */
export function isNoteHeaderOnly(text: string): boolean {
  return /^[\s>*_]*(?:Примечание\s+(?:ИЗПИ|РЦПИ)|ЗҚАИ-ның\s+ескертпесі|РҚАО-ның\s+ескертпесі)\s*[!.:]?[\s*_]*$/.test(text);
}

/**
 * A Constitutional Court resolution giving an interpretation ("… в следующем истолковании: …",
 * "… түсіндірмеде … деп танылды: …"): its text may run on in the next paragraphs.
 */
export function isInterpretationNote(text: string): boolean {
  return /истолковани|түсіндірмеде/u.test(text) && /Конституционн|Конституциялық/u.test(text);
}

const EXCLUDED_TEXT = new RegExp(`^[\\s*_]*${EXCLUDED_WORDS}`, 'u');

/** Text after a unit label saying the unit was excluded ("3. Исключен Законом РК от ...", "4) утратил силу"). */
export function isExcludedUnitText(rest: string): boolean {
  return EXCLUDED_TEXT.test(rest);
}

const EXCLUSION_FOOTNOTE = new RegExp(
  [
    `^[\\s>*_]*(?:Сноска|Ескерту)\\s*[.:]\\s*(?<ru>Раздел|Глава|Параграф|Статья)\\s+(?<rn>\\d+(?:-\\d+)*)\\s+${EXCLUDED_WORDS}`,
    `^[\\s>*_]*(?:Сноска|Ескерту)\\s*[.:]\\s*(?<kn>\\d+(?:-\\d+)*)-(?<kk>бөлім|тарау|параграф|бап)\\s+${EXCLUDED_WORDS}`,
  ].join('|'),
  'u',
);

const FOOTNOTE_KIND: Record<string, 'section' | 'chapter' | 'paragraph' | 'article'> = {
  Раздел: 'section',
  Глава: 'chapter',
  Параграф: 'paragraph',
  Статья: 'article',
  бөлім: 'section',
  тарау: 'chapter',
  параграф: 'paragraph',
  бап: 'article',
};

/** "Сноска. Статья 197 исключена Законом …" / "Ескерту. 197-бап алып тасталды …": the unit it declares excluded. */
export function excludedByFootnote(text: string): { kind: 'section' | 'chapter' | 'paragraph' | 'article'; number: string } | undefined {
  const g = EXCLUSION_FOOTNOTE.exec(text)?.groups;
  if (!g) return undefined;
  const word = g.ru ?? g.kk;
  return { kind: FOOTNOTE_KIND[word], number: g.rn ?? g.kn };
}

/**
 * An official consolidated edition (it carries the database's editorial notes) rather than a draft.
 * Rules soften what such a text inherits from its history: a term left unused by later amendments,
 * a Constitution reference in the 1995 numbering of an edition that predates the 2026 Constitution.
 */
export function isConsolidatedEdition(act: { paragraphs: ReadonlyArray<{ role: string }> }): boolean {
  // Asked per reference by some rules: a draft has no note, so each answer would read every paragraph again.
  let answer = consolidated.get(act.paragraphs);
  if (answer === undefined) consolidated.set(act.paragraphs, (answer = act.paragraphs.some((p) => p.role === 'note')));
  return answer;
}

const consolidated = new WeakMap<ReadonlyArray<{ role: string }>, boolean>();
