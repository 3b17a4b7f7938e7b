/**
 * `zan review IN.docx --out OUT.docx --report REPORT.json`: the local engine end to end on a file.
 * Everything is computed in memory first and written last, so a refused input leaves no file behind.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import { docFromLines } from '../core/document';
import { CATEGORIES, type Category, type Finding, type Severity, SEVERITIES } from '../core/finding';
import { buildPlan } from '../core/plan';
import type { ApplyResult } from '../core/plan-types';
import { loadCorpus } from '../corpus/index';
import { reviewLocal } from '../engine/local';
import type { RuleNotRun } from '../checks/runner';
import { readDocx, type DocxDocument } from '../hosts/docx/read';
import { applyPlan, type DocxApplyResult } from '../hosts/docx/write';
import { modelSummaryOf, toJsonReport, type JsonReport } from '../report/json';
import type { ReviewSummary } from '../protocol/review';
import { toMarkdownReport } from '../report/markdown';
import { toHtmlReport } from '../report/html';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './io';
import { translator } from '../i18n';
import { checkNoClash, checkWritable, writeAtomically, type NamedPath } from './outputs';

/** The terminal's words: English, with plural forms from the message catalog (no "finding(s)"). */
const say = translator('en');

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
  --no-changes        comments only, no tracked changes
  --server URL        review through a Zan server (model engine) instead of locally; needs --token
  --token TOKEN       access token for --server (or ZAN_TOKEN in the environment)
  --quiet             no progress on stderr

Exit codes: 0 reviewed; 1 findings at or above --fail-on; 2 wrong usage (also: an output that would
replace an input or another output); 3 input refused or output not writable
(not a .docx, damaged, encrypted, empty; in a batch: any input refused); 4 unexpected failure.`;

export interface ReviewOutcome {
  act: Act;
  findings: Finding[];
  report: JsonReport;
  apply?: ApplyResult;
}

interface LoadedInput {
  model: DocModel;
  docx?: DocxDocument;
}

export class InputError extends Error {
  override name = 'InputError';
}

async function loadInput(file: string): Promise<LoadedInput> {
  let data: Uint8Array;
  try {
    data = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${code ?? (err as Error).message})`);
  }
  if (/\.txt$/i.test(file)) {
    const text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
    const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
    if (!lines.some((l) => l.trim())) throw new InputError(`${file}: the document is empty: there is nothing to review`);
    return { model: docFromLines(lines, file) };
  }
  const docx = await readDocx(data, { source: file });
  return { model: docx.model, docx };
}

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

export interface ReviewFilesOptions {
  input: string;
  pair?: string;
  categories?: Category[];
  server?: { url: string; token?: string };
  progress?: (message: string) => void;
}

export interface ReviewedFiles {
  main: LoadedInput;
  pair?: LoadedInput;
  act: Act;
  pairAct?: Act;
  findings: Finding[];
  /** The server's summary when a server reviewed (the model's share of the work). */
  serverSummary?: ReviewSummary;
  /** Local rules that gave up on this document. */
  notRun?: RuleNotRun[];
}

/** Read a draft (and its pair), review it in memory. Shared by `review` and `eval`. */
export async function reviewFiles(options: ReviewFilesOptions): Promise<ReviewedFiles> {
  const progress = options.progress ?? (() => undefined);
  progress(`reading ${options.input}`);
  const main = await loadInput(options.input);
  const pair = options.pair ? await loadInput(options.pair) : undefined;
  const corpus = loadCorpus();
  if (options.server) {
    if (!options.server.token) throw new UsageError('--server needs --token (or ZAN_TOKEN)');
    const { reviewWithServer } = await import('./serverReview');
    const { act, findings, summary } = await reviewWithServer({
      url: options.server.url,
      token: options.server.token,
      model: main.model,
      categories: options.categories,
      progress,
    });
    return { main, pair, act, findings, serverSummary: summary };
  }
  let ruleCount = 0;
  const review = reviewLocal(main.model, {
    corpus,
    pair: pair?.model,
    categories: options.categories,
    onRule: (id, ms, n) => {
      ruleCount++;
      if (ms > 200) progress(`rule ${id}: ${say('cli.findings', { count: n })} in ${ms.toFixed(0)} ms`);
    },
  });
  const articles = Object.values(review.act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
  progress(`checked ${review.act.doc.paragraphs.length} paragraphs, ${articles} articles with ${ruleCount} rules: ${say('cli.findings', { count: review.findings.length })}`);
  for (const r of review.notRun) progress(`rule ${r.ruleId} could not run on this document (a paragraph far too long): its checks are missing`);
  return { main, pair, act: review.act, pairAct: review.pair, findings: review.findings, notRun: review.notRun };
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
        const e = err as Error;
        if (!(err instanceof InputError || e?.name === 'DocxError' || e?.name === 'ServerReviewError')) throw err;
        io.stderr(`zan: ${e.message}\n`);
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
  const reviewed = await reviewFiles({ input: job.input, pair: job.pair, categories: settings.categories, server: settings.server, progress });
  const { main, pair, act, findings, pairAct } = reviewed;

  const plan = buildPlan(settings.noChanges ? findings.map(({ replacement: _r, ...f }) => f) : findings, main.model);
  let outData: Uint8Array | undefined;
  let apply: DocxApplyResult | undefined;
  if (job.out) {
    if (!main.docx) throw new UsageError('--out needs a .docx input');
    progress(`writing ${say('cli.comments', { count: plan.comments.length })} and ${say('cli.changes', { count: plan.hunks.length })}`);
    ({ data: outData, result: apply } = await applyPlan(main.docx, plan));
  }
  let pairOutData: Uint8Array | undefined;
  if (job.pairOut && pair) {
    if (!pair.docx) throw new UsageError('--pair-out needs a .docx pair');
    // The paired text is reviewed for parity from its own side, so its comments speak its language.
    const pairSide = reviewLocal(pairAct ?? pair.model, { corpus: loadCorpus(), pair: act, categories: ['bilingual'] });
    ({ data: pairOutData } = await applyPlan(pair.docx, buildPlan(pairSide.findings, pair.model)));
  }

  const report = toJsonReport({
    path: job.input,
    act,
    findings,
    pair: job.pair && pairAct ? { path: job.pair, act: pairAct } : undefined,
    engine: settings.server ? 'model' : 'local',
    // What the plan left out (overlaps) and what the writer refused (stale, human revisions, already there).
    skipped: [...plan.skipped, ...(apply?.skipped ?? [])],
    stale: apply?.stale,
    model: modelSummaryOf(reviewed.serverSummary),
    notRun: reviewed.notRun,
  });

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
