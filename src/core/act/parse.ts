/**
 * parseAct: DocModel → Act. Orchestrates the parser's passes:
 *  1. roles that need no structure: empty, table, editorial notes;
 *  2. quoted new wordings «…» (their paragraphs are not units of the draft);
 *  3. title block (type line, title, preamble), signature block, approval stamp of a bylaw;
 *  4. unit tree of the draft (and of the approving order, and of each quoted wording);
 *  5. references, definitions, abbreviations, amending instructions.
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
import { isPartHeading, matchLabel, labelFromList } from './labels';
import { excludedByFootnote, isEditorialNote, isInterpretationNote, isNoteHeaderOnly } from './notes';
import { findQuotes, type QuoteSpan } from './quotes';
import { findCrossReferences } from './references';
import { actKind, actTypeOf, isAppendixHeading, isApprovalStamp, isDraftMark, isEnactingFormula, isSignatureLine, isTypeLine, subtitleType } from './titleBlock';
import type { Act, ParagraphInfo, ParagraphRole, QuotedWording, Unit } from './types';
import { buildUnits, walkUnits, type UnitLine } from './units';
import { isBlank } from './text';

export function parseAct(doc: DocModel): Act {
  const paras = doc.paragraphs;
  const texts = paras.map((p) => p.text);
  const n = texts.length;
  const language: Language = detectLanguage(sample(texts));
  const roles: (ParagraphRole | undefined)[] = new Array(n).fill(undefined);

  // 1. Roles that need no structure.
  for (let i = 0; i < n; i++) {
    if (paras[i].inTable) roles[i] = 'table';
    else if (isBlank(texts[i])) roles[i] = 'empty';
    else if (isEditorialNote(texts[i])) {
      roles[i] = 'note';
      if (isNoteHeaderOnly(texts[i])) {
        let j = i + 1;
        while (j < n && isBlank(texts[j])) roles[j++] = 'empty';
        if (j < n && !hasLabel(texts[j], paras[j].listLabel)) roles[j] = 'note';
        i = j;
      } else if (isInterpretationNote(texts[i])) {
        const run = interpretationRunOn(paras, i);
        for (const j of run) roles[j] = isBlank(texts[j]) ? 'empty' : 'note';
        if (run.length) i = run[run.length - 1];
      }
    }
  }

  // 2. Quoted wordings.
  const spans = findQuotes(texts, (i) => roles[i] !== undefined);
  const quoteOf: number[] = new Array(n).fill(-1);
  const wholeQuote: boolean[] = new Array(n).fill(false);
  spans.forEach((s, q) => {
    for (let p = s.start.paragraph; p <= s.end.paragraph; p++) {
      if (roles[p] !== undefined) continue;
      if (quoteOf[p] < 0) quoteOf[p] = q;
      const startsInside = p > s.start.paragraph || s.openAtStart;
      const endsInside = p < s.end.paragraph || /^[\s.;,»]*$/.test(texts[p].slice(s.end.offset + 1));
      if (startsInside && endsInside) wholeQuote[p] = true;
    }
  });

  // 3. Title block, signature, approval stamp.
  const firstLabel = findFirstLabel(paras, roles, wholeQuote);
  let typeLine: string | undefined;
  let title: string | undefined;
  const head = firstLabel < 0 ? n : firstLabel;
  let seenNonEmpty = 0;
  for (let i = 0; i < head; i++) {
    if (roles[i] !== undefined || wholeQuote[i]) continue;
    const t = texts[i].trim();
    seenNonEmpty++;
    if (isPartHeading(t)) roles[i] = 'heading';
    // Drafts carry a "ПРОЕКТ" / "ЖОБА" mark (and sometimes "Вносится Правительством …") above the type line.
    else if (!typeLine && !title && isDraftMark(t)) roles[i] = 'title';
    else if (!typeLine && !title && seenNonEmpty <= 3 && isTypeLine(t)) {
      typeLine = t;
      roles[i] = 'title';
    } else if (!title && !isEnactingFormula(t) && seenNonEmpty <= 4) {
      title = t;
      roles[i] = 'title';
    } else if (isApprovalStamp(t)) roles[i] = 'title';
    else roles[i] = 'preamble';
  }
  markSignatures(texts, roles, wholeQuote, head);
  const stamp = findApprovalStamp(texts, roles, wholeQuote, head);
  if (stamp >= 0) {
    // The stamp and the approved document's title lines up to its first unit are title lines.
    for (let i = stamp; i < n; i++) {
      if (roles[i] !== undefined || wholeQuote[i]) continue;
      if (hasLabel(texts[i], paras[i].listLabel)) break;
      roles[i] = isPartHeading(texts[i]) ? 'heading' : 'title';
    }
  }

  // Appendices after the body: each heading and the title lines under it up to its first unit.
  const appendixStarts: number[] = [];
  for (let i = (stamp >= 0 ? stamp : head) + 1; i < n; i++) {
    if (roles[i] !== undefined || wholeQuote[i] || !isAppendixHeading(texts[i])) continue;
    appendixStarts.push(i);
    for (let j = i; j < n; j++) {
      if (roles[j] !== undefined || wholeQuote[j]) continue;
      if (j > i && (hasLabel(texts[j], paras[j].listLabel) || isAppendixHeading(texts[j]))) break;
      roles[j] = 'title';
      i = j;
    }
  }

  // 4. Units of the draft.
  const lineOf = (i: number): UnitLine | undefined => {
    if (roles[i] !== undefined) return undefined;
    if (wholeQuote[i]) return { paragraph: i, text: texts[i], base: 0, passive: true };
    return { paragraph: i, text: texts[i], base: 0, listLabel: paras[i].listLabel };
  };
  const segment = (from: number, to: number): UnitLine[] => {
    const lines: UnitLine[] = [];
    for (let i = from; i < to; i++) {
      const l = lineOf(i);
      if (l) lines.push(l);
    }
    return lines;
  };
  const bodyFrom = stamp >= 0 ? stamp : head;
  const bodyLines = segment(bodyFrom, appendixStarts[0] ?? n);
  const built = buildUnits(bodyLines, { lang: language });
  let preface: Unit[] | undefined;
  const paragraphUnit: (string | undefined)[] = new Array(n).fill(undefined);
  const lineRole = (info: { heading: boolean; excluded: boolean }, line: UnitLine): ParagraphRole =>
    line.passive ? 'quote' : info.heading ? 'heading' : info.excluded ? 'note' : 'norm';
  bodyLines.forEach((line, k) => {
    roles[line.paragraph] = lineRole(built.lines[k], line);
    paragraphUnit[line.paragraph] = built.lines[k].unitId;
  });
  if (stamp >= 0) {
    const prefaceLines = segment(head, stamp);
    const orderWord = prefaceWord(typeLine, language);
    const pre = buildUnits(prefaceLines, { lang: language, idPrefix: 'o/', pathSuffix: orderWord });
    preface = pre.roots;
    prefaceLines.forEach((line, k) => {
      roles[line.paragraph] = lineRole(pre.lines[k], line);
      paragraphUnit[line.paragraph] = pre.lines[k].unitId;
    });
    built.all.push(...pre.all);
  }
  const appendices: Unit[][] = appendixStarts.map((start, k) => {
    const lines = segment(start, appendixStarts[k + 1] ?? n);
    const app = buildUnits(lines, { lang: language, idPrefix: `x${k + 1}/`, pathPrefix: appendixPath(k + 1, language) });
    lines.forEach((line, m) => {
      roles[line.paragraph] = lineRole(app.lines[m], line);
      paragraphUnit[line.paragraph] = app.lines[m].unitId;
    });
    built.all.push(...app.all);
    return app.roots;
  });
  for (let i = 0; i < n; i++) if (roles[i] === undefined) roles[i] = wholeQuote[i] ? 'quote' : 'norm';

  markExcludedByFootnotes(texts, roles, built.all);

  const units: Record<string, Unit> = {};
  for (const u of built.all) units[u.id] = u;

  // Quoted wordings as small acts of their own.
  const quotes: QuotedWording[] = spans.map((s, q) => parseQuote(s, q, texts, roles, units, paragraphUnit, language));
  for (const qw of quotes) walkUnits(qw.units, (u) => (units[u.id] = u));

  const paragraphs: ParagraphInfo[] = roles.map((role, i) => {
    const info: ParagraphInfo = { role: role ?? 'norm' };
    const unitId = paragraphUnit[i];
    if (unitId) info.unitId = unitId;
    if (quoteOf[i] >= 0) info.quote = quoteOf[i];
    return info;
  });

  const hasArticles = built.all.some((u) => u.kind === 'article' && u.quote === undefined);
  const hasItems = built.all.some((u) => u.kind === 'item' && u.quote === undefined);
  const kind = actKind(actTypeOf(typeLine, title, subtitleType(texts.slice(0, head))), title, hasArticles, hasItems);

  const act: Act = {
    doc,
    language,
    kind,
    typeLine,
    title,
    body: built.roots,
    units,
    paragraphs,
    crossReferences: [],
    externalReferences: [],
    definitions: [],
    abbreviations: [],
    amendments: [],
    quotes,
  };
  if (preface) act.preface = preface;
  if (appendices.length) act.appendices = appendices;

  // 5. Everything read from the text of the units.
  act.amendments = findAmendments(act);
  act.crossReferences = findCrossReferences(act);
  act.externalReferences = findExternalReferences(act);
  act.definitions = findDefinitions(act);
  act.abbreviations = findAbbreviations(act);
  return act;
}

function sample(texts: readonly string[]): string {
  let s = '';
  for (const t of texts) {
    s += t + '\n';
    if (s.length > 20000) break;
  }
  return s;
}

function hasLabel(text: string, listLabel: string | undefined): boolean {
  if (listLabel && labelFromList(listLabel)) return true;
  return matchLabel(text) !== undefined;
}

/**
 * Paragraphs that continue a Constitutional Court interpretation note (the interpretation runs on:
 * "Внесение … такого предложения … является обязательным."): unlabelled paragraphs right after it,
 * up to three, when a numbered item or subitem follows them — or any label, unless the note stands
 * right under an article heading (then the unlabelled paragraphs may be the article's own parts).
 * A paragraph ending with ":" opens a list: it is a norm, and ends the run.
 */
function interpretationRunOn(paras: DocModel['paragraphs'], note: number): number[] {
  const run: number[] = [];
  let j = note + 1;
  for (; j < paras.length && run.length < 4; j++) {
    const t = paras[j].text;
    if (isBlank(t)) {
      run.push(j);
      continue;
    }
    if (hasLabel(t, paras[j].listLabel) || isEditorialNote(t) || /:\s*$/.test(t)) break;
    run.push(j);
  }
  if (!run.some((k) => !isBlank(paras[k].text)) || j >= paras.length) return [];
  const next = paras[j];
  const kind = next.listLabel && labelFromList(next.listLabel) ? 'item' : matchLabel(next.text)?.kind;
  if (kind === 'item' || kind === 'subitem') return run;
  if (!kind) return [];
  let prev = note - 1;
  while (prev >= 0 && isBlank(paras[prev].text)) prev--;
  const underArticle = prev >= 0 && matchLabel(paras[prev].text)?.kind === 'article';
  return underArticle ? [] : run;
}

/**
 * "Статья 197. Иные формы контроля …" followed only by "Сноска. Статья 197 исключена Законом …":
 * the article is excluded; its line is kept for the number and read as a note.
 */
function markExcludedByFootnotes(texts: readonly string[], roles: (ParagraphRole | undefined)[], all: readonly Unit[]): void {
  for (let i = 0; i < texts.length; i++) {
    if (roles[i] !== 'note') continue;
    const target = excludedByFootnote(texts[i]);
    if (!target) continue;
    let unit: Unit | undefined;
    for (const u of all) if (u.kind === target.kind && u.number === target.number && u.quote === undefined && u.paragraph < i) unit = u;
    if (!unit || unit.excluded) continue;
    let hasNorm = false;
    for (let p = unit.paragraph + 1; p <= unit.lastParagraph && !hasNorm; p++) hasNorm = roles[p] === 'norm' || roles[p] === 'heading';
    if (hasNorm || roles[unit.paragraph] !== 'heading') continue;
    unit.excluded = true;
    roles[unit.paragraph] = 'note';
  }
}

function findFirstLabel(paras: DocModel['paragraphs'], roles: readonly (ParagraphRole | undefined)[], wholeQuote: readonly boolean[]): number {
  for (let i = 0; i < paras.length; i++) {
    if (roles[i] !== undefined || wholeQuote[i]) continue;
    if (hasLabel(paras[i].text, paras[i].listLabel)) return i;
  }
  return -1;
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
