/** @jest-environment jsdom */
import { toJsonReport, type JsonReport } from '../../src/report/json';
import { toHtmlReport } from '../../src/report/html';
import { at, ruAct, sampleFindings, RU_LINES } from './fixtures';

const when = new Date('2026-11-25T10:00:00Z');

function sampleReport(): JsonReport {
  const act = ruAct();
  return toJsonReport({ path: 'draft.docx', act, findings: sampleFindings(act), engine: 'local', generatedAt: when });
}

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('toHtmlReport', () => {
  const html = toHtmlReport(sampleReport());
  const doc = load(html);

  it('is one self-contained page: inline style, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.querySelectorAll('link, img, iframe, script[src]').length).toBe(0);
    expect(doc.querySelector('style')!.textContent!.length).toBeGreaterThan(500);
    expect(doc.documentElement.lang).toBe('ru');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
  });

  it('shows counts by severity and per article, findings grouped under their article', () => {
    const cards = [...doc.querySelectorAll('.card .n')].map((n) => n.textContent);
    expect(cards).toEqual(['5', '1', '3', '1']);
    const groups = [...doc.querySelectorAll('section.group')].map((s) => [s.querySelector('h3')!.textContent, s.querySelectorAll('.finding').length]);
    expect(groups).toEqual([
      ['Документ в целом', 1],
      ['Статья 1. Основные понятия', 3],
      ['Статья 2. Порядок эвакуации', 1],
    ]);
    expect(doc.querySelectorAll('.overview li').length).toBe(3);
  });

  it('renders a finding with its quote, message, rationale, citation link and the suggestion diff', () => {
    const card = [...doc.querySelectorAll('.finding')].find((c) => c.textContent!.includes('Усмотрение без критериев.'))!;
    expect(card.querySelector('blockquote')!.textContent).toBe('«вправе»');
    expect(card.querySelector('.suggest del')!.textContent).toBe('вправе');
    expect(card.querySelector('.suggest ins')!.textContent).toBe('обязан');
    const link = doc.querySelector('.basis a')!;
    expect(link.getAttribute('href')).toBe('https://adilet.zan.kz/rus/docs/Z1600000480');
  });

  it('escapes every piece of draft text and refuses javascript: links (XSS)', () => {
    const lines = [...RU_LINES];
    lines[3] = '1. Орган <script>alert("x")</script> вправе <img src=x onerror=alert(1)> отказать.';
    const act = ruAct(lines);
    const f = at(act, 3, '<script>alert("x")</script> вправе <img src=x onerror=alert(1)>', {
      unit: '"><svg onload=alert(1)>',
      message: 'Сообщение <img src=x onerror=alert(1)>',
      rationale: "'><b>жирный</b>",
      replacement: '<i>обязан</i>',
      citations: [{ id: 'x', label: '<u>метка</u>', url: 'javascript:alert(1)' }],
    });
    const evil = toHtmlReport(toJsonReport({ path: '<evil>.docx', act, findings: [f], engine: '<b>e</b>', generatedAt: when }));
    const d = load(evil);
    expect(d.querySelectorAll('script').length).toBe(1); // ours only
    expect(d.querySelectorAll('img, svg, i, u').length).toBe(0);
    expect([...d.querySelectorAll('b')].map((b) => b.textContent)).not.toContain('жирный');
    expect([...d.querySelectorAll('b')].map((b) => b.textContent)).not.toContain('e');
    expect([...d.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => !h!.startsWith('#'))).toEqual([]);
    expect(d.querySelector('blockquote')!.textContent).toContain('<script>alert("x")</script>');
    expect([...d.querySelectorAll('.suggest ins')].map((e) => e.textContent).join('')).toContain('обязан');
    expect(d.querySelector('.where')!.textContent).toContain('"><svg onload=alert(1)>');
  });

  it('filters by severity and category with its inline script; everything is visible without it', () => {
    expect(doc.querySelectorAll('.finding[hidden]').length).toBe(0);
    document.documentElement.innerHTML = doc.documentElement.innerHTML;
    // Run the page's own script as a browser would.
    new Function(document.querySelector('script')!.textContent!)();
    const filters = document.getElementById('filters')!;
    expect(filters.hidden).toBe(false);
    const box = filters.querySelector<HTMLInputElement>('input[value="warning"]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    const visible = [...document.querySelectorAll<HTMLElement>('.finding')].filter((e) => !e.hidden).map((e) => e.dataset.severity);
    expect(visible.sort()).toEqual(['error', 'info']);
    const statya1 = [...document.querySelectorAll<HTMLElement>('section.group')].find((s) => s.textContent!.includes('Статья 1.'))!;
    expect(statya1.hidden).toBe(true);
    const crossref = filters.querySelector<HTMLInputElement>('input[value="crossref"]')!;
    crossref.checked = false;
    crossref.dispatchEvent(new Event('change', { bubbles: true }));
    expect([...document.querySelectorAll<HTMLElement>('.finding')].filter((e) => !e.hidden).map((e) => e.dataset.category)).toEqual(['terms']);
  });

  it('uses Kazakh labels for a Kazakh draft and English on request', () => {
    const r = sampleReport();
    const kk = toHtmlReport({ ...r, document: { ...r.document, language: 'kk' } });
    expect(load(kk).documentElement.lang).toBe('kk');
    expect(kk).toContain('Баптар бойынша шолу');
    expect(kk).toContain('Сыбайлас жемқорлық тәуекелдері');
    expect(toHtmlReport(r, { language: 'en' })).toContain('Overview by article');
  });
});
