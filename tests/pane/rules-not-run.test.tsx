/**
 * @jest-environment jsdom
 */
/**
 * A local rule that gave up on the document (a RangeError on a paragraph far too long, caught by
 * the runner) leaves the review incomplete: the pane says which rule did not run, in the
 * interface's language, and never shows the draft as passed, even when the model checked every
 * article and nothing was found.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import type { Rule } from '../../src/checks/rule';
import { reviewLocal } from '../../src/engine/local';
import type { ReviewSummary } from '../../src/protocol/review';
import { App } from '../../src/taskpane/App';
import { demoFromText } from '../../src/taskpane/demo';
import { ReviewSession, type ModelEngine } from '../../src/taskpane/session';

const SAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'samples', 'sample-ru.txt'), 'utf8');

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

/** What V8 throws when a regexp's backtracking overflows on a huge run of text. */
const overflowing: Rule = {
  meta: { id: 'conflict/internal-values', category: 'conflict', defaultSeverity: 'warning', languages: ['ru', 'kk'], docs: { description: 'test' }, messages: {} },
  check() {
    throw new RangeError('Maximum call stack size exceeded');
  },
};
const quiet: Rule = { ...overflowing, meta: { ...overflowing.meta, id: 'technique/open-list-marker', category: 'technique' }, check() {} };

/** The model checked all the articles and found nothing: without the rule not run, the pane would say "passed". */
const everyArticleChecked: ModelEngine = async (_act, onEvent) => {
  onEvent({ type: 'start', engine: 'model', units: 8, batches: 1 });
  onEvent({ type: 'summary', summary: { engine: 'model', findings: 0, units: 8, batches: 1, calls: 1, retries: 0, cacheHits: 0, cacheMisses: 1, articles: 8, checkedArticles: 8, unchecked: [] } as unknown as ReviewSummary });
};

function renderPane(rules: Rule[], language: 'ru' | 'kk' | 'en' = 'ru') {
  const demo = demoFromText(SAMPLE, 'ru');
  const session = new ReviewSession({ host: demo.host, local: async (doc) => reviewLocal(doc, { rules }), model: everyArticleChecked, language: () => language });
  render(<App session={session} canDecide language={language} />);
  return session;
}

async function review(button: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: button }));
  });
}

test('a rule that could not run is named in the status, and the draft is not shown as passed', async () => {
  const session = renderPane([quiet, overflowing]);
  await review('Проверить документ');
  await waitFor(() => expect(session.getState().model?.phase).toBe('done'));
  expect(session.getState().notRun).toEqual([{ ruleId: 'conflict/internal-values', reason: 'input-too-large' }]);
  expect(session.getState().message).toEqual({ kind: 'noneLocal' });
  const status = screen.getByRole('status');
  expect(status.textContent).toContain('Некоторые проверки не выполнены (1): conflict/internal-values');
  expect(status.textContent).not.toContain('проект прошёл все проверки');
});

test('with every rule run, the same clean review is shown as passed and no such line appears', async () => {
  const session = renderPane([quiet]);
  await review('Проверить документ');
  await waitFor(() => expect(session.getState().model?.phase).toBe('done'));
  const status = screen.getByRole('status');
  expect(status.textContent).toContain('Замечаний нет: проект прошёл все проверки.');
  expect(status.querySelector('[data-status="rules-not-run"]')).toBeNull();
});

test.each([
  ['kk', 'Құжатты тексеру', 'Кейбір тексерулер орындалмады (1): conflict/internal-values'],
  ['en', 'Review document', 'Some checks could not run (1): conflict/internal-values'],
] as const)('the line is in the interface language (%s)', async (language, button, line) => {
  renderPane([quiet, overflowing], language);
  await review(button);
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain(line));
});
