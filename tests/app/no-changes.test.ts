/**
 * `--no-changes` and the pane's "Comment" are one behaviour: comments only, no tracked change, and
 * each suggestion kept in its comment as text ("Предлагается: «…»"). The same draft is reviewed by
 * the CLI (into a .docx) and by the pane (into the in-memory Word), and the comments compared.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { loadCorpus } from '../../src/corpus/index';
import { reviewLocal } from '../../src/engine/local';
import { buildDocx } from '../../src/hosts/docx/build';
import { countRevisions } from '../../src/hosts/docx/revisions';
import { jsonReportSchema } from '../../src/report/json';
import { demoFromText } from '../../src/taskpane/demo';
import { ReviewSession } from '../../src/taskpane/session';

const DRAFT = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval', 'dev-ru-new-law.txt');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Each Word comment of a .docx as plain text, its paragraphs joined by line breaks. */
async function docxComments(data: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(data)).file('word/comments.xml')!.async('string');
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(dom.getElementsByTagNameNS(W, 'comment')).map((c) =>
    Array.from(c.getElementsByTagNameNS(W, 'p'))
      .map((p) => Array.from(p.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join(''))
      .join('\n'),
  );
}

describe('comments only: the CLI’s --no-changes agrees with the pane’s Comment', () => {
  const text = readFileSync(DRAFT, 'utf8');
  const lines = text.replace(/\n$/, '').split('\n');
  let cli: { comments: string[]; revisions: { insertions: number; deletions: number }; withSuggestion: { message: string; replacement: string }[] };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zan-no-changes-'));
    const input = path.join(dir, 'draft.docx');
    writeFileSync(input, await buildDocx(lines));
    const out = path.join(dir, 'out.docx');
    const reportFile = path.join(dir, 'report.json');
    const code = await main(['review', input, '--out', out, '--report', reportFile, '--no-changes', '--quiet'], { stdout: () => undefined, stderr: () => undefined });
    expect(code).toBe(0);
    const data = readFileSync(out);
    const report = jsonReportSchema.parse(JSON.parse(readFileSync(reportFile, 'utf8')));
    cli = {
      comments: await docxComments(data),
      revisions: await countRevisions(data),
      withSuggestion: report.findings.filter((f) => f.replacement !== undefined).map((f) => ({ message: f.message, replacement: f.replacement! })),
    };
  });

  test('the CLI writes no tracked change, and every suggestion stays in the report and in its comment', () => {
    expect(cli.revisions).toMatchObject({ insertions: 0, deletions: 0 });
    expect(cli.withSuggestion.length).toBeGreaterThan(0);
    for (const f of cli.withSuggestion) {
      const comment = cli.comments.find((c) => c.startsWith(`[Zan] ${f.message}`));
      expect(comment).toBeDefined();
      expect(comment).toContain(f.replacement === '' ? 'Предлагается исключить' : `Предлагается: «${f.replacement}»`);
    }
  });

  test('the pane’s Comment on the same findings writes the same comments and no tracked change', async () => {
    const corpus = loadCorpus();
    const { host, word } = demoFromText(text, 'ru');
    const session = new ReviewSession({ host, local: async (doc) => reviewLocal(doc, { corpus }), language: () => 'ru' });
    await session.review();
    const suggested = session.getState().findings.filter((f) => f.replacement !== undefined);
    expect(suggested.length).toBe(cli.withSuggestion.length);
    for (const f of suggested) await session.comment(f);
    expect(word.trackedChanges()).toEqual([]);
    const pane = word.commentList().map((c) => c.content);
    expect(pane).toHaveLength(suggested.length);
    // One plan makes both: the comment the pane puts in Word is the one the CLI writes in the .docx.
    for (const comment of pane) expect(cli.comments).toContain(comment);
  });
});
