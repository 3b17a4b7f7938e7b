#!/usr/bin/env node
/**
 * zan — the command line of Zan Assistant. `npm run zan -- <command> …` runs it through tsx, so it
 * works right after `npm ci` with no build step.
 */
import { isUsageError, UsageError } from './args';
import { processIo, type Io } from './io';
import { isRefusal } from './refusals';
import { runReview } from './review';

const VERSION = '0.1.0';

export const USAGE = `zan ${VERSION} — reviews draft legal acts of the Republic of Kazakhstan (ru/kk)

Usage:
  zan review IN.docx --out OUT.docx --report REPORT.json   review a draft (see zan review --help)
  zan monitor PATH… --report OUT.json [--report OUT.html]  legal monitoring of acts in force (see zan monitor --help)
  zan search "clause text" [--json] [--limit N]            find Constitution articles, Court resolutions
  zan rules [--json]                                       the local checks: what each looks for, its legal basis
  zan eval DIR                                             score the engine on an eval folder
  zan doctor                                               check the model API with this machine's key and model
  zan help | --version

  --debug (any command): on an unexpected failure, print the stack trace too`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv.filter((a) => a !== '--debug');
  try {
    switch (command) {
      case 'review':
        return await runReview(rest, io);
      case 'monitor':
        return await (await import('./monitorCommand')).runMonitor(rest, io);
      case 'search': {
        const { runSearch } = await import('./searchCommand');
        return await runSearch(rest, io);
      }
      case 'rules': {
        const { runRulesCommand } = await import('./rulesCommand');
        return await runRulesCommand(rest, io);
      }
      case 'doctor':
        return await (await import('./doctorCommand')).runDoctorCommand(rest, io);
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
    return reportError(err, io, debug);
  }
}

/**
 * Exit codes: 2 usage, 3 input refused or output not writable, 4 unexpected. Always one line; the
 * stack trace of an unexpected failure only with --debug.
 */
function reportError(err: unknown, io: Io, debug: boolean): number {
  const e = err as Error;
  if (isUsageError(err)) {
    io.stderr(`zan: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  // A refused input, an output we may not write, or a server that refused us (wrong token, limits).
  if (isRefusal(err)) {
    io.stderr(`zan: ${e.message}\n`);
    return 3;
  }
  if (debug) io.stderr(`zan: unexpected failure: ${e?.stack ?? String(err)}\n`);
  else io.stderr(`zan: unexpected failure: ${firstLine(e?.message ?? String(err))} (run again with --debug for details)\n`);
  return 4;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
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
