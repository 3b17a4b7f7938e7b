/**
 * Why a finding was not written into the document: one list of codes, each with its words in the
 * message catalog (ru, kk, en), shown by the markdown and HTML reports.
 */
import type { Finding } from '../../src/core/finding';
import { buildPlan } from '../../src/core/plan';
import { SKIP_REASONS, countSkipReasons } from '../../src/core/skipReasons';
import { translator, UI_LANGUAGES } from '../../src/i18n';
import { toHtmlReport } from '../../src/report/html';
import { toJsonReport } from '../../src/report/json';
import { toMarkdownReport } from '../../src/report/markdown';
import { RU_LINES, ruAct } from './fixtures';

describe('skip reasons', () => {
  test.each(UI_LANGUAGES)('%s: every code has its own label in the catalog', (language) => {
    const t = translator(language);
    const labels = SKIP_REASONS.map((r) => t(`skip.${r}`));
    for (const l of labels) expect(l).not.toMatch(/^skip\./);
    expect(new Set(labels).size).toBe(SKIP_REASONS.length);
  });

  test('labels in each language (ru, kk, en)', () => {
    expect(translator('ru')('skip.human-revision')).toBe('затрагивает исправление, внесённое человеком');
    expect(translator('kk')('skip.human-revision')).toBe('адам енгізген түзетуді қозғайды');
    expect(translator('en')('skip.human-revision')).toBe('it touches a tracked change made by a person');
    expect(translator('ru')('skip.already-commented')).toBe('такое же примечание уже есть в документе');
    expect(translator('kk')('skip.stale')).toBe('тексеруден кейін мәтіні өзгерген');
  });

  test('counts per reason, in the list’s order', () => {
    expect(
      countSkipReasons([
        { findingId: 'a', reason: 'human-revision' },
        { findingId: 'b', reason: 'stale' },
        { findingId: 'c', reason: 'human-revision' },
      ]),
    ).toEqual([
      { reason: 'stale', count: 1 },
      { reason: 'human-revision', count: 2 },
    ]);
  });
});

describe('reports name why findings were not written', () => {
  const act = ruAct();
  const doc = act.doc;
  const PARAGRAPH = 3;
  const finding = (id: string, severity: Finding['severity'], start: number, end: number, replacement: string): Finding => ({
    id,
    ruleId: `test/${id}`,
    category: 'anticorruption',
    severity,
    unit: 'ст. 1',
    anchor: { paragraph: PARAGRAPH, start, end, quote: RU_LINES[PARAGRAPH].slice(start, end) },
    message: 'Неопределённый срок',
    rationale: '',
    citations: [],
    replacement,
    language: 'ru',
  });
  const at = RU_LINES[PARAGRAPH].indexOf('в разумный срок');
  // Two suggestions over the same words: the error's edit wins, the warning's is left out ("overlap").
  const findings = [finding('strong', 'error', at, at + 15, 'в течение десяти дней'), finding('weak', 'warning', at + 2, at + 10, 'срочно')];
  const plan = buildPlan(findings, doc, { language: 'ru' });
  const skipped = [...plan.skipped, { findingId: 'strong', reason: 'human-revision' as const }];
  const report = toJsonReport({ path: 'draft.docx', act, findings, engine: 'local', skipped, generatedAt: new Date(0) });

  test('the plan says which finding won the overlap, as data', () => {
    expect(plan.skipped).toEqual([{ findingId: 'weak', reason: 'overlap', overlaps: 'strong' }]);
    expect(report.skipped).toEqual(skipped);
  });

  test.each([
    ['ru', 'Не внесено в документ: 2 (правка пересекается с более важной (примечание добавлено): 1; затрагивает исправление, внесённое человеком: 1)'],
    ['en', 'Not written into the document: 2 (its change overlaps a stronger suggestion (the comment is added): 1; it touches a tracked change made by a person: 1)'],
  ] as const)('%s markdown', (language, line) => {
    expect(toMarkdownReport(report, { language })).toContain(line);
  });

  test('kk HTML', () => {
    const html = toHtmlReport(report, { language: 'kk' });
    expect(html).toContain(translator('kk')('skip.overlap'));
    expect(html).toContain('адам енгізген түзетуді қозғайды: 1');
  });
});
