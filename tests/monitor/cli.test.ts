/**
 * `zan monitor` as a user runs it: the real CLI through tsx in a child process, with worker threads
 * (--jobs 2) and the official adilet PDF (pdfjs-dist is ESM only, so PDF reading is tested here, not
 * in jest's CommonJS).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parseMonitorJson } from '../../src/report/monitor/json';
import { RU_ACT } from './fixtures';

const repoRoot = path.resolve(__dirname, '..', '..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const pdf = path.resolve(repoRoot, '..', 'shared', 'corpus', 'inforce', 'pdf', 'marriage_family_code_ru.pdf');
const txt = path.resolve(repoRoot, '..', 'shared', 'corpus', 'inforce', 'marriage_family_code_ru.txt');

function zan(args: string[]) {
  return spawnSync(tsx, [path.join(repoRoot, 'src', 'cli', 'main.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
}

describe('zan monitor (child process, worker threads, PDF)', () => {
  let dir: string;
  let run: ReturnType<typeof zan>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'zan-monitor-cli-'));
    copyFileSync(pdf, path.join(dir, 'marriage_family_code_ru.pdf'));
    writeFileSync(path.join(dir, 'control_ru.txt'), RU_ACT.join('\n') + '\n');
    run = zan(['monitor', dir, '--jobs', '2', '--report', path.join(dir, 'out', 'm.json'), '--report', path.join(dir, 'out', 'm.html'), '--report', path.join(dir, 'out', 'm.csv'), '--report', path.join(dir, 'out', 'm.xlsx')]);
  }, 250_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('sweeps both acts in two workers, shows progress with an ETA on stderr, writes the four reports', async () => {
    expect(run.stderr).not.toMatch(/unexpected failure/);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/\[[#-]{20}\] 1\/2 acts, [\d,]+ articles, [\d,]+ articles\/s, ETA (?:\d+:\d\d|\?)/);
    expect(run.stderr).toMatch(/2\/2 acts/);
    for (const ext of ['json', 'html', 'csv', 'xlsx']) expect(existsSync(path.join(dir, 'out', `m.${ext}`))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(dir, 'out', 'm.xlsx')) as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Acts')!.rowCount).toBe(3);
  });

  test('the official PDF is read into paragraphs: the same code as its text edition, article for article', () => {
    const report = parseMonitorJson(readFileSync(path.join(dir, 'out', 'm.json'), 'utf8'), 'm.json');
    const code = report.acts.find((a) => a.format === 'pdf')!;
    expect(code).toMatchObject({ title: 'О браке (супружестве) и семье', kind: 'code', number: '518-IV', date: '2011-12-26', constitution: 1995 });
    // The text edition of the same PDF (pdftotext) parses to 284 article headings.
    const txtArticles = readFileSync(txt, 'utf8').split('\n').filter((l) => /^Статья \d/.test(l)).length;
    expect(Math.abs(code.articles - txtArticles)).toBeLessThanOrEqual(3);
    expect(code.paragraphs).toBeGreaterThan(1500);
  });

  test('--resume skips the acts already in the report', () => {
    const again = zan(['monitor', dir, '--jobs', '2', '--resume', '--report', path.join(dir, 'out', 'm.json')]);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/resuming: 2 act\(s\) already in the report, 0 to sweep/);
    expect(parseMonitorJson(readFileSync(path.join(dir, 'out', 'm.json'), 'utf8'), 'm.json').acts).toHaveLength(2);
  }, 120_000);

  test('wrong usage: exit 2 with one clear line', () => {
    const bad = zan(['monitor', dir, '--report', path.join(dir, 'x.pdf')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--report .*x\.pdf: the extension must be \.json, \.html, \.csv or \.xlsx/);
  }, 60_000);
});
