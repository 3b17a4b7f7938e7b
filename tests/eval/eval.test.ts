import { promises as fsp } from 'fs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summarize, type JsonReport, type ReportFinding } from '../../src/report/json';
import { EvalInputError, formatEvalTable, parseExpectedFile, runEval, scoreReport, type ExpectedFile } from '../../src/eval';
import type { Category, Severity } from '../../src/core/finding';

const EVAL_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval');

function loadExpected(id: string): ExpectedFile {
  return parseExpectedFile(JSON.parse(fs.readFileSync(path.join(EVAL_DIR, `${id}.expected.json`), 'utf8')), id);
}
function loadParagraphs(id: string): string[] {
  const lines = fs.readFileSync(path.join(EVAL_DIR, `${id}.txt`), 'utf8').split('\n');
  lines.pop();
  return lines;
}

function reported(paragraph: number, start: number, end: number, category: Category, severity: Severity = 'error', id = `r${paragraph}:${start}`): ReportFinding {
  return { id, category, severity, rule: `${category}/x`, unit: '', anchor: { paragraph, start, end, quote: '' }, message: '', rationale: '', citations: [] };
}

function report(findings: ReportFinding[], language: 'ru' | 'kk' = 'ru', pair = false): JsonReport {
  const r: JsonReport = {
    document: {
      path: 'x.docx',
      language,
      kind: 'new-law',
      title: null,
      paragraphs: 0,
      units: { sections: 0, chapters: 0, articles: 0, items: 0, subitems: 0, parts: 0, quotes: 0, amendments: 0 },
    },
    findings,
    summary: summarize(findings),
    tool: { name: 'zan', version: '0.1.0' },
    generatedAt: '2026-11-25T00:00:00.000Z',
  };
  if (pair) r.document.pair = { path: 'p.docx', language: 'kk', paragraphs: 0 };
  return r;
}

/** A report that finds exactly what the expected file lists, where it lists it. */
function perfectReport(id: string, pair = false): JsonReport {
  const exp = loadExpected(id);
  const paragraphs = loadParagraphs(id);
  return report(
    exp.findings.map((f, i) => {
      const start = paragraphs[f.paragraph]!.indexOf(f.quote);
      return { ...reported(f.paragraph, start, start + f.quote.length, f.category, f.severity, `p${i}`), anchor: { paragraph: f.paragraph, start, end: start + f.quote.length, quote: f.quote } };
    }),
    exp.language,
    pair,
  );
}

/** A tiny expected file with its paragraph texts. */
const tinyText = ['Статья 1. Цель', '1. Орган вправе отказать в разумный срок.', '2. Документы: паспорт и т.д.'];
const tiny: ExpectedFile = {
  id: 'tiny',
  language: 'ru',
  kind: 'new-law',
  findings: [
    { category: 'anticorruption', severity: 'warning', paragraph: 1, quote: 'вправе', detectable: 'local' },
    { category: 'anticorruption', severity: 'warning', paragraph: 1, quote: 'в разумный срок', detectable: 'local' },
    { category: 'technique', severity: 'warning', paragraph: 2, quote: 'и т.д.', detectable: 'model' },
  ],
};
const at = (quote: string, p = 1) => tinyText[p]!.indexOf(quote);

describe('scoreReport (README matching rule)', () => {
  it('a perfect report on a real dev draft scores recall 1 and precision 1', () => {
    const s = scoreReport(perfectReport('dev-ru-new-law'), loadExpected('dev-ru-new-law'), { paragraphs: loadParagraphs('dev-ru-new-law') });
    expect(s.recall).toEqual({ hit: 18, of: 18 });
    expect(s.precision.hit).toBe(s.precision.of);
    expect(s.missed).toEqual([]);
    expect(s.falsePositives).toEqual([]);
  });

  it('misses on a shifted paragraph, a different category, or a range that only touches the quote', () => {
    const s = scoreReport(
      report([
        reported(2, at('вправе'), at('вправе') + 6, 'anticorruption'), // wrong paragraph
        reported(1, at('в разумный срок'), at('в разумный срок') + 3, 'technique'), // wrong category
        reported(2, 0, at('и т.д.', 2), 'technique'), // ends where the quote starts
      ]),
      tiny,
      { paragraphs: tinyText },
    );
    expect(s.recall).toEqual({ hit: 0, of: 3 });
    expect(s.precision).toEqual({ hit: 0, of: 3 });
  });

  it('matches on any overlap, even one character, whatever the severity', () => {
    const s = scoreReport(report([reported(2, at('и т.д.', 2) + 5, tinyText[2]!.length, 'technique', 'info')]), tiny, { paragraphs: tinyText });
    expect(s.recall.hit).toBe(1);
    expect(s.byCategory.technique.recall).toEqual({ hit: 1, of: 1 });
  });

  it('does not count info findings for precision, matched or not', () => {
    const s = scoreReport(
      report([reported(1, at('вправе'), at('вправе') + 6, 'anticorruption', 'warning'), reported(0, 0, 6, 'structure', 'info'), reported(0, 0, 6, 'terms', 'error')]),
      tiny,
      { paragraphs: tinyText },
    );
    expect(s.precision).toEqual({ hit: 1, of: 2 });
    expect(s.falsePositives.map((f) => f.category)).toEqual(['terms']);
  });

  it('matches one-to-one: two reports on one expected finding leave one false positive', () => {
    const s = scoreReport(
      report([reported(1, at('вправе'), at('вправе') + 6, 'anticorruption', 'warning', 'a'), reported(1, at('вправе') + 1, at('вправе') + 3, 'anticorruption', 'error', 'b')]),
      tiny,
      { paragraphs: tinyText },
    );
    expect(s.recall.hit).toBe(1);
    expect(s.precision).toEqual({ hit: 1, of: 2 });
    expect(s.matches[0]!.reported.id).toBe('a'); // the larger overlap
  });

  it('matches one-to-one: one report spanning two expected findings matches only one', () => {
    const wide = reported(1, at('вправе'), at('в разумный срок') + 15, 'anticorruption');
    const s = scoreReport(report([wide]), tiny, { paragraphs: tinyText });
    expect(s.recall).toEqual({ hit: 1, of: 3 });
    expect(s.localRecall).toEqual({ hit: 1, of: 2 });
  });

  it('prefers an error/warning over an info when both match, so a right answer is not a false positive', () => {
    const s = scoreReport(
      report([reported(1, at('вправе'), at('вправе') + 6, 'anticorruption', 'info', 'i'), reported(1, at('вправе'), at('вправе') + 3, 'anticorruption', 'warning', 'w')]),
      tiny,
      { paragraphs: tinyText },
    );
    expect(s.matches.map((m) => m.reported.id)).toEqual(['w']);
    expect(s.precision).toEqual({ hit: 1, of: 1 });
  });

  it('counts every error/warning on the control draft', () => {
    const control = loadExpected('dev-ru-clean-control');
    const s = scoreReport(report([reported(3, 0, 4, 'anticorruption', 'warning'), reported(4, 0, 4, 'technique', 'info')]), control, { paragraphs: loadParagraphs('dev-ru-clean-control') });
    expect(s.control).toBe(true);
    expect(s.controlErrors).toBe(1);
    expect(s.precision).toEqual({ hit: 0, of: 1 });
  });

  it('scores a Kazakh pair file reviewed alone on its non-bilingual findings only', () => {
    const kk = loadExpected('dev-pair-kk');
    const bilingual = kk.findings.filter((f) => f.category === 'bilingual').length;
    expect(bilingual).toBeGreaterThan(0);
    const alone = scoreReport(perfectReport('dev-pair-kk'), kk, { paragraphs: loadParagraphs('dev-pair-kk') });
    expect(alone.recall).toEqual({ hit: kk.findings.length - bilingual, of: kk.findings.length - bilingual });
    expect(alone.excluded).toBe(bilingual);
    expect(alone.byCategory.bilingual.recall.of).toBe(0);
    const ru = scoreReport(perfectReport('dev-pair-ru', true), loadExpected('dev-pair-ru'), { paragraphs: loadParagraphs('dev-pair-ru') });
    expect(ru.byCategory.bilingual.recall.of).toBeGreaterThan(0);
    expect(ru.recall.hit).toBe(ru.recall.of);
  });

  it('says so when an expected quote is not in the given text', () => {
    expect(() => scoreReport(report([]), tiny, { paragraphs: ['', 'другой текст', ''] })).toThrow(EvalInputError);
    expect(() => scoreReport(report([]), tiny)).toThrow(/paragraph texts/);
  });
});

describe('runEval + formatEvalTable on the dev set', () => {
  it('runs every draft with a perfect fake review: recall 1, precision 1, control clean; Russian pair gets its Kazakh pair', async () => {
    const calls: [string, string | undefined][] = [];
    const result = await runEval(EVAL_DIR, async (input, pair) => {
      calls.push([path.basename(input), pair && path.basename(pair)]);
      const id = path.basename(input).replace(/\.(docx|txt)$/, '');
      return perfectReport(id, pair !== undefined);
    });
    expect(result.drafts.map((d) => d.id)).toEqual([
      'dev-kk-bylaw',
      'dev-pair-kk',
      'dev-pair-ru',
      'dev-ru-amending',
      'dev-ru-autonum',
      'dev-ru-clean-control',
      'dev-ru-new-law',
    ]);
    expect(calls).toContainEqual(['dev-pair-ru.docx', 'dev-pair-kk.docx']);
    expect(calls).toContainEqual(['dev-pair-kk.docx', undefined]);
    expect(result.recall.hit).toBe(result.recall.of);
    expect(result.recall.of).toBe(65 - result.drafts.find((d) => d.id === 'dev-pair-kk')!.score.excluded);
    expect(result.localRecall.hit).toBe(result.localRecall.of);
    expect(result.precision.hit).toBe(result.precision.of);
    expect(result.controlErrors).toBe(0);

    const table = formatEvalTable(result);
    const last = table.split('\n').slice(-4);
    expect(last[0]).toMatch(/^recall 1\.00 \(\d+\/\d+\)$/);
    expect(last[1]).toMatch(/^local recall 1\.00 \(\d+\/\d+\)$/);
    expect(last[2]).toMatch(/^precision 1\.00 \(\d+\/\d+\)$/);
    expect(last[3]).toBe('control: 0 error/warning findings');
    expect(table).toMatch(/^dev-ru-new-law\s+ru\s+new-law\s+18\s+18\s+1\.00/m);
    expect(table).toMatch(/^anticorruption\s+12\s+12\s+1\.00/m);
  });

  it('counts a failed review as all missed, says why, and goes on', async () => {
    const result = await runEval(
      EVAL_DIR,
      async (input) => {
        if (input.includes('dev-ru-autonum')) throw new Error('cannot open the file');
        return report([]);
      },
      { only: ['dev-ru-autonum', 'dev-ru-clean-control'] },
    );
    const autonum = result.drafts.find((d) => d.id === 'dev-ru-autonum')!;
    expect(autonum.error).toBe('cannot open the file');
    expect(autonum.score.recall).toEqual({ hit: 0, of: 5 });
    const table = formatEvalTable(result, { details: true });
    expect(table).toContain('! review failed: cannot open the file');
    expect(table).toMatch(/missed\s+structure/);
    expect(table).toContain('precision — (0/0)');
  });

  it('tells the user when the folder is not an eval folder', async () => {
    const empty = await fsp.mkdtemp(path.join(os.tmpdir(), 'zan-eval-'));
    try {
      await expect(runEval(empty, async () => report([]))).rejects.toThrow(/no <id>\.expected\.json/);
    } finally {
      await fsp.rm(empty, { recursive: true });
    }
  });
});
