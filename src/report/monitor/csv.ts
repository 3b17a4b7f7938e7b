/**
 * The CSV report (RFC 4180: comma, CRLF, fields quoted, quotes doubled), UTF-8 with a BOM so that
 * Excel opens Cyrillic right. A cell that a spreadsheet would run as a formula (= + - @ first) gets
 * a leading apostrophe: an act's words are data (OWASP "CSV injection").
 */
import type { MonitorReport } from '../../app/monitor/types';
import { findingRows, ROW_COLUMNS } from './rows';

export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toMonitorCsv(report: MonitorReport): string {
  const lines = [ROW_COLUMNS.join(',')];
  for (const row of findingRows(report)) lines.push(ROW_COLUMNS.map((c) => csvCell(row[c])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
