import { FakeWordDocument } from '../../src/hosts/word/fake/fakeWord';
import { DISMISSED_SETTING, WordHost } from '../../src/hosts/word/host';
import { WordHostError } from '../../src/hosts/word/errors';
import type { Hunk } from '../../src/core/plan-types';
import { finding, planOf, syntheticAct } from './helpers';

const DRAFT = [
  'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
  'Статья 1. Основные понятия',
  'Орган рассматривает заявление в разумный срок, а заявление о пересмотре – в разумный срок.',
  'Решение комиссии окончательное и обжалованию не подлежит.',
];

function setup(paragraphs: (string | ConstructorParameters<typeof FakeWordDocument>[0][number])[] = DRAFT, wordApi16 = true) {
  const word = new FakeWordDocument(paragraphs, { wordApi16 });
  const host = new WordHost({ run: word.run, trackedChangesApi: wordApi16 });
  return { word, host };
}

describe('reading the document', () => {
  it('reads text, style, outline level, list labels and tables into a DocModel in two round trips', async () => {
    const { word, host } = setup([
      { text: 'Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ', style: 'Heading 1', outlineLevel: 1 },
      { text: 'Настоящий Закон регулирует отношения.', listString: '1.', listLevel: 0 },
      { text: 'заявитель – лицо;', listString: '1)', listLevel: 1 },
      { text: 'ячейка таблицы', inTable: true },
    ]);
    const { doc, dismissed } = await host.read();
    expect(word.syncCount).toBe(2);
    expect(dismissed).toEqual([]);
    expect(doc.paragraphs).toEqual([
      { index: 0, text: 'Глава 1. ОБЩИЕ ПОЛОЖЕНИЯ', style: 'Heading 1', outlineLevel: 0 },
      { index: 1, text: 'Настоящий Закон регулирует отношения.', style: 'Normal', listLabel: '1.', listLevel: 0 },
      { index: 2, text: 'заявитель – лицо;', style: 'Normal', listLabel: '1)', listLevel: 1 },
      { index: 3, text: 'ячейка таблицы', style: 'Normal', inTable: true },
    ]);
  });

  it.each([50, 500, 5000])('takes 2 round trips for %i paragraphs', async (n) => {
    const { word, host } = setup(syntheticAct(n));
    const { doc } = await host.read();
    expect(doc.paragraphs).toHaveLength(n);
    expect(word.syncCount).toBe(2);
  });

  it('tells which paragraphs the selection touches, still in two round trips', async () => {
    const { word, host } = setup();
    word.selectText(2, 5, 10);
    const { selected } = await host.read({ selection: true });
    expect(selected).toEqual([2]);
    expect(word.syncCount).toBe(2);
  });

  it('returns the dismissed findings kept in the document settings', async () => {
    const { host } = setup();
    await host.saveDismissed(['a|ст. 1|в разумный срок']);
    expect((await host.read()).dismissed).toEqual(['a|ст. 1|в разумный срок']);
  });
});

describe('reading tracked changes back', () => {
  it('reads each tracked insertion and deletion with its paragraph, still in two round trips', async () => {
    const { word, host } = setup();
    word.humanEdit(2, DRAFT[2].indexOf('в разумный'), DRAFT[2].indexOf('в разумный') + 15, 'в течение десяти дней');
    word.syncCount = 0;
    const { changes } = await host.read();
    expect(word.syncCount).toBe(2);
    expect(changes).toEqual([
      { paragraph: 2, type: 'Deleted', text: 'в разумный срок' },
      { paragraph: 2, type: 'Added', text: 'в течение десяти дней' },
    ]);
  });

  it('reads none, and does not fail, in a Word without WordApi 1.6', async () => {
    const { word, host } = setup(DRAFT, false);
    word.humanEdit(2, DRAFT[2].indexOf('в разумный'), DRAFT[2].indexOf('в разумный') + 15, 'в течение десяти дней');
    const read = await host.read();
    expect(read.changes).toEqual([]);
    expect(read.doc.paragraphs[2].text).toContain('в течение десяти дней');
  });

  it('the fake refuses Body.getTrackedChanges without WordApi 1.6, as an older Word has no such method', async () => {
    const { word } = setup(DRAFT, false);
    await expect(
      word.run(async (context) => {
        context.document.body.getTrackedChanges().load('items/type');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('applying a plan', () => {
  it('adds a tagged comment and a tracked change; reject-all gives the original, accept-all the suggestion', async () => {
    const { word, host } = setup();
    const f = finding(DRAFT, 3, 'окончательное и обжалованию не подлежит', 'может быть обжаловано в суд');
    const result = await host.apply(planOf([f]));
    expect(result).toEqual({ commentsAdded: 1, hunksApplied: 1, stale: [] });
    expect(word.syncCount).toBeLessThanOrEqual(3);
    expect(word.commentList()).toEqual([expect.objectContaining({ content: `[Zan] ${f.message}`, paragraph: 3 })]);
    expect(word.trackedChanges().map((c) => [c.type, c.text])).toEqual([
      ['Deleted', 'окончательное и обжалованию не подлежит'],
      ['Added', 'может быть обжаловано в суд'],
    ]);
    expect(word.textIfRejected()).toEqual(DRAFT);
    expect(word.textIfAccepted()[3]).toBe('Решение комиссии может быть обжаловано в суд.');
  });

  it('edits only the planned words when the quote repeats in the paragraph (second occurrence)', async () => {
    const { word, host } = setup();
    const f = finding(DRAFT, 2, 'в разумный срок', 'в течение десяти рабочих дней', 1);
    await host.apply(planOf([f]));
    expect(word.text()[2]).toBe('Орган рассматривает заявление в разумный срок, а заявление о пересмотре – в течение десяти рабочих дней.');
    // The comment sits on the changed words (they now read as the suggestion), not on the first occurrence.
    expect(word.commentList()).toEqual([expect.objectContaining({ paragraph: 2, text: 'в течение десяти рабочих дней' })]);
    word.rejectAll();
    expect(word.text()).toEqual(DRAFT);
  });

  it('applies several findings in one paragraph without one edit moving another', async () => {
    const { word, host } = setup();
    const a = finding(DRAFT, 2, 'в разумный срок', 'в течение пяти дней', 0);
    const b = finding(DRAFT, 2, 'в разумный срок', 'в течение десяти дней', 1);
    const c = finding(DRAFT, 2, 'Орган', 'Уполномоченный орган');
    const result = await host.apply(planOf([a, b, c]));
    expect(result.hunksApplied).toBe(3);
    expect(word.text()[2]).toBe('Уполномоченный орган рассматривает заявление в течение пяти дней, а заявление о пересмотре – в течение десяти дней.');
    word.rejectAll();
    expect(word.text()).toEqual(DRAFT);
  });

  it('handles insertions (empty hunks) and deletions', async () => {
    const { word, host } = setup();
    const f = finding(DRAFT, 3, 'окончательное и ');
    const plan = planOf([f]);
    plan.hunks.push(
      { paragraph: 3, start: f.anchor.start, end: f.anchor.end, deleted: 'окончательное и ', inserted: '', findingId: f.id },
      { paragraph: 3, start: DRAFT[3].length - 1, end: DRAFT[3].length - 1, deleted: '', inserted: ' в административном порядке', findingId: f.id },
    );
    await host.apply(plan);
    expect(word.text()[3]).toBe('Решение комиссии обжалованию не подлежит в административном порядке.');
    word.rejectAll();
    expect(word.text()).toEqual(DRAFT);
  });

  it('replaces quotes longer than the 255-character limit of Word search', async () => {
    const long = 'Лицензиар ' + 'проверяет соответствие заявителя квалификационным требованиям, '.repeat(8) + 'и выдаёт лицензию.';
    const paragraphs = ['Статья 5. Лицензия', 'Вводная часть. ' + long + ' Конец.'];
    const { word, host } = setup(paragraphs);
    expect(long.length).toBeGreaterThan(255);
    const f = finding(paragraphs, 1, long, 'Лицензиар выдаёт лицензию в течение пяти рабочих дней.');
    const result = await host.apply(planOf([f]));
    expect(result.stale).toEqual([]);
    expect(word.text()[1]).toBe('Вводная часть. Лицензиар выдаёт лицензию в течение пяти рабочих дней. Конец.');
    word.rejectAll();
    expect(word.text()).toEqual(paragraphs);
  });

  it('restores the user’s tracking mode afterwards', async () => {
    for (const mode of ['Off', 'TrackMineOnly', 'TrackAll'] as const) {
      const { word, host } = setup();
      word.changeTrackingMode = mode;
      await host.apply(planOf([finding(DRAFT, 3, 'не подлежит', 'подлежит')]));
      expect(word.changeTrackingMode).toBe(mode);
    }
  });

  it('escapes Word search codes: a caret in the quote is found literally', async () => {
    const paragraphs = ['Площадь 10 м^2 и т.д.'];
    const { word, host } = setup(paragraphs);
    await host.apply(planOf([finding(paragraphs, 0, 'м^2 и т.д.', 'кв. м')]));
    expect(word.text()).toEqual(['Площадь 10 кв. м']);
  });

  it.each([
    [50, 25],
    [500, 250],
    [5000, 1000],
  ])('round trips on %i paragraphs with %i findings stay within 2 + ⌈findings/200⌉', async (n, count) => {
    const paragraphs = syntheticAct(n);
    const { word, host } = setup(paragraphs);
    const items = paragraphs.map((p, i) => [p, i] as const).filter(([p]) => p.includes('в разумный срок'));
    const findings = items.slice(0, count).map(([, i]) => finding(paragraphs, i, 'в разумный срок', 'в течение десяти дней'));
    const result = await host.apply(planOf(findings));
    expect(result.hunksApplied).toBe(count);
    expect(word.syncCount).toBeLessThanOrEqual(2 + Math.ceil(count / 200));
    word.rejectAll();
    expect(word.text()).toEqual(paragraphs);
  });
});

describe('stale safety', () => {
  it('skips a finding whose words the user changed since the review and reports it as stale', async () => {
    const { word, host } = setup();
    const stale = finding(DRAFT, 3, 'окончательное и обжалованию не подлежит', 'может быть обжаловано');
    const fresh = finding(DRAFT, 2, 'Орган', 'Уполномоченный орган');
    word.userTypes(3, 17, 30, 'бесповоротное'); // "окончательное" → "бесповоротное"
    const result = await host.apply(planOf([stale, fresh]));
    expect(result.stale).toEqual([stale.id]);
    expect(result.hunksApplied).toBe(1);
    expect(word.text()[3]).toBe('Решение комиссии бесповоротное и обжалованию не подлежит.');
    expect(word.commentList().map((c) => c.paragraph)).toEqual([2]);
  });

  it('follows the words when the user edited elsewhere in the same paragraph', async () => {
    const { word, host } = setup();
    const f = finding(DRAFT, 3, 'не подлежит', 'подлежит');
    word.userTypes(3, 0, 0, 'Окончательное ');
    const result = await host.apply(planOf([f]));
    expect(result.stale).toEqual([]);
    expect(word.text()[3]).toBe('Окончательное Решение комиссии окончательное и обжалованию подлежит.');
  });

  it('treats a vanished paragraph as stale', async () => {
    const { host } = setup(DRAFT.slice(0, 2));
    const result = await host.apply(planOf([finding(DRAFT, 3, 'не подлежит', 'подлежит')]));
    expect(result).toEqual({ commentsAdded: 0, hunksApplied: 0, stale: [expect.any(String)] });
  });
});

describe('accepting and rejecting one finding’s tracked changes', () => {
  const hunksOf = (plan: ReturnType<typeof planOf>, id: string): Hunk[] => plan.hunks.filter((h) => h.findingId === id);

  it('accepts or rejects only that finding’s changes and never a colleague’s', async () => {
    const { word, host } = setup();
    word.humanEdit(2, 0, 5, 'Комиссия'); // a colleague's tracked change in the same paragraph
    const a = finding(word.text(), 2, 'в разумный срок', 'в течение пяти дней', 0);
    const b = finding(word.text(), 2, 'в разумный срок', 'в течение десяти дней', 1);
    const plan = planOf([a, b]);
    await host.apply(plan);
    expect(await host.decide(hunksOf(plan, a.id), true)).toEqual({ decided: 2, missing: 0 });
    expect(await host.decide(hunksOf(plan, b.id), false)).toEqual({ decided: 2, missing: 0 });
    const left = word.trackedChanges();
    expect(left.every((c) => c.author === 'Colleague')).toBe(true);
    expect(left).toHaveLength(2);
    expect(word.text()[2]).toBe('Комиссия рассматривает заявление в течение пяти дней, а заявление о пересмотре – в разумный срок.');
  });

  it('says so, in a typed error, when Word lacks WordApi 1.6', async () => {
    const { host } = setup(DRAFT, false);
    await expect(host.decide([], true)).rejects.toMatchObject({ code: 'tracked-changes-unsupported' });
    await expect(host.decide([], true)).rejects.toBeInstanceOf(WordHostError);
  });
});

describe('selecting a finding', () => {
  it('selects its words in Word, or the replacement once applied', async () => {
    const { word, host } = setup();
    const f = finding(DRAFT, 2, 'в разумный срок', 'в течение пяти дней', 1);
    expect(await host.select(f.anchor)).toBe(true);
    expect(word.selectionText()).toBe('в разумный срок');
    await host.apply(planOf([f]));
    expect(await host.select(f.anchor, ['в течение пяти дней'])).toBe(true);
    expect(word.selectionText()).toBe('в течение пяти дней');
  });

  it('keeps dismissed keys under a stable setting name', () => {
    expect(DISMISSED_SETTING).toBe('zan.dismissed');
  });
});
