/**
 * Nothing the review writes may replace the draft: every output is compared with every input and
 * with the other outputs by the file it really is (symlinks, hard links, `..`), before anything is
 * read; folders and read-only files are refused in one line and left as they were.
 */
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

const EVAL = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A folder with a copy of a real draft in it. */
function draftIn(): { dir: string; input: string; bytes: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-out-'));
  const input = path.join(dir, 'draft.docx');
  copyFileSync(path.join(EVAL, 'dev-ru-new-law.docx'), input);
  return { dir, input, bytes: readFileSync(input) };
}

describe('an output can never replace an input', () => {
  test('--report naming the input is a usage error and the draft is untouched', async () => {
    const { input, bytes } = draftIn();
    const r = await run('review', input, '--report', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--report .*draft\.docx would overwrite the input/);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  test('the same file under another name (symlink, hard link, "..") is caught', async () => {
    const { dir, input, bytes } = draftIn();
    symlinkSync(input, path.join(dir, 'alias.json'));
    linkSync(input, path.join(dir, 'hard.md'));
    mkdirSync(path.join(dir, 'sub'));
    expect((await run('review', input, '--report', path.join(dir, 'alias.json'))).code).toBe(2);
    expect((await run('review', input, '--report', path.join(dir, 'hard.md'))).code).toBe(2);
    expect((await run('review', input, '--out', path.join(dir, 'sub', '..', 'draft.docx'))).code).toBe(2);
    expect((await run('review', input, '--pair', input, '--pair-out', path.join(dir, 'alias.json'))).code).toBe(2);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  test('two outputs naming one file are a usage error, not one silently kept', async () => {
    const { dir, input } = draftIn();
    const r = await run('review', input, '--out', path.join(dir, 'x.docx'), '--report', path.join(dir, 'x.docx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the same file as --out/);
    expect((await run('review', input, '--report', path.join(dir, 'r.json'), '--report', path.join(dir, 'r.json'))).code).toBe(2);
    expect(readdirSync(dir)).toEqual(['draft.docx']);
  });

  test('the clash is found before anything is read: a missing input still gives exit 2, not 3', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zan-out-'));
    const missing = path.join(dir, 'nowhere.docx');
    expect((await run('review', missing, '--report', missing)).code).toBe(2);
  });

  test('in a batch, one job cannot overwrite another job\'s input', async () => {
    const { dir, input, bytes } = draftIn();
    const out = path.join(dir, 'out');
    mkdirSync(out);
    // The first draft's reviewed copy would be written over the second draft before it is read.
    const second = path.join(out, 'draft.reviewed.docx');
    copyFileSync(input, second);
    const r = await run('review', input, second, '--out-dir', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite the input .*draft\.reviewed\.docx/);
    expect(readFileSync(second).equals(bytes)).toBe(true);
    expect(readdirSync(out)).toEqual(['draft.reviewed.docx']);
  });
});

describe('an output that cannot be written is refused in one line', () => {
  test('a read-only report file is not replaced (exit 3, no stack trace)', async () => {
    const { dir, input } = draftIn();
    const report = path.join(dir, 'report.json');
    writeFileSync(report, 'keep me');
    chmodSync(report, 0o444);
    const r = await run('review', input, '--report', report);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/report\.json is read-only: it was not replaced/)]);
    expect(readFileSync(report, 'utf8')).toBe('keep me');
  });

  test('--out naming a folder is refused (exit 3, one line)', async () => {
    const { dir, input } = draftIn();
    const r = await run('review', input, '--out', dir, '--quiet');
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/is a folder, not a file/)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a file standing where a folder should be is refused in one line', async () => {
    const { dir, input } = draftIn();
    writeFileSync(path.join(dir, 'file'), '');
    const r = await run('review', input, '--report', path.join(dir, 'file', 'r.json'), '--quiet');
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/file is a file, not a folder/)]);
  });
});

describe('an unexpected failure', () => {
  /** A terminal that breaks while the findings are listed: nothing the review itself expects. */
  async function brokenTerminal(...argv: string[]) {
    let stderr = '';
    const code = await main(argv, {
      stdout: () => {
        throw new Error('the terminal went away');
      },
      stderr: (t) => void (stderr += t),
    });
    return { code, stderr };
  }

  test('is one line (exit 4); --debug adds the stack trace', async () => {
    const { input } = draftIn();
    const plain = await brokenTerminal('review', input, '--quiet');
    expect(plain.code).toBe(4);
    expect(plain.stderr.trim().split('\n')).toEqual([expect.stringMatching(/unexpected failure: the terminal went away \(run again with --debug/)]);
    const debug = await brokenTerminal('review', input, '--quiet', '--debug');
    expect(debug.code).toBe(4);
    expect(debug.stderr).toMatch(/the terminal went away\n\s+at /);
  });
});
