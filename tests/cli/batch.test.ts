/** `zan review A.docx B.docx … --out-dir DIR`: batch work for a legal department. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const EVAL = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval');

async function run(...argv: string[]) {
  let stderr = '';
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
  return { code, stderr };
}

test('every draft gets its reviewed .docx and its reports; a refused file is said and skipped', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-batch-'));
  const broken = path.join(dir, 'broken.docx');
  writeFileSync(broken, 'not a zip at all');
  const out = path.join(dir, 'out');
  const r = await run('review', path.join(EVAL, 'dev-ru-new-law.docx'), broken, path.join(EVAL, 'dev-kk-bylaw.docx'), '--out-dir', out, '--format', 'json', '--format', 'html');
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/broken\.docx.*not a Word/);
  expect(r.stderr).toMatch(/2 reviewed, 1 refused/);
  expect(readdirSync(out).sort()).toEqual([
    'dev-kk-bylaw.report.html',
    'dev-kk-bylaw.report.json',
    'dev-kk-bylaw.reviewed.docx',
    'dev-ru-new-law.report.html',
    'dev-ru-new-law.report.json',
    'dev-ru-new-law.reviewed.docx',
  ]);
  const kk = JSON.parse(readFileSync(path.join(out, 'dev-kk-bylaw.report.json'), 'utf8'));
  expect(kk.document.language).toBe('kk');
  expect(kk.findings.length).toBeGreaterThan(0);
});

test('several inputs without --out-dir, or two inputs of the same name, are usage errors', async () => {
  expect((await run('review', 'a.docx', 'b.docx')).code).toBe(2);
  expect((await run('review', 'x/a.docx', 'y/a.docx', '--out-dir', 'o')).code).toBe(2);
  expect((await run('review', 'a.docx', 'b.docx', '--out-dir', 'o', '--out', 'z.docx')).code).toBe(2);
});

test('all inputs clean: exit 0; --fail-on applies to the batch', async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'zan-batch-')), 'out');
  expect((await run('review', path.join(EVAL, 'dev-ru-clean-control.docx'), '--out-dir', out, '--fail-on', 'warning', '--quiet')).code).toBe(0);
  expect((await run('review', path.join(EVAL, 'dev-ru-clean-control.docx'), path.join(EVAL, 'dev-ru-new-law.docx'), '--out-dir', out, '--fail-on', 'error', '--quiet')).code).toBe(1);
});
