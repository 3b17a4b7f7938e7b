/**
 * Precision of single rules on real law: runs the named rules (default: every rule) over the in-force
 * codes of ../shared/corpus/inforce (one paragraph a line) and prints, per rule, its findings per 50
 * articles; `--show` lists each finding with its sentence, to be read and judged by hand;
 * `--sample N` lists N of them drawn evenly instead.
 *
 *   npx tsx scripts/rule-rates.ts [DIR] [--rule ID …] [--show] [--sample N]
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { docFromLines } from '../src/core/document';
import { parseAct } from '../src/core/act/parse';
import { loadCorpus } from '../src/corpus/index';
import { allRules } from '../src/checks/index';
import { runRules } from '../src/checks/runner';
import type { Finding } from '../src/core/finding';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ruleIds: string[] = [];
  let dir = path.join(__dirname, '..', '..', 'shared', 'corpus', 'inforce');
  let show = false;
  let sample = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--rule') ruleIds.push(args[++i]!);
    else if (args[i] === '--show') show = true;
    else if (args[i] === '--sample') sample = Number(args[++i]);
    else dir = args[i]!;
  }
  const rules = ruleIds.length ? allRules.filter((r) => ruleIds.some((id) => r.meta.id.startsWith(id))) : allRules;
  if (!rules.length) throw new Error(`no rule matches ${ruleIds.join(', ')}`);
  const corpus = loadCorpus();
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const counts = new Map<string, number>();
  const listed: string[] = [];
  let articles = 0;
  for (const file of files) {
    const lines = (await fs.readFile(path.join(dir, file), 'utf8')).split('\n').filter((l) => l.trim());
    const act = parseAct(docFromLines(lines));
    articles += Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).length;
    const findings: Finding[] = runRules(act, { rules, corpus });
    for (const f of findings) {
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      const text = lines[f.anchor.paragraph] ?? '';
      listed.push(`${f.ruleId} ${file} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.severity}\n    ${text.slice(Math.max(0, f.anchor.start - 160), f.anchor.end + 160)}`);
    }
  }
  console.log(`${files.length} acts, ${articles} articles`);
  for (const r of rules) {
    const n = counts.get(r.meta.id) ?? 0;
    console.log(`${r.meta.id.padEnd(42)} ${String(n).padStart(5)}  ${((n * 50) / Math.max(1, articles)).toFixed(2)} per 50 articles`);
  }
  if (show) console.log(listed.join('\n'));
  else if (sample > 0) {
    const step = listed.length / sample;
    for (let k = 0; k < Math.min(sample, listed.length); k++) console.log(listed[Math.floor(k * step)]);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
