/**
 * The review cache: findings of one article, keyed by (its units' text, its linked clauses' text,
 * checks, model, effort, act kind and rank, corpus version, prompt version). Only answers that
 * were checked go in: a refused, cut or failed batch is never cached. Re-reviewing a draft after editing one article calls the model for
 * that article only. Anchors are stored relative to the article's units (unit index + offsets),
 * so a cached article that moved in the document still anchors right.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../core/finding';
import { unitIdOf, type ModelCheck } from '../../protocol/review';
import type { UnitGroup } from './batches';

/** Unit, unit id and anchor are not stored: they follow the article wherever it has moved since. */
export interface CachedFinding extends Omit<Finding, 'id' | 'unit' | 'unitId' | 'anchor'> {
  /** Index of the unit within its group. */
  unitIndex: number;
  start: number;
  end: number;
}

export interface CachedGroup {
  findings: CachedFinding[];
}

/** Where cached reviews live: in process, or in Redis shared by every instance. */
export interface ReviewCache {
  get(key: string): Promise<CachedGroup | undefined>;
  set(key: string, value: CachedGroup): Promise<void>;
}

export interface GroupKeyParts {
  model: string;
  corpusVersion: string;
  promptVersion: string;
  checks: readonly ModelCheck[];
  effort?: string;
  kind?: string;
  rank?: string;
}

/** The key of an article's review: its text, the text of the clauses linked to it, and what asked. */
export function groupCacheKey(group: UnitGroup, parts: GroupKeyParts, linkedTexts: readonly string[] = []): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([parts.promptVersion, parts.model, parts.effort ?? '', parts.kind ?? '', parts.rank ?? '', parts.corpusVersion, [...parts.checks].sort(), group.units.map((u) => u.text), [...linkedTexts]]),
  );
  return hash.digest('base64url');
}

/** Findings of a group in cacheable form (anchors relative to the group's units). */
export function toCached(group: UnitGroup, findings: readonly Omit<Finding, 'id'>[]): CachedGroup {
  const indexOf = new Map(group.units.map((u, i) => [u.paragraph, i]));
  return {
    findings: findings.map(({ unit: _unit, unitId: _unitId, anchor, ...rest }) => ({ ...rest, unitIndex: indexOf.get(anchor.paragraph)!, start: anchor.start, end: anchor.end })),
  };
}

/** Cached findings re-anchored to the group as it stands now; any that no longer fit are skipped. */
export function fromCached(group: UnitGroup, cached: CachedGroup): Omit<Finding, 'id'>[] {
  const out: Omit<Finding, 'id'>[] = [];
  for (const { unitIndex, start, end, ...rest } of cached.findings) {
    const unit = group.units[unitIndex];
    if (!unit || end > unit.text.length) continue;
    out.push({ ...rest, unit: unit.path, ...unitIdOf(unit), anchor: { paragraph: unit.paragraph, start, end, quote: unit.text.slice(start, end) } });
  }
  return out;
}

/** In-process cache: least recently used entries go first. */
export class MemoryReviewCache implements ReviewCache {
  private readonly entries = new Map<string, { value: CachedGroup; expires: number }>();

  constructor(
    private readonly maxEntries = 20_000,
    private readonly ttlMs = 7 * 24 * 3600 * 1000,
  ) {}

  async get(key: string): Promise<CachedGroup | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  async set(key: string, value: CachedGroup): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
