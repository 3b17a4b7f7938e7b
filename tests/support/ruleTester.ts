/**
 * RuleTester: a rule's test as a table of short drafts (cf. ESLint's RuleTester). Each case is
 * a list of paragraphs; `valid` cases must produce no report, `invalid` ones exactly the
 * reports listed (message id, quote, and the replacement when given).
 */
import { docFromLines } from '../../src/core/document';
import { parseAct } from '../../src/core/act/parse';
import type { Finding } from '../../src/core/finding';
import type { CorpusIndex } from '../../src/corpus/types';
import { runRules } from '../../src/checks/runner';
import type { Rule } from '../../src/checks/rule';

export interface ValidCase {
  name?: string;
  lines: string[];
  /** Paired document lines for rules that compare ru and kk. */
  pair?: string[];
}

export interface ExpectedReport {
  messageId?: string;
  /** Exact quote the finding is anchored on. */
  quote: string;
  /** Paragraph index (0-based) the finding is anchored in, when the quote alone is ambiguous. */
  paragraph?: number;
  replacement?: string;
  severity?: Finding['severity'];
  /** Citation ids that must be present. */
  citations?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

export interface RuleTestTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export function runRuleOn(rule: Rule, lines: string[], pairLines?: string[], corpus?: CorpusIndex): Finding[] {
  const act = parseAct(docFromLines(lines));
  const pair = pairLines ? parseAct(docFromLines(pairLines)) : undefined;
  return runRules(act, { rules: [rule], corpus, pair });
}

/** Declares jest tests for a rule from its table. */
export function ruleTester(rule: Rule, table: RuleTestTable, corpus?: () => CorpusIndex): void {
  describe(rule.meta.id, () => {
    table.valid.forEach((c, i) => {
      test(`valid ${i + 1}: ${c.name ?? c.lines[c.lines.length - 1].slice(0, 60)}`, () => {
        const findings = runRuleOn(rule, c.lines, c.pair, corpus?.());
        expect(findings.map(describeFinding)).toEqual([]);
      });
    });
    table.invalid.forEach((c, i) => {
      test(`invalid ${i + 1}: ${c.name ?? c.errors.map((e) => e.quote).join(', ')}`, () => {
        const findings = runRuleOn(rule, c.lines, c.pair, corpus?.());
        expect(findings.map(describeFinding)).toHaveLength(c.errors.length);
        c.errors.forEach((expected, k) => {
          const f = findings[k];
          expect(f.anchor.quote).toBe(expected.quote);
          if (expected.paragraph !== undefined) expect(f.anchor.paragraph).toBe(expected.paragraph);
          if (expected.messageId) expect(f.id.startsWith(rule.meta.id)).toBe(true);
          if (expected.messageId) expect(f.message).toBe(messageFor(rule, expected.messageId, f));
          if ('replacement' in expected) expect(f.replacement).toBe(expected.replacement);
          if (expected.severity) expect(f.severity).toBe(expected.severity);
          for (const cid of expected.citations ?? []) expect(f.citations.map((x) => x.id)).toContain(cid);
        });
      });
    });
  });
}

function describeFinding(f: Finding): string {
  return `${f.ruleId} ¶${f.anchor.paragraph} «${f.anchor.quote}»: ${f.message}`;
}

/** The message the finding would carry if it came from `messageId` (placeholders are not re-filled: compares template prefix). */
function messageFor(rule: Rule, messageId: string, f: Finding): string {
  const template = rule.meta.messages[messageId]?.[f.language ?? 'ru'];
  if (!template) throw new Error(`${rule.meta.id} has no message ${messageId}`);
  // A filled template keeps its literal parts in order: check them against the message.
  const parts = template.split(/\{\w+\}/);
  let at = 0;
  for (const part of parts) {
    const found = f.message.indexOf(part, at);
    if (found < 0) return template;
    at = found + part.length;
  }
  return f.message;
}
