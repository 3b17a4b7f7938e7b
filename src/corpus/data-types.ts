/**
 * Shapes of the generated files in src/corpus/data/ (written by scripts/build-corpus-index.ts).
 * Short keys keep the files small; this module is the one place that names them.
 */

/** [number, parent item, ru text, kk text]: number "1" = item, "1)" = subitem, null = unnumbered part. */
export type BilingualPara = readonly [string | null, string | null, string, string];
/** [number, parent item, text]. */
export type Para = readonly [string | null, string | null, string];

export interface ConstitutionArticleData {
  a: string;
  /** "excluded" for articles removed from the text (1995 art. 84). */
  st?: string;
  p: BilingualPara[];
}

export interface ConcordanceEntryData {
  /** 1995 article. */
  f: string;
  /** 2026 articles receiving its content, main one first. */
  t: string[];
  /** same | changed | split | merged | removed */
  k: string;
  /** 1995 item → 2026 places ("3" → "41.3"; "3.5)" → "5.5"; null = no counterpart). */
  i?: Record<string, string | null>;
}

export interface ConstitutionData {
  c2026: ConstitutionArticleData[];
  c1995: ConstitutionArticleData[];
  concordance: ConcordanceEntryData[];
}

export interface ResolutionData {
  /** cc = Constitutional Court; council = former Constitutional Council. */
  c: 'cc' | 'council';
  n: string;
  /** dd.mm.yyyy */
  d: string;
  /** Summary (ru); empty when only the number and date are known. */
  s: string;
  o: string | null;
  /** 1995 articles/items annotated ("13.2", "14", "72.1.4"). */
  a95: string[];
  u: string | null;
  /** Reviewed norm text and act names (ru), for search. */
  r: string;
  /** Kazakh title or note, where the source has one. */
  kk?: string;
}

export interface LawArticleData {
  a: string;
  t: string;
  st?: string;
  p: Para[];
}

export interface LegalActsLawData {
  ru: LawArticleData[];
  kk: LawArticleData[];
}

export interface RegistryActData {
  id: string;
  /** Another id the act is known by ("act:z1600000480", from its adilet address). */
  alias?: string;
  ru: string;
  kk?: string;
  tr?: string;
  tk?: string;
  /** yyyy-mm-dd */
  d?: string;
  no?: string;
  s: 'in_force' | 'in_force_per_source' | 'repealed';
  rb?: string;
  u?: string;
}

export interface SearchHintData {
  id: string;
  source: string;
  ru: string[];
  kk: string[];
}

export interface InternationalData {
  /** Instruments: id ("iccpr"), titles, whether Kazakhstan is a party. */
  instruments: { id: string; ru?: string; kk?: string; en: string; party: boolean }[];
  /** [citation id, instrument id, language, text]: every stored paragraph (the Checklist: headings). */
  paras: [string, string, string, string][];
  /** Russian and Kazakh search words per article ("iccpr:17") or Checklist section ("venice-rol:II.B"). */
  hints: { id: string; ru: string[]; kk: string[] }[];
}

export interface CorpusData {
  version: string;
  constitution: ConstitutionData;
  resolutions: ResolutionData[];
  legalActsLaw: LegalActsLawData;
  registry: RegistryActData[];
  hints: SearchHintData[];
  international?: InternationalData;
}
