/**
 * parseAct: DocModel → Act, as a list of named passes over the paragraphs and the unit tree:
 *  1. markEditorialNotes: roles that need no structure (empty, table, editorial notes);
 *  2. markQuotedWordings: quoted new wordings «…» (their paragraphs are not units of the draft);
 *  3. readTitleBlock, markSignatures, markApprovedDocument, markAppendices: what is not the body;
 *  4. buildUnitTrees: the unit trees of the body, the approving order and each appendix (headings
 *     run into a paragraph split into lines of their own, runIn.ts); markExcludedByFootnotes;
 *  5. assembleAct: the Act, each quoted wording parsed as a small act of its own, its kind;
 *  6. readUnitTexts: references, definitions, abbreviations, amending instructions.
 * Each paragraph's label is classified once (`labelOf`) and kept for every pass.
 *
 * Bylaws: an order/resolution that approves Rules has its own items ("1. Утвердить прилагаемые
 * Правила …") before the approval stamp. The approved document is what the checks care about, so
 * it becomes `body` (ids "c1", "i12"); the order's items go to `preface` (ids "o/i1").
 */
import type { DocModel } from '../document';
import { detectLanguage, type Language } from '../language';
import { findAbbreviations } from './abbreviations';
import { findAmendments } from './amendments';
import { findDefinitions } from './definitions';
import { findExternalReferences } from './externalReferences';
import { isPartHeading, matchLabel, labelFromList, type LabelMatch } from './labels';
import { isHeadingWords, runInStarts, wrappedHeadingItem } from './runIn';
import { excludedByFootnote, isEditorialNote, isInterpretationNote, isNoteHeaderOnly } from './notes';
import { findQuotes, type QuoteSpan } from './quotes';
import { findCrossReferences } from './references';
import { actKind, actTypeOf, isAppendixHeading, isApprovalStamp, isDraftMark, isEnactingFormula, isSignatureLine, isTypeLine, subtitleType } from './titleBlock';
import type { Act, ParagraphInfo, ParagraphRole, QuotedWording, Unit } from './types';
import { buildUnits, walkUnits, type BuildOptions, type BuiltUnits, type UnitLine } from './units';
import { isBlank } from './text';

export function parseAct(doc: DocModel): Act {
  const s = initialState(doc);
  markEditorialNotes(s);
  markQuotedWordings(s);
  readTitleBlock(s);
  markSignatures(s.texts, s.roles, s.wholeQuote, s.head);
  markApprovedDocument(s);
  markAppendices(s);
  const built = buildUnitTrees(s);
  markExcludedByFootnotes(s.texts, s.roles, built.all);
  const { act, allUnits } = assembleAct(s, built);
  readUnitTexts(act, allUnits);
  return act;
}

/** What the passes learn about the paragraphs, filled in order. */
interface ParseState {
  doc: DocModel;
  paras: DocModel['paragraphs'];
  texts: string[];
  language: Language;
  roles: (ParagraphRole | undefined)[];
  /** Each paragraph's label, classified once (undefined: not yet read; null: none). */
  labels: (LabelMatch | null | undefined)[];
  spans: QuoteSpan[];
  quoteOf: number[];
  wholeQuote: boolean[];
  /** First paragraph with a unit label: the title block ends there. */
  head: number;
  typeLine?: string;
  title?: string;
  /** The approval stamp of a bylaw's approved document, or -1. */
  stamp: number;
  appendixStarts: number[];
  paragraphUnit: (string | undefined)[];
}

function initialState(doc: DocModel): ParseState {
  const paras = doc.paragraphs;
  const texts = paras.map((p) => p.text);
  const n = texts.length;
  return {
    doc,
    paras,
    texts,
    language: detectLanguage(sample(texts)),
    roles: new Array(n).fill(undefined),
    labels: new Array(n).fill(undefined),
    spans: [],
    quoteOf: new Array(n).fill(-1),
    wholeQuote: new Array(n).fill(false),
    head: n,
    stamp: -1,
    appendixStarts: [],
    paragraphUnit: new Array(n).fill(undefined),
  };
}

/** The paragraph's label (Word's automatic one first), read once and kept. */
function labelOf(s: ParseState, i: number): LabelMatch | undefined {
  let l = s.labels[i];
  if (l === undefined) {
    const auto = s.paras[i].listLabel ? labelFromList(s.paras[i].listLabel!) : undefined;
    l = auto ? { kind: auto.kind, number: auto.number, labelStart: 0, labelEnd: 0, textStart: 0 } : (matchLabel(s.texts[i]) ?? null);
    s.labels[i] = l;
  }
  return l ?? undefined;
}

/** Pass 1: roles that need no structure: table cells, empty paragraphs, editorial notes of the database. */
function markEditorialNotes(s: ParseState): void {
  const { texts, roles, paras } = s;
  const n = texts.length;
  for (let i = 0; i < n; i++) {
    if (paras[i].inTable) roles[i] = 'table';
    else if (isBlank(texts[i])) roles[i] = 'empty';
    else if (isEditorialNote(texts[i])) {
      roles[i] = 'note';
      if (isNoteHeaderOnly(texts[i])) {
        let j = i + 1;
        while (j < n && isBlank(texts[j])) roles[j++] = 'empty';
        if (j < n && !labelOf(s, j)) roles[j] = 'note';
        i = j;
      } else if (isInterpretationNote(texts[i])) {
        const run = interpretationRunOn(s, i);
        for (const j of run) roles[j] = isBlank(texts[j]) ? 'empty' : 'note';
        if (run.length) i = run[run.length - 1];
      }
    }
  }
}

/** Pass 2: quoted new wordings «…»; paragraphs wholly inside one are not units of the draft. */
function markQuotedWordings(s: ParseState): void {
  const { texts, roles } = s;
  s.spans = findQuotes(texts, (i) => roles[i] !== undefined);
  s.spans.forEach((span, q) => {
    for (let p = span.start.paragraph; p <= span.end.paragraph; p++) {
      if (roles[p] !== undefined) continue;
      if (s.quoteOf[p] < 0) s.quoteOf[p] = q;
      const startsInside = p > span.start.paragraph || span.openAtStart;
      const endsInside = p < span.end.paragraph || /^[\s.;,»]*$/.test(texts[p].slice(span.end.offset + 1));
      if (startsInside && endsInside) s.wholeQuote[p] = true;
    }
  });
}

/** Pass 3: the title block before the first unit: draft mark, type line, title, preamble. */
function readTitleBlock(s: ParseState): void {
  const { texts, roles, wholeQuote } = s;
  s.head = texts.length;
  for (let i = 0; i < texts.length; i++) {
    if (roles[i] === undefined && !wholeQuote[i] && labelOf(s, i)) {
      s.head = i;
      break;
    }
  }
  let seenNonEmpty = 0;
  for (let i = 0; i < s.head; i++) {
    if (roles[i] !== undefined || wholeQuote[i]) continue;
    const t = texts[i].trim();
    seenNonEmpty++;
    if (isPartHeading(t)) roles[i] = 'heading';
    // Drafts carry a "ПРОЕКТ" / "ЖОБА" mark (and sometimes "Вносится Правительством …") above the type line.
    else if (!s.typeLine && !s.title && isDraftMark(t)) roles[i] = 'title';
    else if (!s.typeLine && !s.title && seenNonEmpty <= 3 && isTypeLine(t)) {
      s.typeLine = t;
      roles[i] = 'title';
    } else if (!s.title && !isEnactingFormula(t) && seenNonEmpty <= 4) {
      s.title = t;
      roles[i] = 'title';
    } else if (isApprovalStamp(t)) roles[i] = 'title';
    else roles[i] = 'preamble';
  }
}

/** Pass 4: a bylaw's approval stamp and the approved document's title lines up to its first unit. */
function markApprovedDocument(s: ParseState): void {
  const { texts, roles, wholeQuote } = s;
  s.stamp = findApprovalStamp(texts, roles, wholeQuote, s.head);
  if (s.stamp < 0) return;
  for (let i = s.stamp; i < texts.length; i++) {
    if (roles[i] !== undefined || wholeQuote[i]) continue;
    if (labelOf(s, i)) break;
    roles[i] = isPartHeading(texts[i]) ? 'heading' : 'title';
  }
}

/** Pass 5: appendices after the body: each heading and the title lines under it up to its first unit. */
function markAppendices(s: ParseState): void {
  const { texts, roles, wholeQuote } = s;
  for (let i = (s.stamp >= 0 ? s.stamp : s.head) + 1; i < texts.length; i++) {
    if (roles[i] !== undefined || wholeQuote[i] || !isAppendixHeading(texts[i])) continue;
    s.appendixStarts.push(i);
    for (let j = i; j < texts.length; j++) {
      if (roles[j] !== undefined || wholeQuote[j]) continue;
      if (j > i && (labelOf(s, j) || isAppendixHeading(texts[j]))) break;
      roles[j] = 'title';
      i = j;
    }
  }
}

interface BuiltTrees {
  body: Unit[];
  preface?: Unit[];
  appendices: Unit[][];
  all: Unit[];
}

/** Pass 6: the unit trees of the body, of a bylaw's approving order and of each appendix. */
function buildUnitTrees(s: ParseState): BuiltTrees {
  const { texts, roles, wholeQuote, paras, language } = s;
  const n = texts.length;
  const build = (from: number, to: number, options: Omit<BuildOptions, 'lang'>): BuiltUnits => {
    const lines: UnitLine[] = [];
    for (let i = from; i < to; i++) if (roles[i] === undefined) lines.push(...unitLines(s, i));
    const built = buildUnits(lines, { lang: language, ...options });
    lines.forEach((line, k) => {
      const info = built.lines[k];
      roles[line.paragraph] = line.passive ? 'quote' : info.heading ? 'heading' : info.excluded ? 'note' : 'norm';
      s.paragraphUnit[line.paragraph] = info.unitId;
    });
    return built;
  };
  const body = build(s.stamp >= 0 ? s.stamp : s.head, s.appendixStarts[0] ?? n, {});
  const all = [...body.all];
  let preface: Unit[] | undefined;
  if (s.stamp >= 0) {
    const pre = build(s.head, s.stamp, { idPrefix: 'o/', pathSuffix: prefaceWord(s.typeLine, language) });
    preface = pre.roots;
    all.push(...pre.all);
  }
  const appendices = s.appendixStarts.map((start, k) => {
    const app = build(start, s.appendixStarts[k + 1] ?? n, { idPrefix: `x${k + 1}/`, pathPrefix: appendixPath(k + 1, language) });
    all.push(...app.all);
    return app.roots;
  });
  for (let i = 0; i < n; i++) if (roles[i] === undefined) roles[i] = wholeQuote[i] ? 'quote' : 'norm';
  void paras;
  return { body: body.roots, preface, appendices, all };
}

/**
 * The lines a paragraph gives the unit tree: one, passive when it lies wholly inside a quoted
 * wording; several when headings run into it (runIn.ts), each with its own label.
 */
function unitLines(s: ParseState, i: number): UnitLine[] {
  const text = s.texts[i];
  if (s.wholeQuote[i]) return [{ paragraph: i, text, base: 0, passive: true }];
  const whole: UnitLine = { paragraph: i, text, base: 0, listLabel: s.paras[i].listLabel, label: s.paras[i].listLabel ? undefined : (labelOf(s, i) ?? null) };
  if (s.quoteOf[i] >= 0 || s.paras[i].listLabel) return [whole];
  if (!labelOf(s, i) && isArticleHeadingOnly(s, i - 1)) {
    const at = wrappedHeadingItem(text);
    if (at > 0) {
      return [
        { paragraph: i, text: text.slice(0, at), base: 0, label: null, heading: true },
        { paragraph: i, text: text.slice(at), base: at, label: matchLabel(text.slice(at)) ?? null },
      ];
    }
  }
  const starts = runInStarts(text);
  if (!starts.length) return [whole];
  const bounds = [0, ...starts, text.length];
  const lines: UnitLine[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const seg = text.slice(bounds[k], bounds[k + 1]);
    lines.push({ paragraph: i, text: seg, base: bounds[k], label: matchLabel(seg) ?? null });
  }
  // Heading words run in before a heading ("I. Общие положения Статья 33. …", "2. Полное
  // товарищество Статья 63. …"): a sub-heading, neither a unit nor a part.
  const first = lines[0];
  const second = lines[1]?.label;
  if (second && second.kind !== 'item' && second.kind !== 'subitem' && (!first.label || first.label.kind === 'item') && isHeadingWords(first.text)) {
    first.label = null;
    first.heading = true;
  }
  return lines;
}

/** The paragraph is an article's label and heading only, with no norm after it. */
function isArticleHeadingOnly(s: ParseState, i: number): boolean {
  if (i < 0 || s.roles[i] !== undefined) return false;
  const l = labelOf(s, i);
  return !!l && l.kind === 'article' && !!l.heading && !l.embedded && !/[.;:]$/.test(l.heading) && runInStarts(s.texts[i]).length === 0;
}

/** The Act with its trees, roles and quoted wordings (as small acts of their own). */
function assembleAct(s: ParseState, built: BuiltTrees): { act: Act; allUnits: Unit[] } {
  const { texts, roles, language } = s;
  const units: Record<string, Unit> = {};
  for (const u of built.all) units[u.id] = u;
  const quotes: QuotedWording[] = s.spans.map((span, q) => parseQuote(span, q, texts, roles, units, s.paragraphUnit, language));
  // Every unit in the order `units` got them (what Object.values(units) gives, without its cost).
  const allUnits = [...built.all];
  for (const qw of quotes)
    walkUnits(qw.units, (u) => {
      units[u.id] = u;
      allUnits.push(u);
    });
  const paragraphs: ParagraphInfo[] = roles.map((role, i) => {
    const info: ParagraphInfo = { role: role ?? 'norm' };
    const unitId = s.paragraphUnit[i];
    if (unitId) info.unitId = unitId;
    if (s.quoteOf[i] >= 0) info.quote = s.quoteOf[i];
    return info;
  });
  const hasArticles = built.all.some((u) => u.kind === 'article' && u.quote === undefined);
  const hasItems = built.all.some((u) => u.kind === 'item' && u.quote === undefined);
  const kind = actKind(actTypeOf(s.typeLine, s.title, subtitleType(texts.slice(0, s.head))), s.title, hasArticles, hasItems);
  const act: Act = {
    doc: s.doc,
    language,
    kind,
    typeLine: s.typeLine,
    title: s.title,
    body: built.body,
    units,
    paragraphs,
    crossReferences: [],
    externalReferences: [],
    definitions: [],
    abbreviations: [],
    amendments: [],
    quotes,
  };
  if (built.preface) act.preface = built.preface;
  if (built.appendices.length) act.appendices = built.appendices;
  return { act, allUnits };
}

/** Pass 7: everything read from the text of the units. */
function readUnitTexts(act: Act, allUnits: readonly Unit[]): void {
  act.amendments = findAmendments(act, allUnits);
  act.crossReferences = findCrossReferences(act, allUnits);
  act.externalReferences = findExternalReferences(act);
  act.definitions = findDefinitions(act);
  act.abbreviations = findAbbreviations(act);
}

function sample(texts: readonly string[]): string {
  let s = '';
  for (const t of texts) {
    s += t + '\n';
    if (s.length > 20000) break;
  }
  return s;
}

/**
 * Paragraphs that continue a Constitutional Court interpretation note (the interpretation runs on:
 * "Внесение … такого предложения … является обязательным."): unlabelled paragraphs right after it,
 * up to three, when a numbered item or subitem follows them — or any label, unless the note stands
 * right under an article heading (then the unlabelled paragraphs may be the article's own parts).
 * A paragraph ending with ":" opens a list: it is a norm, and ends the run.
 */
function interpretationRunOn(s: ParseState, note: number): number[] {
  const paras = s.paras;
  const run: number[] = [];
  let j = note + 1;
  for (; j < paras.length && run.length < 4; j++) {
    const t = paras[j].text;
    if (isBlank(t)) {
      run.push(j);
      continue;
    }
    if (labelOf(s, j) || isEditorialNote(t) || /:\s*$/.test(t)) break;
    run.push(j);
  }
  if (!run.some((k) => !isBlank(paras[k].text)) || j >= paras.length) return [];
  const kind = labelOf(s, j)?.kind;
  if (kind === 'item' || kind === 'subitem') return run;
  if (!kind) return [];
  let prev = note - 1;
  while (prev >= 0 && isBlank(paras[prev].text)) prev--;
  const underArticle = prev >= 0 && labelOf(s, prev)?.kind === 'article';
  return underArticle ? [] : run;
}

/**
 * "Статья 197. Иные формы контроля …" followed only by "Сноска. Статья 197 исключена Законом …":
 * the article is excluded; its line is kept for the number and read as a note.
 */
function markExcludedByFootnotes(texts: readonly string[], roles: (ParagraphRole | undefined)[], all: readonly Unit[]): void {
  let byNumber: Map<string, Unit[]> | undefined;
  for (let i = 0; i < texts.length; i++) {
    if (roles[i] !== 'note') continue;
    const target = excludedByFootnote(texts[i]);
    if (!target) continue;
    // The last unit of that kind and number (in the order of `all`) before the note, by an index of the units by kind and number.
    byNumber ??= unitsByNumber(all);
    let unit: Unit | undefined;
    const same = byNumber.get(`${target.kind}:${target.number}`) ?? [];
    for (let k = same.length - 1; k >= 0 && !unit; k--) if (same[k].paragraph < i) unit = same[k];
    if (!unit || unit.excluded) continue;
    let hasNorm = false;
    for (let p = unit.paragraph + 1; p <= unit.lastParagraph && !hasNorm; p++) hasNorm = roles[p] === 'norm' || roles[p] === 'heading';
    if (hasNorm || roles[unit.paragraph] !== 'heading') continue;
    unit.excluded = true;
    roles[unit.paragraph] = 'note';
  }
}

/** The draft's own units (no quoted ones) by "kind:number", each list in the order of `all`. */
function unitsByNumber(all: readonly Unit[]): Map<string, Unit[]> {
  const index = new Map<string, Unit[]>();
  for (const u of all) {
    if (u.quote !== undefined) continue;
    const key = `${u.kind}:${u.number}`;
    const list = index.get(key);
    if (list) list.push(u);
    else index.set(key, [u]);
  }
  return index;
}

/**
 * A run of signature lines counts when the document ends after it, or an approved document
 * (approval stamp) or a new act (type line) follows it.
 */
function markSignatures(texts: readonly string[], roles: (ParagraphRole | undefined)[], wholeQuote: readonly boolean[], from: number): void {
  let runStart = -1;
  for (let i = from; i <= texts.length; i++) {
    const free = i < texts.length && roles[i] === undefined && !wholeQuote[i];
    const sig = free && isSignatureLine(texts[i]);
    const skippable = i < texts.length && (roles[i] === 'empty' || roles[i] === 'note');
    if (sig) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (skippable) continue;
    if (runStart >= 0) {
      const endsDoc = i >= texts.length;
      const next = endsDoc ? '' : texts[i];
      if (endsDoc || isApprovalStamp(next) || isTypeLine(next)) {
        for (let k = runStart; k < i; k++) if (roles[k] === undefined && !wholeQuote[k]) roles[k] = 'signature';
      }
      runStart = -1;
    }
  }
}

function findApprovalStamp(texts: readonly string[], roles: readonly (ParagraphRole | undefined)[], wholeQuote: readonly boolean[], from: number): number {
  for (let i = from; i < texts.length; i++) {
    if (roles[i] !== undefined && roles[i] !== 'signature') continue;
    if (wholeQuote[i] || roles[i] === 'signature') continue;
    if (isApprovalStamp(texts[i])) return i;
  }
  return -1;
}

/** Path prefix of an appendix's units: "прил. 2 " / "2-қосымша ". */
function appendixPath(k: number, lang: Language): string {
  return lang === 'kk' ? `${k}-қосымша ` : `прил. ${k} `;
}

function prefaceWord(typeLine: string | undefined, lang: Language): string {
  const t = typeLine ?? '';
  if (lang === 'kk') {
    if (/ҚАУЛЫ|қаулы/i.test(t)) return ' (қаулы)';
    if (/ЖАРЛЫ/i.test(t)) return ' (жарлық)';
    if (/ШЕШІМ/i.test(t)) return ' (шешім)';
    return ' (бұйрық)';
  }
  if (/ПОСТАНОВЛЕНИЕ/i.test(t)) return ' постановления';
  if (/УКАЗ/i.test(t)) return ' указа';
  if (/РЕШЕНИЕ/i.test(t)) return ' решения';
  return ' приказа';
}

function parseQuote(
  span: QuoteSpan,
  index: number,
  texts: readonly string[],
  roles: readonly (ParagraphRole | undefined)[],
  draftUnits: Record<string, Unit>,
  paragraphUnit: (string | undefined)[],
  lang: Language,
): QuotedWording {
  const lines: UnitLine[] = [];
  for (let p = span.start.paragraph; p <= span.end.paragraph; p++) {
    if (roles[p] === 'note' || roles[p] === 'empty' || roles[p] === 'table') continue;
    const from = p === span.start.paragraph ? span.start.offset : 0;
    const to = p === span.end.paragraph ? span.end.offset : texts[p].length;
    lines.push({ paragraph: p, text: texts[p].slice(from, to), base: from });
  }
  const host = paragraphUnit[span.start.paragraph];
  const hostPath = host ? draftUnits[host]?.path : undefined;
  const built = buildUnits(lines, {
    lang,
    idPrefix: `q${index}/`,
    quote: index,
    pathPrefix: hostPath ? `${hostPath} «` : '«',
    pathSuffix: '»',
  });
  lines.forEach((line, k) => {
    const unitId = built.lines[k].unitId;
    // A paragraph opened inline ("…редакции: «…") stays in the draft's unit.
    if (unitId && (line.paragraph !== span.start.paragraph || span.openAtStart)) paragraphUnit[line.paragraph] = unitId;
    else if (!paragraphUnit[line.paragraph]) paragraphUnit[line.paragraph] = host;
  });
  return { index, start: span.start, end: span.end, units: built.roots };
}
