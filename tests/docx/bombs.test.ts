/**
 * Zip bombs: a directory that lies about sizes is caught while inflating, a package of absurdly
 * many entries before it is listed. The CLI refuses both with exit 3, one line, and no output,
 * in seconds and a bounded amount of memory (measured in a child process, as a user runs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DocxError } from '../../src/hosts/docx/errors';
import { MAX_ENTRIES, countCentralEntries } from '../../src/hosts/docx/zipReader';
import { readDocx } from '../../src/hosts/docx/read';
import { buildDocx } from '../../src/hosts/docx/build';
import { lyingBombDocx, manyEntriesDocx } from './bombs';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs `zan review FILE --report OUT --quiet` in a fresh node; returns its exit, stderr, the time
 * from the command's start (module loading excluded) and the process's peak memory.
 */
function cliOn(data: Uint8Array) {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-bomb-'));
  const input = path.join(dir, 'bomb.docx');
  const report = path.join(dir, 'report.json');
  writeFileSync(input, data);
  const probe =
    "const {main}=require('./src/cli/main');const t=performance.now();main(process.argv.slice(1)).then(c=>{" +
    "process.stderr.write('PROBE '+JSON.stringify({ms:performance.now()-t,rssKB:process.resourceUsage().maxRSS})+'\\n');process.exitCode=c})";
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe, 'review', input, '--report', report, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  const lines = r.stderr.trim().split('\n');
  const measured = JSON.parse(lines.pop()!.replace(/^PROBE /, '')) as { ms: number; rssKB: number };
  return { code: r.status, lines, ...measured, wrote: existsSync(report) };
}

describe('a lying zip bomb (document.xml declares 1 KB, inflates to 2 GB)', () => {
  const bomb = lyingBombDocx(2048);

  it('is a small file that passes the declared-size check', () => {
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
  });

  it('is refused while inflating, as too large, in seconds', async () => {
    const t0 = performance.now();
    const e = await readDocx(bomb, { source: 'bomb.docx' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocxError);
    expect((e as DocxError).code).toBe('too-large');
    expect((e as DocxError).message).toMatch(/word\/document\.xml inflates past/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('the CLI refuses it with exit 3, one line, no output, in < 5 s and < 500 MB', () => {
    const r = cliOn(bomb);
    expect(r.code).toBe(3);
    expect(r.lines).toEqual([expect.stringMatching(/bomb\.docx is too large to review/)]);
    expect(r.wrote).toBe(false);
    expect(r.ms).toBeLessThan(5000);
    expect(r.rssKB).toBeLessThan(500 * 1024);
  });
});

describe('a package of 200,000 empty entries', () => {
  const many = manyEntriesDocx(200_000);

  it('is counted by walking its directory, stopping past the limit', () => {
    expect(countCentralEntries(many, MAX_ENTRIES)).toBe(MAX_ENTRIES + 1);
  });

  it('the CLI refuses it with exit 3, one line, no output, in < 5 s', () => {
    const r = cliOn(many);
    expect(r.code).toBe(3);
    expect(r.lines).toEqual([expect.stringMatching(/more than 10000 parts/)]);
    expect(r.wrote).toBe(false);
    expect(r.ms).toBeLessThan(5000);
  });
});

it('an ordinary package counts its real entries and is read', async () => {
  const data = await buildDocx(['Статья 1. Текст.']);
  const n = countCentralEntries(data, MAX_ENTRIES);
  expect(n).toBeGreaterThanOrEqual(5);
  expect(n).toBeLessThan(20);
  expect((await readDocx(data)).model.paragraphs[0]!.text).toBe('Статья 1. Текст.');
});
