/**
 * The session on the in-memory Word: state rebuilt from the document on every review, a model
 * phase that never locks the pane (first-event timeout, Cancel, Retry, partial coverage), truthful
 * "nothing found" states, bulk undo, and comment labels in the draft's language.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { parseAct } from '../../src/core/act/parse';
import type { Finding } from '../../src/core/finding';
import type { ReviewSummary } from '../../src/protocol/review';
import { FakeWordDocument } from '../../src/hosts/word/fake/fakeWord';
import { WordHost } from '../../src/hosts/word/host';
import { demoFromText } from '../../src/taskpane/demo';
import { readModelSummary } from '../../src/taskpane/modelSummary';
import { ReviewSession, type LocalEngine, type ModelEngine } from '../../src/taskpane/session';
import { handEngine, handFindings } from './handEngine';

const sample = (lang: 'ru' | 'kk') => readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'samples', `sample-${lang}.txt`), 'utf8');

function setup(options: { model?: ModelEngine; text?: string; local?: LocalEngine; ui?: 'ru' | 'kk' | 'en'; timeout?: number } = {}) {
  const demo = demoFromText(options.text ?? sample('ru'), 'ru');
  const session = new ReviewSession({
    host: demo.host,
    local: options.local ?? handEngine,
    model: options.model,
    language: () => options.ui ?? 'ru',
    firstEventTimeoutMs: options.timeout,
  });
  return { ...demo, session };
}
const of = (findings: Finding[], c: string) => findings.find((f) => f.category === c)!;
/** A local engine with the real parser (for "is this an act?") and the hand-written findings. */
const parsingEngine: LocalEngine = async (doc) => ({ act: parseAct(doc), findings: handFindings(doc) });
const never = () => new Promise<void>(() => undefined);

describe('state from the document', () => {
  it('a re-review shows a commented finding as commented, and neither it nor a bulk action comments it twice', async () => {
    const { session, word } = setup();
    await session.review();
    const f = of(session.getState().findings, 'constitution');
    await session.comment(f);
    await session.review();
    const again = of(session.getState().findings, 'constitution');
    expect(session.getState().status[again.id]).toBe('commented');
    expect(session.bulkPreview('constitution').findings).toEqual([]);
    await session.applyCategory('constitution');
    expect(word.commentList()).toHaveLength(1);
  });

  // Word on the web keeps a fix's deleted words in the paragraph text, so a re-review finds them again.
  const webWord = (wordApi16: boolean) => {
    const word = new FakeWordDocument(sample('ru').trimEnd().split('\n'), { wordApi16, deletedTextInText: true });
    return { word, session: new ReviewSession({ host: new WordHost({ run: word.run, trackedChangesApi: wordApi16 }), local: handEngine }) };
  };

  it('a re-review shows an applied fix as applied, not open, and it can still be accepted', async () => {
    const { session, word } = webWord(true);
    await session.review();
    await session.applySuggestion(of(session.getState().findings, 'anticorruption'));
    await session.review();
    const again = of(session.getState().findings, 'anticorruption');
    expect(session.getState().status[again.id]).toBe('applied');
    expect(session.bulkPreview('anticorruption').findings).toEqual([]);
    await session.decide(again, true);
    expect(word.trackedChanges()).toEqual([]);
    expect(word.text().join('\n')).toContain('в течение десяти рабочих дней');
  });

  it('a fix whose words are gone from the text stays listed as applied while its changes wait, and goes once accepted', async () => {
    const { session, word } = setup();
    await session.review();
    const f = of(session.getState().findings, 'anticorruption');
    await session.applySuggestion(f);
    await session.review();
    expect(session.getState().findings.map((x) => x.id)).toContain(f.id);
    expect(session.getState().status[f.id]).toBe('applied');
    await session.decide(of(session.getState().findings, 'anticorruption'), true);
    expect(word.trackedChanges()).toEqual([]);
    await session.review();
    expect(session.getState().findings.filter((x) => x.category === 'anticorruption')).toEqual([]);
  });

  it('a colleague’s change on the same words to other text leaves the finding open', async () => {
    const { session, word } = webWord(true);
    await session.review();
    const f = of(session.getState().findings, 'anticorruption');
    word.humanEdit(f.anchor.paragraph, f.anchor.start, f.anchor.end, 'в месячный срок');
    await session.review();
    expect(session.getState().status[of(session.getState().findings, 'anticorruption').id]).toBeUndefined();
  });

  it('without WordApi 1.6 a review still reads the comments back, and does not fail on the changes', async () => {
    const { session } = webWord(false);
    await session.review();
    await session.comment(of(session.getState().findings, 'constitution'));
    await session.applySuggestion(of(session.getState().findings, 'anticorruption'));
    await session.review();
    expect(session.getState().message.kind).toBe('localDone');
    expect(session.getState().status[of(session.getState().findings, 'constitution').id]).toBe('commented');
  });

  it('someone else’s comment on the same words does not count as ours', async () => {
    const { session, word } = setup();
    await session.review();
    const f = of(session.getState().findings, 'constitution');
    await word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[f.anchor.paragraph].search(f.anchor.quote).getFirstOrNullObject().insertComment(f.message);
      await context.sync();
    });
    await session.review();
    expect(session.getState().status[of(session.getState().findings, 'constitution').id]).toBeUndefined();
  });
});

describe('model phase never locks the pane', () => {
  it('a server that never answers: local findings usable at once, then a timeout to first event', async () => {
    const { session } = setup({ model: never, timeout: 40 });
    const done = session.review();
    await new Promise((r) => setTimeout(r, 10));
    expect(session.getState().busy).toBe(false);
    expect(session.getState().findings).toHaveLength(3);
    expect(session.getState().model?.phase).toBe('waiting');
    await done;
    expect(session.getState().model?.phase).toBe('timeout');
    expect(session.getState().findings).toHaveLength(3);
  });

  it('Cancel stops a running model phase and passes the abort signal; Retry runs it again', async () => {
    let signal: AbortSignal | undefined;
    let calls = 0;
    const model: ModelEngine = async (_act, onEvent, options) => {
      calls++;
      signal = options?.signal;
      onEvent({ type: 'start', engine: 'model', units: 4, batches: 1 });
      if (calls === 1) return never();
      onEvent({ type: 'progress', done: 4, total: 4 });
    };
    const { session } = setup({ model });
    const done = session.review();
    await new Promise((r) => setTimeout(r, 10));
    expect(session.getState().model?.phase).toBe('running');
    session.cancelModel();
    await done;
    expect(signal?.aborted).toBe(true);
    expect(session.getState().model?.phase).toBe('cancelled');
    await session.retryModel();
    expect(calls).toBe(2);
    expect(session.getState().model?.phase).toBe('done');
  });

  it('partial coverage from the summary; "passed" only when every article was checked', async () => {
    const summary = (checked: number, unchecked: unknown[]) =>
      ({ engine: 'model', findings: 0, units: 50, batches: 5, calls: 5, retries: 0, cacheHits: 0, cacheMisses: 5, articles: 50, checkedArticles: checked, unchecked }) as unknown as ReviewSummary;
    const nothing: LocalEngine = async (doc) => ({ act: parseAct(doc), findings: [] });
    const run = async (s: ReviewSummary) => {
      const { session } = setup({ local: nothing, model: async (_a, onEvent) => onEvent({ type: 'summary', summary: s }) });
      await session.review();
      return session.getState();
    };
    const partial = await run(summary(47, [{ group: 'a5', path: 'ст. 5', paragraphs: [9], reason: 'refusal' }]));
    expect(partial.model).toMatchObject({ phase: 'done', articles: 50, checkedArticles: 47, unchecked: [{ path: 'ст. 5', reason: 'refusal' }] });
    expect(partial.message).toEqual({ kind: 'noneLocal' });
    expect((await run(summary(50, []))).message).toEqual({ kind: 'none' });
  });

  it('reads the summary defensively: missing or malformed fields are not shown', () => {
    const base = { engine: 'model', findings: 0, units: 1, batches: 1, calls: 1, retries: 0, cacheHits: 0, cacheMisses: 1 } as unknown as ReviewSummary;
    expect(readModelSummary(base, false)).toEqual({});
    expect(readModelSummary({ ...base, articles: -1, checkedArticles: '3', unchecked: 'x' } as never, false)).toEqual({});
    expect(readModelSummary({ ...base, articles: 3, checkedArticles: 9, unchecked: [null, { path: 'ст. 2', reason: 'odd' }] } as never, false)).toEqual({
      articles: 3,
      checkedArticles: 3,
      unchecked: [{ group: 'ст. 2', path: 'ст. 2', paragraphs: [], reason: 'upstream' }],
    });
    expect(readModelSummary({ ...base, articles: 3 } as never, true)).toEqual({});
  });
});

describe('truthful states', () => {
  it('an empty document, a letter without articles, a selection without findings, local checks with nothing', async () => {
    const empty = setup({ text: '\n\n', local: parsingEngine });
    await empty.session.review();
    expect(empty.session.getState().message).toEqual({ kind: 'empty' });

    const letter = setup({ text: 'Уважаемый Асхат Маратович!\nНаправляем материалы к совещанию.\nС уважением, отдел', local: parsingEngine });
    await letter.session.review();
    expect(letter.session.getState().message.kind).toBe('noArticles');

    const doc = setup({ local: parsingEngine });
    doc.word.selectText(0, 0, 3);
    await doc.session.review('selection');
    expect(doc.session.getState().message).toEqual({ kind: 'noneSelection' });

    const clean = setup({ text: sample('ru').replace(/в разумный срок| и т\.д\.|обжалованию не подлежит/g, 'x'), local: parsingEngine });
    await clean.session.review();
    expect(clean.session.getState().message).toEqual({ kind: 'noneLocal' });
  });
});

describe('bulk undo, rejected changes, comment language', () => {
  it('undoes the last bulk action: its changes rejected, its comments removed, the findings open again', async () => {
    const { session, word } = setup();
    await session.review();
    expect(session.bulkPreview('anticorruption')).toMatchObject({ changes: 1, comments: 0 });
    await session.applyCategory('anticorruption');
    expect(word.trackedChanges().length).toBeGreaterThan(0);
    expect(session.canUndoBulk()).toBe(true);
    await session.undoBulk();
    expect(word.trackedChanges()).toEqual([]);
    expect(word.commentList()).toEqual([]);
    expect(word.text()).toEqual(sample('ru').trimEnd().split('\n'));
    expect(session.getState().status).toEqual({});
    expect(session.getState().lastBulk).toBeUndefined();
  });

  it('after a rejected change, offers to remove its comment, and removes only that one', async () => {
    const { session, word } = setup();
    await session.review();
    await session.comment(of(session.getState().findings, 'constitution'));
    const f = of(session.getState().findings, 'anticorruption');
    await session.applySuggestion(f);
    await session.decide(f, false);
    expect(session.getState().rejectedWithComment).toBe(f.id);
    await session.removeComment(f);
    expect(word.commentList().map((c) => c.content.split('\n')[0])).toEqual(['[Zan] Ограничение права на судебную защиту']);
    expect(session.getState().rejectedWithComment).toBeUndefined();
  });

  it('writes comment labels in the draft’s language, whatever the interface language', async () => {
    const kk = (doc: Parameters<LocalEngine>[0]) =>
      handFindings(doc).map((f) => ({ ...f, language: 'kk' as const, citations: [{ id: 'x', label: 'Құқықтық актілер туралы Заң, 24-бап' }] }));
    const { session, word } = setup({ text: sample('kk'), local: async (doc) => ({ act: parseAct(doc), findings: kk(doc) }), ui: 'en' });
    await session.review();
    await session.applySuggestion(session.getState().findings[0]);
    const content = word.commentList()[0].content;
    expect(content).toContain('Негіздеме:');
    expect(content).toMatch(/Ұсынылады: «/);
    expect(content).not.toMatch(/Basis|Suggested/);
  });
});
