/**
 * `npm run eval:laws`: the local engine on the real laws of the corpus (official texts, built into
 * .docx the way scripts/corpus-laws.ts lays them out). Prints findings per law by severity, and every
 * error, so each can be argued as a real defect of that law (target: ≤ 1 error per 50 articles).
 */
import { buildDocx } from '../src/hosts/docx/build';
import { readDocx } from '../src/hosts/docx/read';
import { loadCorpus } from '../src/corpus/index';
import { reviewLocal } from '../src/engine/local';
import type { Finding } from '../src/core/finding';
import { CORPUS_LAWS, loadCorpusLaw, type CorpusLawName } from './corpus-laws';

export interface RealLawResult {
  name: CorpusLawName;
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
  return results;
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
