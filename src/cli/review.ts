/**
 * `zan review IN.docx --out OUT.docx --report REPORT.json`: the review use case (src/app/review.ts)
 * on files. Everything is computed in memory first and written last, so a refused input leaves no
 * file behind.
 */
import * as path from 'node:path';
import { reviewDocument, type DocumentReview, type ReviewOptions } from '../app/review';
import { CATEGORIES, type Category, type Severity, SEVERITIES } from '../core/finding';
import { loadCorpus } from '../corpus/index';
import { reviewLocal } from '../engine/local';
import type { JsonReport } from '../report/json';
import { toMarkdownReport } from '../report/markdown';
import { toHtmlReport } from '../report/html';
import { parseCommandArgs, UsageError } from './args';
import { documentFile, type WrittenDocx } from './documentFile';
import type { Io } from './io';
import { isRefusal } from './refusals';
import { reportTranslator } from '../i18n/reports';
import { checkNoClash, checkWritable, writeAtomically, type NamedPath } from './outputs';

/** The terminal's words: English, with plural forms from the message catalog (no "finding(s)"). */
const say = reportTranslator('en');

export const REVIEW_USAGE = `Usage: zan review IN.docx [options]
       zan review A.docx B.docx … --out-dir DIR [--format json|md|html …]

Reviews a draft act (.docx, or .txt with one paragraph per line) on the built-in local engine and
writes the same document back with the assistant's comments and tracked changes, plus a report.

Options:
  --out FILE          reviewed .docx (comments + tracked changes); default: none
  --out-dir DIR       batch: each input gets DIR/NAME.reviewed.docx and DIR/NAME.report.<format>
                      (--format may then be repeated; default json); a refused file is reported
                      and skipped, the others are reviewed
  --report FILE       report file; its format follows --format or the extension (.json .md .html);
                      may be given several times
  --format FMT        json | md | html (default: from --report's extension, else json)
  --pair FILE         the other language's text (kk for a ru draft, ru for a kk one): bilingual checks
  --pair-out FILE     the paired document, reviewed (its bilingual findings as comments)
  --categories LIST   only these categories (comma-separated): ${CATEGORIES.join(', ')}
  --fail-on LEVEL     exit 1 if a finding of this severity or worse is found: error | warning | info | never (default: never)
  --no-changes        comments only, no tracked changes (each suggestion stays in its comment as text)
  --server URL        review through a Zan server (model engine) instead of locally; needs --token
  --token TOKEN       access token for --server (or ZAN_TOKEN in the environment)
  --quiet             no progress on stderr

Exit codes: 0 reviewed; 1 findings at or above --fail-on; 2 wrong usage (also: an output that would
replace an input or another output); 3 input refused or output not writable
(not a .docx, damaged, encrypted, empty; in a batch: any input refused); 4 unexpected failure.`;

function formatOf(reportPath: string | undefined, format: string | undefined): ReportFormat {
  if (format) {
    if (format === 'json' || format === 'md' || format === 'html') return format;
    if (format === 'markdown') return 'md';
    throw new UsageError(`--format must be json, md or html, not "${format}"`);
  }
  const ext = reportPath ? path.extname(reportPath).toLowerCase() : '';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'json';
}

function parseCategories(list: string | undefined): Category[] | undefined {
  if (!list) return undefined;
  const cats = list.split(',').map((s) => s.trim()).filter(Boolean);
  for (const c of cats) {
    if (!(CATEGORIES as readonly string[]).includes(c)) throw new UsageError(`unknown category "${c}"; known: ${CATEGORIES.join(', ')}`);
  }
  return cats as Category[];
}

function parseFailOn(v: string | undefined): Severity | 'never' {
  if (!v) return 'never';
  if (v === 'never' || (SEVERITIES as readonly string[]).includes(v)) return v as Severity | 'never';
  throw new UsageError(`--fail-on must be error, warning, info or never, not "${v}"`);
}

export interface ReviewFileOptions {
  input: string;
  pair?: string;
  /** Apply the plan to a copy of the input (--out) and of the pair (--pair-out). */
  write?: boolean;
  writePair?: boolean;
  categories?: Category[];
  noChanges?: boolean;
  server?: { url: string; token?: string };
  progress?: (message: string) => void;
}

export interface ReviewedFile {
  main: DocumentReview<WrittenDocx>;
  /** The paired document reviewed for parity from its own side (--pair-out), its comments in its language. */
  pairSide?: DocumentReview<WrittenDocx>;
}

/** Read a draft (and its pair) and review it in memory, on the one review use case. Shared by `review` and `eval`. */
export async function reviewFile(options: ReviewFileOptions): Promise<ReviewedFile> {
  const progress = options.progress ?? (() => undefined);
  let model: ReviewOptions['model'];
  if (options.server) {
    if (!options.server.token) throw new UsageError('--server needs --token (or ZAN_TOKEN)');
    const { serverModelEngine } = await import('./serverReview');
    model = serverModelEngine({ url: options.server.url, token: options.server.token, progress });
  }
  progress(`reading ${options.input}`);
  const corpus = loadCorpus();
  const pair = options.pair ? documentFile(options.pair, { write: options.writePair }) : undefined;
  let ruleCount = 0;
  const main = await reviewDocument(documentFile(options.input, { write: options.write }), {
    local: reviewLocal,
    corpus,
    pair,
    categories: options.categories,
    noChanges: options.noChanges,
    model,
    onRule: (id, ms, n) => {
      ruleCount++;
      if (ms > 200) progress(`rule ${id}: ${say('cli.findings', { count: n })} in ${ms.toFixed(0)} ms`);
    },
    onStage: (e) => {
      if (e.stage === 'local') {
        const articles = Object.values(e.act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
        progress(`checked ${e.act.doc.paragraphs.length} paragraphs, ${articles} articles with ${ruleCount} rules: ${say('cli.findings', { count: e.findings })}`);
        for (const r of e.notRun) progress(`rule ${r.ruleId} could not run on this document (a paragraph far too long): its checks are missing`);
      } else if (e.stage === 'model') progress(`model engine: ${say('cli.findings', { count: e.findings })}`);
      else if (e.stage === 'plan' && options.write) progress(`writing ${say('cli.comments', { count: e.plan.comments.length })} and ${say('cli.changes', { count: e.plan.hunks.length })}`);
    },
  });
  if (!pair?.apply || !main.pair) return { main };
  // The paired text is reviewed for parity from its own side, so its comments speak its language.
  const mainAct = main.act;
  const pairSide = await reviewDocument(
    { path: pair.path, read: async () => main.pair!.act, apply: pair.apply },
    { local: reviewLocal, corpus, pair: { path: options.input, read: async () => mainAct }, categories: ['bilingual'], noChanges: options.noChanges, report: false },
  );
  return { main, pairSide };
}

type ReportFormat = 'json' | 'md' | 'html';

/** One document to review and where its results go. */
interface ReviewJob {
  input: string;
  out?: string;
  reports: { file: string; format: ReportFormat }[];
  pair?: string;
  pairOut?: string;
  /** Print the findings on stdout (a single review without a report file). */
  listOnStdout: boolean;
}

interface JobSettings {
  categories?: Category[];
  failOn: Severity | 'never';
  noChanges: boolean;
  server?: { url: string; token?: string };
  progress: (message: string) => void;
}

export async function runReview(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string', short: 'o' },
    'out-dir': { type: 'string', short: 'd' },
    report: { type: 'string', short: 'r', multiple: true },
    format: { type: 'string', short: 'f', multiple: true },
    pair: { type: 'string' },
    'pair-out': { type: 'string' },
    categories: { type: 'string' },
    'fail-on': { type: 'string' },
    'no-changes': { type: 'boolean' },
    server: { type: 'string' },
    token: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(REVIEW_USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('review needs an input file (see zan review --help)');
  const formats = (values.format ?? []).map((f) => formatOf(undefined, f));
  const settings: JobSettings = {
    categories: parseCategories(values.categories),
    failOn: parseFailOn(values['fail-on']),
    noChanges: Boolean(values['no-changes']),
    server: values.server ? { url: values.server, token: values.token ?? process.env.ZAN_TOKEN } : undefined,
    progress: (msg: string) => {
      if (!values.quiet) io.stderr(`zan: ${msg}\n`);
    },
  };
  if (values['pair-out'] && !values.pair) throw new UsageError('--pair-out needs --pair');

  const outDir = values['out-dir'];
  if (positionals.length > 1 || outDir) {
    // Batch: every input gets DIR/NAME.reviewed.docx and DIR/NAME.report.<format> for each --format.
    if (!outDir) throw new UsageError('several inputs need --out-dir DIR (each gets DIR/NAME.reviewed.docx and its reports there)');
    if (values.out || values.report || values.pair || values['pair-out']) throw new UsageError('with --out-dir, --out, --report, --pair and --pair-out do not apply');
    const names = new Set<string>();
    const jobs = positionals.map((input): ReviewJob => {
      const name = path.basename(input).replace(/\.(docx|txt)$/i, '');
      if (names.has(name)) throw new UsageError(`two inputs are both named "${name}": their outputs would overwrite each other`);
      names.add(name);
      return {
        input,
        out: /\.txt$/i.test(input) ? undefined : path.join(outDir, `${name}.reviewed.docx`),
        reports: (formats.length ? formats : (['json'] as ReportFormat[])).map((format) => ({ file: path.join(outDir, `${name}.report.${format}`), format })),
        listOnStdout: false,
      };
    });
    await checkJobPaths(jobs);
    let worst = 0;
    let refused = 0;
    for (const [i, job] of jobs.entries()) {
      settings.progress(`[${i + 1}/${jobs.length}] ${job.input}`);
      try {
        worst = Math.max(worst, await reviewOne(job, settings, io));
      } catch (err) {
        // One refused file does not stop the batch; it is said once and counted.
        if (!isRefusal(err)) throw err;
        io.stderr(`zan: ${err.message}\n`);
        refused++;
      }
    }
    settings.progress(`${jobs.length - refused} reviewed, ${refused} refused → ${outDir}`);
    return refused ? 3 : worst;
  }

  const input = positionals[0];
  const reports = values.report ?? [];
  if (formats.length > 1) throw new UsageError('--format is given once for a single review; with several --report, each takes its format from its extension');
  if (formats.length && reports.length > 1) throw new UsageError('--format applies to one --report; with several, each takes its format from its extension');
  if (values.out && /\.txt$/i.test(input)) throw new UsageError('--out needs a .docx input (a .txt input gives a report only)');
  const job: ReviewJob = {
    input,
    out: values.out,
    reports: reports.map((file) => ({ file, format: formatOf(file, values.format?.[0]) })),
    pair: values.pair,
    pairOut: values['pair-out'],
    listOnStdout: reports.length === 0,
  };
  await checkJobPaths([job]);
  return reviewOne(job, settings, io);
}

/**
 * Before anything is read: no output of any job may be an input of any job or another output
 * (a usage error), and every output must be writable (refused as an output error).
 */
async function checkJobPaths(jobs: ReviewJob[]): Promise<void> {
  const inputs: NamedPath[] = jobs.flatMap((j) => [{ role: 'the input', file: j.input }, ...(j.pair ? [{ role: 'the --pair input', file: j.pair }] : [])]);
  const outputs: NamedPath[] = jobs.flatMap((j) => [
    ...(j.out ? [{ role: '--out', file: j.out }] : []),
    ...(j.pairOut ? [{ role: '--pair-out', file: j.pairOut }] : []),
    ...j.reports.map((r) => ({ role: '--report', file: r.file })),
  ]);
  await checkNoClash(inputs, outputs);
  await checkWritable(outputs);
}

/** Review one document and write its outputs; returns 1 when --fail-on is met, else 0. */
async function reviewOne(job: ReviewJob, settings: JobSettings, io: Io): Promise<number> {
  const { progress } = settings;
  const started = Date.now();
  const { main, pairSide } = await reviewFile({
    input: job.input,
    pair: job.pair,
    write: job.out !== undefined,
    writePair: job.pairOut !== undefined,
    categories: settings.categories,
    noChanges: settings.noChanges,
    server: settings.server,
    progress,
  });
  const report = main.report!;
  const { findings } = main;
  const outData = main.applied?.data;
  const pairOutData = pairSide?.applied?.data;

  // Everything is ready: only now touch the disk.
  if (outData && job.out) await writeAtomically(job.out, outData);
  if (pairOutData && job.pairOut) await writeAtomically(job.pairOut, pairOutData);
  for (const { file, format } of job.reports) {
    const text = format === 'md' ? toMarkdownReport(report) : format === 'html' ? toHtmlReport(report) : JSON.stringify(report, null, 2) + '\n';
    await writeAtomically(file, text);
  }
  if (job.listOnStdout) io.stdout(summaryLines(report) + '\n');
  progress(
    `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${say('cli.errors', { count: report.summary.bySeverity.error ?? 0 })}, ${say('cli.warnings', { count: report.summary.bySeverity.warning ?? 0 })}, ${say('cli.infos', { count: report.summary.bySeverity.info ?? 0 })}` +
      (job.out ? ` → ${job.out}` : '') +
      (job.reports.length ? ` + ${job.reports.map((r) => r.file).join(', ')}` : ''),
  );
  const { failOn } = settings;
  return failOn !== 'never' && findings.some((f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(failOn)) ? 1 : 0;
}

/** A compact, readable listing for the terminal when no report file is asked for. */
function summaryLines(report: JsonReport): string {
  const lines = report.findings.map(
    (f) => `${f.severity.padEnd(7)} ${f.category.padEnd(14)} ¶${f.anchor.paragraph} ${f.unit ? f.unit + ' ' : ''}«${f.anchor.quote}» — ${f.message}`,
  );
  lines.push(say('cli.findings', { count: report.findings.length }));
  return lines.join('\n');
}
