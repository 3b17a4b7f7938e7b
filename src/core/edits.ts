/**
 * Minimal word-level edits between a quote and its suggested replacement: what `core/plan`
 * turns into tracked-change hunks and what the reports show as a small diff.
 *
 * The `diff` package's own word tokenizers only know Latin letters (every Cyrillic letter would
 * be a token of its own), so words are cut here with Unicode classes and compared with
 * `diffArrays`, which keeps the package's Myers diff while we control what a "word" is.
 */
import { diffArrays } from 'diff';

/** One change inside a text: replace [start, end) (may be empty: a pure insertion) by `inserted`. */
export interface TextEdit {
  start: number;
  end: number;
  /** Exactly `original.slice(start, end)`. */
  deleted: string;
  inserted: string;
}

/** One piece of a rendered diff, in the order a reader sees it. */
export interface DiffSegment {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

const MAX_EDIT_TOKENS = 400;

/** A word (letters, combining marks, digits, soft hyphen), a run of whitespace, or one other character. */
const TOKEN = /[\p{L}\p{M}\p{N}_\u00AD]{1,64}|\s{1,64}|[^]/gu;

/** Cut a text into tokens that concatenate back to exactly the text. */
export function tokenizeWords(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The fewest whole-word edits that turn `original` into `replacement`, with offsets into
 * `original`, sorted and never overlapping. A replaced word is one edit carrying both the deleted
 * and the inserted text; edits separated only by whitespace are merged, so "разумный срок" →
 * "течение десяти дней" reads as one change in Word rather than a word-by-word checkerboard.
 */
export function wordEdits(original: string, replacement: string): TextEdit[] {
  if (original === replacement) return [];
  const oldTokens = tokenizeWords(original);
  const newTokens = tokenizeWords(replacement);
  // A total rewrite of a long passage would make the diff quadratic; past this many edits one
  // change (common words at both ends kept) says the same thing to the reader.
  const changes = diffArrays(oldTokens, newTokens, { maxEditLength: MAX_EDIT_TOKENS });
  if (!changes) return [wholeEdit(oldTokens, newTokens)];
  const raw: TextEdit[] = [];
  let pos = 0;
  let open: TextEdit | undefined;
  for (const change of changes) {
    const text = change.value.join('');
    if (!change.added && !change.removed) {
      if (open) raw.push(open);
      open = undefined;
      pos += text.length;
      continue;
    }
    open ??= { start: pos, end: pos, deleted: '', inserted: '' };
    if (change.removed) {
      open.deleted += text;
      open.end += text.length;
      pos += text.length;
    } else {
      open.inserted += text;
    }
  }
  if (open) raw.push(open);
  return mergeAcrossWhitespace(raw, original).map(trimSharedWhitespace).filter((e) => e.deleted !== '' || e.inserted !== '');
}

/**
 * The diff may carry a space that both sides share at an edit's edge ("срок " → "дней "): it is
 * not a change, so it stays outside the tracked change.
 */
function trimSharedWhitespace(edit: TextEdit): TextEdit {
  let { start, end, deleted, inserted } = edit;
  while (deleted && inserted && /\s/.test(deleted[0]!) && deleted[0] === inserted[0]) {
    deleted = deleted.slice(1);
    inserted = inserted.slice(1);
    start++;
  }
  while (deleted && inserted && /\s/.test(deleted[deleted.length - 1]!) && deleted[deleted.length - 1] === inserted[inserted.length - 1]) {
    deleted = deleted.slice(0, -1);
    inserted = inserted.slice(0, -1);
    end--;
  }
  return { start, end, deleted, inserted };
}

/** One edit between the longest common token prefix and suffix. */
function wholeEdit(oldTokens: string[], newTokens: string[]): TextEdit {
  let head = 0;
  while (head < oldTokens.length && head < newTokens.length && oldTokens[head] === newTokens[head]) head++;
  let tail = 0;
  while (tail < oldTokens.length - head && tail < newTokens.length - head && oldTokens[oldTokens.length - 1 - tail] === newTokens[newTokens.length - 1 - tail]) tail++;
  const start = oldTokens.slice(0, head).join('').length;
  const deleted = oldTokens.slice(head, oldTokens.length - tail).join('');
  return { start, end: start + deleted.length, deleted, inserted: newTokens.slice(head, newTokens.length - tail).join('') };
}

function mergeAcrossWhitespace(edits: TextEdit[], original: string): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const last = merged[merged.length - 1];
    const gap = last ? original.slice(last.end, edit.start) : '';
    if (last && /^\s+$/.test(gap)) {
      last.deleted += gap + edit.deleted;
      last.inserted += gap + edit.inserted;
      last.end = edit.end;
    } else {
      merged.push({ ...edit });
    }
  }
  return merged;
}

/** The diff of `original` and `replacement` as reader-facing segments (struck / marked words). */
export function diffSegments(original: string, replacement: string): DiffSegment[] {
  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegment['kind'], text: string): void => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  let pos = 0;
  for (const edit of wordEdits(original, replacement)) {
    push('same', original.slice(pos, edit.start));
    push('deleted', edit.deleted);
    push('inserted', edit.inserted);
    pos = edit.end;
  }
  push('same', original.slice(pos));
  return segments;
}

/** A hunk list that does not fit the text it is applied to (a programming or stale-text error). */
export class EditConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditConflictError';
  }
}

/**
 * Apply edits (offsets into `text`) and return the new text. Edits must be sorted, must not
 * overlap, and each `deleted` must equal the text it covers; otherwise nothing is applied and an
 * EditConflictError says which edit failed.
 */
export function applyEdits(text: string, edits: readonly Pick<TextEdit, 'start' | 'end' | 'deleted' | 'inserted'>[]): string {
  let out = '';
  let pos = 0;
  for (const [i, e] of edits.entries()) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new EditConflictError(`edit ${i} [${e.start}, ${e.end}) is out of order, overlapping or out of the text (length ${text.length})`);
    }
    if (text.slice(e.start, e.end) !== e.deleted) {
      throw new EditConflictError(`edit ${i} expected «${e.deleted}» at [${e.start}, ${e.end}) but the text has «${text.slice(e.start, e.end)}»`);
    }
    out += text.slice(pos, e.start) + e.inserted;
    pos = e.end;
  }
  return out + text.slice(pos);
}
