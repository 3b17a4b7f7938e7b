/**
 * Headings run into a paragraph. Texts rebuilt from PDFs (and some typed drafts) join lines: "ОБЩАЯ
 * ЧАСТЬ РАЗДЕЛ 1. ОСНОВНЫЕ ПОЛОЖЕНИЯ", "§ 2. Договорный режим Статья 39. Брачный договор 1.
 * Брачным договором признается …", "Статья 279. Государственная регистрация … 1. Государственная
 * регистрация …". Each run-in label starts a segment of its own, read as a line of the unit tree.
 *
 * A run-in label is a capitalised unit word, its number, a period and a capitalised word ("Статья 39.
 * Брачный", "§ 2. Договорный", "Глава 16. Понятие", "РАЗДЕЛ 1. ОСНОВНЫЕ"; kk "39-бап. Неке") — a
 * reference never reads so ("статьей 39 настоящего Кодекса", "Статья 5 настоящего Закона
 * применяется"). A run-in first item "1. Capital" counts only right after a heading segment whose
 * words do not end a sentence.
 */

const HEADING_AT =
  /\s(?=(?:(?:Статья|СТАТЬЯ|Глава|ГЛАВА|Раздел|РАЗДЕЛ|Параграф|ПАРАГРАФ)\s+\d+(?:-\d+)*\.|§\s*\d+(?:-\d+)*\.|\d+(?:-\d+)*-(?:бап|тарау|бөлім|БАП|ТАРАУ|БӨЛІМ)\.)\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"])/gu;
const HEADING_START = /^\s*(?:(?:Статья|СТАТЬЯ|Глава|ГЛАВА|Раздел|РАЗДЕЛ|Параграф|ПАРАГРАФ)\s+\d+(?:-\d+)*\.|§\s*\d+(?:-\d+)*\.|\d+(?:-\d+)*-(?:бап|тарау|бөлім|БАП|ТАРАУ|БӨЛІМ)\.)/u;
const FIRST_ITEM_AT = /\s(?=1\.\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"])/gu;

/** Offsets (> 0) where a run-in label begins a new segment of the paragraph's text. */
export function runInStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(HEADING_AT)) starts.push(m.index + 1);
  // After each heading segment (the paragraph's own start included), a first item run into it.
  const headingStarts = [...(HEADING_START.test(text) ? [0] : []), ...starts];
  for (const h of headingStarts) {
    const next = starts.find((s) => s > h) ?? text.length;
    const labelEnd = h + (HEADING_START.exec(text.slice(h))?.[0].length ?? 0);
    FIRST_ITEM_AT.lastIndex = labelEnd;
    const m = FIRST_ITEM_AT.exec(text);
    if (!m || m.index + 1 >= next) continue;
    // The heading's words before "1." end no sentence (a heading has no period after its label).
    const headingWords = text.slice(labelEnd, m.index);
    if (!/[.;:!?]/.test(headingWords)) starts.push(m.index + 1);
  }
  return starts.sort((a, b) => a - b);
}

/** A segment holds only heading words run in before a label ("I. Общие положения", "2. Полное товарищество"): no norm. */
export function isHeadingWords(segment: string): boolean {
  const t = segment.trim();
  return t.length > 0 && t.length <= 200 && !/[.;:!?]$/.test(t) && !/\.\s+\p{Lu}/u.test(t.replace(/^\s*(?:[IVXLC]+|\d+(?:-\d+)*)\.\s/u, ''));
}

/**
 * An article heading wrapped onto the next paragraph, with the first item run into it ("Статья 376.
 * Посягательство на честь и достоинство депутата Парламента Республики" / "Казахстан и
 * воспрепятствование его деятельности 1. Публичное оскорбление …"): where "1." begins, or -1.
 */
export function wrappedHeadingItem(text: string): number {
  FIRST_ITEM_AT.lastIndex = 0;
  const m = FIRST_ITEM_AT.exec(text);
  if (!m) return -1;
  const words = text.slice(0, m.index);
  return words.length <= 200 && !/[.;:!?]/.test(words) ? m.index + 1 : -1;
}
