/** The sweep's totals, and the key by which "the same citation in N acts" is counted. */
import { terms } from '../../corpus/text';
import type { ActResult, MonitorFinding, MonitorSummary, UnreadableAct } from './types';
import { MONITOR_KINDS } from './types';

export function summarize(acts: readonly ActResult[], unreadable: readonly UnreadableAct[], millis?: number): MonitorSummary {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byKind = Object.fromEntries(MONITOR_KINDS.map((k) => [k, 0])) as MonitorSummary['byKind'];
  let findings = 0;
  for (const a of acts)
    for (const f of a.findings) {
      findings++;
      bySeverity[f.severity]++;
      byKind[f.kind]++;
    }
  return {
    acts: acts.length,
    unreadable: unreadable.length,
    articles: acts.reduce((s, a) => s + a.articles, 0),
    findings,
    bySeverity,
    byKind,
    ...(millis !== undefined ? { millis: Math.round(millis) } : {}),
  };
}

/**
 * What makes two findings "the same" across acts: the same kind and the same thing cited — the
 * same 1995 Constitution provision, the same institution, the same act, the same resolution.
 */
export function sameKey(f: MonitorFinding): string {
  if (f.resolution) return `${f.kind}|${f.resolution.number}`;
  const cited = f.citations.find((c) => c.id.startsWith('const1995:') || c.id.startsWith('act:'))?.id;
  if (cited) return `${f.kind}|${cited}`;
  // Institutions and other words: the same words in any case form ("Парламентом", "Парламента").
  return `${f.kind}|${f.ruleId}|${terms(f.anchor.quote).join(' ')}`;
}

/** For each key, the acts (by index) it occurs in. */
export function actsBySameKey(acts: readonly ActResult[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  acts.forEach((a, i) => {
    for (const f of a.findings) {
      const k = sameKey(f);
      const list = map.get(k) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      map.set(k, list);
    }
  });
  return map;
}
