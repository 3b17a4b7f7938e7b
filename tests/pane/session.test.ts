import { readFileSync } from 'fs';
import path from 'path';
import { demoFromText } from '../../src/taskpane/demo';
import { ReviewSession, type ModelEngine } from '../../src/taskpane/session';
import type { Finding } from '../../src/core/finding';
import { handEngine } from './handEngine';

const SAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'samples', 'sample-ru.txt'), 'utf8');

function setup(model?: ModelEngine) {
  const demo = demoFromText(SAMPLE, 'ru');
  const session = new ReviewSession({ host: demo.host, local: handEngine, model, language: () => 'ru' });
  return { ...demo, session };
}
const byCategory = (findings: Finding[], c: string) => findings.find((f) => f.category === c)!;

describe('review session on the in-memory Word document', () => {
  it('reviews, then applies a suggestion as a tracked change with its comment', async () => {
    const { session, word } = setup();
    await session.review();
    const state = session.getState();
    expect(state.findings.map((f) => f.category).sort()).toEqual(['anticorruption', 'constitution', 'technique']);
    const f = byCategory(state.findings, 'anticorruption');
    await session.applySuggestion(f);
    expect(session.getState().status[f.id]).toBe('applied');
    expect(word.commentList()).toEqual([expect.objectContaining({ paragraph: f.anchor.paragraph })]);
    expect(word.commentList()[0].content.startsWith('[Zan] ')).toBe(true);
    expect(word.text()[f.anchor.paragraph]).toContain('в течение десяти рабочих дней');
    expect(word.textIfRejected()).toEqual(SAMPLE.trimEnd().split('\n'));
  });

  it('accepts and rejects the applied change of one finding', async () => {
    const { session, word } = setup();
    await session.review();
    const f = byCategory(session.getState().findings, 'anticorruption');
    await session.applySuggestion(f);
    await session.decide(f, false);
    expect(session.getState().status[f.id]).toBe('rejected');
    expect(word.trackedChanges()).toEqual([]);
    expect(word.text()).toEqual(SAMPLE.trimEnd().split('\n'));
  });

  it('inserts a comment only, and a later "apply" adds the change without a second comment', async () => {
    const { session, word } = setup();
    await session.review();
    const f = byCategory(session.getState().findings, 'technique');
    await session.comment(f);
    expect(session.getState().status[f.id]).toBe('commented');
    expect(word.trackedChanges()).toEqual([]);
    await session.applySuggestion(f);
    expect(word.commentList()).toHaveLength(1);
    expect(word.trackedChanges().map((c) => c.type)).toEqual(['Deleted']);
  });

  it('remembers a dismissal in the document: a new review does not bring the finding back', async () => {
    const { session, word } = setup();
    await session.review();
    const f = byCategory(session.getState().findings, 'constitution');
    await session.dismiss(f);
    expect(word.settings.get('zan.dismissed')).toEqual([expect.stringContaining('обжалованию не подлежит')]);
    await session.review();
    expect(session.getState().findings.map((x) => x.category)).not.toContain('constitution');
    expect(session.getState().hidden.map((x) => x.category)).toEqual(['constitution']);
    // Restored: back in the list, and forgotten in the document.
    await session.restore(session.getState().hidden[0]);
    expect(session.getState().findings.map((x) => x.category)).toContain('constitution');
    expect(word.settings.get('zan.dismissed')).toEqual([]);
    await session.review();
    expect(session.getState().hidden).toEqual([]);
  });

  it('marks a finding stale when its words changed in Word after the review', async () => {
    const { session, word } = setup();
    await session.review();
    const f = byCategory(session.getState().findings, 'anticorruption');
    word.userTypes(f.anchor.paragraph, f.anchor.start, f.anchor.end, 'в течение месяца');
    await session.applySuggestion(f);
    expect(session.getState().status[f.id]).toBe('stale');
    expect(word.commentList()).toEqual([]);
    expect(session.getState().message).toEqual({ kind: 'applied', comments: 0, changes: 0, stale: 1 });
  });

  it('reviews only the selection’s paragraphs', async () => {
    const { session, word } = setup();
    const p = word.text().findIndex((t) => t.includes('обжалованию не подлежит'));
    word.selectText(p, 0, 5);
    await session.review('selection');
    expect(session.getState().findings.map((f) => f.category)).toEqual(['constitution']);
  });

  it('applies all findings of a category at once', async () => {
    const { session, word } = setup();
    await session.review();
    await session.applyCategory('constitution');
    await session.applyCategory('anticorruption');
    expect(word.commentList()).toHaveLength(2);
    expect(Object.values(session.getState().status).sort()).toEqual(['applied', 'commented']);
  });

  it('streams model findings after the local ones, with article progress', async () => {
    const progress: string[] = [];
    const modelFinding = (act: { doc: { paragraphs: { text: string }[] } }): Finding => {
      const p = act.doc.paragraphs.findIndex((x) => x.text.includes('вправе при необходимости'));
      const start = act.doc.paragraphs[p].text.indexOf('при необходимости');
      return {
        id: `model:${p}:${start}`, ruleId: 'model/anticorruption', category: 'anticorruption', severity: 'warning', unit: 'ст. 7 п. 2',
        anchor: { paragraph: p, start, end: start + 17, quote: 'при необходимости' }, message: 'Усмотрение без критериев', rationale: '', citations: [],
      };
    };
    const model: ModelEngine = async (act, onEvent) => {
      onEvent({ type: 'start', engine: 'model', units: 10, batches: 2 });
      onEvent({ type: 'progress', done: 5, total: 10 });
      onEvent({ type: 'findings', batch: 0, findings: [modelFinding(act as never)] });
      onEvent({ type: 'progress', done: 10, total: 10 });
    };
    const { session } = setup(model);
    session.subscribe(() => {
      const p = session.getState().model;
      if (p?.phase === 'running') progress.push(`${p.done}/${p.total}`);
    });
    await session.review();
    expect(progress).toContain('5/10');
    const state = session.getState();
    expect(state.findings.filter((f) => f.engine === 'model').map((f) => f.ruleId)).toEqual(['model/anticorruption']);
    expect(state.findings).toHaveLength(4);
    expect(state.model?.phase).toBe('done');
    expect(state.busy).toBe(false);
  });

  it('takes nothing from a server that answers with its own local engine (no model key): no duplicates', async () => {
    const model: ModelEngine = async (act, onEvent) => {
      onEvent({ type: 'start', engine: 'local', units: 10, batches: 1 });
      const text = act.doc.paragraphs[3]?.text ?? '';
      onEvent({
        type: 'findings',
        batch: 1,
        findings: [{ id: 'structure/numbering:3:0', ruleId: 'structure/numbering', category: 'structure', severity: 'error', unit: '', anchor: { paragraph: 3, start: 0, end: 1, quote: text.slice(0, 1) }, message: 'x', rationale: '', citations: [] }],
      });
    };
    const { session } = setup(model);
    await session.review();
    expect(session.getState().findings).toHaveLength(3);
    expect(session.getState().findings.some((f) => f.engine === 'model')).toBe(false);
  });

  it('keeps the local findings and says so when the model engine fails', async () => {
    const { session } = setup(async () => {
      throw new Error('backend unreachable');
    });
    await session.review();
    expect(session.getState().findings).toHaveLength(3);
    expect(session.getState().model).toMatchObject({ phase: 'error', error: 'backend unreachable' });
  });
});
