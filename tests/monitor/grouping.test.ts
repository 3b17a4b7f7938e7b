/** Monitoring groups an act's findings by the article they stand in: by its unit id, not its title. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runSweep } from '../../src/app/monitor/sweep';
import type { MonitorReport } from '../../src/app/monitor/types';
import { toMonitorCsv } from '../../src/report/monitor/csv';
import { toMonitorHtml } from '../../src/report/monitor/html';
import { parseMonitorJson, toMonitorJson } from '../../src/report/monitor/json';
import { ROW_COLUMNS } from '../../src/report/monitor/rows';

/** An act in force with a numbering defect (two articles 1) and an institution named in a chapter heading, outside any article. */
const ACT = [
  'О государственном контроле',
  'Закон Республики Казахстан от 5 мая 2020 года № 100-VII.',
  'Глава 1. Отчеты Парламенту Республики Казахстан',
  'Статья 1. Основные положения',
  '1. Отчет ежегодно представляется в Парламент Республики Казахстан.',
  'Статья 1. Основные положения',
  '1. Решение может быть обжаловано в суд согласно пункту 2 статьи 13 Конституции Республики Казахстан.',
];

let report: MonitorReport;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-monitor-groups-'));
  writeFileSync(path.join(dir, 'control_ru.txt'), ACT.join('\n') + '\n');
  report = await runSweep({ inputs: [dir], jobs: 1, checks: 'monitoring' });
});

const headings = (html: string) => [...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]);

describe('monitoring by article', () => {
  it('gives each finding its unit id and its article (id and title); none outside articles', () => {
    const findings = report.acts[0]!.findings;
    const byParagraph = (p: number) => findings.filter((f) => f.anchor.paragraph === p);
    expect(byParagraph(2).length).toBeGreaterThan(0);
    for (const f of byParagraph(2)) expect([f.unitId, f.article, f.articleId]).toEqual(['c1', undefined, undefined]);
    const [first, second] = [byParagraph(4)[0]!, byParagraph(6)[0]!];
    expect(first.article).toBe('Статья 1. Основные положения');
    expect(second.article).toBe(first.article);
    expect(second.articleId).not.toBe(first.articleId);
    expect(first.unitId).toMatch(/^a1\b/);
  });

  it('HTML: one group per article, two articles with one number stay two, findings outside articles first', () => {
    expect(headings(toMonitorHtml(report))).toEqual(['Вне статей', 'Статья 1. Основные положения', 'Статья 1. Основные положения']);
    expect(headings(toMonitorHtml(report, { language: 'kk' }))[0]).toBe('Баптардан тыс');
  });

  it('CSV: the article of each finding in its own column', () => {
    const rows = toMonitorCsv(report).slice(1).trim().split(/\r?\n/).slice(1);
    const column = ROW_COLUMNS.indexOf('article');
    expect(rows.map((r) => r.split(',')[column])).toContain('Статья 1. Основные положения');
  });

  it('a report of a sweep older than unit ids still loads for --resume', () => {
    const old = JSON.parse(toMonitorJson(report)) as MonitorReport;
    for (const a of old.acts) a.findings = a.findings.map(({ unitId: _u, article: _a, articleId: _i, ...f }) => f);
    expect(parseMonitorJson(JSON.stringify(old), 'old.json').acts[0]!.findings.length).toBe(report.acts[0]!.findings.length);
  });
});
