import { loadCorpusLaw } from '../../../scripts/corpus-laws';
import { docFromLines } from '../../core/document';
import { reviewLocal } from '../../engine/local';
import { loadCorpus } from '../../corpus';
import { bilingualParity } from './bilingual';

// The official ru/kk texts of the Law on peaceful assemblies are authentic to each other: the
// parity check must stay quiet on them, whichever text is the main one.
describe('bilingual/parity on an official pair', () => {
  const ru = docFromLines(loadCorpusLaw('peaceful-assemblies-ru').lines);
  const kk = docFromLines(loadCorpusLaw('peaceful-assemblies-kk').lines);
  test.each([
    ['ru', ru, kk],
    ['kk', kk, ru],
  ])('main %s: no parity error', (_lang, main, pair) => {
    const { findings } = reviewLocal(main, { pair, rules: [bilingualParity], corpus: loadCorpus() });
    expect(findings.map((f) => `${f.anchor.paragraph} «${f.anchor.quote}» ${f.message}`)).toEqual([]);
  });
  test('a changed figure in the official pair is caught', () => {
    const lines = loadCorpusLaw('peaceful-assemblies-kk').lines;
    const i = lines.findIndex((l) => / жеті жұмыс күні /.test(l));
    expect(i).toBeGreaterThan(0);
    const changed = lines.map((l, k) => (k === i ? l.replace(' жеті жұмыс күні ', ' он жұмыс күні ') : l));
    const { findings } = reviewLocal(ru, { pair: docFromLines(changed), rules: [bilingualParity], corpus: loadCorpus() });
    expect(findings).toHaveLength(1);
    expect(findings[0].pairAnchor?.quote).toBe('он жұмыс күні');
  });
});
