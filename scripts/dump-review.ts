/**
 * `npx tsx scripts/dump-review.ts OUTDIR`: writes, for the Labour Code (also × 3) and every act of
 * ../shared/corpus/inforce and every .docx of ../shared/eval, what the parser and the .docx host make of it: the DocModel read back
 * from the built .docx, the parsed act (units, labels, roles, references, definitions, …), the
 * findings, and the reviewed .docx's parts (dates blanked). Run it before and after a change meant
 * to keep behaviour (a speed-up) and `diff -r` the two folders.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { buildDocx } from '../src/hosts/docx/build';
import { reviewDocument } from '../src/app/review';
import { docxBytes } from '../src/cli/documentFile';
import { loadCorpus } from '../src/corpus/index';
import { reviewLocal } from '../src/engine/local';
import { SHARED, loadCorpusLaw } from './corpus-laws';
import { INFORCE, inforceActs } from './real-laws';

async function dump(out: string, name: string, lines: string[], corpus: ReturnType<typeof loadCorpus>): Promise<void> {
  await dumpDocx(out, name, await buildDocx(lines), corpus);
}

async function dumpDocx(out: string, name: string, bytes: Uint8Array, corpus: ReturnType<typeof loadCorpus>): Promise<void> {
  const source = docxBytes(bytes, `${name}.docx`, { write: true });
  const { doc, act, findings, applied } = await reviewDocument(source, { local: reviewLocal, corpus, report: false });
  const dir = path.join(out, name);
  mkdirSync(dir, { recursive: true });
  const { doc: _doc, ...rest } = act;
  void _doc;
  writeFileSync(path.join(dir, 'doc.json'), JSON.stringify(doc.paragraphs, null, 1));
  writeFileSync(path.join(dir, 'act.json'), JSON.stringify(rest, null, 1));
  writeFileSync(path.join(dir, 'findings.json'), JSON.stringify(findings, null, 1));
  const { data, ...result } = applied!;
  writeFileSync(path.join(dir, 'applied.json'), JSON.stringify(result, null, 1));
  const zip = await JSZip.loadAsync(data);
  for (const file of Object.keys(zip.files).sort()) {
    if (zip.files[file].dir) continue;
    const text = (await zip.file(file)!.async('string')).replace(/w:date="[^"]*"/g, 'w:date=""');
    writeFileSync(path.join(dir, `part-${file.replace(/\//g, '_')}`), text);
  }
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx scripts/dump-review.ts OUTDIR');
  const corpus = loadCorpus();
  const labour = loadCorpusLaw('labour-code-ru').lines;
  await dump(out, 'labour-code', labour, corpus);
  await dump(out, 'labour-code-x3', [...labour, ...labour, ...labour], corpus);
  // The eval drafts: amending acts with quoted wordings and instructions, bylaws, Kazakh texts.
  const evalDir = path.join(SHARED, 'eval');
  for (const file of readdirSync(evalDir).filter((f) => f.endsWith('.docx')).sort()) {
    await dumpDocx(out, `eval-${file.replace(/\.docx$/, '')}`, new Uint8Array(readFileSync(path.join(evalDir, file))), corpus);
  }
  for (const { file } of inforceActs()) {
    const lines = readFileSync(path.join(INFORCE, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    await dump(out, file.replace(/\.txt$/, ''), lines, corpus);
  }
}

main().catch((err) => {
  process.stderr.write(`${String(err?.stack ?? err)}\n`);
  process.exitCode = 1;
});
