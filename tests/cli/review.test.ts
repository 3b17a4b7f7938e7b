/**
 * The command a lawyer runs: `zan review IN.docx --out OUT.docx --report REPORT.json`, in process.
 * Checks what a user would notice: the files written, the report contract, the tracked changes
 * and comments in the output (by our OOXML reading and by LibreOffice), and clean refusals.
 */
import { mkdtempSync, existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { jsonReportSchema } from '../../src/report/json';
import { paragraphTexts, countRevisions } from '../../src/hosts/docx/revisions';
import { buildDocx } from '../../src/hosts/docx/build';
import { libreOfficeView } from '../support/libreoffice';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const EVAL = path.join(SHARED, 'eval');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'zan-cli-'));
}

describe('zan review on a real draft', () => {
  const dir = tmp();
  const input = path.join(EVAL, 'dev-ru-new-law.docx');
  const out = path.join(dir, 'reviewed.docx');
  const reportPath = path.join(dir, 'report.json');
  let result: { code: number; stdout: string; stderr: string };
  let report: ReturnType<typeof jsonReportSchema.parse>;

  beforeAll(async () => {
    result = await run('review', input, '--out', out, '--report', reportPath);
    report = jsonReportSchema.parse(JSON.parse(readFileSync(reportPath, 'utf8')));
  });

  test('writes the reviewed .docx and a report that follows the contract', async () => {
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(report.document.language).toBe('ru');
    expect(report.document.units.articles).toBe(21);
    expect(report.findings.length).toBeGreaterThan(0);
    // Every anchor quotes exactly the text between start and end of that body paragraph.
    const texts = await paragraphTexts(readFileSync(input), 'current');
    for (const f of report.findings) expect(texts[f.anchor.paragraph].slice(f.anchor.start, f.anchor.end)).toBe(f.anchor.quote);
  });

  test('progress goes to stderr, nothing half-written is left behind', () => {
    expect(result.stderr).toMatch(/checked \d+ paragraphs, 21 articles/);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'reviewed.docx']);
  });

  test('rejecting every tracked change gives back the original text; accepting gives the suggestions', async () => {
    const original = await paragraphTexts(readFileSync(input), 'current');
    const outData = readFileSync(out);
    expect(await paragraphTexts(outData, 'original')).toEqual(original);
    const accepted = await paragraphTexts(outData, 'accepted');
    const suggested = [...original];
    // Replacements are applied right to left per paragraph, as the plan de-overlaps them.
    const withReplacement = report.findings.filter((f) => f.replacement !== undefined && !report.skipped?.some((s) => s.findingId === f.id));
    for (const f of [...withReplacement].sort((a, b) => b.anchor.start - a.anchor.start)) {
      const t = suggested[f.anchor.paragraph];
      suggested[f.anchor.paragraph] = t.slice(0, f.anchor.start) + f.replacement + t.slice(f.anchor.end);
    }
    expect(accepted).toEqual(suggested);
  });

  test('every finding is a comment by Zan Assistant, and LibreOffice recognises them all', async () => {
    const outData = readFileSync(out);
    const counts = await countRevisions(outData);
    const placed = report.findings.filter((f) => !report.skipped?.some((s) => s.findingId === f.id && s.reason === 'stale'));
    expect(counts.byAuthor['Zan Assistant']?.comments ?? 0).toBe(placed.length);
    const lo = await libreOfficeView(outData, 'reviewed.docx');
    expect(lo.byAuthor['Zan Assistant']?.annotations ?? 0).toBe(placed.length);
    expect(lo.insertions + lo.deletions).toBe(counts.insertions + counts.deletions);
    expect(lo.paragraphs.filter((p) => p.original.trim()).map((p) => p.original.replace(/\s+/g, ' ').trim())).toEqual(
      (await paragraphTexts(readFileSync(input), 'current')).filter((t) => t.trim()).map((t) => t.replace(/\s+/g, ' ').trim()),
    );
  });
});

describe('zan review reports for people', () => {
  test('--format md and .html give readable reports with counts by category', async () => {
    const dir = tmp();
    const md = path.join(dir, 'r.md');
    const html = path.join(dir, 'r.html');
    expect((await run('review', path.join(EVAL, 'dev-ru-new-law.docx'), '--report', md, '--quiet')).code).toBe(0);
    expect((await run('review', path.join(EVAL, 'dev-ru-new-law.docx'), '--report', html, '--quiet')).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/Статья 14/);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toMatch(/Статья 14/);
    expect(page).toMatch(/<\/html>\s*$/);
  });

  test('without --report it lists the findings on stdout', async () => {
    const r = await run('review', path.join(EVAL, 'dev-ru-new-law.docx'), '--quiet');
    expect(r.code).toBe(0);
    // The last line counts the lines above it, in English with its plural ("17 findings", "1 finding").
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(`${lines.length - 1} ${lines.length === 2 ? 'finding' : 'findings'}`);
    expect(r.stdout).toMatch(/error\s+structure/);
  });

  test('a .txt draft (one paragraph per line) gives a report', async () => {
    const dir = tmp();
    const reportPath = path.join(dir, 'r.json');
    const r = await run('review', path.join(EVAL, 'dev-kk-bylaw.txt'), '--report', reportPath, '--quiet');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.document.language).toBe('kk');
    expect(report.findings.some((f: { message: string }) => /[әғқңөұүі]/i.test(f.message))).toBe(true);
  });

  test('--fail-on error exits 1 when an error is found, for CI use', async () => {
    const r = await run('review', path.join(EVAL, 'dev-ru-new-law.docx'), '--fail-on', 'error', '--quiet');
    expect(r.code).toBe(1);
    const clean = await run('review', path.join(EVAL, 'dev-ru-clean-control.docx'), '--fail-on', 'warning', '--quiet');
    expect(clean.code).toBe(0);
  });
});

describe('zan review refuses bad input clearly and leaves no file behind', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, RegExp]> = [
    ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251), /not a Word \.docx/i],
    ['a truncated .docx', async () => (await buildDocx(['Статья 1. Текст'])).slice(0, 900), /damaged|truncated|incomplete|not a Word/i],
    ['an encrypted (OLE) file', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(1024).fill(0)]), /encrypted|password|\.doc/i],
    ['an empty document', () => readFileSync(path.join(SHARED, 'realdocx', 'mammoth__empty.docx')), /empty|no text/i],
  ];
  test.each(cases)('%s', async (_name, make, message) => {
    const dir = tmp();
    const input = path.join(dir, 'draft.docx');
    writeFileSync(input, await make());
    const r = await run('review', input, '--out', path.join(dir, 'out.docx'), '--report', path.join(dir, 'r.json'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace for a user error
    expect(readdirSync(dir)).toEqual(['draft.docx']);
  });

  test('a missing file, wrong usage and an unknown format are told apart', async () => {
    expect((await run('review', 'no-such-draft.docx')).code).toBe(3);
    expect((await run('review')).code).toBe(2);
    expect((await run('review', 'a.docx', '--format', 'xml')).code).toBe(2);
    expect((await run('review', 'a.docx', '--bogus')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  test('--out may not overwrite the input', async () => {
    const r = await run('review', path.join(EVAL, 'dev-ru-new-law.docx'), '--out', path.join(EVAL, 'dev-ru-new-law.docx'));
    expect(r.code).toBe(2);
  });
});

describe('reviewing a reviewed document again', () => {
  test('does not repeat the comments Zan already placed, and keeps the first review intact', async () => {
    const dir = tmp();
    const first = path.join(dir, 'first.docx');
    const second = path.join(dir, 'second.docx');
    expect((await run('review', path.join(EVAL, 'dev-kk-bylaw.docx'), '--out', first, '--quiet')).code).toBe(0);
    const before = await countRevisions(readFileSync(first));
    expect(before.byAuthor['Zan Assistant']?.comments ?? 0).toBeGreaterThan(0);
    const r = await run('review', first, '--out', second, '--report', path.join(dir, 'r.json'), '--quiet');
    expect(r.code).toBe(0);
    const after = await countRevisions(readFileSync(second));
    expect(after.byAuthor['Zan Assistant']?.comments).toBe(before.byAuthor['Zan Assistant']?.comments);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(report.skipped.some((s: { reason: string }) => /already/.test(s.reason))).toBe(true);
    expect(await paragraphTexts(readFileSync(second), 'original')).toEqual(await paragraphTexts(readFileSync(first), 'original'));
  });
});
