/**
 * Words of the human reports (markdown, HTML) in Russian, Kazakh and English, taken from the one
 * message catalog (src/i18n) that the pane, the CLI and the comments use too.
 */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../core/finding';
import type { UiLanguage } from '../core/language';
import { countSkipReasons, SKIP_REASONS, type SkipReason, type SkippedFinding } from '../core/skipReasons';
import { UI_LANGUAGES } from '../i18n';
import { reportTranslator, type AnyMessageKey } from '../i18n/reports';

export interface ReportLabels {
  title: string;
  document: string;
  language: string;
  kind: string;
  paragraphs: string;
  units: string;
  pair: string;
  generated: string;
  total: string;
  bySeverity: string;
  byCategory: string;
  overview: string;
  details: string;
  unit: string;
  paragraph: string;
  quote: string;
  message: string;
  rationale: string;
  citations: string;
  suggestion: string;
  deleteAll: string;
  pairPlace: string;
  noFindings: string;
  wholeDocument: string;
  filter: string;
  all: string;
  skipped: string;
  stale: string;
  notRun: string;
  languages: Record<'ru' | 'kk', string>;
  kinds: Record<'new-law' | 'amending' | 'bylaw' | 'code' | 'unknown', string>;
  severities: Record<Severity, string>;
  categories: Record<Category, string>;
  /** Why findings were not written into the document, by code. */
  skipReasons: Record<SkipReason, string>;
}

const SCALARS = [
  'title', 'document', 'language', 'kind', 'paragraphs', 'units', 'pair', 'generated', 'total', 'bySeverity', 'byCategory', 'overview', 'details',
  'unit', 'paragraph', 'quote', 'message', 'rationale', 'citations', 'suggestion', 'deleteAll', 'pairPlace', 'noFindings', 'wholeDocument', 'filter',
  'all', 'skipped', 'stale', 'notRun',
] as const;
const KINDS = ['new-law', 'amending', 'bylaw', 'code', 'unknown'] as const;
const UNIT_KINDS = ['sections', 'chapters', 'articles', 'items', 'subitems', 'parts', 'quotes', 'amendments'] as const;
type UnitKind = (typeof UNIT_KINDS)[number];

const byKey = <K extends string>(keys: readonly K[], word: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

function reportLabels(language: UiLanguage): ReportLabels {
  const t = reportTranslator(language);
  return {
    ...byKey(SCALARS, (k) => t(`report.${k}` as AnyMessageKey)),
    languages: byKey(['ru', 'kk'] as const, (k) => t(`report.language.${k}`)),
    kinds: byKey(KINDS, (k) => t(`report.kind.${k}`)),
    severities: byKey<Severity>(SEVERITIES, (s) => t(`severity.${s}`)),
    categories: byKey<Category>(CATEGORIES, (c) => t(`report.category.${c}`)),
    skipReasons: byKey<SkipReason>(SKIP_REASONS, (r) => t(`skip.${r}`)),
  };
}

export const REPORT_LABELS: Record<UiLanguage, ReportLabels> = Object.fromEntries(UI_LANGUAGES.map((l) => [l, reportLabels(l)])) as Record<UiLanguage, ReportLabels>;

/** Unit counts with their names, e.g. "статей: 21" (a label before the count: no plural form needed). */
export const UNIT_NAMES: Record<UiLanguage, Record<UnitKind, string>> = Object.fromEntries(
  UI_LANGUAGES.map((l) => [l, byKey(UNIT_KINDS, (k) => reportTranslator(l)(`report.unitCount.${k}`))]),
) as Record<UiLanguage, Record<UnitKind, string>>;

/** "Not written into the document: 3 (its words changed since the review: 1; …)": the count, then each reason's. */
export function skippedSummary(skipped: readonly SkippedFinding[], L: ReportLabels): string {
  const reasons = countSkipReasons(skipped).map(({ reason, count }) => `${L.skipReasons[reason]}: ${count}`);
  return `${L.skipped}: ${skipped.length}${reasons.length ? ` (${reasons.join('; ')})` : ''}`;
}
