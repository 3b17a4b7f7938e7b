/**
 * The command line's side of the review use case (src/app/review.ts): a file on disk as a
 * DocumentSource. A .docx is read by the OOXML host and, when an output is asked for, the plan is
 * written into a copy of it in memory (the caller writes the bytes once everything succeeded); a
 * .txt is one paragraph per line and gives a report only.
 */
import { promises as fs } from 'node:fs';
import { docFromLines } from '../core/document';
import type { DocModel } from '../core/document';
import { errorGuard } from '../core/errors';
import type { ReviewPlan } from '../core/plan-types';
import { readDocx, type DocxDocument } from '../hosts/docx/read';
import { applyPlan, type DocxApplyResult } from '../hosts/docx/write';
import type { DocumentSource } from '../app/review';
import { UsageError } from './args';

/** The input file cannot be read (missing, unreadable): exit 3, one line. */
export class InputError extends Error {
  override name = 'InputError';
}

export const isInputError = errorGuard(InputError);

/** What writing the plan into a .docx gave: the new package's bytes and what was written or skipped. */
export type WrittenDocx = DocxApplyResult & { data: Uint8Array };

/** A .docx (or .txt) on disk; `write`: apply the plan to a copy of the .docx (for --out, --pair-out). */
export function documentFile(file: string, options: { write?: boolean } = {}): DocumentSource<WrittenDocx> {
  let docx: DocxDocument | undefined;
  return {
    path: file,
    async read(): Promise<DocModel> {
      const data = await readInput(file);
      if (/\.txt$/i.test(file)) return docFromText(data, file);
      docx = await readDocx(data, { source: file });
      return docx.model;
    },
    ...(options.write
      ? {
          async apply(plan: ReviewPlan): Promise<WrittenDocx> {
            if (!docx) throw new UsageError(`${file}: a reviewed document can only be written from a .docx input`);
            return writePlan(docx, plan);
          },
        }
      : {}),
  };
}

/** A .docx already in memory (the bench and the real-law review build their inputs), read and written like a file. */
export function docxBytes(data: Uint8Array, name: string, options: { write?: boolean } = {}): DocumentSource<WrittenDocx> {
  let docx: DocxDocument | undefined;
  return {
    path: name,
    async read() {
      docx = await readDocx(data, { source: name });
      return docx.model;
    },
    ...(options.write ? { apply: async (plan: ReviewPlan) => writePlan(docx!, plan) } : {}),
  };
}

async function writePlan(docx: DocxDocument, plan: ReviewPlan): Promise<WrittenDocx> {
  const { data, result } = await applyPlan(docx, plan);
  return { ...result, data };
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? (err as Error).message})`);
  }
}

/** One paragraph a line; a byte-order mark and the last line break are not text. */
function docFromText(data: Uint8Array, file: string): DocModel {
  const text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
  return docFromLines(text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n'), file);
}
