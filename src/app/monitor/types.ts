/**
 * What a monitoring sweep produces: per act, its requisites and findings; the findings are the
 * review's Finding plus what a lawyer amending the act needs beside the words: which kind of
 * monitoring finding it is, the 2026 text it relates to, and, for a Court resolution, the holding.
 */
import type { Finding } from '../../core/finding';
import type { Language } from '../../core/language';
import type { Outcome } from '../../monitor/resolutionQueries';
import type { MonitoredKind } from '../../monitor/requisites';
import type { VerdictSummary } from '../../monitor/verdictProtocol';
import type { ActFormat } from './readers';

/** Stable ids of the kinds of monitoring findings (the report counts them per act). */
export const MONITOR_KINDS = ['constitution-citation', 'institution', 'act-reference', 'court-resolution', 'other'] as const;
export type MonitorKind = (typeof MONITOR_KINDS)[number];

export interface Related2026 {
  /** "const2026:12.2" */
  id: string;
  label: string;
  text: string;
}

export interface ResolutionLink {
  number: string;
  date: string;
  outcome?: Outcome;
  /** The Court's holding (Russian: the corpus has it in Russian). */
  holding: string;
  /** Cosine similarity to the reviewed norm; 1 when the act's own note names the resolution here. */
  score: number;
  byNote: boolean;
  /** False for a resolution known only from the act's own note (the corpus lacks it: not cited). */
  inCorpus: boolean;
  /** 1-based place among all candidates of this resolution in the sweep. */
  rank?: number;
}

export interface MonitorFinding extends Finding {
  kind: MonitorKind;
  /** The enclosing article as a reader names it ("Статья 5. Предмет"); absent outside articles. */
  article?: string;
  /** That article's unit id: the report groups by it, so two articles with one number stay two. */
  articleId?: string;
  /** The whole paragraph the quote stands in: the act's words in context. */
  context: string;
  /** The 2026 Constitution provisions the finding relates to, in the act's language. */
  related2026: Related2026[];
  resolution?: ResolutionLink;
  /** The model's verdict on a candidate (`zan monitor --server`). */
  verdict?: ModelVerdict;
}

/**
 * The model's word on a candidate: confirmed or not (not confirmed lowers the finding to info, its
 * severity before is kept), or unverified with why (never stored as a verdict: sent again on --resume).
 */
export interface ModelVerdict {
  status: 'confirmed' | 'not-confirmed' | 'unverified';
  /** The model's reason, in the act's language; for unverified, why no verdict came. */
  reason: string;
  citations?: Array<{ id: string; label: string }>;
  sourceQuote?: string;
  model?: string;
  severityBefore?: 'error' | 'warning' | 'info';
}

/** `summary.model` of a sweep with a model server, like the review's. */
export interface MonitorModelSummary extends VerdictSummary {
  /** The server refused the request or could not be reached (every candidate is then unverified). */
  error?: string;
  /** Candidates left without a verdict, with why. */
  unverified: Array<{ path: string; findingId: string; reason: string }>;
}

export interface ActResult {
  path: string;
  title: string;
  kind: MonitoredKind;
  number?: string;
  date?: string;
  edition?: string;
  editionBasis?: 'stated' | 'latest-amendment' | 'adoption';
  /** Which Constitution its citations mean. */
  constitution?: 1995 | 2026;
  language: Language;
  format: ActFormat;
  paragraphs: number;
  articles: number;
  findings: MonitorFinding[];
}

export interface UnreadableAct {
  path: string;
  reason: string;
}

export interface MonitorSummary {
  acts: number;
  unreadable: number;
  articles: number;
  findings: number;
  bySeverity: Record<'error' | 'warning' | 'info', number>;
  byKind: Record<MonitorKind, number>;
  /** The same Constitution citation (or institution) across acts: key → number of acts. */
  millis?: number;
  model?: MonitorModelSummary;
}

export interface MonitorReport {
  acts: ActResult[];
  unreadable: UnreadableAct[];
  summary: MonitorSummary;
  tool: { name: 'zan'; command: 'monitor'; version: string; checks: 'monitoring' | 'all' };
  generatedAt: string;
}
