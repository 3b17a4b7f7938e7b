/**
 * The markdown report: counts, an overview by article, then every finding with its quote,
 * reasons, citations and the suggestion as a small diff. Draft text is escaped, so a draft
 * cannot inject markup or HTML into a renderer that shows this file.
 */
import { diffSegments } from '../core/edits';
import { CATEGORIES, SEVERITIES } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { groupByArticle } from './group';
import type { JsonReport, ReportFinding } from './json';
import { REPORT_LABELS, UNIT_NAMES, skippedSummary, type ReportLabels } from './labels';

export interface HumanReportOptions {
  /** Labels language; the draft's language by default. */
  language?: UiLanguage;
}

const SEVERITY_MARK = { error: '🔴', warning: '🟠', info: '🔵' } as const;

/** Escape text for markdown: no emphasis, links, headings, tables or raw HTML can come from it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
    // What would open a block at the start of a line: heading, quote, list item.
    .replace(/^(\s*)([#>+-]|\d+(?=[.)]))/, (_m, ws: string, mark: string) => `${ws}${/\d/.test(mark) ? mark + '\\' : '\\' + mark}`);
}

/** Wrap in a marker without leaving spaces inside it (markdown ignores "~~ x~~"). */
function wrap(marker: string, text: string): string {
  const m = /^(\s*)([^]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${escapeMarkdown(m[2])}${marker}${m[3]}` : text;
}

/** The suggestion as a small diff: deleted words struck, inserted words bold. */
export function markdownDiff(quote: string, replacement: string): string {
  return diffSegments(quote, replacement)
    .map((s) => (s.kind === 'same' ? escapeMarkdown(s.text) : wrap(s.kind === 'deleted' ? '~~' : '**', s.text)))
    .join('');
}

export function toMarkdownReport(report: JsonReport, options: HumanReportOptions = {}): string {
  const L = REPORT_LABELS[options.language ?? report.document.language];
  const unitNames = UNIT_NAMES[options.language ?? report.document.language];
  const d = report.document;
  const out: string[] = [];

  out.push(`# ${L.title}`, '');
  out.push(`**${L.document}:** ${escapeMarkdown(d.path)}${d.title ? ` — ${escapeMarkdown(d.title)}` : ''}  `);
  out.push(`${L.language}: ${L.languages[d.language]} · ${L.kind}: ${L.kinds[d.kind]} · ${L.paragraphs}: ${d.paragraphs}  `);
  const units = (Object.keys(unitNames) as (keyof typeof unitNames)[]).filter((k) => d.units[k] > 0).map((k) => `${unitNames[k]}: ${d.units[k]}`);
  if (units.length) out.push(`${L.units}: ${units.join(', ')}  `);
  if (d.pair) out.push(`${L.pair}: ${escapeMarkdown(d.pair.path)} (${L.languages[d.pair.language]})  `);
  out.push(`${L.generated}: ${report.generatedAt} · ${report.tool.name} ${report.tool.version}${report.tool.engine ? ` (${report.tool.engine})` : ''}`, '');

  out.push(`## ${L.total}: ${report.summary.total}`, '');
  if (report.summary.total === 0) {
    out.push(L.noFindings, '');
    return out.join('\n');
  }
  out.push(`| ${L.byCategory} | ${SEVERITIES.map((s) => `${SEVERITY_MARK[s]} ${L.severities[s]}`).join(' | ')} | Σ |`);
  out.push(`|---|${SEVERITIES.map(() => '---:').join('|')}|---:|`);
  for (const c of CATEGORIES) {
    const inCat = report.findings.filter((f) => f.category === c);
    if (inCat.length === 0) continue;
    out.push(`| ${L.categories[c]} | ${SEVERITIES.map((s) => inCat.filter((f) => f.severity === s).length).join(' | ')} | ${inCat.length} |`);
  }
  out.push(`| **Σ** | ${SEVERITIES.map((s) => `**${report.summary.bySeverity[s]}**`).join(' | ')} | **${report.summary.total}** |`, '');
  if (report.summary.skipped) out.push(`${skippedSummary(report.skipped ?? [], L)}  `);
  if (report.summary.stale) out.push(`${L.stale}: ${report.summary.stale}  `);
  if (report.notRun?.length) out.push(`${L.notRun}: ${report.notRun.map((r) => `\`${r.rule}\``).join(', ')}  `);

  const groups = groupByArticle(report.findings);
  out.push(`## ${L.overview}`, '');
  for (const g of groups) {
    const counts = SEVERITIES.map((s) => [s, g.findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${SEVERITY_MARK[s]} ${n}`)
      .join(' ');
    const cats = [...new Set(g.findings.map((f) => L.categories[f.category]))].join(', ');
    out.push(`- **${escapeMarkdown(g.article ?? L.wholeDocument)}** — ${counts} (${cats})`);
  }
  out.push('');

  out.push(`## ${L.details}`, '');
  let n = 0;
  for (const g of groups) {
    out.push(`### ${escapeMarkdown(g.article ?? L.wholeDocument)}`, '');
    for (const f of g.findings) out.push(...findingBlock(f, ++n, L), '');
  }
  return out.join('\n');
}

function findingBlock(f: ReportFinding, n: number, L: ReportLabels): string[] {
  const where = [f.unit ? escapeMarkdown(f.unit) : undefined, `${L.paragraph} ${f.anchor.paragraph + 1}`].filter(Boolean).join(', ');
  const lines = [`#### ${n}. ${SEVERITY_MARK[f.severity]} ${L.severities[f.severity]} · ${L.categories[f.category]} · ${where}`, ''];
  if (f.anchor.quote) lines.push(`> «${escapeMarkdown(f.anchor.quote)}»`, '');
  lines.push(escapeMarkdown(f.message));
  if (f.rationale) lines.push('', `*${L.rationale}:* ${escapeMarkdown(f.rationale)}`);
  if (f.citations.length) {
    const cites = f.citations.map((c) => (c.url && /^https?:\/\//.test(c.url) ? `[${escapeMarkdown(c.label)}](<${c.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : escapeMarkdown(c.label)));
    lines.push('', `*${L.citations}:* ${cites.join('; ')}`);
  }
  if (f.replacement !== undefined) {
    const diff = f.replacement === '' ? `${wrap('~~', f.anchor.quote)} (${L.deleteAll})` : markdownDiff(f.anchor.quote, f.replacement);
    lines.push('', `*${L.suggestion}:* ${diff}`);
  }
  if (f.pairAnchor) lines.push('', `*${L.pairPlace}:* ${L.paragraph} ${f.pairAnchor.paragraph + 1}, «${escapeMarkdown(f.pairAnchor.quote)}»`);
  lines.push('', `<sub>${escapeMarkdown(f.rule)} · ${escapeMarkdown(f.id)}</sub>`);
  return lines;
}
