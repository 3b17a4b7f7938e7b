/**
 * The review use case's options, each as an entry point uses it: categories, a model engine (and a
 * server that only has the local engine), comments only, the server's paragraphs, a host that
 * applies, no report, stopping, an empty document, rules that could not run.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isEmptyDocumentError, isReviewAbortedError } from '../../src/app/errors';
import { reviewDocument, type AppliedPlan, type DocumentSource, type ModelEngine, type StageEvent } from '../../src/app/review';
import type { Rule } from '../../src/checks/rule';
import { docFromLines, type DocModel } from '../../src/core/document';
import type { Finding } from '../../src/core/finding';
import type { ReviewPlan } from '../../src/core/plan-types';
import { loadCorpus } from '../../src/corpus/index';
import { reviewLocal } from '../../src/engine/local';
import { emptyDropped, emptyUsage, type ReviewSummary } from '../../src/protocol/review';

const DRAFT = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'dev-ru-new-law.txt');
const lines = readFileSync(DRAFT, 'utf8').replace(/\n$/, '').split('\n');
const corpus = loadCorpus();

/** The draft as a host holds it; `applied` records the plans it was given. */
function draft(doc: DocModel = docFromLines(lines, 'draft.txt'), applies = false) {
  const applied: ReviewPlan[] = [];
  const source: DocumentSource = {
    path: 'draft.txt',
    read: async () => doc,
    ...(applies
      ? {
          apply: async (plan: ReviewPlan): Promise<AppliedPlan> => {
            applied.push(plan);
            // A host that finds the first comment's words changed since the review.
            return { commentsAdded: plan.comments.length - 1, hunksApplied: plan.hunks.length, stale: [plan.comments[0]!.findingId], skipped: [{ findingId: plan.comments[0]!.findingId, reason: 'stale' }] };
          },
        }
      : {}),
  };
  return { source, applied };
}

const summary = (engine: 'model' | 'local'): ReviewSummary => ({
  engine,
  model: engine === 'model' ? 'claude-sonnet-5-5' : undefined,
  findings: 1,
  units: 21,
  batches: 1,
  calls: engine === 'model' ? 1 : 0,
  retries: 0,
  cacheHits: 0,
  cacheMisses: 1,
  usage: emptyUsage(),
  dropped: emptyDropped(),
  failedBatches: 0,
  millis: 5,
  articles: 21,
  checkedArticles: 21,
  unchecked: [],
});

/** A model engine that answers one finding of each given category on paragraph 3's first word. */
function modelAnswering(engine: 'model' | 'local', categories: Finding['category'][]): ModelEngine {
  return async (act) => {
    const text = act.doc.paragraphs[3]!.text;
    const end = text.indexOf(' ');
    return {
      summary: summary(engine),
      findings: categories.map((category) => ({
        id: `model/${category}:3:0`,
        ruleId: `model/${category}`,
        category,
        severity: 'warning' as const,
        unit: '',
        anchor: { paragraph: 3, start: 0, end, quote: text.slice(0, end) },
        message: 'Модель: замечание',
        rationale: '',
        citations: [],
        engine: 'local' as const,
        language: 'ru' as const,
      })),
    };
  };
}

test('local review, plan and report: what the CLI gets by default', async () => {
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus });
  expect(review.findings.length).toBeGreaterThan(0);
  // Every finding's words are in the document as read: each becomes a comment.
  expect(review.plan!.comments.map((c) => c.findingId).sort()).toEqual(review.findings.map((f) => f.id).sort());
  expect(review.report!.document).toMatchObject({ path: 'draft.txt', language: 'ru' });
  expect(review.report!.findings.map((f) => f.id)).toEqual(review.findings.map((f) => f.id));
  expect(review.report!.tool.engine).toBe('local');
});

test('categories: only those categories, from the rules and from the model', async () => {
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, categories: ['structure', 'constitution'], model: modelAnswering('model', ['constitution', 'international']) });
  expect(new Set(review.findings.map((f) => f.category))).toEqual(new Set(['structure', 'constitution']));
  expect(review.findings.filter((f) => f.engine === 'model').map((f) => f.ruleId)).toEqual(['model/constitution']);
});

test('a model engine: its findings join the local ones as the model’s, and the report says a model took part', async () => {
  const local = await reviewDocument(draft().source, { local: reviewLocal, corpus });
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, model: modelAnswering('model', ['international']) });
  expect(review.findings).toHaveLength(local.findings.length + 1);
  expect(review.findings.find((f) => f.category === 'international')).toMatchObject({ engine: 'model', anchor: { paragraph: 3 } });
  expect(review.report!.tool.engine).toBe('model');
  expect(review.report!.summary.model).toMatchObject({ model: 'claude-sonnet-5-5', articles: 21, checked: 21 });
});

test('a server that has only the local engine: none of its findings are taken (they repeat ours)', async () => {
  const local = await reviewDocument(draft().source, { local: reviewLocal, corpus });
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, model: modelAnswering('local', ['international']) });
  expect(review.findings.map((f) => f.id)).toEqual(local.findings.map((f) => f.id));
});

test('noChanges: no tracked change is planned, and every suggestion stays in its finding, its comment and the report', async () => {
  const withChanges = await reviewDocument(draft().source, { local: reviewLocal, corpus });
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, noChanges: true });
  const suggested = review.findings.filter((f) => f.replacement !== undefined);
  expect(withChanges.plan!.hunks.length).toBeGreaterThan(0);
  expect(suggested.length).toBeGreaterThan(0);
  expect(review.plan!.hunks).toEqual([]);
  for (const f of suggested) {
    expect(review.plan!.comments.find((c) => c.findingId === f.id)!.text).toContain(f.replacement === '' ? 'Предлагается исключить' : `«${f.replacement}»`);
    expect(review.report!.findings.find((r) => r.id === f.id)!.replacement).toBe(f.replacement);
  }
});

test('paragraphs: only findings on the paragraphs given (the server answers on the units it was sent)', async () => {
  const all = await reviewDocument(draft().source, { local: reviewLocal, corpus, report: false });
  const some = new Set(all.findings.slice(0, 2).map((f) => f.anchor.paragraph));
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, report: false, paragraphs: some });
  expect(review.findings.length).toBeGreaterThan(0);
  expect(review.findings.every((f) => some.has(f.anchor.paragraph))).toBe(true);
  expect(review.findings).toEqual(all.findings.filter((f) => some.has(f.anchor.paragraph)));
});

test('no report and no host that applies: no plan is built (the pane, the server)', async () => {
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, report: false });
  expect(review.findings.length).toBeGreaterThan(0);
  expect(review.plan).toBeUndefined();
  expect(review.report).toBeUndefined();
});

test('a host that applies gets the plan, and what it skipped or found stale is in the report', async () => {
  const { source, applied } = draft(undefined, true);
  const stages: StageEvent['stage'][] = [];
  const review = await reviewDocument(source, { local: reviewLocal, corpus, onStage: (e) => stages.push(e.stage) });
  expect(applied).toEqual([review.plan]);
  expect(stages).toEqual(['read', 'local', 'plan', 'apply']);
  const staleId = review.plan!.comments[0]!.findingId;
  expect(review.report!.summary.stale).toBe(1);
  expect(review.report!.skipped).toContainEqual({ findingId: staleId, reason: 'stale' });
});

test('an empty document is refused as such, before any rule runs', async () => {
  let ran = false;
  const error = await reviewDocument(draft(docFromLines(['', '   ', ''])).source, { local: (d, o) => ((ran = true), reviewLocal(d, o)) }).catch((e: unknown) => e);
  expect(isEmptyDocumentError(error)).toBe(true);
  expect(ran).toBe(false);
});

test('a signal that fires while the document is read stops the review before the rules', async () => {
  const controller = new AbortController();
  let ran = false;
  const source: DocumentSource = { path: 'word', read: async () => (controller.abort(), docFromLines(lines)) };
  const error = await reviewDocument(source, { local: (d, o) => ((ran = true), reviewLocal(d, o)), signal: controller.signal }).catch((e: unknown) => e);
  expect(isReviewAbortedError(error)).toBe(true);
  expect(ran).toBe(false);
});

test('a rule that could not run is returned and listed in the report; the other rules’ findings stand', async () => {
  const overflowing: Rule = {
    meta: { id: 'conflict/internal-values', category: 'conflict', defaultSeverity: 'warning', languages: ['ru', 'kk'], docs: { description: 'test' }, messages: {} },
    check() {
      throw new RangeError('Maximum call stack size exceeded');
    },
  };
  const { allRules } = await import('../../src/checks/index');
  const others = allRules.filter((r) => r.meta.id !== overflowing.meta.id);
  const review = await reviewDocument(draft().source, { local: reviewLocal, corpus, rules: [...others, overflowing] });
  expect(review.notRun).toEqual([{ ruleId: 'conflict/internal-values', reason: 'input-too-large' }]);
  expect(review.report!.notRun).toEqual([{ rule: 'conflict/internal-values', reason: 'input-too-large' }]);
  expect(review.findings.length).toBeGreaterThan(0);
});

test('a signal that fires once the document is written does not lose the review: its report is still made', async () => {
  const controller = new AbortController();
  const source: DocumentSource = {
    path: 'draft.txt',
    read: async () => docFromLines(lines),
    apply: async (plan) => (controller.abort(), { commentsAdded: plan.comments.length, hunksApplied: plan.hunks.length, stale: [] }),
  };
  const review = await reviewDocument(source, { local: reviewLocal, corpus, signal: controller.signal });
  expect(review.applied?.commentsAdded).toBe(review.findings.length);
  expect(review.report!.findings).toHaveLength(review.findings.length);
});
