/** `zan review RU.docx --pair KK.docx --pair-out KK.reviewed.docx`: parity findings anchored in both texts. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { countRevisions, paragraphTexts } from '../../src/hosts/docx/revisions';

const EVAL = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval');

test('bilingual findings carry a pairAnchor and land as comments in the paired document too', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zan-pair-'));
  const ru = path.join(EVAL, 'dev-pair-ru.docx');
  const kk = path.join(EVAL, 'dev-pair-kk.docx');
  const code = await main(['review', ru, '--pair', kk, '--out', path.join(dir, 'ru.docx'), '--pair-out', path.join(dir, 'kk.docx'), '--report', path.join(dir, 'r.json'), '--quiet'], {
    stdout: () => undefined,
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
  expect(report.document.pair).toMatchObject({ language: 'kk' });
  const bilingual = report.findings.filter((f: { category: string }) => f.category === 'bilingual');
  expect(bilingual.length).toBeGreaterThan(0);
  const kkTexts = await paragraphTexts(readFileSync(kk), 'current');
  for (const f of bilingual) {
    expect(f.pairAnchor).toBeDefined();
    expect(kkTexts[f.pairAnchor.paragraph].slice(f.pairAnchor.start, f.pairAnchor.end)).toBe(f.pairAnchor.quote);
  }
  // The Kazakh document gets one comment per bilingual finding, in Kazakh, and no change to its text.
  const kkOut = readFileSync(path.join(dir, 'kk.docx'));
  expect((await countRevisions(kkOut)).byAuthor['Zan Assistant']?.comments).toBe(bilingual.length);
  const comments = (await JSZip.loadAsync(kkOut)).file('word/comments.xml');
  expect(await comments?.async('string')).toMatch(/[әғқңөұүі]/);
  expect(await paragraphTexts(kkOut, 'accepted')).toEqual(kkTexts);
});
