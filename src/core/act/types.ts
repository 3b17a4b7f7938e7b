/**
 * The Act: a parsed draft. Unit tree (section › chapter › paragraph › article › item › subitem ›
 * part), references, definitions, abbreviations, amending instructions and their quoted new
 * wordings. Plain data (no cycles) so it can cross to a worker or the server as JSON.
 */
import type { DocModel, TextRange } from '../document';
import type { Language } from '../language';

export type UnitKind = 'section' | 'chapter' | 'paragraph' | 'article' | 'item' | 'subitem' | 'part';

export interface Unit {
  /** Unique within the act, e.g. "a5", "a5/i2", "a5/i2/s3", "c2", "a5/i2/p2", "q3/a463-1/i1". */
  id: string;
  kind: UnitKind;
  /** Number without punctuation: "5", "12-1", "3" (subitem "3)"); parts: "1", "2", ... by order. */
  number: string;
  /** The label as shown: typed ("Статья 5.", "5-бап.", "1.", "1)") or Word's automatic label. */
  labelText?: string;
  /** Where a typed label sits in its paragraph; absent for automatic numbering and parts. */
  label?: TextRange;
  /** True when the number comes from Word's automatic numbering (not in the text). */
  autoNumbered?: boolean;
  /**
   * A subitem written with an item's label ("1." inside the list an item opens with ":", where
   * "1)" is due). The parser nests it as the subitem it is; the structure checks report the form.
   */
  itemForm?: boolean;
  /**
   * The unit was excluded by a later act and only its number remains ("19) исключен Законом РК от …",
   * "Статья 5. Исключена …", "5-бап алып тасталды", or an article line followed only by the note
   * "Сноска. Статья 5 исключена …"). Choice: the unit stays in the tree, so numbering still counts it
   * (a gap would be reported otherwise), and its paragraph gets role 'note', so no check reads its
   * words as a norm.
   */
  excluded?: boolean;
  /** Heading of an article, chapter, section or paragraph (§); absent for an excluded unit. */
  heading?: string;
  /** Paragraph where the unit begins. */
  paragraph: number;
  /** Last paragraph of the unit, children included. */
  lastParagraph: number;
  /** Offset in `paragraph` where the unit's own text begins (after the label). */
  textStart: number;
  /** Path in the draft's language: "ст. 5 п. 2 пп. 3)" / "5-бап 2-тармақ 3) тармақша". */
  path: string;
  /** Set for units inside a quoted new wording: the index of that quote in `Act.quotes`. */
  quote?: number;
  children: Unit[];
}

/** Address of a unit: what a reference points to. Numbers as in `Unit.number`. */
export interface UnitAddress {
  section?: string;
  chapter?: string;
  paragraph?: string;
  article?: string;
  item?: string;
  subitem?: string;
  /** Part (часть / бөлік) by ordinal, 1-based. */
  part?: number;
}

export interface CrossReference {
  /** The whole reference phrase, e.g. "подпунктом 3) пункта 1 статьи 5 настоящего Закона". */
  range: TextRange;
  text: string;
  /** Absolute targets in this act; ranges and lists expanded ("пунктами 1–3" gives three). */
  targets: UnitAddress[];
  /** How it was scoped: "настоящего Закона" → act; "настоящей статьи" → article; bare → implicit. */
  scope: 'act' | 'article' | 'item' | 'implicit';
  /** Id of the unit the reference stands in. */
  fromUnit?: string;
  /** Set when the reference stands inside a quoted new wording: it points into the amended act. */
  quote?: number;
  /** The unit words and numbers only ("пунктом 4 статьи 9", "16-бабында"), without the scope words. */
  numberRange?: TextRange;
  /** Scoped to the approving order of a bylaw ("настоящего приказа", "осы бұйрықтың"): targets are in `Act.preface`. */
  inPreface?: boolean;
}

export interface ExternalReference {
  range: TextRange;
  text: string;
  /** Kind of act as written: "Закон", "Кодекс", "Конституция", "Указ", ... (ru or kk). */
  actType?: string;
  /** Title as written inside «…» or the code's name ("об административных правонарушениях"). */
  title?: string;
  /** ISO date (yyyy-mm-dd) when the reference gives one. */
  date?: string;
  /** Number as written ("480-V", "№ 333-VI" → "333-VI"). */
  number?: string;
  /** Unit of that act the reference points to, if any ("статьей 24 Закона …"); the first one when several. */
  address?: UnitAddress;
  /** Every unit named when the reference lists or ranges them ("статьями 10–12 Конституции"); absent for one. */
  addresses?: UnitAddress[];
  isConstitution?: boolean;
  quote?: number;
  /** Where the act's type word is written ("Законом", "Конституции", "кодексіне"). */
  typeRange?: TextRange;
  /** Where the title is written: with its «» when quoted; a code's name ("Предпринимательским кодексом", "об административных правонарушениях"). */
  titleRange?: TextRange;
  /** The title is written in «…» or "…" (a check may swap it for another title). */
  titleQuoted?: boolean;
  /** Where the date is written ("от 30 января 2001 года", "2015 жылғы 23 қарашадағы"). */
  dateRange?: TextRange;
  /** Where the number is written, "№" included ("№ 480-V"). */
  numberRange?: TextRange;
  /** The unit words and numbers ("пункте 3 статьи 39", "39-бабының 3-тармағында"). */
  unitRange?: TextRange;
  /** Where each single number of `address` is written, to rewrite it (lists and ranges left out). */
  addressNumbers?: Array<{ kind: 'section' | 'chapter' | 'paragraph' | 'article' | 'item' | 'subitem'; range: TextRange }>;
}

export interface Definition {
  /** The term as written ("оператор специализированной стоянки"). */
  term: string;
  /** Where the term sits. */
  range: TextRange;
  /** Id of the subitem or item that defines it. */
  unitId: string;
}

export interface Abbreviation {
  /** The short form ("оператор", "ЕРЗТС"). */
  short: string;
  /** What it stands for, as written before the parenthesis when it can be told. */
  full?: string;
  /** The short form inside "(далее – X)" / "(бұдан әрі – X)". */
  range: TextRange;
  /** The whole parenthetical. */
  introRange: TextRange;
}

export type AmendmentAction =
  | 'new-wording' // изложить в следующей редакции / редакцияда жазылсын
  | 'add' // дополнить ... следующего содержания / толықтырылсын
  | 'exclude' // исключить / алып тасталсын
  | 'replace-words' // слова «X» заменить словами «Y» / ауыстырылсын
  | 'other';

export interface AmendmentInstruction {
  range: TextRange;
  action: AmendmentAction;
  /** The amended act as named in the enclosing instruction ("Кодекс ... об административных правонарушениях"). */
  act?: string;
  /** The unit of the amended act the instruction targets. */
  target: UnitAddress;
  /** Indexes into `Act.quotes` of the new wordings this instruction introduces. */
  quotes: number[];
}

/** A quoted new wording «…»: a unit of its own, its content checked, its numbers not the draft's. */
export interface QuotedWording {
  index: number;
  /** Start: paragraph and offset just after «; end: paragraph and offset of the closing ». */
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
  /** Units of the amended act parsed from the quote (e.g. «Статья 463-1.», «2. …»). */
  units: Unit[];
  /** The instruction that introduces it, if known. */
  instruction?: number;
}

/** What a paragraph is, as far as the checks are concerned. */
export type ParagraphRole =
  | 'empty'
  | 'title' // act type line and title before the body
  | 'preamble'
  | 'heading' // section / chapter / paragraph (§) / article heading line
  | 'norm' // text of an article, item, subitem or part
  | 'quote' // lies wholly inside a quoted new wording
  | 'note' // editorial note of the database ("Сноска. …", "Ескерту. …", ИЗПИ, Constitutional Court resolutions) or the line of an excluded unit — never checked as a norm
  | 'signature' // "Президент Республики Казахстан", dates and numbers after the body
  | 'table';

export interface ParagraphInfo {
  role: ParagraphRole;
  /** Innermost unit the paragraph belongs to. */
  unitId?: string;
  /** Quote index when the paragraph is (partly) inside a quoted wording. */
  quote?: number;
}

export type ActKind = 'new-law' | 'amending' | 'bylaw' | 'code' | 'unknown';

export interface Act {
  doc: DocModel;
  language: Language;
  kind: ActKind;
  /** Type line as written: "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН", "ПРИКАЗ", "Қазақстан Республикасының Заңы". */
  typeLine?: string;
  title?: string;
  /** Top-level units of the draft (not of quoted wordings). For a bylaw: the approved document (Rules …). */
  body: Unit[];
  /**
   * Units of the approving order/resolution of a bylaw that come before the approved document
   * ("1. Утвердить прилагаемые Правила …"); ids "o/i1". Absent when there is no approved document.
   */
  preface?: Unit[];
  /**
   * Appendices after the body ("Приложение 1 к Правилам …", "Приложение к постановлению …", "…
   * қағидаларына 1-қосымша"), each a unit tree of its own (ids "x1/i1"): a form or a list of
   * repealed acts numbers its items anew, apart from the body. Absent when there are none.
   */
  appendices?: Unit[][];
  /** Every unit of the draft by id, quoted ones included (their ids start with "q<n>/"). */
  units: Record<string, Unit>;
  /** One per paragraph of `doc`. */
  paragraphs: ParagraphInfo[];
  crossReferences: CrossReference[];
  externalReferences: ExternalReference[];
  definitions: Definition[];
  abbreviations: Abbreviation[];
  amendments: AmendmentInstruction[];
  quotes: QuotedWording[];
}

/** A parsed Act rather than the DocModel it was parsed from (hosts and engines take either). */
export function isAct(input: DocModel | Act): input is Act {
  return (input as Act).units !== undefined && (input as Act).body !== undefined;
}
