/**
 * Builds src/monitor/data/institutions.json: the institutions the 2026 Constitution changed, each
 * row with the 2026 provisions that say so, their Russian and Kazakh text copied from the corpus.
 * A row is written only when the corpus bears it out: the successor's name is in each cited
 * provision (both languages), and the old name is absent from the whole 2026 text (except where
 * the transitional article 95 names the ended Parliament). Otherwise the build fails.
 *
 *   npx tsx scripts/build-institutions.ts [corpus directory] [output file]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..');
const corpusDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'corpus'));
const outFile = path.resolve(process.argv[3] ?? path.join(repoRoot, 'src', 'monitor', 'data', 'institutions.json'));

interface Paragraph {
  n: string | null;
  parent?: string | null;
  text: string;
}
interface Article {
  article: string;
  paragraphs: Paragraph[];
}

/** What each row claims; the build checks it against the 2026 text. */
interface RowSpec {
  id: 'parliament' | 'senate' | 'mazhilis' | 'chambers' | 'deputy';
  /** The old name as the 2026 text would write it, if it had it (a word start, case as written). */
  absent: { ru: string; kk: string };
  successor: { ru: string; kk: string };
  /** 2026 provisions (article.item) that name the successor or end the old body. */
  places: string[];
}

const ROWS: RowSpec[] = [
  { id: 'parliament', absent: { ru: 'Парламент', kk: 'Парламент' }, successor: { ru: 'Курултай', kk: 'Құрылтай' }, places: ['52.1', '95.1'] },
  { id: 'senate', absent: { ru: 'Сенат', kk: 'Сенат' }, successor: { ru: 'Курултай', kk: 'Құрылтай' }, places: ['53.1', '95.1'] },
  { id: 'mazhilis', absent: { ru: 'Мажилис', kk: 'Мәжіліс' }, successor: { ru: 'Курултай', kk: 'Құрылтай' }, places: ['53.1', '95.1'] },
  { id: 'chambers', absent: { ru: 'Палат', kk: 'Палата' }, successor: { ru: 'Курултай', kk: 'Құрылтай' }, places: ['53.1', '95.1'] },
  { id: 'deputy', absent: { ru: 'депутат Парламента', kk: 'Парламент депутат' }, successor: { ru: 'депутат', kk: 'депутат' }, places: ['53.1', '95.1'] },
];

/** The transitional provision that names the ended Parliament (the only place the old name may stand). */
const TRANSITIONAL = '95.1';

function load(lang: 'ru' | 'kk'): Article[] {
  return JSON.parse(readFileSync(path.join(corpusDir, 'constitution', `constitution_2026_${lang}.json`), 'utf8')) as Article[];
}

/** Text of "52.1" (item 1 with its unnumbered continuation) or "52" (the article). */
function provisionText(articles: Article[], place: string): string | undefined {
  const [a, item] = place.split('.');
  const art = articles.find((x) => x.article === a);
  if (!art) return undefined;
  const ps = item ? art.paragraphs.filter((p) => p.n === item || (p.n === null && p.parent === item)) : art.paragraphs;
  return ps.length ? ps.map((p) => p.text).join(' ') : undefined;
}

function main(): void {
  const texts = { ru: load('ru'), kk: load('kk') };
  const rows = ROWS.map((row) => {
    const provisions = row.places.map((place) => {
      const text = { ru: provisionText(texts.ru, place), kk: provisionText(texts.kk, place) };
      for (const lang of ['ru', 'kk'] as const) {
        const t = text[lang];
        if (!t) throw new Error(`${row.id}: the 2026 Constitution (${lang}) has no provision ${place}`);
        const names = place === TRANSITIONAL ? (lang === 'ru' ? 'Парламент' : 'Парламент') : row.successor[lang];
        if (!t.toLowerCase().includes(names.toLowerCase())) throw new Error(`${row.id}: 2026 ${place} (${lang}) does not name "${names}"`);
      }
      return { place, ru: text.ru!, kk: text.kk! };
    });
    for (const lang of ['ru', 'kk'] as const) {
      // The name as a word start, in its own case ("Палата", not "оплата").
      const name = new RegExp(`(?<![\\p{L}])${row.absent[lang]}`, 'u');
      for (const art of texts[lang])
        for (const p of art.paragraphs) {
          const place = `${art.article}.${p.n ?? p.parent}`;
          if (place !== TRANSITIONAL && name.test(p.text)) throw new Error(`${row.id}: the 2026 text (${lang}) still names "${row.absent[lang]}" in ${place}`);
        }
    }
    return { id: row.id, successor: row.successor, provisions };
  });
  const out = {
    source: 'constitution/constitution_2026_ru.json, constitution/constitution_2026_kk.json (built by scripts/build-institutions.ts)',
    rows,
  };
  writeFileSync(outFile, JSON.stringify(out, null, 1) + '\n');
  process.stdout.write(`${rows.length} rows → ${path.relative(repoRoot, outFile)}\n`);
}

main();
