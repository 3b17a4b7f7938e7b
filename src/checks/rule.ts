/**
 * A check, in the manner of an ESLint rule: metadata plus a pure function that visits the Act
 * and reports. The runner (checks/runner.ts), not the rule, builds Findings, ids and unit paths.
 */
import type { Act } from '../core/act/types';
import type { Category, Citation, Severity } from '../core/finding';
import type { TextRange } from '../core/document';
import type { Language } from '../core/language';
import type { CorpusIndex } from '../corpus/types';

/** A message template per language; "{name}" placeholders are filled from `data`. */
export interface LocalizedMessage {
  ru: string;
  kk: string;
  en: string;
}

export interface RuleMeta {
  /** "category/name", e.g. "structure/numbering-gap". */
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** Languages the rule understands. */
  languages: Language[];
  docs: {
    description: string;
    /** The rule of law it enforces, e.g. 'Закон «О правовых актах», ст. 23 п. 4'. */
    basis?: string;
  };
  /** Message templates by message id. */
  messages: Record<string, LocalizedMessage>;
  /** Rationale templates by message id (falls back to `rationale`). */
  rationales?: Record<string, LocalizedMessage>;
  /** Default rationale for every message of the rule. */
  rationale?: LocalizedMessage;
  /** True when some reports carry a replacement. */
  fixable?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  range: TextRange;
  /** Overrides the rule's default severity for this report. */
  severity?: Severity;
  /** Id of the unit the report concerns (path is derived from it). */
  unitId?: string;
  /** Replacement for exactly the text of `range`. */
  replacement?: string;
  /** Citation ids, verified against the corpus index by the engine; unknown ids are dropped. */
  citations?: string[];
  /** For bilingual findings: the range in the paired document. */
  pairRange?: TextRange;
  /** Extra rationale text appended after the template's. */
  rationaleExtra?: string;
}

export interface RuleContext {
  act: Act;
  language: Language;
  /** The paired document (Kazakh for a Russian draft or vice versa), when reviewing a pair. */
  pair?: Act;
  /** The built-in legal corpus (constitution, law "On Legal Acts", CC resolutions, registry). */
  corpus?: CorpusIndex;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Fill "{name}" placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export type { Citation };
