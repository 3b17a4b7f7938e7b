/**
 * Definitions: the article "Основные понятия, используемые в настоящем Законе" / "Осы Заңда
 * пайдаланылатын негізгі ұғымдар" (or an item of a bylaw "…используются следующие понятия:"),
 * each subitem "term – definition;" gives one term. The term's range is exact: a parenthetical
 * "(далее – X)" after it is not part of the term.
 */
import type { Act, Definition, Unit } from './types';

const DEFINITIONS_HEADING = /(?:основные\s+)?понятия,?\s+(?:используемые|применяемые)|основные\s+понятия|термины\s+и\s+определения|терминдер|негізгі\s+ұғымдар|ұғымдар\s+мен\s+анықтамалар|пайдаланылатын\s+ұғымдар/iu;
const DEFINITIONS_INTRO =
  /(?:используются|применяются)\s+следующие\s+(?:основные\s+)?(?:понятия|термины(?:\s+и\s+определения)?)|мынадай\s+(?:негізгі\s+)?(?:ұғымдар|терминдер)(?:\s+мен\s+анықтамалар)?\s+(?:пайдаланылады|қолданылады)/iu;

/** Units whose children are the definitions. */
function containers(act: Act): Unit[] {
  const out: Unit[] = [];
  const visit = (units: readonly Unit[]): void => {
    for (const u of units) {
      const text = act.doc.paragraphs[u.paragraph].text.slice(u.textStart);
      if ((u.kind === 'article' && u.heading && DEFINITIONS_HEADING.test(u.heading)) || DEFINITIONS_INTRO.test(text) || headingAsIntro(u, text)) {
        out.push(u);
        continue;
      }
      visit(u.children);
    }
  };
  visit(act.body);
  return out;
}

/**
 * An item (or part) that opens the list with the heading's words instead of a sentence:
 * "2. Основные понятия, используемые в настоящих Правилах:" / "2. Осы Қағидаларда пайдаланылатын
 * негізгі ұғымдар:". Only a short line ending with a colon: a norm that merely mentions "понятия" is not one.
 */
function headingAsIntro(u: Unit, text: string): boolean {
  if (u.kind !== 'item' && u.kind !== 'part') return false;
  const t = text.trim();
  return t.endsWith(':') && t.length <= 160 && DEFINITIONS_HEADING.test(t);
}

export function findDefinitions(act: Act): Definition[] {
  const out: Definition[] = [];
  for (const c of containers(act)) {
    const entries = entriesOf(c);
    for (const u of entries) {
      const text = act.doc.paragraphs[u.paragraph].text;
      const d = termOf(text, u.textStart);
      if (d) out.push({ term: d.text, range: { paragraph: u.paragraph, start: d.start, end: d.end }, unitId: u.id });
    }
  }
  return out;
}

/** Subitems of the container (through an intro item or part), or its parts when unnumbered. */
function entriesOf(c: Unit): Unit[] {
  const subs: Unit[] = [];
  const parts: Unit[] = [];
  const walk = (u: Unit): void => {
    for (const ch of u.children) {
      if (ch.kind === 'subitem') subs.push(ch);
      else if (ch.kind === 'part') parts.push(ch);
      if (ch.kind !== 'subitem') walk(ch);
    }
  };
  walk(c);
  if (subs.length) return subs;
  if (c.kind === 'article') {
    // An article written without labels: its parts after the intro line.
    return parts.slice(1);
  }
  return [];
}

/**
 * The term of "term – definition": the text before the first dash outside parentheses. A parenthetical
 * that names a short form ("(далее – X)", "(бұдан әрі – X)") ends the term; one inside it (a plural,
 * "ребенок (дети), оставшийся без попечения родителей (родителя), – …") belongs to the term, and
 * `text` gives the term without it ("ребенок, оставшийся без попечения родителей").
 */
export function termOf(text: string, from: number): { start: number; end: number; text: string } | undefined {
  let depth = 0;
  let open = -1;
  let shortForm = -1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && open >= 0 && shortForm < 0 && /^\(\s*(?:далее|бұдан\s+әрі)/iu.test(text.slice(open, i))) shortForm = open;
    } else if (depth === 0 && /[–—-]/.test(ch) && /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '')) {
      let end = shortForm >= 0 ? shortForm : i;
      while (end > from && /[\s,]/.test(text[end - 1])) end--;
      let start = from;
      while (start < end && /\s/.test(text[start])) start++;
      if (end - start < 2 || end - start > 200) return undefined;
      const term = text.slice(start, end).replace(/\s*\([^()]*\)/g, '').replace(/\s+,/g, ',').replace(/,\s*$/, '').trim();
      return { start, end, text: term || text.slice(start, end) };
    }
  }
  return undefined;
}
