/**
 * Where the review writes, checked before anything is read: no output may be an input or another
 * output (compared by the real path the system resolves, symlinks and hard links included), and
 * every output must be a writable file. Writing itself is atomic and turns system errors into one line.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { errorGuard } from '../core/errors';
import { UsageError } from './args';

/** An output that cannot be written (a folder, a read-only file, a read-only folder). */
export class OutputError extends Error {
  override name = 'OutputError';
}

export const isOutputError = errorGuard(OutputError);

export interface NamedPath {
  /** How the user named it in messages: "--report", "the input" … */
  role: string;
  file: string;
}

/**
 * What a path leads to: `dev:ino` of an existing file (so two names of one hard-linked file match),
 * else the real path of its nearest existing folder joined with the rest (a file not yet written).
 */
export async function pathIdentity(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    const st = await fs.stat(abs);
    return `inode:${st.dev}:${st.ino}`;
  } catch {
    /* not there yet: resolve what exists of it */
  }
  let dir = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return `path:${path.join(await fs.realpath(dir), ...rest)}`;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return `path:${abs}`;
      rest.unshift(path.basename(dir));
      dir = parent;
    }
  }
}

/** A usage error when an output would replace an input or another output. */
export async function checkNoClash(inputs: NamedPath[], outputs: NamedPath[]): Promise<void> {
  const seen = new Map<string, NamedPath>();
  for (const input of inputs) seen.set(await pathIdentity(input.file), input);
  for (const output of outputs) {
    const id = await pathIdentity(output.file);
    const other = seen.get(id);
    if (other) {
      const what = inputs.includes(other) ? `would overwrite ${other.role} ${other.file}` : `is the same file as ${other.role} ${other.file}`;
      throw new UsageError(`${output.role} ${output.file} ${what}`);
    }
    seen.set(id, output);
  }
}

/** An OutputError when an output is a folder, a read-only file, or sits in a folder we cannot write. */
export async function checkWritable(outputs: NamedPath[]): Promise<void> {
  for (const { role, file } of outputs) {
    const st = await fs.stat(file).catch(() => undefined);
    if (st?.isDirectory()) throw new OutputError(`${role} ${file} is a folder, not a file: name a file to write`);
    // Mode bits as well as access(): root may write anything, but a file marked read-only is not to be replaced.
    if (st && ((st.mode & 0o222) === 0 || !(await canWrite(file)))) throw new OutputError(`${role} ${file} is read-only: it was not replaced`);
    if (!st) {
      const dir = await nearestExisting(path.dirname(path.resolve(file)));
      const dst = await fs.stat(dir);
      if (!dst.isDirectory()) throw new OutputError(`${role} ${file} cannot be written: ${dir} is a file, not a folder`);
      if (!(await canWrite(dir))) throw new OutputError(`${role} ${file} cannot be written: the folder ${dir} is read-only`);
    }
  }
}

async function canWrite(file: string): Promise<boolean> {
  return fs.access(file, fs.constants.W_OK).then(
    () => true,
    () => false,
  );
}

async function nearestExisting(dir: string): Promise<string> {
  for (let d = dir; ; d = path.dirname(d)) {
    if (await fs.stat(d).then(() => true, () => false)) return d;
    if (path.dirname(d) === d) return d;
  }
}

/** Write a file atomically: a temporary sibling, then rename, so no half-written file is ever seen. */
export async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    throw new OutputError(`${file} cannot be written (${code ?? (err as Error).message})`);
  }
}
