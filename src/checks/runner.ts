/**
 * Runs rules over an Act and turns their reports into Findings: the one place that fills
 * messages in the draft's language, derives unit paths, verifies citations against the corpus
 * and gives ids. Rules never build Findings themselves (cf. ESLint's context.report).
 */
import type { Act, Unit } from '../core/act/types';
import type { Finding, Severity } from '../core/finding';
import { compareFindings } from '../core/finding';
import type { Language } from '../core/language';
import type { CorpusIndex } from '../corpus/types';
import { formatMessage, type Report, type Rule } from './rule';

export interface RunOptions {
  rules: readonly Rule[];
  corpus?: CorpusIndex;
  pair?: Act;
  /** Per-rule severity overrides, or "off". */
  ruleSettings?: Record<string, Severity | 'off'>;
  /** Called after each rule, for progress and per-rule timing. */
  onRule?: (ruleId: string, millis: number, findings: number) => void;
  /** Called when a rule gave up on this input (see RuleNotRun); the other rules still run. */
  onRuleNotRun?: (notRun: RuleNotRun) => void;
}

/**
 * A rule that could not check this act. Only a RangeError is caught: it is what an input far
 * beyond any real act (a paragraph of millions of characters) raises in a regexp or a deep
 * recursion. A rule's own bug (any other error) still fails loudly, as tests must see it.
 */
export interface RuleNotRun {
  ruleId: string;
  reason: 'input-too-large';
}

/** The innermost unit whose paragraphs include `paragraph`. */
export function unitAt(act: Act, paragraph: number): Unit | undefined {
  const id = act.paragraphs[paragraph]?.unitId;
  return id ? act.units[id] : undefined;
}

export function runRules(act: Act, options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const usedIds = new Set<string>();
  const language: Language = act.language;
  for (const rule of options.rules) {
    const setting = options.ruleSettings?.[rule.meta.id];
    if (setting === 'off' || !rule.meta.languages.includes(language)) continue;
    const started = now();
    let count = 0;
    const report = (r: Report): void => {
      const finding = toFinding(act, rule, r, setting, options.corpus, usedIds, options.pair);
      if (finding) {
        findings.push(finding);
        count++;
      }
    };
    try {
      rule.check({ act, language, pair: options.pair, corpus: options.corpus, report });
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      // What it reported before giving up stands: each report was checked on its own.
      options.onRuleNotRun?.({ ruleId: rule.meta.id, reason: 'input-too-large' });
    }
    options.onRule?.(rule.meta.id, now() - started, count);
  }
  return dedupe(findings).sort(compareFindings);
}

function toFinding(
  act: Act,
  rule: Rule,
  r: Report,
  setting: Severity | undefined,
  corpus: CorpusIndex | undefined,
  usedIds: Set<string>,
  pair: Act | undefined,
): Finding | undefined {
  const lang = act.language;
  const text = act.doc.paragraphs[r.range.paragraph]?.text;
  if (text === undefined || r.range.start < 0 || r.range.end > text.length || r.range.start > r.range.end) {
    throw new Error(`${rule.meta.id}: report range out of paragraph ${r.range.paragraph}`);
  }
  const template = rule.meta.messages[r.messageId];
  if (!template) throw new Error(`${rule.meta.id}: unknown messageId ${r.messageId}`);
  const rationaleTemplate = rule.meta.rationales?.[r.messageId] ?? rule.meta.rationale;
  let rationale = rationaleTemplate ? formatMessage(rationaleTemplate[lang], r.data) : '';
  if (r.rationaleExtra) rationale = rationale ? `${rationale} ${r.rationaleExtra}` : r.rationaleExtra;
  const unit = (r.unitId ? act.units[r.unitId] : undefined) ?? unitAt(act, r.range.paragraph);
  // Invariant 4: a citation the corpus cannot confirm is never shown.
  const citations = (r.citations ?? [])
    .map((id) => corpus?.cite(id, lang))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
  let id = `${rule.meta.id}:${r.range.paragraph}:${r.range.start}`;
  for (let n = 2; usedIds.has(id); n++) id = `${rule.meta.id}:${r.range.paragraph}:${r.range.start}#${n}`;
  usedIds.add(id);
  const finding: Finding = {
    id,
    ruleId: rule.meta.id,
    category: rule.meta.category,
    severity: r.severity ?? setting ?? rule.meta.defaultSeverity,
    unit: unit?.path ?? '',
    ...(unit ? { unitId: unit.id } : {}),
    anchor: { paragraph: r.range.paragraph, start: r.range.start, end: r.range.end, quote: text.slice(r.range.start, r.range.end) },
    message: formatMessage(template[lang], r.data),
    rationale,
    citations,
    engine: 'local',
    language: lang,
  };
  if (r.replacement !== undefined && r.replacement !== finding.anchor.quote) finding.replacement = r.replacement;
  if (r.pairRange && pair) {
    const pairText = pair.doc.paragraphs[r.pairRange.paragraph]?.text ?? '';
    const { paragraph, start, end } = r.pairRange;
    finding.pairAnchor = { paragraph, start, end, quote: pairText.slice(start, end) };
  }
  return finding;
}

/** Two rules reporting the same category on the same words say it once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.category}|${f.anchor.paragraph}|${f.anchor.start}|${f.anchor.end}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
