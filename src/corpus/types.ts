/**
 * The built-in legal corpus as the product sees it at run time (built by scripts/build-corpus-index.ts
 * from ../shared/corpus into src/corpus/data/). Every citation shown to a person is looked up here.
 */
import type { Citation } from '../core/finding';
import type { Language } from '../core/language';

export interface ConstitutionProvision {
  /** "const2026:41.1", "const2026:60.3(4)", "const2026:12" (whole article). */
  id: string;
  article: string;
  item?: string;
  subitem?: string;
  text: { ru: string; kk: string };
  /** The 1995 place(s) of the same provision, from the concordance ("39.1"). */
  from1995?: string[];
}

export interface CourtResolution {
  /** "cc:61-НП" */
  id: string;
  number: string;
  date: string;
  summary: string;
  /** 2026 articles the resolution bears on (mapped from its 1995 articles). */
  articles2026: string[];
  articles1995: string[];
  url?: string;
  /** Constitutional Court (2023–) or the former Constitutional Council. */
  body?: 'cc' | 'council';
  outcome?: string;
}

export interface RegistryAct {
  /** "act:<doc id or requisites slug>" */
  id: string;
  titleRu: string;
  titleKk?: string;
  typeRu?: string;
  typeKk?: string;
  date?: string;
  number?: string;
  status: 'in_force' | 'in_force_per_source' | 'repealed';
  repealedBy?: string;
  /** Official address (adilet or zan.gov.kz), when known. */
  url?: string;
}

export interface SearchHit {
  id: string;
  kind: 'constitution' | 'resolution' | 'legal-acts-law' | 'international';
  score: number;
  label: string;
  text: string;
  from1995?: string[];
  date?: string;
  /** Constitution / Law "On Legal Acts": the provision's article, item and subitem. */
  article?: string;
  item?: string;
  subitem?: string;
  /** Resolutions: the number ("61-НП") and the 2026 articles it bears on. */
  resolution?: string;
  articles2026?: string[];
  /** Language of `text` (the Kazakh text of a provision is matched by a Kazakh query). */
  language?: Language;
  url?: string;
}

export interface CorpusIndex {
  version: string;
  /** A citation by id, with its label in the given language; undefined if the corpus lacks it. */
  cite(id: string, language: Language): Citation | undefined;
  constitution(article: string, item?: string, subitem?: string): ConstitutionProvision | undefined;
  /** 2026 places of a 1995 article/item ("39", "39.1"). */
  from1995(article: string, item?: string): string[];
  resolution(number: string): CourtResolution | undefined;
  /** Acts of the registry whose title matches (normalised, either language). */
  findActs(query: { title?: string; type?: string; date?: string; number?: string }): RegistryAct[];
  search(text: string, options?: { limit?: number; kinds?: SearchHit['kind'][] }): SearchHit[];
  /** Every stored text of a source in all its languages (to check a quoted source word for word). */
  sourceTexts?(id: string): string[];
  /** Builds the search index now (a server does it at start-up). */
  warmUp?(): void;
}
