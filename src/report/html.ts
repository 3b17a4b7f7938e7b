/**
 * The HTML report: one self-contained page (inline CSS, a few lines of inline JS for filtering by
 * severity and category; everything is visible without JS). Every piece of draft text and every
 * message is escaped; links are only made from http(s) URLs. A Content-Security-Policy forbids
 * loading anything from outside, so even a missed escape could not call home.
 */
import { diffSegments } from '../core/edits';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../core/finding';
import { groupByArticle } from './group';
import type { JsonReport, ReportFinding } from './json';
import { REPORT_LABELS, UNIT_NAMES, skippedSummary, type ReportLabels } from './labels';
import type { HumanReportOptions } from './markdown';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only plain web links become <a>; "javascript:" and the like stay text. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

/** The suggestion as a small diff: <del> for struck words, <ins> for new ones. */
export function htmlDiff(quote: string, replacement: string): string {
  return diffSegments(quote, replacement)
    .map((s) => (s.kind === 'same' ? escapeHtml(s.text) : s.kind === 'deleted' ? `<del>${escapeHtml(s.text)}</del>` : `<ins>${escapeHtml(s.text)}</ins>`))
    .join('');
}

const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--error:#c62828;--warning:#b35c00;--info:#1565c0;--ins:#dafbe1;--del:#ffebe9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 "Segoe UI",system-ui,-apple-system,Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 12px;border-bottom:1px solid var(--line);padding-bottom:6px}
h3{font-size:16px;margin:24px 0 10px}
.meta{color:var(--muted);margin:0 0 2px}.meta b{color:var(--fg);font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 16px;min-width:140px}
.card .n{font-size:28px;font-weight:700;line-height:1.1}.card .l{color:var(--muted);font-size:13px}
.card.error .n{color:var(--error)}.card.warning .n{color:var(--warning)}.card.info .n{color:var(--info)}
table{border-collapse:collapse;background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden;width:100%}
th,td{padding:7px 12px;border-bottom:1px solid var(--line);text-align:left}th{background:#eef1f4;font-weight:600;font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tr:last-child td{border-bottom:0}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
.cat{display:inline-block;border:1px solid var(--line);border-radius:999px;padding:0 8px;font-size:12px;color:var(--muted);background:var(--bg)}
.overview{list-style:none;padding:0;margin:0;background:var(--card);border:1px solid var(--line);border-radius:10px}
.overview li{padding:8px 14px;border-bottom:1px solid var(--line);display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.overview li:last-child{border-bottom:0}.overview a{color:var(--fg);font-weight:600;text-decoration:none}.overview a:hover{text-decoration:underline}
.finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:8px;padding:12px 16px;margin:10px 0}
.finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}.finding.info{border-left-color:var(--info)}
.finding header{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin-bottom:8px}
.where{color:var(--muted);font-size:13px}
blockquote{margin:8px 0;padding:6px 12px;background:var(--bg);border-left:3px solid var(--line);border-radius:4px}
.msg{font-weight:600;margin:6px 0}.why,.basis,.pair{margin:6px 0;color:#333}.label{color:var(--muted);font-size:13px;margin-right:4px}
.suggest{margin:8px 0;padding:6px 12px;border:1px dashed var(--line);border-radius:6px}
del+ins{margin-left:.25em}
del{background:var(--del);color:#82071e;text-decoration:line-through}ins{background:var(--ins);color:#116329;text-decoration:none;border-bottom:1px solid #1a7f37}
footer.rule{color:var(--muted);font-size:12px;margin-top:6px;font-family:ui-monospace,Consolas,monospace}
.filters{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 14px;margin:16px 0;position:sticky;top:0;z-index:1}
.filters label{margin-right:12px;white-space:nowrap;font-size:14px;cursor:pointer}.filters .row{margin:3px 0}
.note{color:var(--muted)}
@media print{.filters{display:none}body{background:#fff}.finding{break-inside:avoid}}
`;

/** Hides findings whose severity or category is unticked, and articles left empty. */
const SCRIPT = `
(function(){var f=document.getElementById('filters');if(!f)return;f.hidden=false;
function apply(){var on={};f.querySelectorAll('input').forEach(function(i){on[i.value]=i.checked});
document.querySelectorAll('.finding').forEach(function(e){e.hidden=!(on[e.dataset.severity]&&on[e.dataset.category])});
document.querySelectorAll('section.group').forEach(function(s){s.hidden=!s.querySelector('.finding:not([hidden])')});}
f.addEventListener('change',apply);})();
`;

export function toHtmlReport(report: JsonReport, options: HumanReportOptions = {}): string {
  const lang = options.language ?? report.document.language;
  const L = REPORT_LABELS[lang];
  const unitNames = UNIT_NAMES[lang];
  const d = report.document;
  const e = escapeHtml;
  const groups = groupByArticle(report.findings);
  const body: string[] = [];

  body.push(`<h1>${e(L.title)}</h1>`);
  body.push(`<p class="meta"><b>${e(L.document)}:</b> ${e(d.path)}${d.title ? ` — ${e(d.title)}` : ''}</p>`);
  body.push(`<p class="meta">${e(L.language)}: ${e(L.languages[d.language])} · ${e(L.kind)}: ${e(L.kinds[d.kind])} · ${e(L.paragraphs)}: ${d.paragraphs}</p>`);
  const units = (Object.keys(unitNames) as (keyof typeof unitNames)[]).filter((k) => d.units[k] > 0).map((k) => `${e(unitNames[k])}: ${d.units[k]}`);
  if (units.length) body.push(`<p class="meta">${e(L.units)}: ${units.join(', ')}</p>`);
  if (d.pair) body.push(`<p class="meta">${e(L.pair)}: ${e(d.pair.path)} (${e(L.languages[d.pair.language])})</p>`);
  body.push(
    `<p class="meta">${e(L.generated)}: ${e(report.generatedAt)} · ${e(report.tool.name)} ${e(report.tool.version)}${report.tool.engine ? ` (${e(report.tool.engine)})` : ''}</p>`,
  );

  body.push('<div class="cards">');
  body.push(`<div class="card"><div class="n">${report.summary.total}</div><div class="l">${e(L.total)}</div></div>`);
  for (const s of SEVERITIES) body.push(`<div class="card ${s}"><div class="n">${report.summary.bySeverity[s]}</div><div class="l">${e(L.severities[s])}</div></div>`);
  body.push('</div>');
  if (report.summary.skipped) body.push(`<p class="note">${e(skippedSummary(report.skipped ?? [], L))}</p>`);
  if (report.summary.stale) body.push(`<p class="note">${e(L.stale)}: ${report.summary.stale}</p>`);
  if (report.notRun?.length) body.push(`<p class="note">${e(L.notRun)}: ${e(report.notRun.map((r) => r.rule).join(', '))}</p>`);

  if (report.summary.total === 0) {
    body.push(`<p>${e(L.noFindings)}</p>`);
    return page(lang, L, d.title ?? d.path, body.join('\n'));
  }

  const present = CATEGORIES.filter((c) => report.summary.byCategory[c] > 0);
  body.push(`<h2>${e(L.byCategory)}</h2>`);
  body.push('<table><thead><tr><th></th>' + SEVERITIES.map((s) => `<th class="num">${e(L.severities[s])}</th>`).join('') + '<th class="num">Σ</th></tr></thead><tbody>');
  for (const c of present) {
    const inCat = report.findings.filter((f) => f.category === c);
    body.push(`<tr><td>${e(L.categories[c])}</td>${SEVERITIES.map((s) => `<td class="num">${inCat.filter((f) => f.severity === s).length || ''}</td>`).join('')}<td class="num"><b>${inCat.length}</b></td></tr>`);
  }
  body.push('</tbody></table>');

  body.push(filterBar(L, present));

  body.push(`<h2>${e(L.overview)}</h2><ul class="overview">`);
  groups.forEach((g, i) => {
    const counts = SEVERITIES.map((s) => [s, g.findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `<span class="badge ${s}" title="${e(L.severities[s])}">${n}</span>`)
      .join(' ');
    const cats = [...new Set(g.findings.map((f) => f.category))].map((c) => `<span class="cat">${e(L.categories[c])}</span>`).join(' ');
    body.push(`<li><a href="#g${i}">${e(g.article ?? L.wholeDocument)}</a> ${counts} ${cats}</li>`);
  });
  body.push('</ul>');

  body.push(`<h2>${e(L.details)}</h2>`);
  groups.forEach((g, i) => {
    body.push(`<section class="group" id="g${i}"><h3>${e(g.article ?? L.wholeDocument)}</h3>`);
    for (const f of g.findings) body.push(findingCard(f, L));
    body.push('</section>');
  });
  return page(lang, L, d.title ?? d.path, body.join('\n'));
}

function filterBar(L: ReportLabels, categories: readonly Category[]): string {
  const box = (value: Severity | Category, text: string) => `<label><input type="checkbox" value="${value}" checked> ${escapeHtml(text)}</label>`;
  return (
    `<div class="filters" id="filters" hidden><div class="row"><b>${escapeHtml(L.filter)}:</b> ` +
    SEVERITIES.map((s) => box(s, L.severities[s])).join('') +
    `</div><div class="row">${categories.map((c) => box(c, L.categories[c])).join('')}</div></div>`
  );
}

function findingCard(f: ReportFinding, L: ReportLabels): string {
  const e = escapeHtml;
  const where = [f.unit ? e(f.unit) : undefined, `${e(L.paragraph)} ${f.anchor.paragraph + 1}`].filter(Boolean).join(' · ');
  const parts = [
    `<article class="finding ${f.severity}" data-severity="${f.severity}" data-category="${f.category}" id="${e(`f-${f.id}`)}">`,
    `<header><span class="badge ${f.severity}">${e(L.severities[f.severity])}</span><span class="cat">${e(L.categories[f.category])}</span><span class="where">${where}</span></header>`,
  ];
  if (f.anchor.quote) parts.push(`<blockquote>«${e(f.anchor.quote)}»</blockquote>`);
  parts.push(`<p class="msg">${e(f.message)}</p>`);
  if (f.rationale) parts.push(`<p class="why"><span class="label">${e(L.rationale)}:</span>${e(f.rationale)}</p>`);
  if (f.citations.length) {
    const cites = f.citations.map((c) => {
      const url = safeUrl(c.url);
      return url ? `<a href="${e(url)}" rel="noopener noreferrer">${e(c.label)}</a>` : e(c.label);
    });
    parts.push(`<p class="basis"><span class="label">${e(L.citations)}:</span>${cites.join('; ')}</p>`);
  }
  if (f.replacement !== undefined) {
    const diff = f.replacement === '' ? `<del>${e(f.anchor.quote)}</del> <span class="label">(${e(L.deleteAll)})</span>` : htmlDiff(f.anchor.quote, f.replacement);
    parts.push(`<div class="suggest"><span class="label">${e(L.suggestion)}:</span>${diff}</div>`);
  }
  if (f.pairAnchor) parts.push(`<p class="pair"><span class="label">${e(L.pairPlace)}:</span>${e(L.paragraph)} ${f.pairAnchor.paragraph + 1}, «${e(f.pairAnchor.quote)}»</p>`);
  parts.push(`<footer class="rule">${e(f.rule)}</footer></article>`);
  return parts.join('');
}

function page(lang: string, L: ReportLabels, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(L.title)} — ${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
