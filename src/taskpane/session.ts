/**
 * The pane's review session: reads the document through a host, runs the local engine at once and
 * the model engine (when configured) after, and applies what the user chooses. Plain TypeScript
 * with a subscribe/getState store, so React renders it (useSyncExternalStore) and tests drive it
 * without a browser. It never calls Office.js: the host does.
 */
import type { Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Anchor, Category, Finding } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { buildPlan } from '../core/plan';
import type { ApplyResult, Hunk, ReviewPlan } from '../core/plan-types';
import type { ReviewEvent } from '../server/protocol';
import { dismissKey, mergeFindings } from './findings';

/** What the pane needs from a document host (the Word host satisfies it, on Word or on the fake). */
export interface PaneHost {
  readonly trackedChangesApi: boolean;
  read(options?: { selection?: boolean }): Promise<{ doc: DocModel; dismissed: string[]; selected?: number[] }>;
  apply(plan: ReviewPlan): Promise<ApplyResult>;
  select(anchor: Anchor, alternatives?: readonly string[]): Promise<boolean>;
  decide(hunks: readonly Hunk[], accept: boolean): Promise<{ decided: number; missing: number }>;
  saveDismissed(keys: readonly string[]): Promise<void>;
}

export type LocalEngine = (doc: DocModel) => Promise<{ act: Act; findings: Finding[] }>;
/** Streams model findings for an act (through the backend proxy); resolves when the stream ends. */
export type ModelEngine = (act: Act, onEvent: (event: ReviewEvent) => void) => Promise<void>;

export type FindingStatus = 'commented' | 'applied' | 'accepted' | 'rejected' | 'stale';

export type SessionMessage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'local' }
  | { kind: 'localDone'; count: number }
  | { kind: 'none' }
  | { kind: 'applied'; comments: number; changes: number; stale: number }
  | { kind: 'error'; code: string; detail?: string };

export interface SessionState {
  busy: boolean;
  message: SessionMessage;
  findings: Finding[];
  status: Record<string, FindingStatus>;
  /** Model progress: article `done` of `total`; undefined when no model review is running. */
  progress?: { done: number; total: number };
  modelError?: string;
  dismissedHidden: number;
  /** The review has run at least once. */
  reviewed: boolean;
}

export interface SessionOptions {
  host: PaneHost;
  local: LocalEngine;
  model?: ModelEngine;
  /** Language of comment labels written into the document. */
  language: () => UiLanguage;
}

const INITIAL: SessionState = { busy: false, message: { kind: 'idle' }, findings: [], status: {}, dismissedHidden: 0, reviewed: false };

export class ReviewSession {
  private state: SessionState = INITIAL;
  private listeners = new Set<() => void>();
  private doc?: DocModel;
  private dismissed = new Set<string>();
  private appliedHunks = new Map<string, Hunk[]>();
  private run = 0;

  private model?: ModelEngine;

  constructor(private readonly options: SessionOptions) {
    this.model = options.model;
  }

  /** Use another model engine from the next review on (the backend settings changed); none: local only. */
  setModel(model: ModelEngine | undefined): void {
    this.model = model;
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

  /** Review the whole document, or only findings in the paragraphs the selection touches. */
  async review(scope: 'document' | 'selection' = 'document'): Promise<void> {
    const run = ++this.run;
    this.set({ busy: true, message: { kind: 'reading' }, findings: [], status: {}, progress: undefined, modelError: undefined });
    let act: Act;
    let inScope: (f: Finding) => boolean;
    try {
      const read = await this.options.host.read({ selection: scope === 'selection' });
      this.doc = read.doc;
      this.dismissed = new Set(read.dismissed);
      this.appliedHunks.clear();
      const selected = read.selected ? new Set(read.selected) : undefined;
      inScope = (f) => !selected || selected.has(f.anchor.paragraph);
      this.set({ message: { kind: 'local' } });
      const local = await this.options.local(read.doc);
      act = local.act;
      if (run !== this.run) return;
      const visible = this.visible(local.findings.filter(inScope));
      this.set({
        findings: mergeFindings([], visible.kept),
        dismissedHidden: visible.hidden,
        reviewed: true,
        message: visible.kept.length ? { kind: 'localDone', count: visible.kept.length } : { kind: 'none' },
      });
    } catch (error) {
      if (run === this.run) this.set({ busy: false, message: errorMessage(error) });
      return;
    }
    if (this.model) await this.streamModel(run, this.model, act, inScope);
    if (run === this.run) this.set({ busy: false, progress: undefined });
  }

  private async streamModel(run: number, model: ModelEngine, act: Act, inScope: (f: Finding) => boolean): Promise<void> {
    try {
      // A server without a model key answers with the same local engine the pane has already run:
      // its findings would only repeat ours under the model's name, so they are not taken.
      let serverIsLocal = false;
      await model(act, (event) => {
        if (run !== this.run) return;
        if (event.type === 'start') {
          serverIsLocal = event.engine === 'local';
          this.set({ progress: serverIsLocal ? undefined : { done: 0, total: event.units } });
        } else if (serverIsLocal && event.type !== 'error') return;
        else if (event.type === 'progress') this.set({ progress: { done: event.done, total: event.total } });
        else if (event.type === 'findings') {
          const visible = this.visible(event.findings.filter(inScope).map((f) => ({ ...f, engine: 'model' as const })));
          const findings = mergeFindings(this.state.findings, visible.kept);
          this.set({
            findings,
            dismissedHidden: this.state.dismissedHidden + visible.hidden,
            message: findings.length ? { kind: 'localDone', count: findings.length } : { kind: 'none' },
          });
        } else if (event.type === 'error') this.set({ modelError: event.message });
      });
    } catch (error) {
      if (run === this.run) this.set({ modelError: error instanceof Error ? error.message : String(error) });
    }
  }

  private visible(findings: Finding[]): { kept: Finding[]; hidden: number } {
    const kept = findings.filter((f) => !this.dismissed.has(dismissKey(f)));
    return { kept, hidden: findings.length - kept.length };
  }

  /** Put Word's selection on the finding's words. */
  async show(f: Finding): Promise<void> {
    await this.guard(() => this.options.host.select(f.anchor, f.replacement ? [f.replacement] : []));
  }

  /** Insert the finding as a comment only. */
  comment(f: Finding): Promise<void> {
    return this.applyFindings([f], false);
  }

  /** Apply the suggestion as a tracked change (with its comment, unless one is there already). */
  applySuggestion(f: Finding): Promise<void> {
    return this.applyFindings([f], true);
  }

  /**
   * Apply every open finding of a category (suggestions as tracked changes, the rest as comments);
   * `among`: only those of these findings (the ones the filters show).
   */
  applyCategory(category: Category, among: readonly Finding[] = this.state.findings): Promise<void> {
    return this.applyFindings(openOfCategory(among, category, this.state.status), true);
  }

  async decide(f: Finding, accept: boolean): Promise<void> {
    const hunks = this.appliedHunks.get(f.id);
    if (!hunks) return;
    await this.guard(async () => {
      await this.options.host.decide(hunks, accept);
      this.set({ status: { ...this.state.status, [f.id]: accept ? 'accepted' : 'rejected' } });
    });
  }

  /** Hide the finding and remember that in the document, so a later review does not bring it back. */
  async dismiss(f: Finding): Promise<void> {
    this.dismissed.add(dismissKey(f));
    this.set({ findings: this.state.findings.filter((x) => x.id !== f.id), dismissedHidden: this.state.dismissedHidden + 1 });
    await this.guard(() => this.options.host.saveDismissed([...this.dismissed]));
  }

  private async applyFindings(findings: Finding[], withChanges: boolean): Promise<void> {
    if (!this.doc || findings.length === 0) return;
    const doc = this.doc;
    await this.guard(async () => {
      const plan = buildPlan(findings, doc, { language: this.options.language(), trackChanges: withChanges });
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
        message: { kind: 'applied', comments: result.commentsAdded, changes: result.hunksApplied, stale: result.stale.length },
      });
    });
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

/** Findings of a category the user has not acted on yet (no comment, change or stale mark). */
export function openOfCategory(findings: readonly Finding[], category: Category, status: Readonly<Record<string, FindingStatus>>): Finding[] {
  return findings.filter((f) => f.category === category && !status[f.id]);
}

function errorMessage(error: unknown): SessionMessage {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && (code === 'tracked-changes-unsupported' || code === 'word-failed')) return { kind: 'error', code };
  return { kind: 'error', code: 'engine', detail: error instanceof Error ? error.message : String(error) };
}
