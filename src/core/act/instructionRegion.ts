/**
 * Where a draft's amending instructions are: the paragraphs under a unit that names an amended act
 * ("В Кодекс … :", "… кодексіне:") and, in an amending act, every norm with an action ("изложить в
 * следующей редакции", "толықтырылсын"). References read it to know which numbers name the
 * amended act's units; amendments.ts reads the instructions themselves.
 */
import type { Act, AmendmentAction, Unit } from './types';

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

const MAX_INTRO = 20_000;

/** The amended act named by a unit's own text, if it introduces one. */
export function amendedActOf(text: string): string | undefined {
  // Every intro ends with a colon; and none is near 20,000 characters (the longest, with their lists
  // of Vedomosti publications, run to a few thousand), while the lazy scans below would overflow
  // the regexp stack on a paragraph of millions.
  if (text.length > MAX_INTRO || !/:\s*$/u.test(text)) return undefined;
  const m = ACT_INTRO_RU_UNIT.exec(text) ?? ACT_INTRO_RU.exec(text) ?? ACT_INTRO_RU_VERB.exec(text) ?? ACT_INTRO_KK.exec(text);
  return m ? m[1].trim() : undefined;
}

export function actionOf(text: string): AmendmentAction | undefined {
  for (const [action, re] of ACTIONS) if (re.test(text)) return action;
  return undefined;
}

/** Text of a paragraph without the quoted parts and without its unit label. */
export function ownText(act: Act, paragraph: number, from = 0): string {
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
