/**
 * Search over the 2026 Constitution (ru + kk), the Constitutional Court resolutions and the Law
 * "On Legal Acts", for "which provisions does this clause engage?".
 *
 * Documents are the smallest addressable units (items, subitems, articles without items), one per
 * language. A constitutional provision also carries, at lower weight:
 *  - hand-kept typical draft wordings that engage it (scripts/corpus-search-hints.json, from
 *    DOMAIN.md § 5), because a risky clause rarely shares words with the right it infringes
 *    ("обжалованию не подлежит" vs "право на судебную защиту");
 *  - the text of norms the Constitutional Court reviewed under it (resolutions annotated at item
 *    level, mapped through the concordance).
 */
import { detectLanguage, type Language } from '../core/language';
import { Bm25Index, type IndexedField } from './bm25';
import type { ResolutionData, SearchHintData } from './data-types';
import { constitutionLabel, legalActsLawLabel, resolutionLabel } from './labels';
import type { InternationalCorpus } from './international';
import { parseProvisionKey, type Provision } from './provisions';
import { terms } from './text';
import type { CourtResolution, SearchHit } from './types';

const WEIGHT_TEXT = 1;
const WEIGHT_LEAD = 0.35;
const WEIGHT_HINT = 0.8;
const WEIGHT_REVIEWED = 0.25;

export interface SearchSources {
  c2026: Map<string, Provision>;
  to1995(key: string): string[];
  resolutions: { data: ResolutionData; resolution: CourtResolution }[];
  llaRu: Map<string, Provision>;
  llaKk: Map<string, Provision>;
  llaTitles: Map<string, { ru: string; kk?: string }>;
  hints: SearchHintData[];
  resolutionPlaces(r: ResolutionData): string[];
  international?: InternationalCorpus;
}

interface DocMeta {
  id: string;
  kind: SearchHit['kind'];
  language: Language;
  text: string;
  build(language: Language): Omit<SearchHit, 'score'>;
}

/**
 * Provisions that are search documents: items and subitems (an item with subitems keeps its
 * lead-in), and whole articles only when they have neither, so no text is indexed twice.
 */
function searchDocuments(all: Map<string, Provision>): Provision[] {
  const divided = new Set<string>();
  for (const p of all.values()) if (p.item || p.subitem) divided.add(p.article);
  return [...all.values()].filter((p) => p.item || p.subitem || !divided.has(p.article));
}

export class CorpusSearch {
  private readonly index: Bm25Index;
  private readonly docs: DocMeta[] = [];

  constructor(src: SearchSources) {
    const fields: IndexedField[][] = [];
    // Lead-ins and reviewed norms recur across documents: tokenise each text once.
    const memo = new Map<string, string[]>();
    const termsOf = (text: string, language: Language): string[] => {
      const key = `${language}\u0000${text}`;
      let t = memo.get(key);
      if (!t) memo.set(key, (t = terms(text, language)));
      return t;
    };
    const add = (meta: DocMeta, f: IndexedField[]) => {
      this.docs.push(meta);
      fields.push(f);
    };

    const hintsById = new Map<string, SearchHintData[]>();
    for (const h of src.hints) hintsById.set(h.id, [...(hintsById.get(h.id) ?? []), h]);
    const reviewedById = new Map<string, string[]>();
    for (const { data } of src.resolutions) {
      if (!data.r) continue;
      for (const place of src.resolutionPlaces(data)) {
        const id = `const2026:${place}`;
        reviewedById.set(id, [...(reviewedById.get(id) ?? []), data.r]);
      }
    }

    // Constitution 2026, ru and kk.
    for (const p of searchDocuments(src.c2026)) {
      const id = `const2026:${p.key}`;
      const from1995 = src.to1995(p.key);
      const earlier = from1995.map((x) => parseProvisionKey(x)!).filter(Boolean);
      (['ru', 'kk'] as const).forEach((language, l) => {
        const f: IndexedField[] = [{ terms: terms(p.own[l], language), weight: WEIGHT_TEXT }];
        if (p.lead) f.push({ terms: termsOf(p.lead[l], language), weight: WEIGHT_LEAD });
        for (const h of hintsById.get(id) ?? []) f.push({ terms: h[language].flatMap((t) => terms(t, language)), weight: WEIGHT_HINT, expansion: true });
        // Reviewed norms: each distinct term counts once, so a much-litigated provision is not flooded.
        const reviewed = reviewedById.get(id);
        if (language === 'ru' && reviewed) f.push({ terms: [...new Set(reviewed.flatMap((r) => termsOf(r, 'ru')))], weight: WEIGHT_REVIEWED, expansion: true });
        add(
          {
            id,
            kind: 'constitution',
            language,
            text: p.text[l],
            build: (lang) => ({
              id,
              kind: 'constitution',
              label: constitutionLabel(2026, p, lang, earlier),
              text: p.text[l],
              article: p.article,
              ...(p.item ? { item: p.item } : {}),
              ...(p.subitem ? { subitem: p.subitem } : {}),
              ...(from1995.length ? { from1995 } : {}),
              language,
            }),
          },
          f,
        );
      });
    }

    // Constitutional Court resolutions (ru summaries and reviewed norms; kk notes where present).
    for (const { data, resolution } of src.resolutions) {
      const ru = [data.s, data.r].filter(Boolean).join('\n');
      const variants: [Language, string][] = [['ru', ru]];
      if (data.kk) variants.push(['kk', data.kk]);
      for (const [language, text] of variants) {
        if (!text) continue;
        const hit = (lang: Language): Omit<SearchHit, 'score'> => ({
          id: resolution.id,
          kind: 'resolution',
          label: resolutionLabel(resolution.body ?? 'cc', resolution.number, resolution.date, lang),
          text: language === 'ru' ? data.s || data.r : text,
          date: resolution.date,
          resolution: resolution.number,
          articles2026: resolution.articles2026,
          ...(resolution.articles1995.length ? { from1995: resolution.articles1995 } : {}),
          language,
          ...(resolution.url ? { url: resolution.url } : {}),
        });
        add({ id: resolution.id, kind: 'resolution', language, text, build: hit }, [{ terms: terms(text, language), weight: WEIGHT_TEXT }]);
      }
    }

    // The Law "On Legal Acts": Russian (ed. 09.01.2026) and Kazakh key articles (2021).
    const lawDocs = (map: Map<string, Provision>, language: Language) => {
      for (const p of searchDocuments(map)) {
        const id = `lla:${p.key}`;
        const title = language === 'kk' ? src.llaTitles.get(p.article)?.kk ?? '' : src.llaTitles.get(p.article)?.ru ?? '';
        const f: IndexedField[] = [
          { terms: terms(p.own[0], language), weight: WEIGHT_TEXT },
          { terms: termsOf(title, language), weight: WEIGHT_LEAD },
        ];
        if (p.lead) f.push({ terms: termsOf(p.lead[0], language), weight: WEIGHT_LEAD });
        add(
          {
            id,
            kind: 'legal-acts-law',
            language,
            text: p.text[0],
            build: (lang) => ({
              id,
              kind: 'legal-acts-law',
              label: legalActsLawLabel(p, lang),
              text: p.text[0],
              article: p.article,
              ...(p.item ? { item: p.item } : {}),
              ...(p.subitem ? { subitem: p.subitem } : {}),
              language,
            }),
          },
          f,
        );
      }
    };
    lawDocs(src.llaRu, 'ru');
    lawDocs(src.llaKk, 'kk');

    // International instruments: found by their Russian and Kazakh search words (the treaty texts
    // are English), and by their own text where it is Russian or Kazakh (the UDHR); the hit shows
    // the English text, which may be quoted as it stands.
    const intl = src.international;
    for (const p of intl?.all() ?? []) {
      const hint = intl!.hints.get(p.group);
      const english = p.texts.find((t) => t.language === 'en')?.text;
      (['ru', 'kk'] as const).forEach((language) => {
        const own = p.texts.find((t) => t.language === language)?.text;
        const f: IndexedField[] = [];
        if (own) f.push({ terms: terms(own, language), weight: WEIGHT_TEXT });
        if (hint) f.push({ terms: hint[language].flatMap((t) => termsOf(t, language)), weight: WEIGHT_HINT, expansion: true });
        if (f.length === 0) return;
        const text = own ?? english ?? p.texts[0]!.text;
        add({ id: p.id, kind: 'international', language, text, build: (lang) => ({ id: p.id, kind: 'international', label: intl!.cite(p.id, lang)?.label ?? p.id, text, language }) }, f);
      });
    }

    this.index = new Bm25Index(fields.map((f) => ({ fields: f })));
  }

  get size(): number {
    return this.docs.length;
  }

  search(text: string, options: { limit?: number; kinds?: SearchHit['kind'][] } = {}): SearchHit[] {
    const limit = options.limit ?? 10;
    if (!text.trim() || limit <= 0) return [];
    const language = detectLanguage(text);
    const kinds = options.kinds?.length ? new Set(options.kinds) : undefined;
    const scores = this.index.score(terms(text, language), kinds ? (d) => kinds.has(this.docs[d].kind) : undefined);
    // One hit per id: the best-scoring language version.
    const best = new Map<string, { doc: number; score: number }>();
    for (const [doc, score] of scores) {
      const id = this.docs[doc].id;
      const cur = best.get(id);
      if (!cur || score > cur.score) best.set(id, { doc, score });
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || this.docs[a.doc].id.localeCompare(this.docs[b.doc].id))
      .slice(0, limit)
      .map(({ doc, score }) => ({ ...this.docs[doc].build(language), score: Math.round(score * 1000) / 1000 }));
  }
}
