/**
 * `npm run samples`: builds the bundled sample drafts (assets/samples/*.txt, one paragraph per line)
 * into .docx files with heading styles, as a drafter's Word file would look. The .docx files are
 * committed so `npm run demo` needs no build step; rerun this after editing a .txt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocx } from '../src/hosts/docx/build';

const SAMPLES = path.resolve(__dirname, '..', 'assets', 'samples');
const CHAPTER = /^(Глава\s+\d|РАЗДЕЛ|\d+-(тарау|ТАРАУ|бөлім|БӨЛІМ))/;
const ARTICLE = /^(Статья\s+\d[\d-]*\.|\d[\d-]*-бап\.)/;

async function main(): Promise<void> {
  for (const name of ['sample-ru', 'sample-kk']) {
    const lines = readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    const paragraphs = lines.map((text) => (CHAPTER.test(text) ? { text, style: 'Heading1' } : ARTICLE.test(text) ? { text, style: 'Heading2' } : text));
    const file = path.join(SAMPLES, `${name}.docx`);
    writeFileSync(file, await buildDocx(paragraphs));
    process.stdout.write(`${path.relative(process.cwd(), file)}: ${lines.length} paragraphs\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exitCode = 1;
});
