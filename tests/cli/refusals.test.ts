/**
 * What the CLI refuses (exit 3, one line, no stack) is told by type, whichever layer raised it: an
 * empty draft found by the review use case, an eval folder without its files.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';

async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(argv, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
  return { code, stderr };
}

test('a .txt draft of blank lines is refused as empty, and no output is written', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-refusals-'));
  const input = path.join(dir, 'blank.txt');
  writeFileSync(input, '\n   \n\n');
  const r = await run('review', input, '--report', path.join(dir, 'r.json'), '--quiet');
  expect(r.code).toBe(3);
  expect(r.stderr).toBe(`zan: ${input}: the document is empty: there is nothing to review\n`);
  expect(readdirSync(dir)).toEqual(['blank.txt']);
});

test('an eval folder without expected files is a refused input, not an unexpected failure', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-refusals-'));
  const r = await run('eval', dir);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(/no <id>\.expected\.json files here/);
  expect(r.stderr).not.toMatch(/unexpected/);
});
