import { docFromLines } from '../../src/core/document';
import type { Finding, Severity } from '../../src/core/finding';
import { acceptAll, applyHunksToText, buildPlan, commentText, rangesCollide } from '../../src/core/plan';
import { COMMENT_TAG } from '../../src/core/plan-types';
import { corpusParagraphs, mutate, pick, prng } from './corpusParagraphs';

function finding(
  doc: ReturnType<typeof docFromLines>,
  paragraph: number,
  quote: string,
  extra: Partial<Finding> & { severity?: Severity; occurrence?: number } = {},
): Finding {
  const text = doc.paragraphs[paragraph]!.text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote «${quote}» not in paragraph ${paragraph}`);
  const { occurrence: _o, ...rest } = extra;
  return {
    id: `r:${paragraph}:${start}:${quote.length}`,
    ruleId: 'anticorruption/discretion',
    category: 'anticorruption',
    severity: 'warning',
    unit: 'ст. 5 п. 2',
    anchor: { paragraph, start, end: start + quote.length, quote },
    message: 'Норма наделяет орган усмотрением без критериев.',
    rationale: 'Коррупциогенный фактор: широта дискреционных полномочий.',
    citations: [],
    language: 'ru',
    ...rest,
  };
}

const ru = docFromLines([
  'Статья 5. Порядок эвакуации',
  'Уполномоченный орган вправе отказать в выдаче разрешения в разумный срок.',
  'Документы: паспорт, справка и т.д.',
]);

describe('buildPlan: comments', () => {
  it('writes tag, message, rationale, citations and the suggestion, one per line (ru)', () => {
    const f = finding(ru, 1, 'вправе', {
      replacement: 'обязан',
      citations: [{ id: 'lla:24.3', label: 'Закон «О правовых актах», ст. 24 п. 3' }],
    });
    const plan = buildPlan([f], ru);
    expect(plan.comments).toHaveLength(1);
    const c = plan.comments[0]!;
    expect(c).toMatchObject({ paragraph: 1, start: f.anchor.start, end: f.anchor.end, quote: 'вправе', findingId: f.id });
    expect(c.text.split('\n')).toEqual([
      `${COMMENT_TAG}Норма наделяет орган усмотрением без критериев.`,
      'Коррупциогенный фактор: широта дискреционных полномочий.',
      'Основание: Закон «О правовых актах», ст. 24 п. 3.',
      'Предлагается: «обязан»',
    ]);
  });

  it('writes Kazakh labels for a Kazakh finding, and a deletion as such', () => {
    const kk = docFromLines(['Құжаттар: паспорт, анықтама және т.б.']);
    const f = finding(kk, 0, ' және т.б.', { replacement: '', language: 'kk', message: 'Ашық тізбе.', rationale: '' });
    const text = buildPlan([f], kk).comments[0]!.text;
    expect(text).toBe(`${COMMENT_TAG}Ашық тізбе.\nАлып тастау ұсынылады: « және т.б.»`);
  });

  it('uses English labels when asked', () => {
    const f = finding(ru, 1, 'вправе', { replacement: 'обязан' });
    expect(commentText(f, 'en')).toContain('Suggested: “обязан”');
  });

  it('places two comments on the same words', () => {
    const a = finding(ru, 1, 'в разумный срок', { category: 'anticorruption' });
    const b = finding(ru, 1, 'в разумный срок', { id: 'other', category: 'technique', severity: 'info' });
    expect(buildPlan([a, b], ru).comments).toHaveLength(2);
  });
});

describe('buildPlan: stale anchors', () => {
  it('skips a finding whose quote is no longer at its offsets, and writes nothing for it', () => {
    const f = finding(ru, 1, 'вправе', { replacement: 'обязан' });
    const edited = docFromLines(['Статья 5. Порядок эвакуации', 'Уполномоченный орган обязан отказать в выдаче разрешения.']);
    const plan = buildPlan([f], edited);
    expect(plan.comments).toEqual([]);
    expect(plan.hunks).toEqual([]);
    expect(plan.skipped).toEqual([{ findingId: f.id, reason: 'stale' }]);
  });

  it('skips a finding on a paragraph that does not exist', () => {
    const f = { ...finding(ru, 1, 'вправе'), anchor: { paragraph: 9, start: 0, end: 1, quote: 'x' } };
    expect(buildPlan([f], ru).skipped).toEqual([{ findingId: f.id, reason: 'no-such-paragraph' }]);
  });
});

describe('buildPlan: hunks', () => {
  it('changes only the word that must change, with offsets into the paragraph', () => {
    const f = finding(ru, 1, 'орган вправе отказать', { replacement: 'орган обязан отказать' });
    const plan = buildPlan([f], ru);
    const start = ru.paragraphs[1]!.text.indexOf('вправе');
    expect(plan.hunks).toEqual([{ paragraph: 1, start, end: start + 6, deleted: 'вправе', inserted: 'обязан', findingId: f.id }]);
    expect(acceptAll(plan, ru)[1]).toBe('Уполномоченный орган обязан отказать в выдаче разрешения в разумный срок.');
  });

  it('keeps the error when an error and a warning suggest edits on overlapping words', () => {
    const warning = finding(ru, 1, 'в разумный срок', { replacement: 'в течение десяти рабочих дней' });
    const error = finding(ru, 1, 'разрешения в разумный', { id: 'err', severity: 'error', category: 'conflict', replacement: 'лицензии в разумный' });
    const plan = buildPlan([warning, error], ru);
    expect(new Set(plan.hunks.map((h) => h.findingId))).toEqual(new Set(['err']));
    expect(plan.skipped).toEqual([{ findingId: warning.id, reason: 'overlap', overlaps: 'err' }]);
    expect(plan.comments.map((c) => c.findingId).sort()).toEqual([warning.id, 'err'].sort());
  });

  it('between equal severities keeps the earlier, then the longer suggestion', () => {
    const early = finding(ru, 1, 'вправе отказать', { id: 'early', replacement: 'обязан отказать' });
    const late = finding(ru, 1, 'отказать в выдаче', { id: 'late', replacement: 'отказывать в выдаче' });
    const long = finding(ru, 1, 'вправе отказать в', { id: 'long', replacement: 'может отказать в' });
    expect(buildPlan([late, early], ru).skipped).toEqual([{ findingId: 'late', reason: 'overlap', overlaps: 'early' }]);
    const plan = buildPlan([early, long], ru);
    expect(plan.skipped).toEqual([{ findingId: 'early', reason: 'overlap', overlaps: 'long' }]);
  });

  it('applies suggestions on disjoint words of one paragraph together', () => {
    const a = finding(ru, 1, 'вправе', { id: 'a', replacement: 'обязан' });
    const b = finding(ru, 1, 'в разумный срок', { id: 'b', replacement: 'в течение пяти рабочих дней' });
    const plan = buildPlan([b, a], ru);
    expect(plan.skipped).toEqual([]);
    expect(acceptAll(plan, ru)[1]).toBe('Уполномоченный орган обязан отказать в выдаче разрешения в течение пяти рабочих дней.');
  });

  it('keeps insertions at a shared point in the order of their quotes', () => {
    const doc = docFromLines(['абв где']);
    const before = finding(doc, 0, 'абв', { id: 'z-before', replacement: 'абв один' });
    const at = { ...finding(doc, 0, 'где', { id: 'a-at' }), anchor: { paragraph: 0, start: 3, end: 3, quote: '' }, replacement: ' два' };
    const plan = buildPlan([at, before], doc);
    expect(plan.skipped).toEqual([]);
    expect(acceptAll(plan, doc)[0]).toBe('абв один два где');
  });

  it('writes no tracked changes when asked for comments only', () => {
    const f = finding(ru, 1, 'вправе', { replacement: 'обязан' });
    const plan = buildPlan([f], ru, { trackChanges: false });
    expect(plan.hunks).toEqual([]);
    expect(plan.comments[0]!.text).toContain('Предлагается: «обязан»');
  });

  it('is deterministic whatever the order of findings', () => {
    const fs = [
      finding(ru, 1, 'вправе', { id: 'a', replacement: 'обязан' }),
      finding(ru, 1, 'вправе отказать', { id: 'b', replacement: 'отказывает' }),
      finding(ru, 2, ' и т.д.', { id: 'c', replacement: '' }),
      finding(ru, 0, '5', { id: 'd', severity: 'error', category: 'structure', replacement: '4' }),
    ];
    const one = buildPlan(fs, ru);
    const two = buildPlan([...fs].reverse(), ru);
    expect(two).toEqual(one);
  });
});

describe('rangesCollide', () => {
  const r = (start: number, end: number) => ({ paragraph: 0, start, end });
  it('tells sharing, touching and insertion points apart', () => {
    expect(rangesCollide(r(0, 5), r(4, 8))).toBe(true);
    expect(rangesCollide(r(0, 5), r(5, 8))).toBe(false);
    expect(rangesCollide(r(3, 3), r(3, 3))).toBe(true);
    expect(rangesCollide(r(3, 3), r(0, 5))).toBe(true);
    expect(rangesCollide(r(5, 5), r(0, 5))).toBe(false);
    expect(rangesCollide(r(0, 5), { paragraph: 1, start: 0, end: 5 })).toBe(false);
  });
});

describe('buildPlan on real law paragraphs (seeded property test)', () => {
  const paragraphs = [
    ...corpusParagraphs('peaceful_assemblies_law_ru.json'),
    ...corpusParagraphs('peaceful_assemblies_law_kk.json'),
    ...corpusParagraphs('constitutional_law_on_prosecution_ru.json').slice(0, 200),
  ];

  function randomFinding(rand: () => number, text: string, paragraph: number, id: string): Finding {
    const a = Math.floor(rand() * (text.length + 1));
    const b = Math.min(text.length, a + Math.floor(rand() * 60));
    const quote = text.slice(a, b);
    return {
      id,
      ruleId: 'test/random',
      category: pick(rand, ['technique', 'anticorruption', 'crossref'] as const),
      severity: pick(rand, ['error', 'warning', 'info'] as const),
      unit: '',
      anchor: { paragraph, start: a, end: b, quote },
      message: 'm',
      rationale: '',
      citations: [],
      replacement: mutate(rand, quote),
    };
  }

  it('one suggestion: accepting the hunks gives exactly the suggested text, touching only the quote', () => {
    const rand = prng(7);
    for (let n = 0; n < 300; n++) {
      const text = pick(rand, paragraphs);
      const doc = docFromLines([text]);
      const f = randomFinding(rand, text, 0, `f${n}`);
      const plan = buildPlan([f], doc);
      const expected = text.slice(0, f.anchor.start) + f.replacement + text.slice(f.anchor.end);
      expect(applyHunksToText(text, plan.hunks)).toBe(expected);
      for (const h of plan.hunks) {
        expect(text.slice(h.start, h.end)).toBe(h.deleted);
        expect(h.start).toBeGreaterThanOrEqual(f.anchor.start);
        expect(h.end).toBeLessThanOrEqual(f.anchor.end);
      }
      // Rejecting everything leaves the original: the hunks' deleted parts tile back into it.
      const rejected = plan.hunks.reduceRight((t, h) => t.slice(0, h.start) + h.deleted + t.slice(h.end), text);
      expect(rejected).toBe(text);
    }
  });

  it('many suggestions: hunks are sorted, never overlap, and each kept suggestion lands exactly', () => {
    const rand = prng(42);
    for (let n = 0; n < 150; n++) {
      const texts = [pick(rand, paragraphs), pick(rand, paragraphs)];
      const doc = docFromLines(texts);
      const fs = Array.from({ length: 6 }, (_, i) => randomFinding(rand, texts[i % 2]!, i % 2, `f${n}-${i}`));
      const plan = buildPlan(fs, doc);
      for (let i = 1; i < plan.hunks.length; i++) {
        const [p, q] = [plan.hunks[i - 1]!, plan.hunks[i]!];
        expect(p.paragraph < q.paragraph || p.end <= q.start).toBe(true);
      }
      const kept = fs.filter((f) => f.replacement !== f.anchor.quote && !plan.skipped.some((s) => s.findingId === f.id));
      const accepted = acceptAll(plan, doc);
      for (const [pi, text] of texts.entries()) {
        // Splice the kept suggestions directly, right to left, and compare with the hunks' result.
        const mine = kept.filter((f) => f.anchor.paragraph === pi).sort((a, b) => b.anchor.start - a.anchor.start || b.anchor.end - a.anchor.end);
        const direct = mine.reduce((t, f) => t.slice(0, f.anchor.start) + f.replacement + t.slice(f.anchor.end), text);
        expect(accepted[pi]).toBe(direct);
      }
      expect(plan.comments).toHaveLength(fs.length);
    }
  });
});
