/**
 * Court-resolution candidates ranked across the whole sweep: for each resolution, the norms of
 * every act ordered by their similarity to the reviewed norm (the act's own note first), the best
 * `perResolution` kept and numbered; the others are dropped from their acts.
 */
import type { ActResult, MonitorFinding } from './types';

export function rankCandidates(acts: ActResult[], perResolution = 5): void {
  const byResolution = new Map<string, MonitorFinding[]>();
  for (const act of acts)
    for (const f of act.findings) {
      if (!f.resolution) continue;
      const list = byResolution.get(f.resolution.number) ?? [];
      list.push(f);
      byResolution.set(f.resolution.number, list);
    }
  const keep = new Set<MonitorFinding>();
  for (const list of byResolution.values()) {
    list.sort((a, b) => Number(b.resolution!.byNote) - Number(a.resolution!.byNote) || b.resolution!.score - a.resolution!.score);
    // Every norm the acts' own notes name is kept; the search's candidates fill the rest.
    const noted = list.filter((f) => f.resolution!.byNote);
    const kept = [...noted, ...list.filter((f) => !f.resolution!.byNote).slice(0, Math.max(0, perResolution - noted.length))];
    kept.forEach((f, i) => {
      f.resolution!.rank = i + 1;
      keep.add(f);
    });
  }
  for (const act of acts) act.findings = act.findings.filter((f) => !f.resolution || keep.has(f));
}
