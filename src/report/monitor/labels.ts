/**
 * Words of the monitoring HTML report in Russian, Kazakh and English, taken from the one message
 * catalog (src/i18n) that the pane, the CLI, the review reports and the comments use too.
 */
import { SEVERITIES, type Severity } from '../../core/finding';
import type { UiLanguage } from '../../core/language';
import { MONITOR_KINDS, type MonitorKind } from '../../app/monitor/types';
import type { MonitoredKind } from '../../monitor/requisites';
import { UI_LANGUAGES } from '../../i18n';
import { reportTranslator, type AnyMessageKey } from '../../i18n/reports';

export interface MonitorLabels {
  title: string;
  generated: string;
  acts: string;
  articles: string;
  findings: string;
  unreadable: string;
  chart: string;
  table: string;
  act: string;
  actKind: string;
  number: string;
  date: string;
  edition: string;
  total: string;
  sortHint: string;
  words: string;
  text2026: string;
  suggestion: string;
  holding: string;
  basis: string;
  /** The model's verdict on a candidate, and the sweep's model counts. */
  verdicts: Record<'confirmed' | 'not-confirmed' | 'unverified', string>;
  modelChecked: string;
  modelUnchecked: string;
  /** "То же в 21 акте" / "…в 3 актах": the plural form for `acts`. */
  sameIn(acts: number): string;
  rank(rank: number): string;
  noFindings: string;
  /** Heading of the findings outside any article (title, preamble, signature). */
  outsideArticles: string;
  constitution: Record<1995 | 2026, string>;
  kinds: Record<MonitorKind, string>;
  actKinds: Record<MonitoredKind, string>;
  severities: Record<Severity, string>;
}

const SCALARS = [
  'title', 'generated', 'acts', 'articles', 'findings', 'unreadable', 'chart', 'table', 'act', 'actKind', 'number', 'date', 'edition', 'total',
  'sortHint', 'words', 'text2026', 'suggestion', 'holding', 'basis', 'modelChecked', 'modelUnchecked', 'noFindings', 'outsideArticles',
] as const;
const VERDICTS = ['confirmed', 'not-confirmed', 'unverified'] as const;
const ACT_KINDS: readonly MonitoredKind[] = ['constitutional-law', 'code', 'law', 'decree', 'resolution', 'order', 'act'];

const byKey = <K extends string | number>(keys: readonly K[], word: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

function monitorLabels(language: UiLanguage): MonitorLabels {
  const t = reportTranslator(language);
  return {
    ...byKey(SCALARS, (k) => t(`monitor.${k}` as AnyMessageKey)),
    verdicts: byKey(VERDICTS, (v) => t(`monitor.verdict.${v}`)),
    sameIn: (acts) => t('monitor.sameIn', { count: acts }),
    rank: (rank) => t('monitor.rank', { rank }),
    constitution: byKey([1995, 2026] as const, (y) => t(`monitor.constitution.${y}`)),
    kinds: byKey(MONITOR_KINDS, (k) => t(`monitor.kind.${k}`)),
    actKinds: byKey(ACT_KINDS, (k) => t(`monitor.actKind.${k}`)),
    severities: byKey<Severity>(SEVERITIES, (s) => t(`severity.${s}`)),
  };
}

export const MONITOR_LABELS: Record<UiLanguage, MonitorLabels> = Object.fromEntries(UI_LANGUAGES.map((l) => [l, monitorLabels(l)])) as Record<UiLanguage, MonitorLabels>;
