/**
 * `npm run eval:laws`: the local engine on the real laws of the corpus (official texts, built into
 * .docx the way scripts/corpus-laws.ts lays them out) and on every in-force code of
 * ../shared/corpus/inforce (one paragraph a line, built into .docx as is). Prints findings per act by
 * severity, and every error, so each can be argued as a real defect of that act (target: ≤ 1 error
 * per 50 articles). `--warnings` lists the warnings too.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocx } from '../src/hosts/docx/build';
import { reviewDocument } from '../src/app/review';
import { docxBytes } from '../src/cli/documentFile';
import { loadCorpus } from '../src/corpus/index';
import { reviewLocal } from '../src/engine/local';
import type { Finding } from '../src/core/finding';
import { CORPUS_LAWS, SHARED, loadCorpusLaw, type CorpusLawName } from './corpus-laws';

export const INFORCE = path.join(SHARED, 'corpus', 'inforce');

export interface RealLawResult {
  name: string;
  /** Articles in the source JSON, and as the parser found them in the .docx. */
  articles: number;
  parsedArticles: number;
  findings: Finding[];
  /** The act's paragraphs, to show a finding in its context. */
  paragraphs: string[];
  /** One of ../shared/corpus/inforce. */
  inforce?: boolean;
}

/**
 * `n` warnings of the in-force acts drawn at random with a fixed seed (mulberry32), in a stable
 * order: the sample a drafting lawyer reads to judge the warnings (tests/fixtures/real-laws).
 */
export function sampleWarnings(results: readonly RealLawResult[], n: number, seed: number): Array<{ act: string; finding: Finding; context: string }> {
  const all = results.filter((r) => r.inforce).flatMap((r) => r.findings.filter((f) => f.severity === 'warning').map((finding) => ({ r, finding })));
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, n).map(({ r, finding }) => {
    const text = r.paragraphs[finding.anchor.paragraph] ?? '';
    const from = Math.max(0, finding.anchor.start - 160);
    return { act: r.name, finding, context: `${from > 0 ? '…' : ''}${text.slice(from, finding.anchor.end + 120)}${finding.anchor.end + 120 < text.length ? '…' : ''}` };
  });
}

export async function reviewRealLaws(): Promise<RealLawResult[]> {
  const corpus = loadCorpus();
  const results: RealLawResult[] = [];
  for (const name of Object.keys(CORPUS_LAWS) as CorpusLawName[]) {
    const law = loadCorpusLaw(name);
    const pairName = name === 'peaceful-assemblies-ru' ? 'peaceful-assemblies-kk' : undefined;
    const pair = pairName ? docxBytes(await buildDocx(loadCorpusLaw(pairName).lines), `${pairName}.docx`) : undefined;
    const { doc, act, findings } = await reviewDocument(docxBytes(await buildDocx(law.lines), `${name}.docx`), { local: reviewLocal, corpus, pair, report: false });
    const parsedArticles = Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
    results.push({ name, articles: law.articles.length, parsedArticles, findings, paragraphs: doc.paragraphs.map((p) => p.text) });
  }
  for (const act of inforceActs()) {
    const lines = readFileSync(path.join(INFORCE, act.file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const source = docxBytes(await buildDocx(lines), act.file.replace(/\.txt$/, '.docx'));
    const { act: parsed, findings } = await reviewDocument(source, { local: reviewLocal, corpus, report: false });
    const parsedArticles = Object.values(parsed.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
    results.push({ name: act.file.replace(/_ru\.txt$/, '').replace(/_/g, '-'), articles: act.article_headings, parsedArticles, findings, paragraphs: lines, inforce: true });
  }
  return results;
}

interface InforceAct {
  file: string;
  title: string;
  /** Article headings in the text, as counted when it was made (excluded articles included). */
  article_headings: number;
}

export function inforceActs(): InforceAct[] {
  return (JSON.parse(readFileSync(path.join(INFORCE, 'manifest.json'), 'utf8')) as { acts: InforceAct[] }).acts;
}

async function main(): Promise<void> {
  const results = await reviewRealLaws();
  const out: string[] = [];
  out.push(`${'law'.padEnd(26)} ${'articles'.padStart(8)} ${'errors'.padStart(7)} ${'warnings'.padStart(9)} ${'info'.padStart(5)}  errors/50 art.`);
  let articles = 0;
  let errors = 0;
  for (const r of results) {
    const n = (s: string) => r.findings.filter((f) => f.severity === s).length;
    articles += r.articles;
    errors += n('error');
    out.push(`${r.name.padEnd(26)} ${String(r.articles).padStart(8)} ${String(n('error')).padStart(7)} ${String(n('warning')).padStart(9)} ${String(n('info')).padStart(5)}  ${((n('error') * 50) / r.articles).toFixed(2)}`);
  }
  out.push(`${'all'.padEnd(26)} ${String(articles).padStart(8)} ${String(errors).padStart(7)}  → ${((errors * 50) / articles).toFixed(2)} errors per 50 articles (target ≤ 1)`);
  out.push('', 'errors:');
  for (const r of results)
    for (const f of r.findings.filter((x) => x.severity === 'error'))
      out.push(`  ${r.name} ¶${f.anchor.paragraph} ${f.unit} [${f.ruleId}] «${f.anchor.quote}» — ${f.message}`);
  if (process.argv.includes('--warnings'))
    for (const r of results)
      for (const f of r.findings.filter((x) => x.severity === 'warning'))
        out.push(`  W ${r.name} ¶${f.anchor.paragraph} ${f.unit} [${f.ruleId}] «${f.anchor.quote}»`);
  const sample = process.argv.indexOf('--sample-warnings');
  if (sample >= 0) {
    out.push('', 'warnings sample:');
    sampleWarnings(results, Number(process.argv[sample + 1] ?? 50), Number(process.argv[sample + 2] ?? 10)).forEach((w, k) =>
      out.push(`${k + 1}. ${w.act} ¶${w.finding.anchor.paragraph} ${w.finding.unit ?? ''} [${w.finding.ruleId}] «${w.finding.anchor.quote}»`, `   ${w.context}`),
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${String(err?.stack ?? err)}\n`);
    process.exitCode = 1;
  });
}
