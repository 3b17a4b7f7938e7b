/**
 * The rule engine: what every rule relies on. A citation the corpus cannot confirm never reaches a
 * person; messages follow the draft's language; findings carry the unit path and exact quote.
 */
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';
import { runRules } from '../../src/checks/runner';
import type { Rule } from '../../src/checks/rule';
import { loadCorpus } from '../../src/corpus/index';

/** A rule that flags the word "вправе"/"құқылы" and cites one real and one invented source. */
const probe: Rule = {
  meta: {
    id: 'technique/probe',
    category: 'technique',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: { description: 'test probe' },
    messages: { found: { ru: 'Найдено «{word}».', kk: '«{word}» табылды.', en: 'Found "{word}".' } },
    rationale: { ru: 'Потому что.', kk: 'Себебі.', en: 'Because.' },
  },
  check(ctx) {
    ctx.act.doc.paragraphs.forEach((p, i) => {
      const m = /вправе|құқылы/.exec(p.text);
      if (m)
        ctx.report({
          messageId: 'found',
          data: { word: m[0] },
          range: { paragraph: i, start: m.index, end: m.index + m[0].length },
          citations: ['const2026:12.2', 'const2026:97.1', 'cc:999-НП'],
        });
    });
  },
};

const RU = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О проверках', 'Статья 1. Проверки', '1. Орган вправе провести проверку.', 'Статья 2. Введение в действие', 'Настоящий Закон вводится в действие с 1 января 2027 года.'];
const KK = ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Тексерулер туралы', '1-бап. Тексерулер', '1. Орган тексеру жүргізуге құқылы.', '2-бап. Қолданысқа енгізу', 'Осы Заң 2027 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.'];

test('citations the corpus lacks are dropped; real ones get a label in the draft language', () => {
  const corpus = loadCorpus();
  const [ru] = runRules(parseAct(docFromLines(RU)), { rules: [probe], corpus });
  expect(ru.citations.map((c) => c.id)).toEqual(['const2026:12.2']);
  expect(ru.citations[0].label).toMatch(/Конституция.*ст\. 12 п\. 2/);
  const [kk] = runRules(parseAct(docFromLines(KK)), { rules: [probe], corpus });
  expect(kk.citations.map((c) => c.id)).toEqual(['const2026:12.2']);
  expect(kk.citations[0].label).toMatch(/12-бап/);
});

test('without a corpus no citation is shown at all', () => {
  const [f] = runRules(parseAct(docFromLines(RU)), { rules: [probe] });
  expect(f.citations).toEqual([]);
});

test('message, rationale and unit path follow the draft language; the quote is exact', () => {
  const [ru] = runRules(parseAct(docFromLines(RU)), { rules: [probe] });
  expect(ru).toMatchObject({ message: 'Найдено «вправе».', rationale: 'Потому что.', unit: 'ст. 1 п. 1', language: 'ru' });
  expect(ru.anchor).toEqual({ paragraph: 3, start: 9, end: 15, quote: 'вправе' });
  const [kk] = runRules(parseAct(docFromLines(KK)), { rules: [probe] });
  expect(kk).toMatchObject({ message: '«құқылы» табылды.', rationale: 'Себебі.', language: 'kk' });
  expect(kk.unit).toMatch(/^1-бап 1-тармақ/);
});

test('a finding carries the id of its innermost unit, or of the unit the rule names; none outside any unit', () => {
  const act = parseAct(docFromLines([RU[0]!, 'О проверках, которые орган вправе провести', ...RU.slice(2)]));
  const [outside, inItem] = runRules(act, { rules: [probe] });
  expect(outside.anchor.paragraph).toBe(1);
  expect(outside.unitId).toBeUndefined();
  expect(inItem).toMatchObject({ unitId: 'a1/i1', unit: 'ст. 1 п. 1' });
  expect(act.units[inItem.unitId!]!.path).toBe(inItem.unit);
  const naming: Rule = { ...probe, check: (ctx) => ctx.report({ messageId: 'found', data: { word: 'x' }, range: { paragraph: 3, start: 0, end: 1 }, unitId: 'a1' }) };
  expect(runRules(act, { rules: [naming] })[0]).toMatchObject({ unitId: 'a1', unit: 'ст. 1' });
});

test('severity can be overridden or the rule switched off', () => {
  const act = parseAct(docFromLines(RU));
  expect(runRules(act, { rules: [probe], ruleSettings: { 'technique/probe': 'error' } })[0].severity).toBe('error');
  expect(runRules(act, { rules: [probe], ruleSettings: { 'technique/probe': 'off' } })).toEqual([]);
});

test('a report outside its paragraph is a programming error, loud in tests', () => {
  const bad: Rule = { ...probe, check: (ctx) => ctx.report({ messageId: 'found', range: { paragraph: 3, start: 0, end: 999 } }) };
  expect(() => runRules(parseAct(docFromLines(RU)), { rules: [bad] })).toThrow(/out of paragraph/);
});

describe('a rule that gives up on an input far beyond any real act', () => {
  /** Reports once, then overflows as a regexp does on a paragraph of millions of characters. */
  const overflowing: Rule = {
    meta: { ...probe.meta, id: 'technique/overflowing' },
    check(ctx) {
      ctx.report({ messageId: 'found', data: { word: 'вправе' }, range: { paragraph: 3, start: 6, end: 12 } });
      throw new RangeError('Maximum call stack size exceeded');
    },
  };

  test('is named as not run, keeps what it reported, and the rules after it still run', () => {
    const notRun: unknown[] = [];
    const findings = runRules(parseAct(docFromLines(RU)), { rules: [overflowing, probe], onRuleNotRun: (r) => notRun.push(r) });
    expect(notRun).toEqual([{ ruleId: 'technique/overflowing', reason: 'input-too-large' }]);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['technique/overflowing', 'technique/probe']);
  });

  test("a rule's own bug is not mistaken for that: it still fails the run", () => {
    const buggy: Rule = { meta: { ...probe.meta, id: 'technique/buggy' }, check: () => { throw new TypeError('x is undefined'); } };
    expect(() => runRules(parseAct(docFromLines(RU)), { rules: [buggy, probe] })).toThrow(TypeError);
  });
});
