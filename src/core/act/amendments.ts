/**
 * Amending instructions (DOMAIN.md §2), Russian and Kazakh:
 *   "1. В Кодекс … :" / "… кодексіне:" names the amended act for everything below it;
 *   "в статье 5:" / "5-бапта:" narrows the target; then the action:
 *   "пункт 2 изложить в следующей редакции:" / "2-тармақ мынадай редакцияда жазылсын:",
 *   "дополнить пунктом 3 следующего содержания:" / "мынадай мазмұндағы 3-тармақпен толықтырылсын:",
 *   "статью 7 исключить" / "алып тасталсын",
 *   "слова «X» заменить словами «Y»" / "«X» деген сөздер «Y» деген сөздермен ауыстырылсын".
 */
import type { Act, AmendmentInstruction, Unit, UnitAddress } from './types';
import { chainAddresses, findComponents, groupChains } from './references';
import { actionOf, amendedActOf, ownText, instructionParagraphs } from './instructionRegion';

/** `units`: every unit of the act (parseAct passes the list it built; `Object.values` of 50,000 ids is slow). */
export function findAmendments(act: Act, units: readonly Unit[] = Object.values(act.units)): AmendmentInstruction[] {
  const paragraphs = instructionParagraphs(act);
  const out: AmendmentInstruction[] = [];
  const sorted = [...paragraphs].sort((a, b) => a - b);
  const parentOf = new Map<string, Unit>();
  // Only an act with instructions needs its units' parents.
  if (sorted.length) for (const u of units) for (const c of u.children) parentOf.set(c.id, u);
  for (const p of sorted) {
    const text = ownText(act, p);
    const action = actionOf(text);
    if (!action) continue;
    // Walk up the draft's units: the nearest one naming an act gives the act; every one on the way
    // adds the units it narrows to ("в статье 140:" → article 140).
    const chainTexts: string[] = [labelFree(act, p, text)];
    let amended: string | undefined;
    let unit = act.paragraphs[p].unitId ? act.units[act.paragraphs[p].unitId!] : undefined;
    if (unit && unit.paragraph === p) {
      amended = amendedActOf(text.slice(unit.textStart));
      unit = parentOf.get(unit.id);
    }
    while (unit && !amended) {
      const t = ownText(act, unit.paragraph).slice(unit.textStart);
      amended = amendedActOf(t);
      if (!amended) chainTexts.push(t);
      unit = parentOf.get(unit.id);
    }
    const target: UnitAddress = {};
    for (const t of chainTexts) {
      for (const chain of groupChains(t, findComponents(t, act.language))) {
        const [first] = chainAddresses(chain);
        for (const [k, v] of Object.entries(first ?? {})) {
          const key = k as keyof UnitAddress;
          if (target[key] === undefined) (target as Record<string, unknown>)[key] = v;
        }
      }
    }
    const instruction: AmendmentInstruction = {
      range: { paragraph: p, start: 0, end: act.doc.paragraphs[p].text.length },
      action,
      target,
      quotes: [],
    };
    if (amended) instruction.act = amended;
    out.push(instruction);
  }
  // Each quoted wording belongs to the last instruction at or before it.
  for (const q of act.quotes) {
    let best = -1;
    for (let k = 0; k < out.length; k++) if (out[k].range.paragraph <= q.start.paragraph) best = k;
    if (best >= 0) {
      out[best].quotes.push(q.index);
      q.instruction = best;
    }
  }
  return out;
}

function labelFree(act: Act, p: number, text: string): string {
  const id = act.paragraphs[p].unitId;
  const u = id ? act.units[id] : undefined;
  return u && u.paragraph === p && u.label ? ' '.repeat(u.label.end) + text.slice(u.label.end) : text;
}
