import { toJsonReport, type JsonReport } from '../../src/report/json';
import { escapeMarkdown, toMarkdownReport } from '../../src/report/markdown';
import { toHtmlReport } from '../../src/report/html';
import { groupByArticle } from '../../src/report/group';
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';
import { at, ruAct, sampleFindings, RU_LINES } from './fixtures';

const when = new Date('2026-11-25T10:00:00Z');

function sampleReport(): JsonReport {
  const act = ruAct();
  return toJsonReport({ path: 'draft.docx', act, findings: sampleFindings(act), engine: 'local', generatedAt: when });
}

/** A draft whose text and messages try to inject markup. */
function hostileReport(): JsonReport {
  const lines = [...RU_LINES];
  lines[3] = '1. Орган <script>alert("x")</script> вправе *отказать* [ссылка](javascript:alert(1)).';
  const act = ruAct(lines);
  const f = at(act, 3, '<script>alert("x")</script> вправе', {
    message: 'Сообщение <img src=x onerror=alert(1)>',
    rationale: '"><b>жирный</b>',
    replacement: '<i>обязан</i>',
    citations: [{ id: 'x', label: '<u>метка</u>', url: 'javascript:alert(1)' }],
  });
  return toJsonReport({ path: '<evil>.docx', act, findings: [f], engine: 'local', generatedAt: when });
}

describe('groupByArticle', () => {
  it('groups findings by article in document order, findings outside articles first', () => {
    const groups = groupByArticle(sampleReport().findings);
    expect(groups.map((g) => [g.article, g.findings.length, g.worst])).toEqual([
      [undefined, 1, 'info'],
      ['Статья 1. Основные понятия', 3, 'warning'],
      ['Статья 2. Порядок эвакуации', 1, 'error'],
    ]);
  });

  it('keeps two articles with the same number apart (a numbering defect must stay visible)', () => {
    // Two "Статья 1. Основные понятия" one after the other: one title, two articles.
    const lines = [...RU_LINES.slice(0, 5), RU_LINES[2]!, '1. Орган вправе отказать.'];
    const act = parseAct(docFromLines(lines));
    const findings = [at(act, 3, 'вправе'), at(act, 6, 'вправе')];
    const groups = groupByArticle(toJsonReport({ path: 'draft.docx', act, findings, engine: 'local', generatedAt: when }).findings);
    expect(groups.map((g) => [g.article, g.findings.length])).toEqual([
      ['Статья 1. Основные понятия', 1],
      ['Статья 1. Основные понятия', 1],
    ]);
  });

  it('puts findings outside any article in a group of their own, first', () => {
    const act = parseAct(docFromLines([...RU_LINES, 'Президент Республики Казахстан']));
    const findings = [at(act, 3, 'вправе'), at(act, 7, 'Президент')];
    const groups = groupByArticle(toJsonReport({ path: 'draft.docx', act, findings, engine: 'local', generatedAt: when }).findings);
    expect(groups.map((g) => [g.article, g.findings.map((f) => f.anchor.paragraph)])).toEqual([
      [undefined, [7]],
      ['Статья 1. Основные понятия', [3]],
    ]);
  });

  it('groups a report written before unit ids by runs of one title', () => {
    const old = sampleReport().findings.map(({ articleId: _a, unitId: _u, ...f }) => ({ ...f, article: f.article ? 'Статья 4' : undefined }));
    old.splice(3, 0, { ...old[3]!, id: 'between', article: 'Статья 5' });
    expect(groupByArticle(old).map((g) => g.article)).toEqual([undefined, 'Статья 4', 'Статья 5', 'Статья 4']);
  });
});

describe('toMarkdownReport', () => {
  const md = toMarkdownReport(sampleReport());

  it('gives counts by category and severity', () => {
    expect(md).toContain('## Всего замечаний: 5');
    expect(md).toMatch(/\| Коррупционные риски \| 0 \| 2 \| 0 \| 2 \|/);
    expect(md).toMatch(/\| Внутренние ссылки \| 1 \| 0 \| 0 \| 1 \|/);
    expect(md).not.toContain('Соответствие Конституции');
  });

  it('has an overview and details per article, in document order', () => {
    const i1 = md.indexOf('### Статья 1. Основные понятия');
    const i2 = md.indexOf('### Статья 2. Порядок эвакуации');
    expect(i1).toBeGreaterThan(0);
    expect(i2).toBeGreaterThan(i1);
    expect(md.indexOf('Статьи 25 в законе нет.')).toBeGreaterThan(i2);
    expect(md).toMatch(/- \*\*Статья 1. Основные понятия\*\* — 🟠 3/);
  });

  it('shows suggestions as a word diff and deletions struck', () => {
    expect(md).toContain('~~вправе~~**обязан**');
    expect(md).toContain('в ~~разумный срок~~**течение десяти рабочих дней**');
    expect(md).toContain('*Предлагаемая редакция:*  ~~и т.д.~~ (исключить)');
    expect(md).toContain('[Закон «О правовых актах», ст. 24 п. 3](<https://adilet.zan.kz/rus/docs/Z1600000480>)');
  });

  it('escapes draft text: no raw HTML, links or emphasis can come from it', () => {
    const hostile = toMarkdownReport(hostileReport());
    expect(hostile).not.toMatch(/<script|<img|<i>|<u>|<b>/);
    expect(hostile).toContain('&lt;script&gt;');
    expect(hostile).not.toContain('](javascript');
    expect(escapeMarkdown('*a* [b](c) `d` | e')).toBe('\\*a\\* \\[b\\](c) \\`d\\` \\| e');
    expect(escapeMarkdown('1. пункт')).toBe('1\\. пункт');
    expect(escapeMarkdown('# заголовок')).toBe('\\# заголовок');
  });

  it('speaks Kazakh for a Kazakh draft and says so when there is nothing to report', () => {
    const r = sampleReport();
    const kk: JsonReport = { ...r, document: { ...r.document, language: 'kk' }, findings: [], summary: { ...r.summary, total: 0 } };
    const text = toMarkdownReport(kk);
    expect(text).toContain('# Zan Assistant қорытындысы');
    expect(text).toContain('Ескерту жоқ.');
  });
});

describe('rules that could not run on the document', () => {
  it('are named in the JSON, markdown and HTML reports, so a clean-looking review is not taken as complete', () => {
    const act = ruAct();
    const report = toJsonReport({ path: 'draft.docx', act, findings: sampleFindings(act), engine: 'local', generatedAt: when, notRun: [{ ruleId: 'conflict/internal-values', reason: 'input-too-large' }] });
    expect(report.notRun).toEqual([{ rule: 'conflict/internal-values', reason: 'input-too-large' }]);
    expect(toMarkdownReport(report)).toMatch(/Проверки, не выполненные на этом документе[^\n]*`conflict\/internal-values`/);
    expect(toHtmlReport(report)).toMatch(/не выполненные на этом документе[^<]*conflict\/internal-values/);
    expect(sampleReport().notRun).toBeUndefined();
  });
});
