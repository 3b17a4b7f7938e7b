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
import { readDocx } from '../src/hosts/docx/read';
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
}

export async function reviewRealLaws(): Promise<RealLawResult[]> {
  const corpus = loadCorpus();
  const results: RealLawResult[] = [];
  for (const name of Object.keys(CORPUS_LAWS) as CorpusLawName[]) {
    const law = loadCorpusLaw(name);
    const docx = await readDocx(await buildDocx(law.lines), { source: `${name}.docx` });
    const pairName = name === 'peaceful-assemblies-ru' ? 'peaceful-assemblies-kk' : undefined;
    const pair = pairName ? (await readDocx(await buildDocx(loadCorpusLaw(pairName).lines))).model : undefined;
    const { act, findings } = reviewLocal(docx.model, { corpus, pair });
    const parsedArticles = Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
    results.push({ name, articles: law.articles.length, parsedArticles, findings });
  }
  for (const act of inforceActs()) {
    const lines = readFileSync(path.join(INFORCE, act.file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const docx = await readDocx(await buildDocx(lines), { source: act.file.replace(/\.txt$/, '.docx') });
    const { act: parsed, findings } = reviewLocal(docx.model, { corpus });
    const parsedArticles = Object.values(parsed.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
    results.push({ name: act.file.replace(/_ru\.txt$/, '').replace(/_/g, '-'), articles: act.article_headings, parsedArticles, findings });
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
  process.stdout.write(out.join('\n') + '\n');
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${String(err?.stack ?? err)}\n`);
    process.exitCode = 1;
  });
}
