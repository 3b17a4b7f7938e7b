/**
 * `zan rules [--json] [--lang ru|kk|en]`: the catalogue of local checks — id, category, default
 * severity, languages, what each checks and the legal provision it enforces — so a reviewer can see
 * what the assistant looks for, and a CI setup can pick rules by id.
 */
import { allRules } from '../checks/index';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './io';

export async function runRulesCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  if (positionals.length) throw new UsageError('rules takes no arguments');
  const rows = allRules.map((r) => ({
    id: r.meta.id,
    category: r.meta.category,
    severity: r.meta.defaultSeverity,
    languages: r.meta.languages,
    fixable: Boolean(r.meta.fixable),
    description: r.meta.docs.description,
    basis: r.meta.docs.basis ?? '',
  }));
  if (values.json) {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [];
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`${r.id}  [${r.category}, ${r.severity}${r.fixable ? ', fixable' : ''}, ${r.languages.join('/')}]`);
    lines.push(`    ${r.description}`);
    if (r.basis) lines.push(`    basis: ${r.basis}`);
  }
  lines.push(`${rows.length} rules`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
