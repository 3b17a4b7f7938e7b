/**
 * Findings on units numbered automatically (Word's list labels are not text): the anchor must quote
 * what the paragraph holds — its first words, or an empty range at its start — never a label "1."
 * the text does not have. Real .docx files with automatic numbering: the dev eval's draft and a
 * Kazakh draft of the generalisation set, both built with Word numbering (numbering.xml).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readDocx } from '../../src/hosts/docx/read';
import { reviewLocal } from '../../src/engine/local';
import { loadCorpus } from '../../src/corpus/index';

const FILES = [path.resolve(__dirname, '../../../shared/eval/dev-ru-autonum.docx'), path.resolve(__dirname, '../fixtures/generalization/g3-kk-autonum.docx')];

describe.each(FILES)('%s', (file) => {
  let review: ReturnType<typeof reviewLocal>;
  let texts: string[];
  let labels: (string | undefined)[];
  beforeAll(async () => {
    const { model } = await readDocx(new Uint8Array(readFileSync(file)), { source: file });
    texts = model.paragraphs.map((p) => p.text);
    labels = model.paragraphs.map((p) => p.listLabel);
    review = reviewLocal(model, { corpus: loadCorpus() });
  });
  /** The automatically numbered unit that begins in the paragraph, if any. */
  const autoUnitAt = (paragraph: number) => Object.values(review.act.units).find((u) => u.paragraph === paragraph && u.autoNumbered);

  test('the document has automatic numbering and findings on automatically numbered units', () => {
    expect(labels.filter(Boolean).length).toBeGreaterThan(5);
    const onAuto = review.findings.filter((f) => f.category === 'structure' && autoUnitAt(f.anchor.paragraph));
    expect(onAuto.length).toBeGreaterThan(0);
  });

  test('every quote is the paragraph text between start and end', () => {
    for (const f of review.findings) expect([f.ruleId, texts[f.anchor.paragraph].slice(f.anchor.start, f.anchor.end)]).toEqual([f.ruleId, f.anchor.quote]);
  });

  test('a finding on an automatic label quotes the first words, or nothing, at the start of the unit text', () => {
    for (const f of review.findings) {
      const unit = autoUnitAt(f.anchor.paragraph);
      const label = labels[f.anchor.paragraph];
      if (!unit || !label || f.category !== 'structure') continue;
      const text = texts[f.anchor.paragraph];
      expect(f.anchor.quote).not.toBe(label.trim());
      expect(f.anchor.start).toBe(unit.textStart + (/^\s*/.exec(text.slice(unit.textStart))?.[0].length ?? 0));
      expect(text.slice(0, f.anchor.start).trim()).toBe('');
    }
  });
});
