/**
 * `zan monitor PATH… --report out.json --report out.html [--report out.csv] [--report out.xlsx]`:
 * legal monitoring of acts in force against the 2026 Constitution and the Court's resolutions.
 * Reports are written when the sweep is done (through a temporary file and a rename); the JSON
 * report is also written as the sweep goes, so that `--resume` can pick up a sweep cut short.
 */
import { existsSync, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { NOT_AN_ACT } from '../app/monitor/readers';
import { runSweep } from '../app/monitor/sweep';
import type { ChecksMode } from '../app/monitor/sweepAct';
import type { MonitorReport } from '../app/monitor/types';
import type { UiLanguage } from '../core/language';
import { toMonitorCsv } from '../report/monitor/csv';
import { toMonitorHtml } from '../report/monitor/html';
import { parseMonitorJson, toMonitorJson } from '../report/monitor/json';
import { verifyReport } from '../app/monitor/modelVerdicts';
import type { VerdictCandidate } from '../monitor/verdictProtocol';
import { verifyViaServer } from '../protocol/monitorClient';
import { parseCommandArgs, UsageError } from './args';
import { processIo, type Io } from './io';

export const MONITOR_USAGE = `Usage: zan monitor PATH… --report OUT.json [--report OUT.html] [--report OUT.csv] [--report OUT.xlsx]

Legal monitoring: sweeps acts in force (.docx, .txt one paragraph a line, .md, the official adilet
PDF; folders recursively) against the 2026 Constitution and the Constitutional Court's resolutions:
Constitution citations in the edition they mean with their 2026 counterpart, institutions the 2026
Constitution ended (Parliament, Senate, Mazhilis → Курултай), repealed acts and wrong requisites,
and the norms nearest to those the Court reviewed.

Options:
  --report FILE       .json, .html, .csv or .xlsx (by extension); may be repeated
  --jobs N            worker threads (default: one per core, ${availableParallelism()} here)
  --resume            skip the acts the --report .json already holds (from a sweep cut short)
  --checks WHICH      monitoring (default) | all (also the review's drafting checks)
  --lang LANG         language of the HTML report's own words: ru (default) | kk | en
  --per-resolution N  candidates kept per Court resolution across the sweep (default 5)
  --server URL        send the candidates (Court-resolution candidates, 1995 citations without a
                      one-to-one 2026 counterpart) to a Zan server's model for a reasoned verdict;
                      many candidates go through the Message Batches API; needs --token
  --token TOKEN       access token for --server (or ZAN_TOKEN in the environment)
  --quiet             no progress on stderr

Exit codes: 0 swept (files in a folder that are no legal act, e.g. a README, are listed and
skipped; candidates the model left unverified are listed with why); 2 wrong usage; 3 some act could
not be read (listed in the reports with its reason; the others were swept), or the --server refused
the request or could not be reached (the reports are written all the same); 4 unexpected failure.`;

type ReportFormat = 'json' | 'html' | 'csv' | 'xlsx';

function formatOfReport(file: string): ReportFormat {
  const ext = path.extname(file).toLowerCase().slice(1);
  if (ext === 'json' || ext === 'html' || ext === 'csv' || ext === 'xlsx') return ext;
  if (ext === 'htm') return 'html';
  throw new UsageError(`--report ${file}: the extension must be .json, .html, .csv or .xlsx`);
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

async function writeAtomically(file: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

export async function renderReport(report: MonitorReport, format: ReportFormat, language: UiLanguage): Promise<Uint8Array | string> {
  switch (format) {
    case 'json':
      return toMonitorJson(report);
    case 'html':
      return toMonitorHtml(report, { language });
    case 'csv':
      return toMonitorCsv(report);
    case 'xlsx': {
      const { toMonitorXlsx } = await import('../report/monitor/xlsx');
      return toMonitorXlsx(report);
    }
  }
}

export async function runMonitor(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    report: { type: 'string', short: 'r', multiple: true },
    jobs: { type: 'string', short: 'j' },
    resume: { type: 'boolean' },
    checks: { type: 'string' },
    lang: { type: 'string' },
    'per-resolution': { type: 'string' },
    server: { type: 'string' },
    token: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(MONITOR_USAGE + '\n');
    return 0;
  }
  if (!positionals.length) throw new UsageError('monitor needs at least one act or folder (see zan monitor --help)');
  const reports = (values.report ?? []).map((file) => ({ file, format: formatOfReport(file) }));
  const checks = (values.checks ?? 'monitoring') as ChecksMode;
  if (checks !== 'monitoring' && checks !== 'all') throw new UsageError(`--checks must be monitoring or all, not "${values.checks}"`);
  const language = (values.lang ?? 'ru') as UiLanguage;
  if (!['ru', 'kk', 'en'].includes(language)) throw new UsageError(`--lang must be ru, kk or en, not "${values.lang}"`);
  const jobs = positiveInt(values.jobs, '--jobs', availableParallelism());
  const perResolution = positiveInt(values['per-resolution'], '--per-resolution', 5);
  const token = values.token ?? process.env.ZAN_TOKEN;
  if (values.server && !token) throw new UsageError('--server needs --token (or ZAN_TOKEN)');
  const jsonReport = reports.find((r) => r.format === 'json')?.file;
  if (values.resume && !jsonReport) throw new UsageError('--resume needs a --report FILE.json: the acts already in it are skipped');
  for (const r of reports)
    if (positionals.some((p) => path.resolve(p) === path.resolve(r.file))) throw new UsageError(`--report ${r.file} would overwrite an input`);

  let previous: MonitorReport | undefined;
  if (values.resume && jsonReport && existsSync(jsonReport)) {
    try {
      previous = parseMonitorJson(await fs.readFile(jsonReport, 'utf8'), jsonReport);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  const quiet = Boolean(values.quiet);
  let lastCheckpoint = 0;
  // Checkpoints are written one after another, and the final reports only after the last of them.
  let pending: Promise<void> = Promise.resolve();
  let report = await runSweep({
    inputs: positionals,
    jobs,
    checks,
    perResolution,
    previous,
    progress: quiet ? undefined : { write: (t) => io.stderr(t), tty: io === processIo && Boolean(process.stderr.isTTY) },
    checkpoint: jsonReport
      ? (partial) => {
          // At most every two seconds: the report of a long sweep is rewritten, not appended.
          if (Date.now() - lastCheckpoint < 2000) return;
          lastCheckpoint = Date.now();
          const text = toMonitorJson(partial);
          pending = pending.then(() => writeAtomically(jsonReport, text)).catch(() => undefined);
        }
      : undefined,
  });
  await pending;
  if (values.server && token) {
    const server = values.server;
    const { loadCorpus } = await import('../corpus');
    const send = (candidates: VerdictCandidate[], batchId?: string) => {
      if (!quiet) io.stderr(`zan: ${candidates.length} candidate(s) to the model at ${server}${batchId ? ` (polling Message Batch ${batchId})` : ''}…\n`);
      return verifyViaServer({ url: server, token, candidates, uiLanguage: language, ...(batchId ? { batchId } : {}) });
    };
    report = await verifyReport(report, loadCorpus(), send, previous?.summary.model);
    const m = report.summary.model;
    if (m) {
      const why = [...new Set(m.unverified.map((u) => u.reason))].join('; ');
      if (m.error) io.stderr(`zan: model: ${m.error}\n`);
      io.stderr(`zan: model: ${m.checked} of ${m.candidates} candidates checked${m.failed ? `, ${m.failed} not checked (${why})` : ''}; ${m.dropped} verdict(s) dropped by grounding; ${m.calls} call(s)${m.via === 'batches' ? ' (Message Batches)' : ''}\n`);
    } else if (!quiet) io.stderr('zan: model: no candidates to verify\n');
  }
  for (const { file, format } of reports) await writeAtomically(file, await renderReport(report, format, language));
  const s = report.summary;
  const line = `${s.acts} act(s), ${s.articles} articles: ${s.findings} finding(s) (${s.bySeverity.warning} warning, ${s.bySeverity.info} info, ${s.bySeverity.error} error); ${s.unreadable} unreadable; ${((s.millis ?? 0) / 1000).toFixed(1)} s`;
  if (!reports.length) io.stdout(listing(report) + '\n');
  if (!quiet) io.stderr(`zan: ${line}${reports.length ? ` → ${reports.map((r) => r.file).join(', ')}` : ''}\n`);
  for (const u of report.unreadable) io.stderr(`zan: ${u.path}: ${u.reason}\n`);
  // A README in a folder is listed but is no failure: exit 3 only for acts that could not be read.
  // A server that refused us (wrong token, limits) is exit 3 too, as for `zan review --server`.
  return report.unreadable.some((u) => u.reason !== NOT_AN_ACT) || report.summary.model?.error ? 3 : 0;
}

function listing(report: MonitorReport): string {
  const lines: string[] = [];
  for (const a of report.acts) {
    lines.push(`${a.path} — ${a.title} (${a.articles} articles, ${a.findings.length} findings)`);
    for (const f of a.findings) lines.push(`  ${f.severity.padEnd(7)} ${f.kind.padEnd(21)} ¶${f.anchor.paragraph} ${f.unit ? `${f.unit} ` : ''}«${f.anchor.quote.slice(0, 80)}» — ${f.message}`);
  }
  return lines.join('\n');
}
