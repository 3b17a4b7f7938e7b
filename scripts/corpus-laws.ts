/**
 * The real laws of ../shared/corpus/test_documents as paragraphs, the way a .docx of the official
 * text holds them: type line, title, section/chapter headings, "Статья N. Title" / "N-бап. Title",
 * items "1. …", subitems "1) …", unnumbered parts, and the database's editorial notes.
 * Used by the bench, the real-law checks and `npm run corpus:docx` (writes them as .docx).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const SHARED = path.resolve(__dirname, '..', '..', 'shared');
export const TEST_DOCUMENTS = path.join(SHARED, 'corpus', 'test_documents');

export const CORPUS_LAWS = {
  'labour-code-ru': { file: 'labour_code_ru.json', language: 'ru', typeLine: 'ТРУДОВОЙ КОДЕКС РЕСПУБЛИКИ КАЗАХСТАН', title: '' },
  'constitutional-court-ru': {
    file: 'constitutional_law_on_constitutional_court_ru.json',
    language: 'ru',
    typeLine: 'КОНСТИТУЦИОННЫЙ ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
    title: 'О Конституционном Суде Республики Казахстан',
  },
  'prosecution-ru': {
    file: 'constitutional_law_on_prosecution_ru.json',
    language: 'ru',
    typeLine: 'КОНСТИТУЦИОННЫЙ ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН',
    title: 'О прокуратуре',
  },
  'peaceful-assemblies-ru': { file: 'peaceful_assemblies_law_ru.json', language: 'ru', typeLine: 'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', title: '' },
  'peaceful-assemblies-kk': { file: 'peaceful_assemblies_law_kk.json', language: 'kk', typeLine: 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', title: '' },
} as const;
export type CorpusLawName = keyof typeof CORPUS_LAWS;

interface JsonParagraph {
  n: string | null;
  parent?: string;
  text: string;
}
interface JsonArticle {
  article: string;
  title?: string;
  section?: string | null;
  chapter?: string | null;
  paragraphs: JsonParagraph[];
  /** Editorial notes: plain strings, or {attached_to, text} in some files. */
  notes?: Array<string | { text: string; attached_to?: string }>;
  status?: string;
}

export interface CorpusLaw {
  name: CorpusLawName;
  language: 'ru' | 'kk';
  lines: string[];
  /** Article numbers in order, for checking a parser against the source. */
  articles: { number: string; items: string[]; subitems: string[] }[];
}

export function loadCorpusLaw(name: CorpusLawName, options: { notes?: boolean } = {}): CorpusLaw {
  const spec = CORPUS_LAWS[name];
  const raw = JSON.parse(readFileSync(path.join(TEST_DOCUMENTS, spec.file), 'utf8')) as
    | JsonArticle[]
    | { title: string; act_type?: string; articles: JsonArticle[]; signature?: string[] };
  const list = Array.isArray(raw) ? raw : raw.articles;
  const title = spec.title || (Array.isArray(raw) ? '' : raw.title);
  const lines: string[] = [spec.typeLine];
  if (title) lines.push(title);
  const articles: CorpusLaw['articles'] = [];
  let section: string | null | undefined;
  let chapter: string | null | undefined;
  for (const a of list) {
    if (a.section && a.section !== section) lines.push(a.section);
    section = a.section ?? section;
    if (a.chapter && a.chapter !== chapter) lines.push(a.chapter);
    chapter = a.chapter ?? chapter;
    const head = spec.language === 'kk' ? `${a.article}-бап.` : `Статья ${a.article}.`;
    lines.push(a.title ? `${head} ${a.title}` : head);
    if (options.notes !== false) for (const note of a.notes ?? []) lines.push(typeof note === 'string' ? note : note.text);
    const items: string[] = [];
    const subitems: string[] = [];
    for (const p of a.paragraphs) {
      if (p.n === null || p.n === undefined) lines.push(p.text);
      else {
        lines.push(`${p.n}${p.n.endsWith(')') ? '' : '.'} ${p.text}`);
        if (p.n.endsWith(')')) subitems.push(`${p.parent ?? ''}/${p.n.slice(0, -1)}`);
        else items.push(p.n);
      }
    }
    articles.push({ number: a.article, items, subitems });
  }
  if (!Array.isArray(raw) && raw.signature) lines.push(...raw.signature);
  return { name, language: spec.language, lines, articles };
}

/** `npm run corpus:docx [OUTDIR]`: writes every corpus law as a .docx (default out/corpus). */
async function main(): Promise<void> {
  const { buildDocx } = await import('../src/hosts/docx/build');
  const { mkdir, writeFile } = await import('node:fs/promises');
  const out = process.argv[2] ?? path.join('out', 'corpus');
  await mkdir(out, { recursive: true });
  for (const name of Object.keys(CORPUS_LAWS) as CorpusLawName[]) {
    const law = loadCorpusLaw(name);
    const file = path.join(out, `${name}.docx`);
    await writeFile(file, await buildDocx(law.lines));
    process.stdout.write(`${file}: ${law.lines.length} paragraphs, ${law.articles.length} articles\n`);
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
