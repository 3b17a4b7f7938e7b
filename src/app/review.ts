/**
 * Reviewing one document: the use case every entry point calls (the CLI, the eval, the bench, the
 * server's local engine and the pane). read → local rules (+ the model's findings) → merge →
 * plan → apply → report. What differs between entry points is an option here, not a copy of the
 * flow.
 *
 * Pure: no Node built-ins, no Office, so the pane bundles it. A host brings the document in and
 * takes the plan out through a DocumentSource (a .docx file in the CLI, Word in the pane, the wire
 * units on the server). The rules come in as an option (in process, or the pane's worker), and
 * the report is imported on first use: the pane writes none, so its first paint carries neither.
 */
import { isAct, type Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Category, Finding, Severity } from '../core/finding';
import { mergeFindings } from '../core/merge';
import { buildPlan } from '../core/plan';
import type { ApplyResult, ReviewPlan } from '../core/plan-types';
import type { RuleNotRun } from '../checks/runner';
import type { Rule } from '../checks/rule';
import type { CorpusIndex } from '../corpus/types';
import type { LocalReview, LocalReviewOptions } from '../engine/local';
import type { ReviewSummary } from '../protocol/review';
import type { JsonReport } from '../report/json';
import { EmptyDocumentError, ReviewAbortedError } from './errors';
import { modelFindingsToTake } from './modelFindings';

/** What a host applies a plan with, and what it says it did (the .docx writer also lists what it skipped). */
export type AppliedPlan = ApplyResult & { skipped?: ReviewPlan['skipped'] };

/** A document as a host holds it: read it, and (when the caller wants the findings written) apply a plan to it. */
export interface DocumentSource<Applied extends AppliedPlan = AppliedPlan> {
  /** How the user names it (a file path, "word"): the report's `document.path`. */
  readonly path: string;
  /** The document; an Act when it was parsed already (the pair written back after the main review). */
  read(): Promise<DocModel | Act>;
  /** Writes the plan as comments and tracked changes; a source without it is only reviewed. */
  apply?(plan: ReviewPlan): Promise<Applied>;
}

/** What the local rules give: LocalReview, where `notRun` may be left out by an engine that cannot tell. */
export type LocalEngineResult = Omit<LocalReview, 'notRun'> & { notRun?: RuleNotRun[] };

/** The deterministic rules: `reviewLocal` in process (CLI, server, bench), the pane's worker in the pane. */
export type LocalEngine = (doc: DocModel | Act, options: LocalReviewOptions) => LocalEngineResult | Promise<LocalEngineResult>;

/** The model's part, through the review server: its findings for the act and what it checked. */
export type ModelEngine = (act: Act, options: { signal?: AbortSignal }) => Promise<{ findings: Finding[]; summary: ReviewSummary }>;

export interface ReviewOptions {
  local: LocalEngine;
  corpus?: CorpusIndex;
  /** The other language's text (kk for ru, ru for kk): bilingual checks. */
  pair?: Pick<DocumentSource, 'path' | 'read'>;
  /** Only these categories (local and model findings alike). */
  categories?: readonly Category[];
  rules?: readonly Rule[];
  ruleSettings?: Record<string, Severity | 'off'>;
  model?: ModelEngine;
  /**
   * Comments only, no tracked changes. A suggestion stays in its comment as text ("Предлагается:
   * …") and in the findings and the report: the same as the pane's "Comment" (tests/app/no-changes).
   */
  noChanges?: boolean;
  /** Keep only findings anchored in these paragraphs (the server: the ones the client sent). */
  paragraphs?: ReadonlySet<number>;
  /**
   * Build the JSON report (default true). The pane and the server need none, nor a plan unless they
   * apply. The report module is a dynamic import, which a worker thread started with tsx/cjs alone
   * cannot load: the server's local worker asks for no report.
   */
  report?: boolean;
  /** Stops the review between stages (a newer review in the pane supersedes this one). */
  signal?: AbortSignal;
  onRule?: (ruleId: string, millis: number, findings: number) => void;
  /** After each stage, with its time: progress lines (CLI) and stage timings (bench). */
  onStage?: (event: StageEvent) => void;
}

export type StageEvent =
  | { stage: 'read'; millis: number; doc: DocModel }
  | { stage: 'local'; millis: number; act: Act; findings: number; notRun: readonly RuleNotRun[] }
  | { stage: 'model'; millis: number; summary: ReviewSummary; findings: number }
  | { stage: 'plan'; millis: number; plan: ReviewPlan }
  | { stage: 'apply'; millis: number; applied: AppliedPlan };

export interface DocumentReview<Applied extends AppliedPlan = AppliedPlan> {
  doc: DocModel;
  act: Act;
  pair?: { path: string; act: Act };
  /** Local and model findings, merged, in document order. */
  findings: Finding[];
  /** Local rules that gave up on this document: their part of the review is missing. */
  notRun: RuleNotRun[];
  /** The model's summary when a model engine took part. */
  modelSummary?: ReviewSummary;
  /** Built when something uses it: an apply or a report. */
  plan?: ReviewPlan;
  applied?: Applied;
  report?: JsonReport;
}

export async function reviewDocument<Applied extends AppliedPlan = AppliedPlan>(
  source: DocumentSource<Applied>,
  options: ReviewOptions,
): Promise<DocumentReview<Applied>> {
  const stage = stageTimer(options);

  const input = await source.read();
  const doc = docOf(input);
  if (doc.paragraphs.every((p) => !p.text.trim())) throw new EmptyDocumentError(source.path);
  const pairInput = options.pair ? await options.pair.read() : undefined;
  stage.done({ stage: 'read', doc });

  stage.go();
  const local = await options.local(input, {
    corpus: options.corpus,
    pair: pairInput,
    categories: options.categories,
    rules: options.rules,
    ruleSettings: options.ruleSettings,
    onRule: options.onRule,
  });
  const inScope = (f: Finding) => !options.paragraphs || options.paragraphs.has(f.anchor.paragraph);
  let findings = local.findings.filter(inScope);
  const notRun = local.notRun ?? [];
  stage.done({ stage: 'local', act: local.act, findings: findings.length, notRun });

  let modelSummary: ReviewSummary | undefined;
  if (options.model) {
    stage.go();
    const remote = await options.model(local.act, { signal: options.signal });
    const taken = modelFindingsToTake(remote.summary.engine, remote.findings, options.categories).filter(inScope);
    findings = mergeFindings(findings, taken);
    modelSummary = remote.summary;
    stage.done({ stage: 'model', summary: remote.summary, findings: taken.length });
  }

  const review: DocumentReview<Applied> = { doc, act: local.act, findings, notRun, modelSummary };
  if (options.pair && local.pair) review.pair = { path: options.pair.path, act: local.pair };
  const wantReport = options.report !== false;
  if (!source.apply && !wantReport) return review;

  stage.go();
  review.plan = planReview(findings, doc, { noChanges: options.noChanges });
  stage.done({ stage: 'plan', plan: review.plan });
  if (source.apply) {
    // The last point to stop: once the document is written, the review goes on to its report.
    stage.go();
    review.applied = await source.apply(review.plan);
    stage.done({ stage: 'apply', applied: review.applied });
  }
  if (wantReport) {
    // Imported here so that the pane's bundle, which asks for no report, does not carry it (nor zod).
    const { toJsonReport, modelSummaryOf } = await import('../report/json');
    review.report = toJsonReport({
      path: source.path,
      act: review.act,
      findings,
      pair: review.pair,
      engine: options.model ? 'model' : 'local',
      // What the plan left out (overlaps, stale) and what the host refused (human revisions, already there).
      skipped: [...review.plan.skipped, ...(review.applied?.skipped ?? [])],
      stale: review.applied?.stale,
      model: modelSummaryOf(modelSummary),
      notRun,
    });
  }
  return review;
}

/**
 * The plan every entry point writes: the CLI's `--no-changes` and the pane's "Comment" are both
 * `noChanges`, so a suggestion is kept in the comment's text and only its tracked change is not made.
 */
export function planReview(findings: readonly Finding[], doc: DocModel, options: { noChanges?: boolean } = {}): ReviewPlan {
  return buildPlan(findings, doc, { trackChanges: !options.noChanges });
}

function docOf(input: DocModel | Act): DocModel {
  return isAct(input) ? input.doc : input;
}

/** Times each stage from its start (`go`) to its end (`done`); `go` stops the review once the signal has fired. */
function stageTimer(options: ReviewOptions) {
  let since = now();
  return {
    go(): void {
      if (options.signal?.aborted) throw new ReviewAbortedError();
      since = now();
    },
    done(event: DistributiveOmit<StageEvent, 'millis'>): void {
      options.onStage?.({ ...event, millis: now() - since } as StageEvent);
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
