/**
 * From findings to a ReviewPlan: the one place that validates anchors against the document,
 * writes comment texts, resolves overlapping suggestions and turns each surviving replacement
 * into minimal word-level hunks. Hosts (Word, .docx) only apply what this decides.
 */
import type { DocModel } from './document';
import { applyEdits, wordEdits } from './edits';
import type { Finding } from './finding';
import { SEVERITY_RANK, compareFindings } from './finding';
import { detectLanguage, type UiLanguage } from './language';
import { translator } from '../i18n';
import { COMMENT_TAG, type Hunk, type PlannedComment, type ReviewPlan } from './plan-types';

export interface PlanOptions {
  /** Language of the comment labels ("Предлагается", "Ұсынылады", "Suggested") when a finding has none. */
  language?: UiLanguage;
  /** False: comments only, no tracked changes (suggestions stay in the comment text). Default true. */
  trackChanges?: boolean;
}

/**
 * The comment a finding becomes: tag + message, rationale, citations, suggestion — one part per
 * line (hosts turn "\n" into paragraphs of the comment), so it stays readable in Word's pane.
 */
export function commentText(finding: Finding, language: UiLanguage = finding.language ?? 'ru'): string {
  // Labels come from the shared catalog, in the language of the draft (not of the interface).
  const t = translator(language);
  const lines = [COMMENT_TAG + finding.message.trim()];
  if (finding.rationale.trim()) lines.push(finding.rationale.trim());
  if (finding.citations.length > 0) lines.push(`${t('comment.basis')}: ${finding.citations.map((c) => c.label).join('; ')}.`);
  if (finding.replacement !== undefined) {
    lines.push(finding.replacement === '' ? t('comment.remove', { text: finding.anchor.quote }) : t('comment.suggest', { text: finding.replacement }));
  }
  return lines.join('\n');
}

/**
 * Build the plan. Every finding whose anchor still matches the document gets a comment; every
 * replacement that does not collide with a stronger one becomes hunks confined to its quote.
 * Deterministic: the same findings and document give the same plan, whatever their input order.
 */
export function buildPlan(findings: readonly Finding[], doc: DocModel, options: PlanOptions = {}): ReviewPlan {
  const sorted = [...findings].sort(compareFindings);
  // Read the draft's language only if some finding has none: the pane plans one finding per click.
  let detected: UiLanguage | undefined;
  const fallbackLanguage = () => (detected ??= detectLanguage(doc.paragraphs.slice(0, 200).map((p) => p.text).join('\n')));
  const comments: PlannedComment[] = [];
  const skipped: ReviewPlan['skipped'] = [];
  const editable: Finding[] = [];

  for (const f of sorted) {
    const { paragraph, start, end, quote } = f.anchor;
    const text = doc.paragraphs[paragraph]?.text;
    if (text === undefined) {
      skipped.push({ findingId: f.id, reason: 'no-such-paragraph' });
      continue;
    }
    if (start < 0 || end < start || end > text.length || text.slice(start, end) !== quote) {
      skipped.push({ findingId: f.id, reason: 'stale' });
      continue;
    }
    const language = options.language ?? f.language ?? fallbackLanguage();
    comments.push({ paragraph, start, end, quote, text: commentText(f, language), findingId: f.id });
    if (options.trackChanges !== false && f.replacement !== undefined && f.replacement !== quote) editable.push(f);
  }

  const hunks: Hunk[] = [];
  const kept: Finding[] = [];
  for (const f of [...editable].sort(editPriority)) {
    const winner = kept.find((k) => rangesCollide(k.anchor, f.anchor));
    if (winner) {
      skipped.push({ findingId: f.id, reason: 'overlap', overlaps: winner.id });
      continue;
    }
    kept.push(f);
    for (const e of wordEdits(f.anchor.quote, f.replacement!)) {
      hunks.push({
        paragraph: f.anchor.paragraph,
        start: f.anchor.start + e.start,
        end: f.anchor.start + e.end,
        deleted: e.deleted,
        inserted: e.inserted,
        findingId: f.id,
      });
    }
  }

  // Two insertions at one point (one finding appends at the end of its quote, the next begins
  // there) go in the order of their findings' quotes, so the text reads as each suggestion says.
  const anchorOf = new Map(kept.map((f) => [f.id, f.anchor]));
  hunks.sort((a, b) => {
    const fa = anchorOf.get(a.findingId)!;
    const fb = anchorOf.get(b.findingId)!;
    return a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || fa.start - fb.start || fa.end - fb.end || a.findingId.localeCompare(b.findingId);
  });
  comments.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || a.findingId.localeCompare(b.findingId));
  return { comments, hunks, skipped, findings: sorted };
}

/** Which suggestion wins a collision: error before warning before info, then earlier, then longer. */
function editPriority(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.anchor.paragraph - b.anchor.paragraph ||
    a.anchor.start - b.anchor.start ||
    b.anchor.end - a.anchor.end ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Two edits fight when their ranges share text, when both insert at the same point, or when one
 * inserts strictly inside the other's range. Ranges that only touch do not fight.
 */
export function rangesCollide(
  a: { paragraph: number; start: number; end: number },
  b: { paragraph: number; start: number; end: number },
): boolean {
  if (a.paragraph !== b.paragraph) return false;
  if (a.start < b.end && b.start < a.end) return true;
  const aPoint = a.start === a.end;
  const bPoint = b.start === b.end;
  if (aPoint && bPoint) return a.start === b.start;
  if (aPoint) return b.start < a.start && a.start < b.end;
  if (bPoint) return a.start < b.start && b.start < a.end;
  return false;
}

/**
 * Apply one paragraph's hunks to its text (sorted, non-overlapping, `deleted` checked): what
 * "accept all" gives. Throws EditConflictError if a hunk does not fit the text.
 */
export function applyHunksToText(text: string, hunks: readonly Hunk[]): string {
  return applyEdits(text, hunks);
}

/** The hunks of one paragraph, in application order. */
export function hunksOfParagraph(plan: ReviewPlan, paragraph: number): Hunk[] {
  return plan.hunks.filter((h) => h.paragraph === paragraph);
}

/** Every paragraph's text after accepting all the plan's tracked changes (index → new text). */
export function acceptAll(plan: ReviewPlan, doc: DocModel): string[] {
  return doc.paragraphs.map((p, i) => applyHunksToText(p.text, hunksOfParagraph(plan, i)));
}
