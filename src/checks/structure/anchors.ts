/** Where a finding about a unit sits: its typed label, or (automatic numbering) its first words. */
import type { TextRange } from '../../core/document';
import type { Act, Unit } from '../../core/act/types';

/** The label of a unit ("4.", "Статья 5."), or its first three words when the number is automatic. */
export function unitAnchor(act: Act, unit: Unit): TextRange {
  if (unit.label) return unit.label;
  return firstWords(act.doc.paragraphs[unit.paragraph].text, unit.paragraph, unit.textStart, 3);
}

export function firstWords(text: string, paragraph: number, from: number, count: number): TextRange {
  const re = /[^\s]+/g;
  re.lastIndex = from;
  let start = -1;
  let end = from;
  for (let k = 0; k < count; k++) {
    const m = re.exec(text);
    if (!m) break;
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  if (start < 0) return { paragraph, start: from, end: from };
  // Do not end the anchor on punctuation.
  while (end > start && /[.,;:»)]/.test(text[end - 1])) end--;
  return { paragraph, start, end };
}
