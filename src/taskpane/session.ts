/**
 * The pane's review session: reads the document through a host, runs the local engine at once and
 * the model engine (when configured) in the background, and applies what the user chooses. Plain
 * TypeScript with a subscribe/getState store, so React renders it (useSyncExternalStore) and tests
 * drive it without a browser. It never calls Office.js: the host does.
 *
 * Only the local phase and document actions set `busy`; the model phase streams beside them with
 * Cancel and a timeout to its first answer, so the pane is never locked by a slow server.
 */
import { isEmptyDocumentError, isReviewAbortedError, ReviewAbortedError } from '../app/errors';
import { modelFindingsToTake } from '../app/modelFindings';
import type { LocalEngineResult } from '../app/review';
import { isAct, type Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Anchor, Category, Finding } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { wordEdits } from '../core/edits';
import type { ApplyResult, Hunk, ReviewPlan } from '../core/plan-types';
import { countSkipReasons } from '../core/skipReasons';
import { isWordHostError } from '../hosts/word/errors';
import type { ReviewEvent } from '../protocol/review';
import { dismissKey, mergeFindings } from './findings';
import { appliedBy, commentedBy, type DocComment, type DocTrackedChange } from './marks';
import { readModelSummary } from './modelSummary';

/** What the pane needs from a document host (the Word host satisfies it, on Word or on the fake). */
export interface PaneHost {
  readonly trackedChangesApi: boolean;
  read(options?: { selection?: boolean }): Promise<{ doc: DocModel; dismissed: string[]; selected?: number[]; comments?: DocComment[]; changes?: DocTrackedChange[] }>;
  apply(plan: ReviewPlan): Promise<ApplyResult>;
  select(anchor: Anchor, alternatives?: readonly string[]): Promise<boolean>;
  decide(hunks: readonly Hunk[], accept: boolean): Promise<{ decided: number; missing: number }>;
  saveDismissed(keys: readonly string[]): Promise<void>;
  /** Delete the assistant's comments that `matches` picks; resolves to how many went. */
  removeComments?(matches: (comment: DocComment) => boolean): Promise<number>;
}

/** The local rules as the pane runs them (in a worker): the review use case's local engine. */
export type LocalEngine = (doc: DocModel) => Promise<LocalEngineResult>;
export interface ModelCallOptions {
  signal: AbortSignal;
  /** Language of the server's error texts: the interface's. */
  uiLanguage: UiLanguage;
}
/** Streams model findings for an act (through the backend proxy); resolves when the stream ends. */
export type ModelEngine = (act: Act, onEvent: (event: ReviewEvent) => void, options?: ModelCallOptions) => Promise<void>;

export type { BulkRecord, FindingStatus, ModelPhase, ModelState, SessionMessage, SessionState } from './sessionState';
import type { FindingStatus, ModelState, SessionMessage, SessionState } from './sessionState';

export interface SessionOptions {
  host: PaneHost;
  local: LocalEngine;
  model?: ModelEngine;
  /** Language of the interface (server error texts). Comment labels follow the draft's language. */
  language?: () => UiLanguage;
  /** Milliseconds to wait for the model server's first event before giving up (default 10 s). */
  firstEventTimeoutMs?: number;
}

/**
 * The review use case and the act's article lookup: loaded on the first review, not with the
 * pane's first script (the first paint needs neither); the pane prefetches them when idle.
 */
export const reviewModules = () => Promise.all([import('../app/review'), import('../core/act/articles')]);

const INITIAL: SessionState = { busy: false, message: { kind: 'idle' }, findings: [], status: {}, hidden: [], reviewed: false, scope: 'document', notRun: [] };
export const FIRST_EVENT_TIMEOUT_MS = 10_000;

export class ReviewSession {
  private state: SessionState = INITIAL;
  private listeners = new Set<() => void>();
  private doc?: DocModel;
  private act?: Act;
  private inScope: (f: Finding) => boolean = () => true;
  private dismissed = new Set<string>();
  private comments: DocComment[] = [];
  private changes: DocTrackedChange[] = [];
  private appliedHunks = new Map<string, Hunk[]>();
  private run = 0;
  private modelRun = 0;
  /** The review in progress (read and local phase); a newer review stops it. */
  private reviewAbort?: AbortController;
  private abort?: AbortController;
  private model?: ModelEngine;

  constructor(private readonly options: SessionOptions) {
    this.model = options.model;
  }

  /** Use another model engine from the next review on (the backend settings changed); none: local only. */
  setModel(model: ModelEngine | undefined): void {
    this.model = model;
  }

  get hasModel(): boolean {
    return this.model !== undefined;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /**
   * Review the whole document, or only findings in the paragraphs the selection touches. Resolves
   * when the model phase ends too; the pane is usable as soon as the local phase is done.
   */
  async review(scope: 'document' | 'selection' = 'document'): Promise<void> {
    const run = ++this.run;
    this.stopModel();
    this.reviewAbort?.abort();
    const abort = (this.reviewAbort = new AbortController());
    const applied = this.state.findings.filter((f) => this.state.status[f.id] === 'applied');
    this.set({ ...INITIAL, busy: true, message: { kind: 'reading' }, scope, reviewed: this.state.reviewed });
    try {
      // The review use case, through the pane's host port: Word reads, the worker runs the rules.
      // No plan and no report: the user applies findings one by one, or a category at a time.
      const [{ reviewDocument }, { articleLookup }] = await reviewModules();
      const local = await reviewDocument({ path: 'word', read: () => this.readDocument(scope, run) }, {
        local: (input) => this.options.local(isAct(input) ? input.doc : input),
        report: false,
        signal: abort.signal,
        onStage: (e) => void (e.stage === 'read' && this.set({ message: { kind: 'local' } })),
      });
      if (run !== this.run) return;
      this.act = local.act;
      this.set({ notAnAct: !hasArticles(local.act), articleOf: articleLookup(local.act), notRun: local.notRun });
      this.take(local.findings);
      this.keepApplied(applied);
      this.set({ busy: false, reviewed: true, message: this.summaryMessage() });
    } catch (error) {
      if (run !== this.run || isReviewAbortedError(error)) return;
      if (isEmptyDocumentError(error)) this.set({ busy: false, reviewed: true, message: { kind: 'empty' } });
      else this.set({ busy: false, message: errorMessage(error) });
      return;
    }
    if (this.model && hasArticles(this.act)) await this.streamModel(this.model);
  }

  /** Read the document (or the selection's paragraphs) with what the pane keeps of it; a newer review's read wins. */
  private async readDocument(scope: 'document' | 'selection', run: number): Promise<DocModel> {
    const read = await this.options.host.read({ selection: scope === 'selection' });
    if (run !== this.run) throw new ReviewAbortedError();
    this.doc = read.doc;
    this.dismissed = new Set(read.dismissed);
    this.comments = read.comments ?? [];
    this.changes = read.changes ?? [];
    this.appliedHunks.clear();
    const selected = read.selected ? new Set(read.selected) : undefined;
    this.inScope = (f) => !selected || selected.has(f.anchor.paragraph);
    return read.doc;
  }

  /** Run the model checks again on the last review's act (after a failure, a timeout or Cancel). */
  async retryModel(): Promise<void> {
    if (this.model && this.act) await this.streamModel(this.model);
  }

  /** Stop the model phase; the local findings (and model findings received) stay. */
  cancelModel(): void {
    const model = this.state.model;
    if (!model || (model.phase !== 'waiting' && model.phase !== 'running')) return;
    this.stopModel();
    this.set({ model: { ...model, phase: 'cancelled' }, message: this.summaryMessage() });
  }

  private stopModel(): void {
    this.modelRun++;
    this.abort?.abort();
    this.abort = undefined;
  }

  private async streamModel(model: ModelEngine): Promise<void> {
    this.stopModel();
    const run = this.modelRun;
    const abort = (this.abort = new AbortController());
    const live = () => run === this.modelRun;
    const update = (patch: Partial<ModelState>) => {
      if (live()) this.set({ model: { ...this.state.model!, ...patch } });
    };
    this.set({ model: { phase: 'waiting', done: 0, total: 0 } });
    const limit = this.options.firstEventTimeoutMs ?? FIRST_EVENT_TIMEOUT_MS;
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, limit);
    const firstEvent = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    // A server without a model key answers with the local engine the pane has already run: what
    // is taken of a server's findings is the use case's rule (app/modelFindings.ts), as in the CLI.
    let serverIsLocal = false;
    const onEvent = (event: ReviewEvent) => {
      firstEvent();
      if (!live()) return;
      if (event.type === 'start') {
        serverIsLocal = event.engine === 'local';
        update({ phase: 'running', total: event.units });
      } else if (event.type === 'progress') update({ phase: 'running', done: event.done, total: event.total });
      else if (event.type === 'findings') {
        this.take(modelFindingsToTake(serverIsLocal ? 'local' : 'model', event.findings));
        this.set({ message: this.summaryMessage() });
      } else if (event.type === 'summary') update(readModelSummary(event.summary, serverIsLocal));
    };
    // Either the engine settles or the abort fires (an engine that ignores its signal cannot hold the pane).
    const aborted = new Promise<void>((resolve) => abort.signal.addEventListener('abort', () => resolve(), { once: true }));
    try {
      await Promise.race([model(this.act!, onEvent, { signal: abort.signal, uiLanguage: this.options.language?.() ?? 'ru' }), aborted]);
      if (abort.signal.aborted && !timedOut) return;
      if (timedOut) throw new TimeoutError(limit);
      update({ phase: 'done' });
    } catch (error) {
      if (!live()) return;
      if (error instanceof TimeoutError || timedOut) update({ phase: 'timeout', error: String(Math.round(limit / 1000)) });
      else update({ phase: 'error', error: error instanceof Error ? error.message : String(error) });
    } finally {
      firstEvent();
      if (live()) {
        this.abort = undefined;
        this.set({ message: this.summaryMessage() });
      }
    }
  }

  /** Add findings in scope: dismissed ones go to `hidden`, the rest get their status from the document. */
  private take(incoming: Finding[]): void {
    const inScope = incoming.filter(this.inScope);
    const kept = inScope.filter((f) => !this.dismissed.has(dismissKey(f)));
    const hidden = inScope.filter((f) => this.dismissed.has(dismissKey(f)));
    const findings = mergeFindings(this.state.findings, kept);
    const status = { ...this.state.status };
    for (const f of findings) {
      if (status[f.id]) continue;
      if (appliedBy(f, this.changes)) status[f.id] = 'applied';
      else if (commentedBy(f, this.comments)) status[f.id] = 'commented';
    }
    this.set({ findings, status, hidden: mergeFindings(this.state.hidden, hidden) });
  }

  /**
   * A fix applied before this review is no longer found by the checks (its words are gone from the
   * text), but while its tracked changes wait in the document the finding stays, applied, with
   * Accept and Reject. Once they are accepted or rejected, the next review lets it go.
   */
  private keepApplied(previous: readonly Finding[]): void {
    const known = new Set(this.state.findings.map((f) => f.id));
    const still = previous.filter((f) => !known.has(f.id) && this.inScope(f) && appliedBy(f, this.changes));
    if (still.length === 0) return;
    const status = { ...this.state.status };
    for (const f of still) status[f.id] = 'applied';
    this.set({ findings: mergeFindings(this.state.findings, still), status });
  }

  /** What the status line says after a phase: counts, or which kind of "nothing found". */
  private summaryMessage(): SessionMessage {
    const count = this.state.findings.length;
    if (count > 0) return { kind: 'localDone', count };
    if (this.state.scope === 'selection') return { kind: 'noneSelection' };
    if (!hasArticles(this.act)) return { kind: 'noArticles', count };
    const model = this.state.model;
    // "Passed" only when the model checked every article (the local checks alone cannot say so)
    // and every local rule ran.
    const complete =
      model?.phase === 'done' && model.articles !== undefined && model.checkedArticles === model.articles && !model.unchecked?.length && this.state.notRun.length === 0;
    return complete ? { kind: 'none' } : { kind: 'noneLocal' };
  }

  /** Put Word's selection on the finding's words. */
  async show(f: Finding): Promise<void> {
    await this.guard(() => this.options.host.select(f.anchor, f.replacement ? [f.replacement] : []));
  }

  /** Insert the finding as a comment only. */
  comment(f: Finding): Promise<void> {
    return this.applyFindings([f], false).then(() => undefined);
  }

  /** Apply the suggestion as a tracked change (with its comment, unless one is there already). */
  applySuggestion(f: Finding): Promise<void> {
    return this.applyFindings([f], true).then(() => undefined);
  }

  /** Open findings of a category among `among` (what the filters show), and what applying them writes. */
  bulkPreview(category: Category, among: readonly Finding[] = this.state.findings): { findings: Finding[]; comments: number; changes: number } {
    const findings = openOfCategory(among, category, this.state.status);
    const changes = findings.filter((f) => f.replacement !== undefined && f.replacement !== f.anchor.quote).length;
    return { findings, changes, comments: findings.length - changes };
  }

  /**
   * Apply every open finding of a category (suggestions as tracked changes, the rest as comments);
   * `among`: only those of these findings (the ones the filters show). Remembered for one undo.
   */
  async applyCategory(category: Category, among: readonly Finding[] = this.state.findings): Promise<void> {
    const { findings } = this.bulkPreview(category, among);
    const done = await this.applyFindings(findings, true);
    if (done) this.set({ lastBulk: { category, findings, hunks: done.plan.hunks, comments: done.result.commentsAdded, changes: done.result.hunksApplied } });
  }

  /** Take back the last bulk action: reject its tracked changes and delete its comments. */
  async undoBulk(): Promise<void> {
    const bulk = this.state.lastBulk;
    if (!bulk) return;
    await this.guard(async () => {
      const host = this.options.host;
      if (bulk.hunks.length && host.trackedChangesApi) await host.decide(bulk.hunks, false);
      await host.removeComments?.((c) => bulk.findings.some((f) => commentedBy(f, [c])));
      const status = { ...this.state.status };
      for (const f of bulk.findings) {
        delete status[f.id];
        this.appliedHunks.delete(f.id);
      }
      this.comments = this.comments.filter((c) => !bulk.findings.some((f) => commentedBy(f, [c])));
      this.set({ status, lastBulk: undefined, message: { kind: 'undone' } });
    });
  }

  /** Undo is possible when the last bulk made no tracked change, or Word can reject single ones. */
  canUndoBulk(): boolean {
    const bulk = this.state.lastBulk;
    return !!bulk && (bulk.hunks.length === 0 || this.options.host.trackedChangesApi) && !!this.options.host.removeComments;
  }

  async decide(f: Finding, accept: boolean): Promise<void> {
    const hunks = this.appliedHunks.get(f.id) ?? this.readBackHunks(f);
    if (!hunks) return;
    await this.guard(async () => {
      await this.options.host.decide(hunks, accept);
      this.set({
        status: { ...this.state.status, [f.id]: accept ? 'accepted' : 'rejected' },
        rejectedWithComment: !accept && this.options.host.removeComments ? f.id : undefined,
      });
    });
  }

  /**
   * The hunks of a fix found applied in the document on review: its word-level edits, as the plan
   * wrote them (the host matches tracked changes by paragraph, kind and words, not by offsets).
   */
  private readBackHunks(f: Finding): Hunk[] | undefined {
    if (this.state.status[f.id] !== 'applied' || f.replacement === undefined) return undefined;
    const { paragraph, start } = f.anchor;
    const hunks = wordEdits(f.anchor.quote, f.replacement).map((e) => ({ paragraph, start: start + e.start, end: start + e.end, deleted: e.deleted, inserted: e.inserted, findingId: f.id }));
    return hunks.length ? hunks : undefined;
  }

  /** Remove the comment of a finding (after its change was rejected). */
  async removeComment(f: Finding): Promise<void> {
    const remove = this.options.host.removeComments;
    if (!remove) return;
    await this.guard(async () => {
      await remove.call(this.options.host, (c) => commentedBy(f, [c]));
      this.comments = this.comments.filter((c) => !commentedBy(f, [c]));
      this.set({ rejectedWithComment: undefined });
    });
  }

  /** Keep the comment of a rejected change: the offer goes away. */
  keepComment(): void {
    this.set({ rejectedWithComment: undefined });
  }

  /** Hide the finding and remember that in the document, so a later review does not bring it back. */
  async dismiss(f: Finding): Promise<void> {
    this.dismissed.add(dismissKey(f));
    this.set({ findings: this.state.findings.filter((x) => x.id !== f.id), hidden: mergeFindings(this.state.hidden, [f]) });
    await this.guard(() => this.options.host.saveDismissed([...this.dismissed]));
  }

  /** Bring a dismissed finding back (and forget the dismissal in the document). */
  async restore(f: Finding): Promise<void> {
    this.dismissed.delete(dismissKey(f));
    this.set({ hidden: this.state.hidden.filter((x) => x.id !== f.id), findings: mergeFindings(this.state.findings, [f]) });
    await this.guard(() => this.options.host.saveDismissed([...this.dismissed]));
  }

  private async applyFindings(findings: Finding[], withChanges: boolean): Promise<{ plan: ReviewPlan; result: ApplyResult } | undefined> {
    if (!this.doc || findings.length === 0) return undefined;
    const doc = this.doc;
    let done: { plan: ReviewPlan; result: ApplyResult } | undefined;
    await this.guard(async () => {
      // The use case's plan: "Comment" is its noChanges (the suggestion stays in the comment's text),
      // as the CLI's --no-changes. Comment labels follow each finding's (the draft's) language.
      const { planReview } = await import('../app/review');
      const plan = planReview(findings, doc, { noChanges: !withChanges });
      // A finding already commented gets no second comment when its suggestion is applied.
      plan.comments = plan.comments.filter((c) => this.state.status[c.findingId] !== 'commented');
      const result = await this.options.host.apply(plan);
      const status = { ...this.state.status };
      const stale = new Set(result.stale);
      for (const f of findings) {
        if (stale.has(f.id)) status[f.id] = 'stale';
        else {
          const hunks = plan.hunks.filter((h) => h.findingId === f.id);
          if (hunks.length) this.appliedHunks.set(f.id, hunks);
          if (hunks.length) status[f.id] = 'applied';
          else if (plan.comments.some((c) => c.findingId === f.id) || status[f.id] === 'commented') status[f.id] = 'commented';
        }
      }
      for (const s of plan.skipped) if (s.reason === 'stale' || s.reason === 'no-such-paragraph') status[s.findingId] = 'stale';
      this.set({
        status,
        message: { kind: 'applied', comments: result.commentsAdded, changes: result.hunksApplied, stale: result.stale.length, ...(plan.skipped.length ? { skipped: countSkipReasons(plan.skipped) } : {}) },
      });
      done = { plan: { ...plan, hunks: plan.hunks.filter((h) => !stale.has(h.findingId)) }, result };
    });
    return done;
  }

  private async guard(f: () => Promise<unknown>): Promise<void> {
    this.set({ busy: true });
    try {
      await f();
      this.set({ busy: false });
    } catch (error) {
      this.set({ busy: false, message: errorMessage(error) });
    }
  }
}

class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no answer in ${ms} ms`);
  }
}

/** The act has articles (or numbered items of a bylaw): something a model can check unit by unit. */
function hasArticles(act: Act | undefined): boolean {
  if (!act) return false;
  return act.kind !== 'unknown' || Object.values(act.units ?? {}).some((u) => u.kind === 'article');
}

/** Findings of a category the user has not acted on yet (no comment, change or stale mark). */
export function openOfCategory(findings: readonly Finding[], category: Category, status: Readonly<Record<string, FindingStatus>>): Finding[] {
  return findings.filter((f) => f.category === category && !status[f.id]);
}

function errorMessage(error: unknown): SessionMessage {
  if (isWordHostError(error) && (error.code === 'tracked-changes-unsupported' || error.code === 'word-failed')) return { kind: 'error', code: error.code };
  return { kind: 'error', code: 'engine', detail: error instanceof Error ? error.message : String(error) };
}
