/**
 * Grounding, enforced in code: what the model says reaches a person only if
 *   - it fits the answer schema (each finding validated on its own, answer.ts);
 *   - its quote is an exact substring of a clause of the batch, at least three words or the whole clause;
 *   - every citation is one of the sources given in the prompt AND the corpus confirms it;
 *   - a constitution finding cites a const2026: source and quotes, word for word, the words of a
 *     cited source it relies on; an international finding does the same with an instrument of the
 *     international corpus (the English treaty text may be quoted in English);
 *   - its message and rationale are in the draft's language;
 *   - its replacement changes only the quote, does not delete the whole clause and does not
 *     rewrite its meaning (else the replacement is dropped, the remark kept).
 * Everything else is dropped and counted, never applied or shown (invariants 3 and 4).
 */
import type { Citation, Finding, Severity } from '../../core/finding';
import { detectLanguage, type Language } from '../../core/language';
import { stem } from '../../core/text/stem';
import type { CorpusIndex } from '../../corpus/types';
import { emptyDropped, unitIdOf, type DroppedCounts, type ModelCheck, type ReviewUnit } from '../../protocol/review';
import { modelFindingSchema, type ModelFinding } from './answer';

/** A grounded finding before ids are given. */
export type GroundedFinding = Omit<Finding, 'id'>;

export interface GroundingContext {
  units: readonly ReviewUnit[];
  /** Ids of the sources that were in the prompt. */
  givenSources: ReadonlySet<string>;
  /** The corpus text(s) of each given source, for the word-for-word check of source quotes. */
  sourceTexts?: ReadonlyMap<string, readonly string[]>;
  corpus?: CorpusIndex;
  language: Language;
  checks: readonly ModelCheck[];
}

export interface GroundingResult {
  findings: GroundedFinding[];
  dropped: DroppedCounts;
  /** The answer as a whole is not the asked-for shape (no findings list): the batch is unchecked. */
  malformed: boolean;
}

/** Treaties Kazakhstan ratified (corpus/international README): only these can make a warning. */
const RATIFIED = new Set(['iccpr', 'icescr', 'uncac', 'aarhus', 'crpd']);
export const RATIONALE_MAX_CHARS = 600;
const MIN_QUOTE_WORDS = 3;

/** Grounds one answer. `input` is whatever the model produced. */
export function groundAnswer(input: unknown, ctx: GroundingContext): GroundingResult {
  const dropped = emptyDropped();
  const findings: GroundedFinding[] = [];
  const list = input && typeof input === 'object' ? (input as { findings?: unknown }).findings : undefined;
  if (!Array.isArray(list)) return { findings, dropped, malformed: true };
  const byParagraph = new Map(ctx.units.map((u) => [u.paragraph, u]));
  for (const item of list) {
    const parsed = modelFindingSchema.safeParse(item);
    if (!parsed.success || !ctx.checks.includes(parsed.data.category) || !parsed.data.message.trim()) {
      dropped.schema++;
      continue;
    }
    const raw = parsed.data;
    const unit = byParagraph.get(raw.paragraph);
    const start = unit && raw.quote ? unit.text.indexOf(raw.quote) : -1;
    if (!unit || start < 0 || !quoteIsLongEnough(raw.quote, unit.text)) {
      dropped.quote++;
      continue;
    }
    const citations = verifyCitations(raw.citations, ctx);
    if (!citations) {
      dropped.citation++;
      continue;
    }
    if (!sourceIsQuoted(raw, ctx)) {
      dropped.source++;
      continue;
    }
    if (!inLanguage(raw.message, ctx.language, 0.6) || (raw.rationale.trim() && !inLanguage(raw.rationale, ctx.language, 0.3))) {
      dropped.language++;
      continue;
    }
    const end = start + raw.quote.length;
    let replacement = raw.replacement ?? undefined;
    if (replacement !== undefined && !(replacementStaysInQuote(unit.text, start, end, replacement) && replacementKeepsMeaning(unit.text, raw.quote, replacement))) {
      dropped.replacement++;
      replacement = undefined;
    }
    findings.push({
      ruleId: `model/${raw.category}`,
      category: raw.category,
      severity: severityOf(raw),
      unit: unit.path,
      ...unitIdOf(unit),
      anchor: { paragraph: unit.paragraph, start, end, quote: raw.quote },
      message: raw.message.trim(),
      rationale: capRationale(raw.rationale),
      citations,
      ...(replacement !== undefined ? { replacement } : {}),
      engine: 'model',
      language: ctx.language,
    });
  }
  return { findings, dropped, malformed: false };
}

/** At least three words, or the whole clause (a clause of one or two words is quoted whole). */
export function quoteIsLongEnough(quote: string, clause: string): boolean {
  return words(quote).length >= MIN_QUOTE_WORDS || quote.trim() === clause.trim();
}

/** Undefined when any citation is not among the given sources or not confirmed by the corpus. */
function verifyCitations(ids: readonly string[], ctx: GroundingContext): Citation[] | undefined {
  const out: Citation[] = [];
  for (const id of new Set(ids)) {
    if (!ctx.givenSources.has(id) || !ctx.corpus || !existsInCorpus(id, ctx.corpus)) return undefined;
    const citation = ctx.corpus.cite(id, ctx.language);
    if (!citation) return undefined;
    out.push(citation);
  }
  return out;
}

/** The provision itself must exist: a 2026 article(.item(subitem)), a resolution number, an instrument's article. */
export function existsInCorpus(id: string, corpus: CorpusIndex): boolean {
  const constitution = /^const2026:(\d+(?:-\d+)?)(?:\.(\d+(?:-\d+)?))?(?:\((\d+(?:-\d+)?)\))?$/.exec(id);
  if (constitution) return corpus.constitution(constitution[1]!, constitution[2], constitution[3]) !== undefined;
  const resolution = /^cc:(.+)$/.exec(id);
  if (resolution) return corpus.resolution(resolution[1]!) !== undefined;
  return id.startsWith('lla:') || id.startsWith('act:') || corpus.cite(id, 'ru') !== undefined;
}

/** The prefix of an international instrument's ids ("iccpr:17.1" → "iccpr"); undefined for our own law. */
function instrumentOf(id: string): string | undefined {
  const prefix = id.split(':')[0]!;
  return ['const2026', 'cc', 'lla', 'act'].includes(prefix) ? undefined : prefix;
}

/**
 * Constitution and international findings rest on a source the person can check: a cited source of
 * the right kind whose text contains the quoted words (whitespace and quotation marks aside).
 */
function sourceIsQuoted(raw: ModelFinding, ctx: GroundingContext): boolean {
  if (raw.category !== 'constitution' && raw.category !== 'international') return true;
  const fits = (id: string): boolean => (raw.category === 'constitution' ? id.startsWith('const2026:') : instrumentOf(id) !== undefined);
  const relevant = raw.citations.filter(fits);
  const quote = raw.source_quote ?? '';
  if (relevant.length === 0 || words(quote).length < MIN_QUOTE_WORDS) return false;
  const wanted = flat(quote);
  return relevant.some((id) => sourceTextsOf(id, ctx).some((text) => flat(text).includes(wanted)));
}

function sourceTextsOf(id: string, ctx: GroundingContext): string[] {
  const out = [...(ctx.sourceTexts?.get(id) ?? []), ...(ctx.corpus?.sourceTexts?.(id) ?? [])];
  const c = /^const2026:(\d+(?:-\d+)?)(?:\.(\d+(?:-\d+)?))?(?:\((\d+(?:-\d+)?)\))?$/.exec(id);
  const provision = c && ctx.corpus?.constitution(c[1]!, c[2], c[3]);
  if (provision) out.push(provision.text.ru, provision.text.kk);
  return out;
}

/** For comparing quotes: case, runs of whitespace and the form of quotation marks do not count. */
export function flat(text: string): string {
  return text.toLowerCase().replace(/[«»“”„"']/g, '"').replace(/\s+/g, ' ').trim();
}

export function words(text: string): string[] {
  return text.match(/[\p{L}\d]{1,64}/gu) ?? [];
}

/** Written in the draft's language: mostly Cyrillic letters, and Kazakh letters exactly when Kazakh. */
export function inLanguage(text: string, language: Language, minCyrillicShare: number): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  if (letters === 0 || cyrillic / letters < minCyrillicShare) return false;
  return detectLanguage(text) === language;
}

function severityOf(raw: ModelFinding): Severity {
  if (raw.category !== 'international') return raw.severity;
  // International practice informs; a warning only for an explicit clash with a ratified treaty.
  const ratified = raw.citations.some((id) => RATIFIED.has(instrumentOf(id) ?? ''));
  return raw.clear_breach && ratified ? 'warning' : 'info';
}

function capRationale(text: string): string {
  const t = text.trim();
  if (t.length <= RATIONALE_MAX_CHARS) return t;
  const cut = t.slice(0, RATIONALE_MAX_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), RATIONALE_MAX_CHARS / 2))}…`;
}

/** Negations whose appearance or disappearance turns a norm into its opposite. */
const NEGATION = /(?<![\p{L}])(?:не|нет|ни|без|емес|жоқ|тыйым)(?![\p{L}])/giu;

/**
 * A replacement fixes wording; it does not delete the clause nor say the opposite. Refused: an empty
 * replacement of the whole clause, a change in negation, and a rewrite of a long quote that keeps
 * almost none of its words.
 */
export function replacementKeepsMeaning(clause: string, quote: string, replacement: string): boolean {
  if (!replacement.trim() && quote.trim().length >= clause.trim().length * 0.8) return false;
  const negations = (t: string): number => (t.match(NEGATION) ?? []).length;
  if (negations(quote) !== negations(replacement)) return false;
  const language = detectLanguage(clause);
  const q = words(quote).map((w) => stem(w, language));
  if (q.length >= 8) {
    const r = new Set(words(replacement).map((w) => stem(w, language)));
    const kept = q.filter((w) => r.has(w)).length;
    if (kept / q.length < 0.4) return false;
  }
  return true;
}

/** Overlap shorter than this is a coincidence (a preposition, a space), not reaching out. */
const MIN_REACH = 6;

/**
 * A replacement replaces exactly its quote. It reaches outside when it repeats the text standing
 * just before or after the quote (applying it would duplicate those words), spans lines or the
 * clause markup, or is no change at all.
 */
export function replacementStaysInQuote(text: string, start: number, end: number, replacement: string): boolean {
  const quote = text.slice(start, end);
  if (replacement === quote) return false;
  if (/[\r\n]/.test(replacement) || /<\/?(clauses?|draft_context)\b/i.test(replacement)) return false;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const head = longestSuffixPrefix(before, replacement);
  if (head.trim().length >= MIN_REACH && !quote.startsWith(head.trimStart())) return false;
  const tail = longestPrefixSuffix(after, replacement);
  if (tail.trim().length >= MIN_REACH && !quote.endsWith(tail.trimEnd())) return false;
  return true;
}

/** The longest string that ends `a` and begins `b`. */
function longestSuffixPrefix(a: string, b: string): string {
  const max = Math.min(a.length, b.length);
  for (let k = max; k > 0; k--) {
    if (a.endsWith(b.slice(0, k))) return b.slice(0, k);
  }
  return '';
}

/** The longest string that begins `a` and ends `b`. */
function longestPrefixSuffix(a: string, b: string): string {
  const max = Math.min(a.length, b.length);
  for (let k = max; k > 0; k--) {
    if (a.startsWith(b.slice(b.length - k))) return b.slice(b.length - k);
  }
  return '';
}
