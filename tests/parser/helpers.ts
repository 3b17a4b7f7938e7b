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
