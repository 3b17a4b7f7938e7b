/**
 * The XLSX report (exceljs): a sheet of findings, one row per finding, with a filter and frozen
 * header; a sheet of acts with counts by kind. Text is written as strings (never as formulas).
 */
import ExcelJS from 'exceljs';
import { MONITOR_KINDS, type MonitorReport } from '../../app/monitor/types';
import { findingRows, ROW_COLUMNS } from './rows';

const WIDTHS: Partial<Record<(typeof ROW_COLUMNS)[number], number>> = { act: 30, title: 40, article: 30, quote: 50, message: 70, suggestion: 40, text_2026: 70, constitution_2026: 30, citations: 40, model_reason: 70 };

export async function toMonitorXlsx(report: MonitorReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = `zan ${report.tool.version}`;
  wb.created = new Date(report.generatedAt);

  const sheet = wb.addWorksheet('Findings', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROW_COLUMNS.map((key) => ({ header: key, key, width: WIDTHS[key] ?? 14 }));
  for (const row of findingRows(report)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ROW_COLUMNS.length } };
  for (const key of ['quote', 'message', 'text_2026'] as const) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };

  const acts = wb.addWorksheet('Acts', { views: [{ state: 'frozen', ySplit: 1 }] });
  acts.columns = [
    { header: 'act', key: 'path', width: 40 },
    { header: 'title', key: 'title', width: 50 },
    { header: 'kind', key: 'kind', width: 16 },
    { header: 'number', key: 'number', width: 12 },
    { header: 'date', key: 'date', width: 12 },
    { header: 'edition', key: 'edition', width: 12 },
    { header: 'articles', key: 'articles', width: 10 },
    ...MONITOR_KINDS.map((k) => ({ header: k, key: k, width: 14 })),
    { header: 'total', key: 'total', width: 10 },
  ];
  for (const a of report.acts) {
    const counts = Object.fromEntries(MONITOR_KINDS.map((k) => [k, a.findings.filter((f) => f.kind === k).length]));
    acts.addRow({ path: a.path, title: a.title, kind: a.kind, number: a.number ?? '', date: a.date ?? '', edition: a.edition ?? '', articles: a.articles, ...counts, total: a.findings.length });
  }
  acts.getRow(1).font = { bold: true };
  if (report.unreadable.length) {
    const bad = wb.addWorksheet('Unreadable');
    bad.columns = [
      { header: 'path', key: 'path', width: 50 },
      { header: 'reason', key: 'reason', width: 80 },
    ];
    for (const u of report.unreadable) bad.addRow(u);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
