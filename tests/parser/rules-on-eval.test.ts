/**
 * The structure, crossref and terms rules against the dev eval set (matching rule of
 * eval/README.md: same category, same paragraph, overlapping range) and the real laws of the
 * corpus, which must stay quiet (no error or warning). The drafts are read from their .docx, so
 * automatic numbering is seen as Word renders it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAct } from '../../src/core/act/parse';
import { docFromLines } from '../../src/core/document';
import type { Finding } from '../../src/core/finding';
import { runRules } from '../../src/checks/runner';
import { rulesByCategory } from '../../src/checks/index';
import { readDocx } from '../../src/hosts/docx/read';
import { corpusLines, EVAL, evalExpected } from './helpers';

const CATEGORIES = ['structure', 'crossref', 'terms'] as const;
const rules = rulesByCategory([...CATEGORIES]);

async function review(id: string): Promise<{ findings: Finding[]; texts: string[] }> {
  const docx = await readDocx(new Uint8Array(fs.readFileSync(path.join(EVAL, `${id}.docx`))), { source: id });
  const act = parseAct(docx.model);
  return { findings: runRules(act, { rules }), texts: docx.model.paragraphs.map((p) => p.text) };
}

const DRAFTS = ['dev-ru-new-law', 'dev-ru-amending', 'dev-kk-bylaw', 'dev-pair-ru', 'dev-pair-kk', 'dev-ru-autonum', 'dev-ru-clean-control'];

describe.each(DRAFTS)('%s', (id) => {
  test('every expected structure/crossref/terms finding is found, and nothing else is reported', async () => {
    const { findings, texts } = await review(id);
    const expected = evalExpected(id).findings.filter((f) => (CATEGORIES as readonly string[]).includes(f.category));
    const unmatched = [...findings];
    const missed: string[] = [];
    for (const e of expected) {
      const at = texts[e.paragraph].indexOf(e.quote);
      const k = unmatched.findIndex(
        (f) => f.category === e.category && f.anchor.paragraph === e.paragraph && f.anchor.start < at + e.quote.length && f.anchor.end > at,
      );
      if (k >= 0) unmatched.splice(k, 1);
      else missed.push(`${e.category} ¶${e.paragraph} «${e.quote}»`);
    }
    expect(missed).toEqual([]);
    expect(unmatched.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ¶${f.anchor.paragraph} «${f.anchor.quote}»`)).toEqual([]);
  });
});

test.each([
  'labour_code_ru.txt',
  'constitutional_law_on_constitutional_court_ru.txt',
  'constitutional_law_on_prosecution_ru.txt',
  'peaceful_assemblies_law_ru.md',
  'peaceful_assemblies_law_kk.md',
])('the real law %s raises no error or warning', (file) => {
  const act = parseAct(docFromLines(corpusLines(file)));
  const loud = runRules(act, { rules }).filter((f) => f.severity !== 'info');
  expect(loud.map((f) => `${f.ruleId} ¶${f.anchor.paragraph} «${f.anchor.quote}»`)).toEqual([]);
});
