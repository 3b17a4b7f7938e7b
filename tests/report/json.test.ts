import * as fs from 'fs';
import * as path from 'path';
import { jsonReportSchema, toJsonReport } from '../../src/report/json';
import { TOOL_VERSION } from '../../src/report/version';
import { ruAct, sampleFindings } from './fixtures';

describe('toJsonReport', () => {
  const act = ruAct();
  const findings = sampleFindings(act);
  const report = toJsonReport({
    path: 'draft.docx',
    act,
    findings: [...findings].reverse(),
    engine: 'local',
    skipped: [{ findingId: findings[0]!.id, reason: 'overlap', overlaps: 'x' }],
    stale: [],
    timings: { parse: 12, rules: 30 },
    generatedAt: new Date('2026-11-25T10:00:00Z'),
  });

  it('produces a report that validates against the exported schema, also after a JSON round trip', () => {
    expect(jsonReportSchema.safeParse(report).success).toBe(true);
    expect(jsonReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('describes the document: language, kind, title, all paragraphs, unit counts', () => {
    expect(report.document).toEqual({
      path: 'draft.docx',
      language: 'ru',
      kind: 'new-law',
      title: 'О специализированных стоянках',
      paragraphs: 7,
      units: { sections: 0, chapters: 0, articles: 2, items: 3, subitems: 0, parts: 0, quotes: 0, amendments: 0 },
    });
  });

  it('lists findings in document order with exact anchors, rule ids, article and replacement', () => {
    expect(report.findings.map((f) => f.anchor.paragraph)).toEqual([1, 3, 3, 4, 6]);
    for (const f of report.findings) expect(act.doc.paragraphs[f.anchor.paragraph]!.text.slice(f.anchor.start, f.anchor.end)).toBe(f.anchor.quote);
    const crossref = report.findings.find((f) => f.category === 'crossref')!;
    expect(crossref).toMatchObject({ rule: 'crossref/missing-unit', severity: 'error', article: 'Статья 2. Порядок эвакуации' });
    expect(crossref.citations[0]!.url).toBe('https://adilet.zan.kz/rus/docs/Z1600000480');
    expect(report.findings.find((f) => f.category === 'technique')!.replacement).toBe('');
    expect(report.findings[0]!.article).toBeUndefined();
  });

  it('counts by severity and category, zeros included, plus skipped and stale', () => {
    expect(report.summary.total).toBe(5);
    expect(report.summary.bySeverity).toEqual({ error: 1, warning: 3, info: 1 });
    expect(report.summary.byCategory.anticorruption).toBe(2);
    expect(report.summary.byCategory.constitution).toBe(0);
    expect(report.summary.skipped).toBe(1);
    expect(report.summary.stale).toBe(0);
    expect(report.tool).toEqual({ name: 'zan', version: TOOL_VERSION, engine: 'local' });
    expect(report.generatedAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('rejects a report with an unknown category (the schema guards readers)', () => {
    const bad = { ...report, findings: [{ ...report.findings[0]!, category: 'style' }] };
    expect(jsonReportSchema.safeParse(bad).success).toBe(false);
  });

  it('states the version of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});

describe('unit and article ids', () => {
  const act = ruAct();
  const report = toJsonReport({ path: 'draft.docx', act, findings: sampleFindings(act), engine: 'local' });

  it('gives each finding its unit id and its article id beside the article title', () => {
    const crossref = report.findings.find((f) => f.category === 'crossref')!;
    expect(crossref).toMatchObject({ unitId: 'a2/i1', articleId: 'a2', article: 'Статья 2. Порядок эвакуации' });
    const title = report.findings.find((f) => f.anchor.paragraph === 1)!;
    expect(title.unitId).toBeUndefined();
    expect(title.articleId).toBeUndefined();
  });

  it('writes the act\'s own unit ids: one a server gave from another parse gives way to the paragraph\'s unit', () => {
    const [f] = sampleFindings(act).filter((x) => x.anchor.paragraph === 6);
    const fromServer = toJsonReport({ path: 'draft.docx', act, findings: [{ ...f!, unitId: 'a1/p2' }], engine: 'local+model' });
    expect(fromServer.findings[0]).toMatchObject({ unitId: 'a2/i1', articleId: 'a2' });
    const noId = toJsonReport({ path: 'draft.docx', act, findings: [{ ...f!, unitId: undefined }], engine: 'local+model' });
    expect(noId.findings[0]).toMatchObject({ unitId: 'a2/i1', articleId: 'a2' });
  });

  it('still loads a report written before unit ids', () => {
    const old = { ...report, findings: report.findings.map(({ unitId: _u, articleId: _a, ...f }) => f) };
    expect(jsonReportSchema.safeParse(JSON.parse(JSON.stringify(old))).success).toBe(true);
  });
});
