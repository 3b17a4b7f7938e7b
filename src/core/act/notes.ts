/**
 * Editorial notes of the official database (ЕСПИ / adilet): footnotes on amendments, ИЗПИ / РЦПИ
 * remarks, "see resolution" pointers, "Статья 5 исключена ...". They are not norms and are never
 * checked as norms.
 */

const NOTE_START = new RegExp(
  [
    // "Сноска. Статья 18 с изменениями ...", "Ескерту. 5-бап алып тасталды ...", markdown "*Сноска.*"
    '^[\\s>*_]*(?:Сноска|Сноски|Ескерту|Ескертулер)\\s*[.:]',
    '^[\\s>*_]*Примечание\\s+(?:ИЗПИ|РЦПИ|РЦПИ!|редакции)',
    '^[\\s>*_]*(?:ЗҚАИ|РҚАО|ҚР\\s+ЗҚАИ)-?(?:ның|нің)?\\s+ескертпесі',
    '^[\\s>*_]*Вниманию пользователей',
    '^[\\s>*_]*Для удобства пользования',
    '^[\\s>*_]*Пайдаланушылардың назарына',
    '^[\\s>*_]*(?:См\\.|Смотрите|Қараңыз)\\s',
    '^[\\s>*_]*(?:Раздел|Глава|Параграф|Статья|Пункт|Подпункт|Часть)\\s+[\\dIVXLC][\\d-]*\\)?\\s+(?:исключен|утратил|с\\s+изменени|с\\s+дополнени|в\\s+редакции|дополнен)',
    '^[\\s>*_]*[\\d-]+\\)?-?(?:бөлім|тарау|параграф|бап|тармақ|тармақша)\\s+(?:алып\\s+тасталды|күшін\\s+жойды)',
  ].join('|'),
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

/** Text after a unit label saying the unit was excluded ("3. Исключен Законом РК от ..."). */
export function isExcludedUnitText(rest: string): boolean {
  return /^[\s*_]*(?:Исключен[аоы]?|Утратил[аио]?\s+силу|алып\s+тасталды|Алып\s+тасталды|күшін\s+жойды)/.test(rest);
}
