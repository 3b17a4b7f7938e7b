/**
 * The parser on real laws of the corpus: every article, item and subitem the official JSON lists
 * must be found with the same numbers (ru and kk), and the Labour Code must parse fast.
 */
import { parseAct } from '../../src/core/act/parse';
import type { Act, Unit } from '../../src/core/act/types';
import { docFromLines } from '../../src/core/document';
import { corpusArticles, corpusLines, type CorpusArticle } from './helpers';

/**
 * `extra`: articles the JSON misses and the parser rightly finds. In the Constitutional Court law
 * the PDF text joins "Глава 5. …" and "Статья 23. Компетенция …" on one line; the JSON lost
 * article 23 there, the parser splits the line.
 */
const LAWS: Array<{ text: string; json: string; language: 'ru' | 'kk'; articles: number; extra?: string[] }> = [
  { text: 'labour_code_ru.txt', json: 'labour_code_ru.json', language: 'ru', articles: 221 },
  { text: 'constitutional_law_on_constitutional_court_ru.txt', json: 'constitutional_law_on_constitutional_court_ru.json', language: 'ru', articles: 66, extra: ['23'] },
  { text: 'constitutional_law_on_prosecution_ru.txt', json: 'constitutional_law_on_prosecution_ru.json', language: 'ru', articles: 49 },
  { text: 'peaceful_assemblies_law_ru.md', json: 'peaceful_assemblies_law_ru.json', language: 'ru', articles: 21 },
  { text: 'peaceful_assemblies_law_kk.md', json: 'peaceful_assemblies_law_kk.json', language: 'kk', articles: 21 },
];

/**
 * The Labour Code JSON lists article 68 twice: the second entry is the PDF line "Статья 68 с
 * изменением, внесенным Законом …", an editorial note that lost its "Сноска." at a page break.
 */
function truthArticles(json: string): CorpusArticle[] {
  const seen = new Set<string>();
  return corpusArticles(json).filter((a) => {
    if (seen.has(a.article)) return false;
    seen.add(a.article);
    return true;
  });
}

function draftArticles(act: Act): Map<string, Unit> {
  return new Map(Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).map((u) => [u.number, u]));
}

function itemsOf(article: Unit): string[] {
  return article.children.filter((c) => c.kind === 'item').map((c) => c.number);
}

/** "item/subitem" for every subitem of the article, in order ("/3" when directly under the article). */
function subitemsOf(article: Unit): string[] {
  const out: string[] = [];
  const walk = (u: Unit, item: string): void => {
    for (const c of u.children) {
      if (c.kind === 'subitem') out.push(`${item}/${c.number}`);
      walk(c, c.kind === 'item' ? c.number : item);
    }
  };
  walk(article, '');
  return out;
}

describe.each(LAWS)('$text', ({ text, json, language, articles, extra = [] }) => {
  const act = parseAct(docFromLines(corpusLines(text)));
  const found = draftArticles(act);
  const truth = truthArticles(json);

  test('language, and every article found with its number', () => {
    expect(act.language).toBe(language);
    expect(truth).toHaveLength(articles);
    expect([...found.keys()].sort()).toEqual([...truth.map((a) => a.article), ...extra].sort());
  });

  test('every item and subitem of every article found with its number', () => {
    const mismatches: string[] = [];
    for (const a of truth) {
      const u = found.get(a.article)!;
      const items = a.paragraphs.filter((p) => p.n && !p.n.endsWith(')')).map((p) => p.n);
      const subs = a.paragraphs.filter((p) => p.n?.endsWith(')')).map((p) => `${p.parent ?? ''}/${p.n!.slice(0, -1)}`);
      if (itemsOf(u).join() !== items.join()) mismatches.push(`art. ${a.article} items ${itemsOf(u).join()} ≠ ${items.join()}`);
      if (subitemsOf(u).join() !== subs.join()) mismatches.push(`art. ${a.article} subitems ${subitemsOf(u).join()} ≠ ${subs.join()}`);
    }
    expect(mismatches).toEqual([]);
  });

  test('notes are notes, and the signature closes the act', () => {
    const roles = act.paragraphs.map((p) => p.role);
    expect(roles).not.toContain('quote');
    const last = act.doc.paragraphs.length - 1;
    expect(roles[last]).toBe('signature');
    act.doc.paragraphs.forEach((p, i) => {
      if (/^(?:Сноска|Ескерту)\./.test(p.text)) expect(`${i}:${roles[i]}`).toBe(`${i}:note`);
    });
  });
});

test('the Labour Code (≈2,400 paragraphs) parses into its 221 articles, the same each time', () => {
  // Parse time is a benchmark figure (npm run bench prints it), not a test.
  const doc = docFromLines(corpusLines('labour_code_ru.txt'));
  const first = parseAct(doc);
  const act = parseAct(doc);
  expect(draftArticles(act).size).toBe(221);
  expect(Object.keys(act.units)).toEqual(Object.keys(first.units));
});
