/**
 * The monitoring report a lawyer opens in a browser: one self-contained page. A sortable table of
 * the acts with counts by kind of finding, a chart (inline SVG), then each act's findings with the
 * act's words (the quote marked in its paragraph), the 2026 text it relates to, the suggestion as a
 * small diff, and links to the other acts with the same citation. Everything from the acts is
 * escaped; a Content-Security-Policy forbids loading anything from outside.
 */
import { SEVERITIES } from '../../core/finding';
import type { UiLanguage } from '../../core/language';
import { actsBySameKey, sameKey } from '../../app/monitor/summary';
import { MONITOR_KINDS, type ActResult, type MonitorFinding, type MonitorKind, type MonitorReport } from '../../app/monitor/types';
import { escapeHtml as e, htmlDiff } from '../html';
import { groupByArticle } from '../group';
import { MONITOR_LABELS, type MonitorLabels } from './labels';

const KIND_COLORS: Record<MonitorKind, string> = {
  'constitution-citation': '#1565c0',
  institution: '#b35c00',
  'act-reference': '#6a1b9a',
  'court-resolution': '#c62828',
  other: '#59636e',
};

const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;--error:#c62828;--warning:#b35c00;--info:#1565c0;--ins:#dafbe1;--del:#ffebe9}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 "Segoe UI",system-ui,Roboto,"Noto Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px 20px 64px}h1{font-size:24px;margin:0 0 6px}
h2{font-size:19px;margin:32px 0 10px;border-bottom:1px solid var(--line);padding-bottom:6px}
.meta{color:var(--muted);margin:2px 0}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:10px 16px;min-width:120px}
.card .n{font-size:26px;font-weight:700}.card .l{color:var(--muted);font-size:13px}
table{border-collapse:collapse;background:var(--card);border:1px solid var(--line);width:100%}
th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#eef1f4;font-size:13px;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;color:#fff}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
.kind{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;color:#fff}
.finding{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:8px;padding:10px 14px;margin:10px 0}
.finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:var(--warning)}.finding.info{border-left-color:var(--info)}
.verdict{margin:6px 0;padding:4px 8px;border-radius:6px;background:var(--bg)}.verdict.confirmed{border-left:3px solid var(--error)}.verdict.not-confirmed{border-left:3px solid var(--info)}.verdict.unverified{border-left:3px dashed var(--warning)}
.finding header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}.where{color:var(--muted);font-size:13px}
blockquote{margin:6px 0;padding:6px 12px;background:var(--bg);border-left:3px solid var(--line)}mark{background:#fff3b0}
.msg{font-weight:600;margin:6px 0}.label{color:var(--muted);font-size:13px;margin-right:4px}.same a{margin-right:8px}
del{background:var(--del);color:#82071e}ins{background:var(--ins);color:#116329;text-decoration:none}
.legend span{margin-right:14px;font-size:13px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
svg text{font:12px "Segoe UI",system-ui,sans-serif;fill:var(--fg)}
`;

/** Sorts the acts table by the clicked column: numbers by value, text by the locale. */
const SCRIPT = `
(function(){var t=document.getElementById('acts');if(!t)return;var hs=t.tHead.rows[0].cells;
Array.prototype.forEach.call(hs,function(h,i){h.tabIndex=0;function go(){var asc=h.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(hs,function(x){x.removeAttribute('aria-sort')});h.setAttribute('aria-sort',asc?'ascending':'descending');
var rows=Array.prototype.slice.call(t.tBodies[0].rows);rows.sort(function(a,b){var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v;
var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:String(x).localeCompare(String(y));return asc?c:-c});
rows.forEach(function(r){t.tBodies[0].appendChild(r)})}h.addEventListener('click',go);h.addEventListener('keydown',function(ev){if(ev.key==='Enter')go()})})})();
`;

export interface MonitorHtmlOptions {
  language?: UiLanguage;
}

export function toMonitorHtml(report: MonitorReport, options: MonitorHtmlOptions = {}): string {
  const lang = options.language ?? 'ru';
  const L = MONITOR_LABELS[lang];
  const same = actsBySameKey(report.acts);
  const s = report.summary;
  const body: string[] = [];
  body.push(`<h1>${e(L.title)}</h1>`);
  body.push(`<p class="meta">${e(L.generated)}: ${e(report.generatedAt)} · ${e(report.tool.name)} ${e(report.tool.version)} monitor (${e(report.tool.checks)})</p>`);
  body.push('<div class="cards">');
  const card = (n: number, label: string, cls = '') => `<div class="card ${cls}"><div class="n">${n}</div><div class="l">${e(label)}</div></div>`;
  body.push(card(s.acts, L.acts), card(s.articles, L.articles), card(s.findings, L.findings));
  for (const sev of SEVERITIES) if (s.bySeverity[sev]) body.push(card(s.bySeverity[sev], L.severities[sev], sev));
  if (s.unreadable) body.push(card(s.unreadable, L.unreadable));
  if (s.model) body.push(card(s.model.checked, L.modelChecked), card(s.model.failed, L.modelUnchecked, s.model.failed ? 'warning' : ''));
  body.push('</div>');

  body.push(`<h2>${e(L.chart)}</h2>`, chart(report.acts, L));
  body.push(`<h2>${e(L.table)}</h2>`, `<p class="meta">${e(L.sortHint)}</p>`, actsTable(report.acts, L));
  if (report.unreadable.length) {
    body.push(`<h2>${e(L.unreadable)}</h2><ul>`);
    for (const u of report.unreadable) body.push(`<li><b>${e(u.path)}</b>: ${e(u.reason)}</li>`);
    body.push('</ul>');
  }
  report.acts.forEach((a, i) => body.push(actSection(a, i, report.acts, same, L)));
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${e(L.title)}</title>
<style>${CSS}</style>
</head>
<body><main>
${body.join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function counts(a: ActResult): Record<MonitorKind, number> {
  const c = Object.fromEntries(MONITOR_KINDS.map((k) => [k, 0])) as Record<MonitorKind, number>;
  for (const f of a.findings) c[f.kind]++;
  return c;
}

/** One horizontal stacked bar per act, a segment per kind of finding. */
function chart(acts: readonly ActResult[], L: MonitorLabels): string {
  const max = Math.max(1, ...acts.map((a) => a.findings.length));
  const row = 22;
  const labelWidth = 300;
  const width = 760;
  const bars = acts.map((a, i) => {
    const c = counts(a);
    let x = labelWidth;
    const segs = MONITOR_KINDS.filter((k) => c[k]).map((k) => {
      const w = ((width - labelWidth - 50) * c[k]) / max;
      const rect = `<rect x="${x.toFixed(1)}" y="${i * row + 4}" width="${Math.max(1, w).toFixed(1)}" height="${row - 8}" fill="${KIND_COLORS[k]}"><title>${e(L.kinds[k])}: ${c[k]}</title></rect>`;
      x += w;
      return rect;
    });
    // About 7.5 px a character: a longer title would run out of the label column on the left.
    const name = a.title.length > 38 ? `${a.title.slice(0, 37)}…` : a.title;
    return `<text x="${labelWidth - 6}" y="${i * row + 15}" text-anchor="end"><title>${e(a.title)}</title>${e(name)}</text>${segs.join('')}<text x="${(x + 4).toFixed(1)}" y="${i * row + 15}">${a.findings.length}</text>`;
  });
  const legend = MONITOR_KINDS.map((k) => `<span><i style="background:${KIND_COLORS[k]}"></i>${e(L.kinds[k])}</span>`).join('');
  return `<svg role="img" aria-label="${e(L.chart)}" width="100%" viewBox="0 0 ${width} ${Math.max(row, acts.length * row)}">${bars.join('')}</svg><p class="legend">${legend}</p>`;
}

function actsTable(acts: readonly ActResult[], L: MonitorLabels): string {
  const head = [L.act, L.actKind, L.number, L.date, L.edition, L.articles, ...MONITOR_KINDS.map((k) => L.kinds[k]), L.total];
  const out = [`<table id="acts"><thead><tr>${head.map((h, i) => `<th${i >= 5 ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead><tbody>`];
  acts.forEach((a, i) => {
    const c = counts(a);
    const cell = (v: string | number, num = false, shown: string = e(String(v))) => `<td${num ? ' class="num"' : ''} data-v="${e(String(v))}">${shown}</td>`;
    out.push(
      `<tr>${cell(a.title, false, `<a href="#act-${i}">${e(a.title)}</a>`)}${cell(L.actKinds[a.kind])}${cell(a.number ?? '')}${cell(a.date ?? '')}${cell(a.edition ?? '')}${cell(a.articles, true)}` +
        MONITOR_KINDS.map((k) => cell(c[k], true, c[k] ? String(c[k]) : '')).join('') +
        `${cell(a.findings.length, true, `<b>${a.findings.length}</b>`)}</tr>`,
    );
  });
  out.push('</tbody></table>');
  return out.join('\n');
}

function actSection(a: ActResult, index: number, acts: readonly ActResult[], same: Map<string, number[]>, L: MonitorLabels): string {
  const out = [`<section id="act-${index}"><h2>${e(a.title)}</h2>`];
  const req = [L.actKinds[a.kind], a.number && `№ ${a.number}`, a.date, a.edition && `${L.edition}: ${a.edition}`, a.constitution && L.constitution[a.constitution]].filter(Boolean);
  out.push(`<p class="meta">${e(a.path)} · ${e(req.join(' · '))} · ${L.articles}: ${a.articles}</p>`);
  if (!a.findings.length) out.push(`<p>${e(L.noFindings)}</p>`);
  for (const g of groupByArticle(a.findings)) {
    out.push(`<h3>${e(g.article ?? L.outsideArticles)}</h3>`);
    for (const f of g.findings) out.push(findingHtml(f, index, acts, same, L));
  }
  out.push('</section>');
  return out.join('\n');
}

function verdictHtml(v: NonNullable<MonitorFinding['verdict']>, L: MonitorLabels): string {
  const basis = v.citations?.length ? ` (${v.citations.map((c) => e(c.label)).join('; ')}${v.sourceQuote ? `: «${e(v.sourceQuote)}»` : ''})` : '';
  return `<div class="verdict ${v.status}"><span class="label">${e(L.verdicts[v.status])}:</span> ${e(v.reason)}${basis}</div>`;
}

function findingHtml(f: MonitorFinding, index: number, acts: readonly ActResult[], same: Map<string, number[]>, L: MonitorLabels): string {
  const q = f.anchor;
  // The quote marked where its offsets put it (a cut context may have lost it: then shown on its own).
  const at = f.context.slice(q.start, q.end) === q.quote ? q.start : -1;
  const inContext = at >= 0 ? `${e(f.context.slice(0, at))}<mark>${e(q.quote)}</mark>${e(f.context.slice(at + q.quote.length))}` : `<mark>${e(q.quote)}</mark>`;
  const parts = [
    `<article class="finding ${f.severity}"><header><span class="badge ${f.severity}">${e(L.severities[f.severity])}</span>`,
    `<span class="kind" style="background:${KIND_COLORS[f.kind]}">${e(L.kinds[f.kind])}</span>`,
    `<span class="where">${e(f.unit)} · ¶${q.paragraph}${f.resolution?.rank ? ` · ${e(L.rank(f.resolution.rank))}` : ''}</span></header>`,
    `<div><span class="label">${e(L.words)}:</span><blockquote>${inContext}</blockquote></div>`,
    `<p class="msg">${e(f.message)}</p>`,
  ];
  if (f.replacement !== undefined) parts.push(`<div><span class="label">${e(L.suggestion)}:</span> ${htmlDiff(q.quote, f.replacement)}</div>`);
  for (const r of f.related2026) parts.push(`<div><span class="label">${e(L.text2026)}, ${e(r.label)}:</span><blockquote>${e(r.text)}</blockquote></div>`);
  if (f.resolution) parts.push(`<div><span class="label">${e(L.holding)}:</span> ${e(f.resolution.holding)}</div>`);
  else if (f.rationale) parts.push(`<p class="meta">${e(f.rationale)}</p>`);
  if (f.verdict) parts.push(verdictHtml(f.verdict, L));
  if (f.citations.length) parts.push(`<p class="meta"><span class="label">${e(L.basis)}:</span> ${f.citations.map((c) => e(c.label)).join('; ')}</p>`);
  const others = (same.get(sameKey(f)) ?? []).filter((i) => i !== index);
  if (others.length)
    parts.push(`<p class="same"><span class="label">${e(L.sameIn(others.length + 1))}:</span> ${others.map((i) => `<a href="#act-${i}">${e(acts[i].title)}</a>`).join('')}</p>`);
  parts.push('</article>');
  return parts.join('\n');
}
