import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runSweep } from '../../src/app/monitor/sweep';
import type { MonitorReport } from '../../src/app/monitor/types';
import { csvCell, toMonitorCsv } from '../../src/report/monitor/csv';
import { toMonitorHtml } from '../../src/report/monitor/html';
import { ROW_COLUMNS } from '../../src/report/monitor/rows';
import { toMonitorXlsx } from '../../src/report/monitor/xlsx';
import { actsFolder } from './fixtures';

let report: MonitorReport;

beforeAll(async () => {
  const dir = actsFolder();
  report = await runSweep({ inputs: [path.join(dir, 'laws')], jobs: 1, checks: 'monitoring' });
  // A hostile title of an act is data: it must come out escaped, never as markup or a formula.
  report.acts[0].title = '<script>alert(1)</script> ' + report.acts[0].title;
});

const total = () => report.acts.reduce((s, a) => s + a.findings.length, 0);

describe('monitoring reports', () => {
  test('HTML: a sortable table per act with counts by kind, a chart, each finding with the act\'s words, the 2026 text and the suggestion', () => {
    const html = toMonitorHtml(report);
    expect(html).toContain('<table id="acts">');
    expect(html).toMatch(/aria-sort/); // the sorting script
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('Ссылки на Конституцию');
    expect(html).toContain('<mark>пункту 2 статьи 13 Конституции</mark>');
    expect(html).toContain('<ins>12</ins>'); // the suggestion as a diff
    expect(html).toContain('Каждый человек имеет право на судебную защиту своих прав и свобод.');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain("default-src 'none'");
    expect((html.match(/<article class="finding/g) ?? []).length).toBe(total());
  });

  test('HTML: "the same in N acts" links the other acts with the same citation', () => {
    const html = toMonitorHtml(report);
    // Both acts cite 1995 art. 13.2 and name the Parliament.
    expect(html).toMatch(/То же в 2 актах:<\/span> <a href="#act-1">Мемлекеттік бақылау туралы<\/a>/);
    expect(html).toMatch(/То же в 2 актах:<\/span> <a href="#act-0">[^<]*О государственном контроле<\/a>/);
    expect(toMonitorHtml(report, { language: 'kk' })).toContain('Дәл осы 2 актіде');
  });

  test('CSV: one row per finding, RFC 4180 quoting, formulas defused', () => {
    const csv = toMonitorCsv(report);
    expect(csv.startsWith('\uFEFF' + ROW_COLUMNS.join(','))).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records).toHaveLength(total() + 1);
    expect(records.every((r) => r.length === ROW_COLUMNS.length)).toBe(true);
    expect(records.map((r) => r[ROW_COLUMNS.indexOf('quote')])).toContain('пункту 2 статьи 13 Конституции');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell(12)).toBe('12');
  });

  test('XLSX: a findings sheet with one row per finding and an acts sheet, readable by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await toMonitorXlsx(report)) as unknown as ArrayBuffer);
    const findings = wb.getWorksheet('Findings')!;
    expect(findings.rowCount).toBe(total() + 1);
    expect(findings.getRow(1).values).toEqual([undefined, ...ROW_COLUMNS]);
    const quotes = findings.getColumn(ROW_COLUMNS.indexOf('quote') + 1).values.slice(2);
    expect(quotes).toContain('пункту 2 статьи 13 Конституции');
    const acts = wb.getWorksheet('Acts')!;
    expect(acts.rowCount).toBe(report.acts.length + 1);
    expect(wb.getWorksheet('Unreadable')!.rowCount).toBe(report.unreadable.length + 1);
  });
});

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (record.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      [field, record] = ['', []];
      i++;
    } else field += c;
  }
  return records;
}
