/**
 * Absurdly deep XML (5,000 nested content controls) is refused before parsing, in one clear line
 * (exit 3, no stack trace, no output); deep but plausible nesting is still reviewed and written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { DocxError } from '../../src/hosts/docx/errors';
import { MAX_XML_DEPTH, nestingDepth } from '../../src/hosts/docx/safeXml';
import { readDocx } from '../../src/hosts/docx/read';
import { countRevisions } from '../../src/hosts/docx/revisions';
import { docxWithBody, para, run } from './fixtures';

/** A draft whose second article sits inside `levels` nested content controls (w:sdt/w:sdtContent). */
function nested(levels: number): Promise<Uint8Array> {
  const inner = para(run('1. Уполномоченный орган рассматривает заявление в разумный срок.'));
  return docxWithBody(para(run('Статья 1. Общие положения')) + '<w:sdt><w:sdtContent>'.repeat(levels) + inner + '</w:sdtContent></w:sdt>'.repeat(levels));
}

describe('nestingDepth', () => {
  it.each([
    ['<a><b/><c><d></d></c></a>', 3],
    ['<?xml version="1.0"?><a x="1>2" y=\'<\'><!-- <b><c> --><![CDATA[<d><e>]]></a>', 1],
    ['<a><b></b><b></b></a>', 2],
    ['', 0],
  ])('%s → %d', (xml, depth) => {
    expect(nestingDepth(xml, 100)).toBe(depth);
  });

  it('stops counting past the limit', () => {
    expect(nestingDepth('<a>'.repeat(10_000), 50)).toBe(51);
  });
});

describe('5,000 nested levels', () => {
  it('are refused before parsing with the part named', async () => {
    const e = await readDocx(await nested(2500), { source: 'глубокий.docx' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DocxError);
    expect((e as DocxError).message).toMatch(/глубокий\.docx .*word\/document\.xml nests elements more than 1000 levels deep/);
  });

  it('the CLI says so in one line, exit 3, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zan-deep-'));
    const input = path.join(dir, 'deep.docx');
    writeFileSync(input, await nested(2500));
    let stderr = '';
    const code = await main(['review', input, '--out', path.join(dir, 'out.docx'), '--quiet'], { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect(code).toBe(3);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/nests elements more than/)]);
    expect(existsSync(path.join(dir, 'out.docx'))).toBe(false);
  });
});

it('deep but plausible nesting (well under the limit) is reviewed and written back', async () => {
  const levels = Math.floor(MAX_XML_DEPTH / 2) - 10;
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-deep-'));
  const input = path.join(dir, 'deep.docx');
  writeFileSync(input, await nested(levels));
  const out = path.join(dir, 'out.docx');
  const code = await main(['review', input, '--out', out, '--report', path.join(dir, 'r.json'), '--quiet'], { stdout: () => undefined, stderr: () => undefined });
  expect(code).toBe(0);
  const back = await readDocx(readFileSync(out));
  expect(back.model.paragraphs[1]!.text).toContain('Уполномоченный орган');
  // The vague deadline inside the nested controls got its comment.
  const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as { findings: Array<{ anchor: { paragraph: number } }> };
  expect(report.findings.some((f) => f.anchor.paragraph === 1)).toBe(true);
  expect((await countRevisions(readFileSync(out))).comments).toBeGreaterThan(0);
});
