/**
 * @jest-environment jsdom
 */
/**
 * When a bulk action leaves a suggestion out (its change overlaps a stronger one), the status line
 * says so with the catalog's words for that reason, in the interface language.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { parseAct } from '../../src/core/act/parse';
import type { Finding } from '../../src/core/finding';
import { App } from '../../src/taskpane/App';
import { demoFromText } from '../../src/taskpane/demo';
import { stubResizeObserver } from './noLayout';
import { ReviewSession, type LocalEngine } from '../../src/taskpane/session';

beforeAll(stubResizeObserver);

const LINES = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'Статья 1. Сроки', '1. Орган рассматривает обращение в разумный срок.'];
const QUOTE = 'в разумный срок';

/** Two suggestions over the same words: the error's edit wins, the warning's overlaps it. */
const overlapping: LocalEngine = async (doc) => {
  const at = doc.paragraphs[2].text.indexOf(QUOTE);
  const finding = (id: string, severity: Finding['severity'], start: number, end: number, replacement: string): Finding => ({
    id,
    ruleId: `test/${id}`,
    category: 'anticorruption',
    severity,
    unit: 'ст. 1 п. 1',
    anchor: { paragraph: 2, start, end, quote: doc.paragraphs[2].text.slice(start, end) },
    message: `Неопределённый срок (${id})`,
    rationale: '',
    citations: [],
    replacement,
    language: 'ru',
  });
  return { act: parseAct(doc), findings: [finding('strong', 'error', at, at + QUOTE.length, 'в течение десяти дней'), finding('weak', 'warning', at + 2, at + 10, 'срочно')] };
};

test('a bulk action names why a suggestion was not written (ru)', async () => {
  const demo = demoFromText(LINES.join('\n'), 'ru');
  const session = new ReviewSession({ host: demo.host, local: overlapping, language: () => 'ru' });
  render(<App session={session} canDecide language="ru" />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Проверить документ' }));
  });
  await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^2 замечания/));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Внести все…' }));
  });
  await act(async () => {
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Внести все: Коррупционные риски/ }));
  });
  const dialog = await screen.findByRole('dialog', { hidden: true });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: 'Внести', hidden: true }));
  });
  await waitFor(() => expect(demo.word.trackedChanges().length).toBeGreaterThan(0));
  expect(screen.getByRole('status').textContent).toContain('Не внесено: правка пересекается с более важной (примечание добавлено) (1).');
  // Both findings are commented; only the stronger one's words were changed.
  expect(demo.word.commentList()).toHaveLength(2);
});
