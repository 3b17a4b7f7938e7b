/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { App } from '../../src/taskpane/App';
import { demoFromText } from '../../src/taskpane/demo';
import { ReviewSession } from '../../src/taskpane/session';
import { handEngine } from './handEngine';

const SAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'samples', 'sample-ru.txt'), 'utf8');

function renderPane(language: 'ru' | 'kk' | 'en' = 'ru', canDecide = true) {
  const demo = demoFromText(SAMPLE, 'ru');
  const session = new ReviewSession({ host: demo.host, local: handEngine, language: () => language });
  render(<App session={session} canDecide={canDecide} language={language} />);
  return { ...demo, session };
}

async function review() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Проверить документ' }));
  });
  await waitFor(() => expect(screen.getByText('Локальные проверки: замечаний — 3.')).toBeTruthy());
}

describe('task pane', () => {
  it('reviews the document and shows findings grouped by article, with the chart', async () => {
    renderPane();
    expect(screen.getByText('Нажмите «Проверить документ», чтобы проверить проект.')).toBeTruthy();
    await review();
    const groups = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(groups).toEqual(expect.arrayContaining(['ст. 3', 'ст. 8']));
    expect(screen.getByRole('figure', { name: 'Замечания по категориям' })).toBeTruthy();
  });

  it('filters by severity', async () => {
    renderPane();
    await review();
    expect(document.querySelectorAll('[data-finding]')).toHaveLength(3);
    const severity = screen.getByRole('group', { name: 'Важность' });
    fireEvent.click(within(severity).getByRole('button', { name: 'Предупреждение' }));
    expect([...document.querySelectorAll('[data-finding]')].map((e) => e.getAttribute('data-severity'))).toEqual(['error']);
  });

  it('applies one suggestion: the card shows it applied and offers accept/reject', async () => {
    const { word } = renderPane();
    await review();
    const card = document.querySelector('[data-finding^="hand/anticorruption"]') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Внести правку' }));
    });
    await waitFor(() => expect(within(card).getByText('Внесено как исправление')).toBeTruthy());
    expect(word.trackedChanges()).toHaveLength(2);
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Принять' }));
    });
    await waitFor(() => expect(within(card).getByText('Принято')).toBeTruthy());
    expect(word.trackedChanges()).toHaveLength(0);
  });

  it('offers no accept/reject where Word lacks WordApi 1.6', async () => {
    renderPane('ru', false);
    await review();
    const card = document.querySelector('[data-finding^="hand/anticorruption"]') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Внести правку' }));
    });
    await waitFor(() => expect(within(card).getByText('Внесено как исправление')).toBeTruthy());
    expect(within(card).queryByRole('button', { name: 'Принять' })).toBeNull();
  });

  it('dismisses a finding and groups by category with a bulk action', async () => {
    const { word } = renderPane();
    await review();
    const card = document.querySelector('[data-finding^="hand/constitution"]') as HTMLElement;
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Скрыть' }));
    });
    expect(document.querySelector('[data-finding^="hand/constitution"]')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'По категориям' }));
    const group = screen.getByRole('region', { name: 'Коррупционные риски' });
    await act(async () => {
      fireEvent.click(within(group).getByRole('button', { name: 'Внести все: Коррупционные риски (1)' }));
    });
    expect(word.commentList()).toHaveLength(1);
  });

  it('applies all of a category from the chart while grouped by article, as far as the filters show', async () => {
    const { word, session } = renderPane();
    await review();
    expect(screen.getByRole('tab', { name: 'По статьям', selected: true })).toBeTruthy();
    const chart = screen.getByRole('figure', { name: 'Замечания по категориям' });
    // Hide warnings: only the error (constitution) stays open for bulk actions.
    fireEvent.click(within(screen.getByRole('group', { name: 'Важность' })).getByRole('button', { name: 'Предупреждение' }));
    expect(within(chart).queryByRole('button', { name: /^Внести все: Коррупционные риски/ })).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: 'Важность' })).getByRole('button', { name: 'Предупреждение' }));
    await act(async () => {
      fireEvent.click(within(chart).getByRole('button', { name: 'Внести все: Коррупционные риски (1)' }));
    });
    const status = session.getState().status;
    const applied = session.getState().findings.filter((f) => status[f.id]);
    expect(applied.map((f) => [f.category, status[f.id]])).toEqual([['anticorruption', 'applied']]);
    expect(word.trackedChanges()).toHaveLength(2);
    // Nothing left open in the category: its button goes away.
    expect(within(chart).queryByRole('button', { name: /^Внести все: Коррупционные риски/ })).toBeNull();
    expect(within(chart).getByRole('button', { name: 'Внести все: Юридическая техника (1)' })).toBeTruthy();
  });

  it('switches the interface language', async () => {
    renderPane('ru');
    fireEvent.change(screen.getByRole('combobox', { name: 'Язык интерфейса' }), { target: { value: 'kk' } });
    expect(screen.getByRole('button', { name: 'Құжатты тексеру' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Интерфейс тілі' }), { target: { value: 'en' } });
    expect(screen.getByRole('button', { name: 'Review document' })).toBeTruthy();
  });
});
