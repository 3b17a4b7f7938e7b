/**
 * Readers of the acts a sweep takes: .docx (the review's reader), .txt (one paragraph a line),
 * .md (one paragraph a line; a YAML front matter and markdown marks are not text of the act),
 * and the official adilet PDF (text layer). Each gives a DocModel whose paragraph indexes are what
 * the reports' anchors count: for .txt and .md the 0-based line of the file.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { docFromLines, type DocModel } from '../../core/document';
import { readDocx } from '../../hosts/docx/read';
// A static import: a dynamic one of a .ts module does not resolve in a worker run from sources.
import { readPdfParagraphs } from './pdf';
import { errorGuard } from '../../core/errors';

export type ActFormat = 'docx' | 'txt' | 'md' | 'pdf';

export const ACT_EXTENSIONS: Record<string, ActFormat> = { '.docx': 'docx', '.txt': 'txt', '.md': 'md', '.pdf': 'pdf' };

export interface ReadAct {
  model: DocModel;
  format: ActFormat;
  /** Lines that describe the act without being its text (a front matter, a "# …" header): read for requisites. */
  header: string[];
}

/** An act that cannot be read: the sweep lists it with this reason and goes on. */
export class UnreadableActError extends Error {
  override name = 'UnreadableActError';
  /** A file that reads fine but is no legal act (a README in the folder): listed, not a failure. */
  constructor(message: string, readonly notAnAct = false) {
    super(message);
  }
}

export const isUnreadableActError = errorGuard(UnreadableActError);

/** The reason string a report gives a file that is no legal act. */
export const NOT_AN_ACT = 'not a legal act: no articles or items were found';

/** The reason a report lists for an act that could not be swept: the user's words for a bad input, else the failure. */
export function failureReason(err: unknown): string {
  if (isUnreadableActError(err)) return err.message;
  const e = err as Error;
  return `failed while sweeping: ${e?.message ?? String(err)}`;
}

export function formatOf(file: string): ActFormat | undefined {
  return ACT_EXTENSIONS[path.extname(file).toLowerCase()];
}

export async function readActFile(file: string): Promise<ReadAct> {
  const format = formatOf(file);
  if (!format) throw new UnreadableActError(`not a .docx, .txt, .md or .pdf file`);
  let data: Uint8Array;
  try {
    data = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableActError(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (err as Error).message})`);
  }
  const read = await readActData(data, format, file);
  if (!read.model.paragraphs.some((p) => p.text.trim())) throw new UnreadableActError('the act is empty: there is nothing to read');
  return read;
}

export async function readActData(data: Uint8Array, format: ActFormat, source: string): Promise<ReadAct> {
  switch (format) {
    case 'txt':
    case 'md': {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
      } catch {
        throw new UnreadableActError('not UTF-8 text');
      }
      const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
      return format === 'md' ? markdownAct(lines, source) : textAct(lines, source);
    }
    case 'docx':
      try {
        const docx = await readDocx(data, { source });
        return { model: docx.model, format, header: [] };
      } catch (err) {
        throw new UnreadableActError((err as Error).message.replace(`${source}: `, ''));
      }
    case 'pdf': {
      try {
        return { model: docFromLines(await readPdfParagraphs(data), source), format, header: [] };
      } catch (err) {
        throw new UnreadableActError((err as Error).message);
      }
    }
  }
}

/** Leading "# …" comment lines of a .txt (the corpus's provenance header) are not text of the act. */
function textAct(lines: string[], source: string): ReadAct {
  const header: string[] = [];
  const body = lines.map((line, i) => {
    if (/^#\s/.test(line) && lines.slice(0, i).every((l) => /^#\s/.test(l) || !l.trim())) {
      header.push(line.replace(/^#\s+/, ''));
      return '';
    }
    return line;
  });
  return { model: docFromLines(body, source), format: 'txt', header };
}

/** A YAML front matter becomes empty lines (its values are the header); heading and emphasis marks are dropped. */
function markdownAct(lines: string[], source: string): ReadAct {
  const header: string[] = [];
  let frontEnd = -1;
  if (lines[0]?.trim() === '---') frontEnd = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  const body = lines.map((line, i) => {
    if (i <= frontEnd) {
      const value = /^[\w-]+:\s*"?(.*?)"?\s*$/.exec(line)?.[1];
      if (value) header.push(value);
      return '';
    }
    return line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^([*_]{1,3})(.*?)\1\s*$/, '$2');
  });
  return { model: docFromLines(body, source), format: 'md', header };
}
