/** Argument parsing for the zan command, on node:util parseArgs, with user-worded errors. */
import { parseArgs } from 'node:util';
import { errorGuard } from '../core/errors';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const isUsageError = errorGuard(UsageError);

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

export function parseCommandArgs<T extends OptionSpec>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}
