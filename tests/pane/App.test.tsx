/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';
import { App } from '../../src/taskpane/App';
import { demoFromText } from '../../src/taskpane/demo';
import { stubResizeObserver } from './noLayout';
import { ReviewSession, type ModelEngine } from '../../src/taskpane/session';
import { handEngine } from './handEngine';

const SAMPLE = readFileSync(path.resolve(__dirname, '..', '..', 'assets', 'samples', 'sample-ru.txt'), 'utf8');

beforeAll(stubResizeObserver);

function renderPane(language: 'ru' | 'kk' | 'en' = 'ru', canDecide = true, model?: ModelEngine, text = SAMPLE) {
  const demo = demoFromText(text, 'ru');
  const session = new ReviewSession({ host: demo.host, local: handEngine, model, language: () => language, firstEventTimeoutMs: 60_000 });
  render(<App session={session} canDecide={canDecide} language={language} />);
  return { ...demo, session };
}

async function review() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Проверить документ' }));
  });
  await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^3 замечания/));
}

const cards = () => [...document.querySelectorAll('[data-finding]')] as HTMLElement[];
const card = (prefix: string) => document.querySelector(`[data-finding^="${prefix}"]`) as HTMLElement;

async function pickFromMenu(button: string, item: string | RegExp, role: 'menuitem' | 'menuitemcheckbox' = 'menuitem') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: button }));
  });
  const option = await screen.findByRole(role, { name: item });
  await act(async () => {
    fireEvent.click(option);
  });
}

describe('task pane', () => {
  it('reviews the document: a one-line summary with counts by severity (icon and text) and groups by article in <main>', async () => {
    renderPane();
    expect(screen.getByText('Нажмите «Проверить документ», чтобы проверить проект.')).toBeTruthy();
    await review();
    expect(screen.getByTestId('summary').textContent).toBe('3 замечанияОшибка: 1Предупреждение: 2');
    const main = screen.getByRole('main');
    const groups = within(main).getAllByRole('button', { expanded: true }).map((b) => b.getAttribute('data-group'));
    expect(groups).toEqual(expect.arrayContaining(['a3', 'a8']));
    expect(cards()).toHaveLength(3);
  });

  it('shows two articles with the same number as two groups, and findings outside articles last', async () => {
    const text = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О комиссиях', 'Комиссии работают в разумный срок.', 'Статья 3. Полномочия', '1. Комиссия рассматривает жалобы в разумный срок.', 'Статья 3. Полномочия', '1. Решение комиссии обжалованию не подлежит.'].join('\n');
    renderPane('ru', true, undefined, text);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Проверить документ' }));
    });
    await waitFor(() => expect(screen.getByTestId('summary').textContent).toMatch(/^3 замечания/));
    // The list is virtualized: headers are checked, whatever rows jsdom lays out below them.
    const headers = within(screen.getByRole('main')).getAllByRole('button', { expanded: true });
    expect(headers.map((b) => b.querySelector('.zan-group-name')!.textContent)).toEqual(['ст. 3', 'ст. 3', 'Вне статей']);
    expect(new Set(headers.map((b) => b.getAttribute('data-group'))).size).toBe(3);
  });

  it('filters by severity from the filters menu', async () => {
    renderPane();
    await review();
    await pickFromMenu('Фильтры', /^Предупреждение/, 'menuitemcheckbox');
    expect(cards().map((e) => e.getAttribute('data-severity'))).toEqual(['error']);
  });

  it('collapses a group from its header', async () => {
    renderPane();
    await review();
    const header = screen.getByRole('button', { name: /^ст\. 8/, expanded: true });
    const before = cards().length;
    fireEvent.click(header);
    expect(cards().length).toBeLessThan(before);
    expect(screen.getByRole('button', { name: /^ст\. 8/ }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: /^ст\. 8/ }).getAttribute('title')).toBe('Развернуть: ст. 8');
  });

  it('applies one suggestion: the card shows it applied and offers accept/reject', async () => {
    const { word } = renderPane();
    await review();
    await act(async () => {
      fireEvent.click(within(card('hand/anticorruption')).getByRole('button', { name: 'Внести правку' }));
    });
    await waitFor(() => expect(within(card('hand/anticorruption')).getByText('Внесено как исправление')).toBeTruthy());
    expect(word.trackedChanges()).toHaveLength(2);
    await act(async () => {
      fireEvent.click(within(card('hand/anticorruption')).getByRole('button', { name: 'Принять' }));
    });
    await waitFor(() => expect(within(card('hand/anticorruption')).getByText('Принято')).toBeTruthy());
    expect(word.trackedChanges()).toHaveLength(0);
  });

  it('a rejected change offers to remove its comment', async () => {
    const { word } = renderPane();
    await review();
    await act(async () => {
      fireEvent.click(within(card('hand/anticorruption')).getByRole('button', { name: 'Внести правку' }));
    });
    await act(async () => {
      fireEvent.click(within(card('hand/anticorruption')).getByRole('button', { name: 'Отклонить' }));
    });
    expect(word.commentList()).toHaveLength(1);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Удалить и примечание' }));
    });
    expect(word.commentList()).toHaveLength(0);
  });

  it('offers no accept/reject where Word lacks WordApi 1.6', async () => {
    renderPane('ru', false);
    await review();
    await act(async () => {
      fireEvent.click(within(card('hand/anticorruption')).getByRole('button', { name: 'Внести правку' }));
    });
    await waitFor(() => expect(within(card('hand/anticorruption')).getByText('Внесено как исправление')).toBeTruthy());
    expect(within(card('hand/anticorruption')).queryByRole('button', { name: 'Принять' })).toBeNull();
  });

  it('dismisses a finding, shows hidden ones on request and restores it', async () => {
    const { word } = renderPane();
    await review();
    await act(async () => {
      fireEvent.click(within(card('hand/constitution')).getByRole('button', { name: 'Скрыть' }));
    });
    expect(card('hand/constitution')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Показать скрытое замечание (1)' }));
    await act(async () => {
      fireEvent.click(within(card('hand/constitution')).getByRole('button', { name: 'Вернуть' }));
    });
    expect(within(card('hand/constitution')).getByRole('button', { name: 'Примечание' })).toBeTruthy();
    expect(word.settings.get('zan.dismissed')).toEqual([]);
  });

  // In jsdom, Fluent's focus manager (tabster) leaves the dialog marked aria-hidden while it opens;
  // the Chromium e2e checks the real dialog by role and with axe.
  it('bulk: asks first, saying what will be written; Cancel writes nothing; Apply writes; Undo takes it back', async () => {
    const { word } = renderPane();
    await review();
    await pickFromMenu('Внести все…', 'Внести все: Конституция (1)');
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Добавить 1 примечание?')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Отмена', hidden: true }));
    });
    expect(word.commentList()).toHaveLength(0);
    await pickFromMenu('Внести все…', 'Внести все: Коррупционные риски (1)');
    const again = await screen.findByRole('dialog', { hidden: true });
    expect(within(again).getByText('Внести 1 правку')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(again).getByRole('button', { name: 'Внести', hidden: true }));
    });
    await waitFor(() => expect(word.trackedChanges()).toHaveLength(2));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Отменить' }));
    });
    await waitFor(() => expect(word.trackedChanges()).toHaveLength(0));
    expect(word.commentList()).toHaveLength(0);
    expect(screen.getByText('Последнее массовое действие отменено.')).toBeTruthy();
  });

  it('Next/Previous (buttons and Alt+↓) select the finding’s words in Word and move focus', async () => {
    const { word } = renderPane();
    await review();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Следующее замечание (Alt+↓)' }));
    });
    expect(screen.getByText('1 из 3')).toBeTruthy();
    // Pressed at once, before the first move's focus has landed: the newer move wins and stays.
    await act(async () => {
      fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true });
    });
    expect(screen.getByText('2 из 3')).toBeTruthy();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(screen.getByText('2 из 3')).toBeTruthy();
    await waitFor(() => expect(word.selectionText()).toBeTruthy());
  });

  it('the model phase does not lock the pane: Cancel is offered while it waits', async () => {
    const { session } = renderPane('ru', true, () => new Promise<void>(() => undefined));
    await review();
    expect(screen.getByRole('button', { name: 'Проверить документ' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByText('Проверка моделью: ожидание ответа сервера…')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Отмена' }));
    });
    expect(session.getState().model?.phase).toBe('cancelled');
    expect(screen.getByRole('button', { name: 'Повторить проверку моделью' })).toBeTruthy();
  });

  it('switches the interface language', async () => {
    renderPane('ru');
    fireEvent.change(screen.getByRole('combobox', { name: 'Язык интерфейса' }), { target: { value: 'kk' } });
    expect(screen.getByRole('button', { name: 'Құжатты тексеру' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Интерфейс тілі' }), { target: { value: 'en' } });
    expect(screen.getByRole('button', { name: 'Review document' })).toBeTruthy();
  });
});
