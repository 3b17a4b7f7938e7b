/**
 * The model review's coverage, read defensively from the server's summary event. The fields
 * (articles, checkedArticles, unchecked) are optional and newer than some servers: anything
 * missing or malformed is simply not shown, never trusted.
 */
import type { ReviewSummary, UncheckedGroup, UncheckedReason } from '../protocol/review';

export type { UncheckedGroup, UncheckedReason };
export const UNCHECKED_REASONS: readonly UncheckedReason[] = ['refusal', 'max_tokens', 'context_window', 'unparseable', 'upstream', 'deadline'];

export interface ModelCoverage {
  /** Article groups sent to the model. */
  articles?: number;
  /** Groups the model answered validly (cache hits included). */
  checkedArticles?: number;
  /** Groups not checked, with why. */
  unchecked?: UncheckedGroup[];
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

function group(v: unknown): UncheckedGroup | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const g = v as Record<string, unknown>;
  const reason = UNCHECKED_REASONS.find((r) => r === g.reason) ?? 'upstream';
  if (typeof g.path !== 'string' && typeof g.group !== 'string') return undefined;
  const paragraphs = Array.isArray(g.paragraphs) ? g.paragraphs.filter((p): p is number => count(p) !== undefined) : [];
  return { group: String(g.group ?? g.path), path: String(g.path ?? g.group), paragraphs, reason };
}

/** Coverage from a summary; a server running only its local engine checked nothing by model. */
export function readModelSummary(summary: ReviewSummary, serverIsLocal: boolean): ModelCoverage {
  if (serverIsLocal) return {};
  const raw = summary as unknown as Record<string, unknown>;
  const articles = count(raw.articles);
  const checked = count(raw.checkedArticles);
  const unchecked = Array.isArray(raw.unchecked) ? raw.unchecked.map(group).filter((g): g is UncheckedGroup => g !== undefined) : undefined;
  const out: ModelCoverage = {};
  if (articles !== undefined) out.articles = articles;
  if (checked !== undefined) out.checkedArticles = articles !== undefined ? Math.min(checked, articles) : checked;
  if (unchecked) out.unchecked = unchecked;
  return out;
}
