/** Test helpers: read the shared eval drafts and corpus laws as a .docx would hold them (one paragraph per line). */
import * as fs from 'fs';
import * as path from 'path';
import { docFromLines, type DocModel } from '../../src/core/document';

export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const EVAL = path.join(SHARED, 'eval');
export const TEST_DOCS = path.join(SHARED, 'corpus', 'test_documents');

/** Lines of an eval draft's .txt (one body paragraph per line; the file ends with a newline). */
export function evalLines(id: string): string[] {
  const data = fs.readFileSync(path.join(EVAL, `${id}.txt`), 'utf8');
  return data.replace(/\n$/, '').split('\n');
}

export function evalDoc(id: string): DocModel {
  return docFromLines(evalLines(id), `${id}.txt`);
}

export interface ExpectedFinding {
  category: string;
  severity: string;
  paragraph: number;
  quote: string;
  detectable: string;
}

export function evalExpected(id: string): { findings: ExpectedFinding[] } {
  return JSON.parse(fs.readFileSync(path.join(EVAL, `${id}.expected.json`), 'utf8'));
}

/**
 * Lines of a corpus law as a .docx of it would hold them: one paragraph per line of the .txt (the
 * corpus' own "# " provenance header dropped) or of the .md (front matter dropped, markdown marks
 * "#", ">", "*", "**" and list indentation removed, blank separator lines dropped).
 */
export function corpusLines(file: string): string[] {
  const data = fs.readFileSync(path.join(TEST_DOCS, file), 'utf8');
  let lines = data.split('\n');
  if (file.endsWith('.md')) {
    if (lines[0] === '---') lines = lines.slice(lines.indexOf('---', 1) + 1);
    lines = lines.map((l) =>
      l
        .replace(/^\s*(?:#+|>)\s*/, '')
        .replace(/^\s*>\s*/, '')
        .replace(/\*\*([^*]*)\*\*/g, '$1')
        .replace(/^\*(.*)\*$/, '$1')
        .replace(/^\s+/, ''),
    );
  } else {
    lines = lines.filter((l) => !l.startsWith('# '));
  }
  return lines.filter((l) => l.trim() !== '');
}

export interface CorpusArticle {
  article: string;
  title?: string;
  status?: string;
  paragraphs: Array<{ n: string | null; parent?: string | null; text: string }>;
}

export function corpusArticles(file: string): CorpusArticle[] {
  const data = JSON.parse(fs.readFileSync(path.join(TEST_DOCS, file), 'utf8'));
  return Array.isArray(data) ? data : data.articles;
}
