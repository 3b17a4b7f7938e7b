/** The acts a sweep takes: files given, and folders walked recursively; sorted, each once. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatOf } from './readers';
import type { UnreadableAct } from './types';

export interface ActFile {
  path: string;
  bytes: number;
}

export async function listActFiles(inputs: readonly string[]): Promise<{ files: ActFile[]; unreadable: UnreadableAct[] }> {
  const files = new Map<string, ActFile>();
  const unreadable: UnreadableAct[] = [];
  const visit = async (p: string, given: boolean): Promise<void> => {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      unreadable.push({ path: p, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${(err as Error).message})` });
      return;
    }
    if (stat.isDirectory()) {
      const entries = await fs.readdir(p);
      for (const e of entries.sort()) if (!e.startsWith('.')) await visit(path.join(p, e), false);
    } else if (formatOf(p)) {
      files.set(path.normalize(p), { path: path.normalize(p), bytes: stat.size });
    } else if (given) {
      // A file named on the command line is listed with its reason; in a folder, other files are not acts.
      unreadable.push({ path: p, reason: 'not a .docx, .txt, .md or .pdf file' });
    }
  };
  for (const input of inputs) await visit(input, true);
  return { files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)), unreadable };
}
