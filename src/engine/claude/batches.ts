/**
 * Batching the way a lawyer reads: an article with its items and subitems is never split; small
 * neighbouring articles are read together up to a size budget.
 */
import type { ReviewUnit } from '../../protocol/review';

/** The units of one article (or other top unit): the unit of caching and of reading. */
export interface UnitGroup {
  key: string;
  units: ReviewUnit[];
  chars: number;
}

export interface BatchLimits {
  /** Characters of clause text in one batch (an article longer than this goes alone). */
  maxChars: number;
  /** Articles in one batch. */
  maxGroups: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxChars: 8000, maxGroups: 4 };

/** Groups units by article, in document order. */
export function groupUnits(units: readonly ReviewUnit[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const sorted = [...units].sort((a, b) => a.paragraph - b.paragraph);
  for (const unit of sorted) {
    const key = unit.group ?? unit.id.split('/')[0]!;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, units: [], chars: 0 }));
    group.units.push(unit);
    group.chars += unit.text.length;
  }
  return [...groups.values()];
}

/** Packs consecutive groups into batches. */
export function packBatches(groups: readonly UnitGroup[], limits: BatchLimits = DEFAULT_BATCH_LIMITS): UnitGroup[][] {
  const batches: UnitGroup[][] = [];
  let current: UnitGroup[] = [];
  let chars = 0;
  for (const group of groups) {
    if (current.length > 0 && (chars + group.chars > limits.maxChars || current.length >= limits.maxGroups)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(group);
    chars += group.chars;
  }
  if (current.length) batches.push(current);
  return batches;
}
