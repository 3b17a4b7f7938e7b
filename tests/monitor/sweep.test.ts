import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocx } from '../../src/hosts/docx/build';
import { runSweep } from '../../src/app/monitor/sweep';
import type { MonitorReport } from '../../src/app/monitor/types';
import { parseMonitorJson, toMonitorJson } from '../../src/report/monitor/json';
import { actsFolder, KK_ACT_MD, RU_ACT } from './fixtures';

let dir: string;
let report: MonitorReport;

beforeAll(async () => {
  dir = actsFolder();
  report = await runSweep({ inputs: [path.join(dir, 'laws')], jobs: 1, checks: 'monitoring' });
});

const act = (name: string) => report.acts.find((a) => a.path.endsWith(name))!;

describe('monitor sweep (in this thread)', () => {
  test('walks the folder recursively: two acts swept, a README and a broken .docx listed with their reasons, other files ignored', () => {
    expect(report.acts.map((a) => path.basename(a.path))).toEqual(['control_ru.txt', 'control_kk.md']);
    expect(report.unreadable.map((u) => [path.basename(u.path), u.reason])).toEqual([
      ['broken.docx', expect.stringMatching(/zip|docx|damaged|not/i)],
      ['README.md', 'not a legal act: no articles or items were found'],
    ]);
    expect(report.summary).toMatchObject({ acts: 2, unreadable: 2 });
  });

  test('ru act: requisites, edition, and each kind of finding with the act\'s words and the 2026 text', () => {
    const ru = act('control_ru.txt');
    expect(ru).toMatchObject({ title: 'О государственном контроле', kind: 'law', number: '100-VII', date: '2020-05-05', constitution: 1995, language: 'ru', format: 'txt', articles: 2 });
    const byKind = Object.fromEntries(ru.findings.filter((f) => f.kind !== 'court-resolution').map((f) => [f.kind, f]));
    // Anchors are the 0-based line of the .txt.
    expect(byKind['constitution-citation']).toMatchObject({ anchor: { paragraph: 3, quote: 'пункту 2 статьи 13 Конституции' }, replacement: 'пункту 2 статьи 12 Конституции', severity: 'warning' });
    expect(byKind['constitution-citation'].related2026[0]).toMatchObject({ id: 'const2026:12.2', text: expect.stringContaining('судебную защиту') });
    expect(byKind['constitution-citation'].context).toBe(RU_ACT[3]);
    expect(byKind.institution).toMatchObject({ anchor: { paragraph: 4, quote: 'Парламент' }, replacement: 'Курултай' });
    expect(byKind.institution.related2026.map((r) => r.id)).toEqual(['const2026:52.1', 'const2026:95.1']);
    expect(byKind['act-reference']).toMatchObject({ anchor: { paragraph: 6, quote: '«О нормативных правовых актах»' }, replacement: '«О правовых актах»' });
    // The gazette of publication is not a finding.
    expect(ru.findings.some((f) => f.anchor.paragraph === 7)).toBe(false);
  });

  test('kk act (markdown with a front matter): the edition from the front matter, anchors on the file\'s lines', () => {
    const kk = act('control_kk.md');
    expect(kk).toMatchObject({ title: 'Мемлекеттік бақылау туралы', number: '100-VII', date: '2020-05-05', edition: '2025-01-10', editionBasis: 'stated', constitution: 1995, language: 'kk', format: 'md' });
    const cite = kk.findings.find((f) => f.kind === 'constitution-citation')!;
    expect(cite.anchor.paragraph).toBe(7);
    expect(KK_ACT_MD[7].slice(cite.anchor.start, cite.anchor.end)).toBe(cite.anchor.quote);
    expect(cite.replacement).toBe('Конституциясының 12-бабының 2-тармағына');
    expect(cite.related2026[0].text).toMatch(/[әіңғүұқөһ]/);
    const inst = kk.findings.find((f) => f.kind === 'institution')!;
    expect(inst).toMatchObject({ anchor: { paragraph: 9, quote: 'Парламентіне' }, replacement: 'Құрылтайына' });
  });

  test('a .docx of the same act gives the same findings on the same paragraphs (the review\'s .docx reader)', async () => {
    const file = path.join(dir, 'control_ru.docx');
    writeFileSync(file, await buildDocx(RU_ACT));
    const docx = await runSweep({ inputs: [file], jobs: 1, checks: 'monitoring' });
    const strip = (fs: MonitorReport['acts'][number]['findings']) => fs.map((f) => [f.kind, f.anchor, f.replacement]);
    expect(docx.acts[0].format).toBe('docx');
    expect(strip(docx.acts[0].findings)).toEqual(strip(act('control_ru.txt').findings));
  });

  test('the review\'s drafting checks run only with --checks all', async () => {
    expect(report.acts.flatMap((a) => a.findings).every((f) => f.kind !== 'other')).toBe(true);
    const all = await runSweep({ inputs: [path.join(dir, 'laws', 'control_ru.txt')], jobs: 1, checks: 'all' });
    // The two-article law has no entry-into-force article: a drafting finding monitoring leaves out.
    expect(all.acts[0].findings.some((f) => f.kind === 'other')).toBe(true);
  });

  test('--resume keeps the acts of the earlier report and sweeps only the rest', async () => {
    const earlier = parseMonitorJson(toMonitorJson(report), 'earlier.json');
    const kept = earlier.acts.find((a) => a.path.endsWith('control_ru.txt'))!;
    kept.title = 'kept from the earlier report';
    earlier.acts = [kept];
    earlier.unreadable = [];
    const swept: string[] = [];
    const resumed = await runSweep({
      inputs: [path.join(dir, 'laws')],
      jobs: 1,
      checks: 'monitoring',
      previous: earlier,
      progress: { tty: false, write: (t) => swept.push(t) },
    });
    expect(resumed.acts.map((a) => a.title)).toEqual(['kept from the earlier report', 'Мемлекеттік бақылау туралы']);
    expect(swept.join('')).toMatch(/resuming: 1 act\(s\) already in the report, 3 to sweep/);
    expect(swept.join('')).not.toMatch(/control_ru\.txt/);
  });

  test('a report that is not one is refused with a clear reason', () => {
    expect(() => parseMonitorJson('{"acts": 1}', 'x.json')).toThrow(/x\.json: not a monitoring report \(acts: /);
    expect(() => parseMonitorJson('nope', 'y.json')).toThrow(/y\.json: not JSON/);
  });
});
