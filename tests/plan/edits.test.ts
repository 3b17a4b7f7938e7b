import { applyEdits, diffSegments, EditConflictError, tokenizeWords, wordEdits } from '../../src/core/edits';
import { corpusParagraphs, mutate, pick, prng } from './corpusParagraphs';

describe('tokenizeWords', () => {
  it('keeps Cyrillic and Kazakh words whole and loses nothing', () => {
    const text = 'Уәкілетті орган құқылы, в разумный срок (статья 12-1)';
    const tokens = tokenizeWords(text);
    expect(tokens.join('')).toBe(text);
    expect(tokens).toContain('Уәкілетті');
    expect(tokens).toContain('құқылы');
    expect(tokens).toContain('разумный');
  });
});

describe('wordEdits', () => {
  it('turns a replaced Russian word into one hunk with both texts', () => {
    const edits = wordEdits('орган вправе отказать', 'орган обязан отказать');
    expect(edits).toEqual([{ start: 6, end: 12, deleted: 'вправе', inserted: 'обязан' }]);
  });

  it('changes only the number in a reference, not the words around it', () => {
    const edits = wordEdits('пунктом 3 статьи 15 настоящего Закона', 'пунктом 3 статьи 14 настоящего Закона');
    expect(edits).toEqual([{ start: 17, end: 19, deleted: '15', inserted: '14' }]);
  });

  it('makes a pure insertion a hunk with start == end', () => {
    const edits = wordEdits('в срок', 'в установленный срок');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.start).toBe(edits[0]!.end);
    expect(applyEdits('в срок', edits)).toBe('в установленный срок');
  });

  it('merges changes separated only by spaces into one readable change (Kazakh)', () => {
    const before = 'қажет болған жағдайда тексеру жүргізіледі';
    const after = 'осы Заңның 5-бабында көзделген жағдайларда тексеру жүргізіледі';
    const edits = wordEdits(before, after);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.deleted).toBe('қажет болған жағдайда');
    expect(applyEdits(before, edits)).toBe(after);
  });

  it('deletes an open-list tail without touching the rest', () => {
    const before = 'паспорт, справка и т.д.';
    const after = 'паспорт, справка';
    const edits = wordEdits(before, after);
    expect(edits.map((e) => e.deleted).join('|')).toBe(' и т.д.');
    expect(edits.every((e) => e.inserted === '')).toBe(true);
  });

  it('gives one change, quickly, for a total rewrite of a long passage', () => {
    const words = (seed: string) => Array.from({ length: 3000 }, (_, i) => `${seed}${i}`).join(' ');
    const before = `Статья 5. ${words('а')} конец.`;
    const after = `Статья 5. ${words('б')} конец.`;
    const started = Date.now();
    const edits = wordEdits(before, after);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.start).toBe('Статья 5. '.length);
    expect(applyEdits(before, edits)).toBe(after);
  });

  it('gives no edits for equal texts', () => {
    expect(wordEdits('текст', 'текст')).toEqual([]);
  });

  it('on real paragraphs: applying the edits gives the replacement, deleted strings are the original slices', () => {
    const rand = prng(20261125);
    const paragraphs = [...corpusParagraphs('peaceful_assemblies_law_ru.json'), ...corpusParagraphs('peaceful_assemblies_law_kk.json')];
    for (let n = 0; n < 400; n++) {
      const original = pick(rand, paragraphs);
      const replacement = mutate(rand, original);
      const edits = wordEdits(original, replacement);
      expect(applyEdits(original, edits)).toBe(replacement);
      let pos = 0;
      for (const e of edits) {
        expect(e.start).toBeGreaterThanOrEqual(pos);
        expect(original.slice(e.start, e.end)).toBe(e.deleted);
        expect(e.deleted !== '' || e.inserted !== '').toBe(true);
        pos = e.end;
      }
    }
  });
});

describe('diffSegments', () => {
  it('shows struck and inserted words in reading order', () => {
    expect(diffSegments('в разумный срок рассматривает', 'в течение десяти дней рассматривает')).toEqual([
      { kind: 'same', text: 'в ' },
      { kind: 'deleted', text: 'разумный срок' },
      { kind: 'inserted', text: 'течение десяти дней' },
      { kind: 'same', text: ' рассматривает' },
    ]);
  });
});

describe('applyEdits', () => {
  it('refuses an edit whose deleted text is not there (stale)', () => {
    expect(() => applyEdits('орган обязан', [{ start: 6, end: 12, deleted: 'вправе', inserted: 'x' }])).toThrow(EditConflictError);
  });
  it('refuses overlapping edits', () => {
    const edits = [
      { start: 0, end: 5, deleted: 'орган', inserted: 'a' },
      { start: 3, end: 6, deleted: 'ан ', inserted: 'b' },
    ];
    expect(() => applyEdits('орган обязан', edits)).toThrow(EditConflictError);
  });
});
