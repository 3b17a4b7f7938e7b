/**
 * Amending instructions (DOMAIN.md §2), Russian and Kazakh:
 *   "1. В Кодекс … :" / "… кодексіне:" names the amended act for everything below it;
 *   "в статье 5:" / "5-бапта:" narrows the target; then the action:
 *   "пункт 2 изложить в следующей редакции:" / "2-тармақ мынадай редакцияда жазылсын:",
 *   "дополнить пунктом 3 следующего содержания:" / "мынадай мазмұндағы 3-тармақпен толықтырылсын:",
 *   "статью 7 исключить" / "алып тасталсын",
 *   "слова «X» заменить словами «Y»" / "«X» деген сөздер «Y» деген сөздермен ауыстырылсын".
 */
import type { Act, AmendmentAction, AmendmentInstruction, Unit, UnitAddress } from './types';
import { chainAddresses, findComponents, groupChains } from './references';

const ACTIONS: Array<[AmendmentAction, RegExp]> = [
  ['new-wording', /изложить\s+в\s+(?:следующей|новой)\s+редакции|редакцияда\s+жазылсын/iu],
  ['replace-words', /заменить\s+слов|слов(?:а|о|ами)?\s+«[^»]*»\s+заменить|заменить\s+(?:цифр|знак)|ауыстырылсын/iu],
  ['add', /дополнить|толықтырылсын/iu],
  ['exclude', /исключить|алып\s+тасталсын/iu],
  ['other', /признать\s+утратившим|утратившим\s+силу|күші\s+жойылды\s+деп\s+танылсын|внести\s+(?:следующие\s+)?(?:изменени|дополнени)|өзгеріс\S*\s+(?:мен\s+толықтыру\S*\s+)?енгізілсін/iu],
];

// "1. В Кодекс Республики Казахстан … :", "В Закон Республики Казахстан от … «…»:",
// "В статью 5 Закона … внести следующие изменения:", kk "… кодексіне:", "… Заңына мынадай өзгерістер енгізілсін:".
const ACT_INTRO_RU = /^\s*(?:В|Во)\s+((?:Конституционный\s+закон|Закон|закон|[А-ЯЁ]?[а-яё-]*\s*[Кк]одекс|Указ|[Пп]остановление|[Пп]риказ|Правила|Положение|Инструкци)[\s\S]*?)\s*(?:внести\s+(?:следующие\s+)?(?:изменени[яе]|дополнени[яе])[\s\S]*?)?:\s*$/u;
const ACT_INTRO_RU_UNIT = /^\s*(?:В|Во)\s+(?:стать|пункт|подпункт|глав|раздел)\S*\s+[\s\S]*?((?:Конституционного\s+закона|Закона|закона|[А-ЯЁ]?[а-яё-]*\s*[Кк]одекса|Указа|[Пп]остановления|[Пп]риказа|Правил|Положения)[\s\S]*?)\s+внести\s+[\s\S]*:\s*$/u;
const ACT_INTRO_RU_VERB = /^\s*Внести\s+в\s+((?:Конституционный\s+закон|Закон|закон|[А-ЯЁ]?[а-яё-]*\s*[Кк]одекс|Указ|[Пп]остановление|[Пп]риказ|Правила|Положение)[\s\S]*?)\s+(?:следующ\S+\s+)?(?:изменени[яе]|дополнени[яе])[\s\S]*:\s*$/u;
const ACT_INTRO_KK = /^\s*([\s\S]*?(?:кодексіне|Кодексіне|Заңына|заңына|[Кк]онституциялық\s+заңына|[Жж]арлығына|[Ққ]аулысына|[Бб]ұйрығына|Қағидаларына|қағидаларына|[Ее]режесіне|[Шш]ешіміне))(?:\s+мынадай\s+[\s\S]*?енгізілсін)?\s*:\s*$/u;

/** The amended act named by a unit's own text, if it introduces one. */
export function amendedActOf(text: string): string | undefined {
  const m = ACT_INTRO_RU_UNIT.exec(text) ?? ACT_INTRO_RU.exec(text) ?? ACT_INTRO_RU_VERB.exec(text) ?? ACT_INTRO_KK.exec(text);
  return m ? m[1].trim() : undefined;
}

export function actionOf(text: string): AmendmentAction | undefined {
  for (const [action, re] of ACTIONS) if (re.test(text)) return action;
  return undefined;
}

/** Text of a paragraph without the quoted parts and without its unit label. */
function ownText(act: Act, paragraph: number, from = 0): string {
  let text = act.doc.paragraphs[paragraph].text;
  for (const q of act.quotes) {
    if (q.start.paragraph === paragraph) text = text.slice(0, q.start.offset - 1) + ' '.repeat(text.length - q.start.offset + 1);
  }
  return ' '.repeat(from) + text.slice(from);
}

interface Region {
  act?: string;
  /** Paragraphs of the draft (outside quotes) that are amending instructions. */
  paragraphs: Set<number>;
}

const regionCache = new WeakMap<Act, Region>();

function region(act: Act): Region {
  const cached = regionCache.get(act);
  if (cached) return cached;
  const paragraphs = new Set<number>();
  const visit = (units: readonly Unit[], inside: boolean): void => {
    for (const u of units) {
      if (u.quote !== undefined) continue;
      const text = act.doc.paragraphs[u.paragraph].text.slice(u.textStart);
      const here = inside || amendedActOf(text) !== undefined;
      if (here) for (let p = u.paragraph; p <= u.lastParagraph; p++) if (!isWholeQuote(act, p)) paragraphs.add(p);
      visit(u.children, here);
    }
  };
  visit(act.body, false);
  if (act.kind === 'amending') {
    act.paragraphs.forEach((info, p) => {
      if (info.role === 'norm' && actionOf(ownText(act, p)) !== undefined) paragraphs.add(p);
    });
  }
  const r = { paragraphs };
  regionCache.set(act, r);
  return r;
}

function isWholeQuote(act: Act, p: number): boolean {
  return act.paragraphs[p].role === 'quote';
}

/** Paragraphs of the draft that are amending instructions (their unscoped references name the amended act's units). */
export function instructionParagraphs(act: Act): ReadonlySet<number> {
  return region(act).paragraphs;
}

export function findAmendments(act: Act): AmendmentInstruction[] {
  const { paragraphs } = region(act);
  const out: AmendmentInstruction[] = [];
  const sorted = [...paragraphs].sort((a, b) => a - b);
  const parentOf = new Map<string, Unit>();
  for (const u of Object.values(act.units)) for (const c of u.children) parentOf.set(c.id, u);
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
