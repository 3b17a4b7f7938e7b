/**
 * Quoted wordings: the one-pass matcher finds exactly the spans of the definition (an opening « at
 * the paragraph start or after a colon, closed by the » that balances it, followed only by ".;,»"
 * and spaces), checked against a direct reading of that definition on random paragraphs.
 */
import { findQuotes, type QuoteSpan } from '../../src/core/act/quotes';

/** The definition read literally (scan ahead from each opening): slow, obviously right. */
function byDefinition(texts: string[], skip: (p: number) => boolean, maxParagraphs = 600): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let p = 0;
  let from = 0;
  while (p < texts.length) {
    const text = texts[p];
    let open = -1;
    if (!skip(p)) {
      for (let i = text.indexOf('«', from); i >= 0 && open < 0; i = text.indexOf('«', i + 1)) {
        if (/^\s*$|:\s*$/.test(text.slice(0, i))) open = i;
      }
    }
    if (open < 0) {
      p++;
      from = 0;
      continue;
    }
    let close: { paragraph: number; offset: number } | undefined;
    let depth = 1;
    for (let q = p; q <= Math.min(texts.length - 1, p + maxParagraphs) && !close; q++) {
      if (q !== p && skip(q)) continue;
      for (let i = q === p ? open + 1 : 0; i < texts[q].length && !close; i++) {
        if (texts[q][i] === '«') depth++;
        else if (texts[q][i] === '»' && --depth === 0) close = { paragraph: q, offset: i };
      }
    }
    if (close && /^[\s.;,»]*$/.test(texts[close.paragraph].slice(close.offset + 1))) {
      spans.push({ start: { paragraph: p, offset: open + 1 }, end: close, openAtStart: /^\s*$/.test(text.slice(0, open)) });
      p = close.paragraph;
      from = close.offset + 1;
    } else from = open + 1;
  }
  return spans;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('findQuotes', () => {
  it('finds an amending wording over several paragraphs, with a law title nested inside', () => {
    const texts = [
      'статью 5 изложить в следующей редакции:',
      '«Статья 5. Порядок применения Закона «О языках»',
      '1. Текст.»;',
      'Статья 6. Прочее',
    ];
    expect(findQuotes(texts, () => false)).toEqual([
      { start: { paragraph: 1, offset: 1 }, end: { paragraph: 2, offset: 9 }, openAtStart: true },
    ]);
  });

  it('finds a Kazakh inline wording after a colon and ignores a guillemet in running text', () => {
    const texts = ['1) 2-тармақ мынадай редакцияда жазылсын: «2. Өтініш он күн ішінде қаралады.»;', 'Заңның «Әкімшілік» деген сөзі'];
    const spans = findQuotes(texts, () => false);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: { paragraph: 0 }, end: { paragraph: 0 }, openAtStart: false });
  });

  it('agrees with the definition on random paragraphs of guillemets, colons and words', () => {
    const alphabet = ['«', '«', '»', '»', ':', ' ', 'а', '.', ';', ',', 'сөз'];
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const texts = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
      );
      const skipped = new Set(texts.map((_, i) => i).filter(() => next() < 0.15));
      const skip = (p: number) => skipped.has(p);
      expect({ seed, spans: findQuotes(texts, skip) }).toEqual({ seed, spans: byDefinition(texts, skip) });
    }
  });

  it('gives up on a » more than 600 paragraphs away', () => {
    const texts = ['«Начало', ...Array.from({ length: 600 }, () => 'текст'), 'конец»;'];
    expect(findQuotes(texts, () => false)).toEqual([]);
    expect(findQuotes(texts.slice(0, 600).concat('конец»;'), () => false)).toHaveLength(1);
  });
});
