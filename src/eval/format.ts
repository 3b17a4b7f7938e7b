/** The eval result as a plain-text table for the terminal (and CI logs). */
import { CATEGORIES } from '../core/finding';
import type { EvalResult } from './run';
import { ratio, type Ratio } from './score';

export interface FormatOptions {
  /** Also list every missed expected finding and every false positive, per draft. */
  details?: boolean;
}

function fmt(r: Ratio): string {
  const v = ratio(r);
  return v === undefined ? '—' : v.toFixed(2);
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!)))
    .join('  ')
    .trimEnd();
}

export function formatEvalTable(result: EvalResult, options: FormatOptions = {}): string {
  const out: string[] = [];
  const idWidth = Math.max(22, ...result.drafts.map((d) => d.id.length));
  const w = [idWidth, 4, 8, 8, 7, 6, 8, 7, 9];
  out.push(row(['draft', 'lang', 'kind', 'expected', 'matched', 'recall', 'reported', 'correct', 'precision'], w));
  for (const d of result.drafts) {
    const s = d.score;
    out.push(row([d.id, d.language, d.kind, s.recall.of, s.recall.hit, fmt(s.recall), s.precision.of, s.precision.hit, fmt(s.precision)], w));
    if (d.error) out.push(`  ! review failed: ${d.error}`);
  }
  out.push('');

  const cw = [idWidth, 8, 7, 6, 8, 7, 9];
  out.push(row(['category', 'expected', 'matched', 'recall', 'reported', 'correct', 'precision'], cw));
  for (const c of CATEGORIES) {
    const s = result.byCategory[c];
    if (s.recall.of === 0 && s.precision.of === 0) continue;
    out.push(row([c, s.recall.of, s.recall.hit, fmt(s.recall), s.precision.of, s.precision.hit, fmt(s.precision)], cw));
  }
  out.push('');

  if (options.details) {
    for (const d of result.drafts) {
      const { missed, falsePositives } = d.score;
      if (missed.length === 0 && falsePositives.length === 0) continue;
      out.push(`${d.id}:`);
      for (const m of missed) out.push(`  missed   ${m.category.padEnd(14)} ¶${m.paragraph} «${m.quote}» (${m.detectable})`);
      for (const f of falsePositives) out.push(`  extra    ${f.category.padEnd(14)} ¶${f.anchor.paragraph} «${f.anchor.quote}» ${f.severity} ${f.rule}`);
    }
    out.push('');
  }

  out.push(`recall ${fmt(result.recall)} (${result.recall.hit}/${result.recall.of})`);
  out.push(`local recall ${fmt(result.localRecall)} (${result.localRecall.hit}/${result.localRecall.of})`);
  out.push(`precision ${fmt(result.precision)} (${result.precision.hit}/${result.precision.of})`);
  out.push(`control: ${result.controlErrors} error/warning findings`);
  return out.join('\n');
}
