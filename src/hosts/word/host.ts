/**
 * The Word host: reads the open document into a DocModel and applies a ReviewPlan to it as
 * comments and tracked changes. All Office.js calls of the add-in live in src/hosts/word/.
 *
 * Round trips (each `context.sync()` costs a trip to Word, slow in Word on the web):
 * - read: 2 syncs whatever the size (paragraph properties, comments and whether there are tracked
 *   changes, then list labels, selection, the commented words and each paragraph's tracked changes);
 * - apply: 2 + ⌈findings / batchSize⌉ syncs (fresh text, first locate, then one per batch: edits of
 *   this batch plus searches of the next).
 */
import type { DocModel, DocParagraph } from '../../core/document';
import type { Anchor } from '../../core/finding';
import { COMMENT_TAG, type ApplyResult, type Hunk, type PlannedComment, type ReviewPlan } from '../../core/plan-types';
import type { WordComment, WordContext, WordInsertLocation, WordParagraph, WordRange, WordRun, WordTrackingMode } from './api';
import { isWordHostError, WordHostError } from './errors';
import { escapeSearch, planLocate } from './locate';

export const DISMISSED_SETTING = 'zan.dismissed';
const RELATIONS_IN_SELECTION = new Set(['Equal', 'Contains', 'Inside', 'InsideStart', 'InsideEnd', 'ContainsStart', 'ContainsEnd', 'OverlapsBefore', 'OverlapsAfter']);

export interface WordHostOptions {
  run: WordRun;
  /** WordApi 1.6 is present: tracked changes can be accepted or rejected one by one. */
  trackedChangesApi: boolean;
  /** Findings per apply batch (one sync each). */
  batchSize?: number;
}

export interface ReadResult {
  doc: DocModel;
  /** Keys of findings the user dismissed in this document (kept in the document's settings). */
  dismissed: string[];
  /** Paragraph indexes the selection touches, when asked for. */
  selected?: number[];
  /** The assistant's comments now in the document ("[Zan] …"), with the words they sit on. */
  comments: ZanComment[];
  /** Tracked changes now in the document, by paragraph (none read without WordApi 1.6). */
  changes: DocTrackedChange[];
}

/** A tracked insertion or deletion as read back: where, which kind, and its words. */
export interface DocTrackedChange {
  paragraph: number;
  type: 'Added' | 'Deleted';
  text: string;
}

export interface ZanComment {
  content: string;
  /** The commented words as they read now. */
  text: string;
}

export interface DecideResult {
  decided: number;
  /** Our changes that were no longer found (already accepted, rejected or edited). */
  missing: number;
}

/** One edit or comment to place, after the stale check, with where it now sits. */
interface Op {
  findingId: string;
  paragraph: number;
  start: number;
  end: number;
  expected: string;
  write: (range: WordRange, location: WordInsertLocation) => void;
  kind: 'comment' | 'hunk';
}

interface Located {
  op: Op;
  range: WordRange;
  /** Text the located range must read; for insertion points, the neighbouring character. */
  check: string;
  location: WordInsertLocation;
}

export class WordHost {
  readonly trackedChangesApi: boolean;
  private readonly run: WordRun;
  private readonly batchSize: number;

  constructor(options: WordHostOptions) {
    this.run = options.run;
    this.trackedChangesApi = options.trackedChangesApi;
    this.batchSize = options.batchSize ?? 200;
  }

  /** Read every body paragraph (text, style, outline level, list label) in two round trips. */
  read(options: { selection?: boolean } = {}): Promise<ReadResult> {
    return this.guard(() =>
      this.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text,items/style,items/outlineLevel,items/isListItem,items/tableNestingLevel');
        const dismissed = context.document.settings.getItemOrNullObject(DISMISSED_SETTING);
        dismissed.load('value');
        const selection = options.selection ? context.document.getSelection() : undefined;
        const comments = context.document.body.getComments();
        comments.load('items/content');
        // Without WordApi 1.6 there is no way to read tracked changes: findings are then matched by comments only.
        const anyChanges = this.trackedChangesApi ? context.document.body.getTrackedChanges() : undefined;
        anyChanges?.load('items/type');
        await context.sync();

        const items = paragraphs.items;
        const lists = items.map((p) => {
          if (!p.isListItem) return undefined;
          const item = p.listItemOrNullObject;
          item.load('listString,level');
          return item;
        });
        const relations = selection ? items.map((p) => p.getRange('Whole').compareLocationWith(selection)) : undefined;
        const ours = zanComments(comments.items);
        // Per paragraph, so that each change is known by its paragraph; only when there is any.
        const changes = anyChanges?.items.length
          ? items.map((p) => {
              const list = p.getRange('Whole').getTrackedChanges();
              list.load('items/type,items/text');
              return list;
            })
          : [];
        await context.sync();

        const doc: DocModel = {
          source: 'word',
          paragraphs: items.map((p, index) => toDocParagraph(p, index, lists[index])),
        };
        const selected = relations?.flatMap((r, i) => (RELATIONS_IN_SELECTION.has(r.value) ? [i] : []));
        return {
          doc,
          dismissed: dismissed.isNullObject ? [] : parseKeys(dismissed.value),
          selected,
          comments: ours.map(({ content, range }) => ({ content, text: range.text })),
          changes: changes.flatMap((list, paragraph) =>
            list.items.flatMap((c) => (c.type === 'Added' || c.type === 'Deleted' ? [{ paragraph, type: c.type, text: c.text } as DocTrackedChange] : [])),
          ),
        };
      }),
    );
  }

  /**
   * Write a plan as comments and tracked changes. Findings whose words changed since the review
   * are skipped and returned as stale; the user's tracking mode is restored afterwards.
   */
  apply(plan: ReviewPlan): Promise<ApplyResult> {
    return this.guard(() =>
      this.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        context.document.load('changeTrackingMode');
        await context.sync();
        const items = paragraphs.items;
        const fresh = items.map((p) => p.text);
        const userMode: WordTrackingMode = context.document.changeTrackingMode;

        const { ops, stale } = checkFreshness(plan, fresh);
        const batches = batchByParagraph(ops, this.batchSize);
        const result: ApplyResult = { commentsAdded: 0, hunksApplied: 0, stale: [...stale] };
        if (batches.length === 0) return result;

        let located = this.locate(context, items, fresh, batches[0]);
        await context.sync();
        context.document.changeTrackingMode = 'TrackAll';
        try {
          for (let b = 0; b < batches.length; b++) {
            const usable = verify(located, result.stale);
            // Comments first, then replacements from the end of each paragraph backwards, so that
            // no edit moves words another edit of the batch still has to find.
            for (const l of usable.filter((u) => u.op.kind === 'comment')) {
              l.op.write(l.range, l.location);
              result.commentsAdded++;
            }
            const hunks = usable.filter((u) => u.op.kind === 'hunk').sort((x, y) => y.op.paragraph - x.op.paragraph || y.op.start - x.op.start);
            for (const l of hunks) {
              l.op.write(l.range, l.location);
              result.hunksApplied++;
            }
            if (b + 1 < batches.length) located = this.locate(context, items, fresh, batches[b + 1]);
            else context.document.changeTrackingMode = userMode;
            await context.sync();
          }
        } catch (error) {
          context.document.changeTrackingMode = userMode;
          await context.sync().catch(() => undefined);
          throw error;
        }
        return result;
      }),
    );
  }

  /** Select the words of a finding in Word (its quote, or its replacement once applied). */
  select(anchor: Anchor, alternatives: readonly string[] = []): Promise<boolean> {
    return this.guard(() =>
      this.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const para = paragraphs.items[anchor.paragraph];
        if (!para) return false;
        const text = para.text;
        const at = nearestOccurrence(text, [anchor.quote, ...alternatives], anchor.start);
        const range = at ? this.rangeOf(para, text, at.start, at.end) : para.getRange('Whole');
        range.select();
        await context.sync();
        return at !== undefined;
      }),
    );
  }

  /**
   * Accept or reject the tracked changes the assistant made for these hunks (one finding's),
   * matching them by paragraph, kind and text, so that a colleague's changes stay untouched.
   */
  decide(hunks: readonly Hunk[], accept: boolean): Promise<DecideResult> {
    if (!this.trackedChangesApi) return Promise.reject(new WordHostError('tracked-changes-unsupported'));
    return this.guard(() =>
      this.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items');
        await context.sync();
        const byParagraph = new Map<number, ReturnType<WordRange['getTrackedChanges']>>();
        for (const h of hunks) {
          const para = paragraphs.items[h.paragraph];
          if (!para || byParagraph.has(h.paragraph)) continue;
          const changes = para.getRange('Whole').getTrackedChanges();
          changes.load('type,text,author');
          byParagraph.set(h.paragraph, changes);
        }
        await context.sync();
        let decided = 0;
        let missing = 0;
        const used = new Set<unknown>();
        for (const h of hunks) {
          const items = byParagraph.get(h.paragraph)?.items ?? [];
          const wanted: [string, string][] = [];
          if (h.deleted) wanted.push(['Deleted', h.deleted]);
          if (h.inserted) wanted.push(['Added', h.inserted]);
          for (const [type, text] of wanted) {
            const change = items.find((c) => !used.has(c) && c.type === type && c.text === text);
            if (!change) {
              missing++;
              continue;
            }
            used.add(change);
            if (accept) change.accept();
            else change.reject();
            decided++;
          }
        }
        await context.sync();
        return { decided, missing };
      }),
    );
  }

  /**
   * Delete the assistant's comments that `matches` picks (by content and commented words): the
   * comment of a rejected change, or those of an undone bulk action. Other people's stay.
   */
  removeComments(matches: (comment: ZanComment) => boolean): Promise<number> {
    return this.guard(() =>
      this.run(async (context) => {
        const comments = context.document.body.getComments();
        comments.load('items/content');
        await context.sync();
        const ours = zanComments(comments.items);
        await context.sync();
        const doomed = ours.filter(({ content, range }) => matches({ content, text: range.text }));
        for (const { comment } of doomed) comment.delete();
        await context.sync();
        return doomed.length;
      }),
    );
  }

  /** Remember dismissed findings in the document itself (travels with the file). */
  saveDismissed(keys: readonly string[]): Promise<void> {
    return this.guard(() =>
      this.run(async (context) => {
        context.document.settings.add(DISMISSED_SETTING, [...keys]);
        await context.sync();
      }),
    );
  }

  private locate(context: WordContext, items: WordParagraph[], fresh: string[], ops: Op[]): Located[] {
    void context;
    return ops.map((op) => {
      const para = items[op.paragraph];
      const text = fresh[op.paragraph];
      let start = op.start;
      let end = op.end;
      let location: WordInsertLocation = 'Replace';
      if (start === end) {
        // An insertion point: find a neighbouring character and insert beside it.
        if (start < text.length) {
          end = start + 1;
          location = 'Before';
        } else if (start > 0) {
          start -= 1;
          location = 'After';
        } else {
          return { op, range: para.getRange('Start'), check: '', location: 'Start' as const };
        }
      }
      const range = this.rangeOf(para, text, start, end);
      range.load('text');
      return { op, range, check: text.slice(start, end), location };
    });
  }

  /** Queue the searches that reach [start, end) of a paragraph (no sync). */
  private rangeOf(para: WordParagraph, text: string, start: number, end: number): WordRange {
    const plan = planLocate(text, start, end);
    if (!plan) return para.getRange('Whole');
    const paraEnd = para.getRange('End');
    const find = (window: WordRange | WordParagraph, piece: string) =>
      window.search(escapeSearch(piece), { matchCase: true }).getFirstOrNullObject();
    let window: WordRange | WordParagraph = para;
    for (const piece of plan.skip) window = find(window, piece).getRange('After').expandTo(paraEnd);
    const first = find(window, plan.take[0]);
    let last = first;
    for (const piece of plan.take.slice(1)) last = find(last.getRange('After').expandTo(paraEnd), piece);
    return last === first ? first : first.expandTo(last);
  }

  private async guard<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (error) {
      if (isWordHostError(error)) throw error;
      throw new WordHostError('word-failed', error);
    }
  }
}

function toDocParagraph(p: WordParagraph, index: number, list: { listString: string; level: number; isNullObject: boolean } | undefined): DocParagraph {
  const out: DocParagraph = { index, text: p.text };
  if (p.style) out.style = p.style;
  // Word numbers outline levels 1..9 and gives 10 to body text; DocModel uses 0..8.
  if (p.outlineLevel >= 1 && p.outlineLevel <= 9) out.outlineLevel = p.outlineLevel - 1;
  if (list && !list.isNullObject) {
    out.listLabel = list.listString;
    out.listLevel = list.level;
  }
  if (p.tableNestingLevel > 0) out.inTable = true;
  return out;
}

/** The "[Zan] …" comments among these, each with its range's text queued for loading. */
function zanComments(items: readonly WordComment[]): { comment: WordComment; content: string; range: WordRange }[] {
  return items
    .filter((c) => c.content.startsWith(COMMENT_TAG))
    .map((comment) => {
      const range = comment.getRange();
      range.load('text');
      return { comment, content: comment.content, range };
    });
}

function parseKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') {
    try {
      return parseKeys(JSON.parse(value));
    } catch {
      return [];
    }
  }
  return [];
}

/**
 * Stale safety. A finding is applied only if all its words still read as planned; when the user
 * edited elsewhere in the paragraph, the words are followed to their one new place; otherwise the
 * finding is stale and nothing is written for it.
 */
function checkFreshness(plan: ReviewPlan, fresh: readonly string[]): { ops: Op[]; stale: string[] } {
  const byFinding = new Map<string, { comments: PlannedComment[]; hunks: Hunk[] }>();
  const entry = (id: string) => {
    let e = byFinding.get(id);
    if (!e) byFinding.set(id, (e = { comments: [], hunks: [] }));
    return e;
  };
  for (const c of plan.comments) entry(c.findingId).comments.push(c);
  for (const h of plan.hunks) entry(h.findingId).hunks.push(h);
  const anchors = new Map(plan.findings.map((f) => [f.id, f.anchor]));

  const ops: Op[] = [];
  const stale: string[] = [];
  for (const [findingId, { comments, hunks }] of byFinding) {
    const anchor = anchors.get(findingId);
    const reads = (paragraph: number, start: number, end: number, expected: string) => fresh[paragraph]?.slice(start, end) === expected && end <= (fresh[paragraph]?.length ?? -1);
    const fits = (delta: number) =>
      (!anchor || reads(anchor.paragraph, anchor.start + delta, anchor.end + delta, anchor.quote)) &&
      comments.every((c) => reads(c.paragraph, c.start + delta, c.end + delta, c.quote)) &&
      hunks.every((h) => reads(h.paragraph, h.start + delta, h.end + delta, h.deleted));
    let delta: number | undefined = fits(0) ? 0 : undefined;
    if (delta === undefined && anchor && anchor.quote) {
      const text = fresh[anchor.paragraph] ?? '';
      const first = text.indexOf(anchor.quote);
      if (first >= 0 && text.indexOf(anchor.quote, first + 1) < 0 && fits(first - anchor.start)) delta = first - anchor.start;
    }
    if (delta === undefined) {
      stale.push(findingId);
      continue;
    }
    const d = delta;
    for (const c of comments) {
      ops.push({ findingId, kind: 'comment', paragraph: c.paragraph, start: c.start + d, end: c.end + d, expected: c.quote, write: (r) => void r.insertComment(c.text) });
    }
    for (const h of hunks) {
      ops.push({
        findingId,
        kind: 'hunk',
        paragraph: h.paragraph,
        start: h.start + d,
        end: h.end + d,
        expected: h.deleted,
        write: (r, location) => {
          if (location !== 'Replace') r.insertText(h.inserted, location);
          else if (h.inserted) r.insertText(h.inserted, 'Replace');
          else r.delete();
        },
      });
    }
  }
  return { ops, stale };
}

/** Batches of about `size` findings; a paragraph never spans two batches (its words move on edit). */
function batchByParagraph(ops: Op[], size: number): Op[][] {
  const byParagraph = new Map<number, Op[]>();
  for (const op of ops) {
    const list = byParagraph.get(op.paragraph) ?? [];
    list.push(op);
    byParagraph.set(op.paragraph, list);
  }
  const batches: Op[][] = [];
  let current: Op[] = [];
  let findings = new Set<string>();
  for (const paragraph of [...byParagraph.keys()].sort((a, b) => a - b)) {
    const list = byParagraph.get(paragraph)!;
    const ids = new Set(list.map((o) => o.findingId));
    if (current.length > 0 && findings.size + ids.size > size) {
      batches.push(current);
      current = [];
      findings = new Set();
    }
    current.push(...list);
    for (const id of ids) findings.add(id);
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Keep what Word found exactly where expected; a finding with any miss is dropped whole (stale). */
function verify(located: Located[], stale: string[]): Located[] {
  const bad = new Set<string>();
  for (const l of located) {
    if (l.location === 'Start' && l.check === '') continue;
    if (l.range.isNullObject || l.range.text !== l.check) bad.add(l.op.findingId);
  }
  for (const id of bad) if (!stale.includes(id)) stale.push(id);
  return located.filter((l) => !bad.has(l.op.findingId));
}

function nearestOccurrence(text: string, candidates: readonly string[], near: number): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const c of candidates) {
    if (!c) continue;
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      if (!best || Math.abs(i - near) < Math.abs(best.start - near)) best = { start: i, end: i + c.length };
    }
  }
  return best;
}
