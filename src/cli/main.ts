#!/usr/bin/env node
/**
 * zan — the command line of Zan Assistant. `npm run zan -- <command> …` runs it through tsx, so it
 * works right after `npm ci` with no build step.
 */
import { UsageError } from './args';
import { processIo, type Io } from './io';
import { InputError, runReview } from './review';

const VERSION = '0.1.0';

export const USAGE = `zan ${VERSION} — reviews draft legal acts of the Republic of Kazakhstan (ru/kk)

Usage:
  zan review IN.docx --out OUT.docx --report REPORT.json   review a draft (see zan review --help)
  zan monitor PATH… --report OUT.json [--report OUT.html]  legal monitoring of acts in force (see zan monitor --help)
  zan search "clause text" [--json] [--limit N]            find Constitution articles, Court resolutions
  zan rules [--json]                                       the local checks: what each looks for, its legal basis
  zan eval DIR                                             score the engine on an eval folder
  zan help | --version`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'review':
        return await runReview(rest, io);
      case 'monitor':
        return await (await import('./monitorCommand')).runMonitor(rest, io);
      case 'search': {
        const { runSearch } = await import('../corpus/searchCommand');
        return await runSearch(rest, io);
      }
      case 'rules': {
        const { runRulesCommand } = await import('./rulesCommand');
        return await runRulesCommand(rest, io);
      }
      case 'eval': {
        const { runEvalCommand } = await import('./evalCommand');
        return await runEvalCommand(rest, io);
      }
      case '--version':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE + '\n');
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    return reportError(err, io);
  }
}

/** Exit codes: 2 usage, 3 input refused, 4 unexpected. One clear line for the first two. */
function reportError(err: unknown, io: Io): number {
  const e = err as Error;
  if (err instanceof UsageError) {
    io.stderr(`zan: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  // A refused input, or a server that refused us (wrong token, limits): one line, no stack.
  if (err instanceof InputError || e?.name === 'DocxError' || e?.name === 'ServerReviewError') {
    io.stderr(`zan: ${e.message}\n`);
    return 3;
  }
  io.stderr(`zan: unexpected failure: ${e?.stack ?? String(err)}\n`);
  return 4;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`zan: ${String(err)}\n`);
      process.exitCode = 4;
    },
  );
}
