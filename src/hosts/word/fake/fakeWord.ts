/**
 * An in-memory, semantic fake of the Word API subset in ../api.ts. It behaves like Office.js where
 * the host relies on it: commands are queued and run only on `context.sync()` (which it counts),
 * properties are readable only after a load and a sync, search refuses strings over 255 characters,
 * ranges are live (they follow edits), edits under TrackAll become tracked insertions and deletions
 * that can be accepted or rejected, comments anchor to ranges, and settings persist in the document.
 *
 * It backs the unit tests, the plain-browser demo of the pane and the end-to-end test, so it lives
 * in src/ (bundled lazily, only in demo mode). Not a general Word emulator: one story (the body),
 * ranges within one paragraph.
 */
import type {
  WordClientResult,
  WordComment,
  WordCommentCollection,
  WordContext,
  WordDocument,
  WordInsertLocation,
  WordListItem,
  WordParagraph,
  WordParagraphCollection,
  WordRange,
  WordRangeCollection,
  WordRangeLocation,
  WordSearchOptions,
  WordSetting,
  WordSettingCollection,
  WordTrackedChange,
  WordTrackedChangeCollection,
  WordTrackingMode,
} from '../api';
import { WORD_SEARCH_LIMIT } from '../locate';

/** One character of a paragraph; `ins` / `del` are ids of the tracked changes that hold it. */
interface Cell {
  ch: string;
  ins?: number;
  del?: number;
  /** The paragraph mark: always last, never deleted. */
  mark?: boolean;
}

export interface FakeParagraphInit {
  text: string;
  style?: string;
  /** 1..9 headings, 10 body text (Word's convention). */
  outlineLevel?: number;
  listString?: string;
  listLevel?: number;
  inTable?: boolean;
}

interface Para {
  cells: Cell[];
  style: string;
  outlineLevel: number;
  list?: { listString: string; level: number };
  inTable: boolean;
}

interface Span {
  para: Para;
  from: Cell;
  to: Cell;
}

interface Change {
  id: number;
  type: 'Added' | 'Deleted';
  author: string;
}

export interface FakeComment {
  id: number;
  content: string;
  author: string;
  paragraph: number;
  /** The commented words as they read now. */
  text: string;
  span: Span;
}

export interface FakeTrackedChangeInfo {
  id: number;
  type: 'Added' | 'Deleted';
  author: string;
  paragraph: number;
  text: string;
}

/** A Word error as Office.js reports it: `code` is what callers test. */
export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'FakeWordError';
  }
}

export interface FakeWordOptions {
  /** The user Word attributes tracked changes and comments to. */
  user?: string;
  /** Requirement sets: without WordApi 1.6, getTrackedChanges throws like an old Word would. */
  wordApi16?: boolean;
  /**
   * Paragraph and range text keep the words of tracked deletions, as Word on the web reads them
   * (OfficeDev/office-js issue #1267): a re-review then meets the words a fix replaced.
   */
  deletedTextInText?: boolean;
}

export class FakeWordDocument {
  readonly paragraphs: Para[];
  changeTrackingMode: WordTrackingMode = 'Off';
  readonly settings = new Map<string, unknown>();
  readonly comments: FakeComment[] = [];
  /** Number of `context.sync()` round trips made so far (Word.run's final flush included). */
  syncCount = 0;
  selection?: Span;
  user: string;
  readonly wordApi16: boolean;
  /** See FakeWordOptions; settable, so a test can read the demo document as Word on the web would. */
  deletedTextInText: boolean;
  private readonly changes = new Map<number, Change>();
  private nextId = 1;

  constructor(paragraphs: readonly (string | FakeParagraphInit)[], options: FakeWordOptions = {}) {
    this.user = options.user ?? 'User';
    this.wordApi16 = options.wordApi16 ?? true;
    this.deletedTextInText = options.deletedTextInText ?? false;
    this.paragraphs = paragraphs.map((p) => {
      const init = typeof p === 'string' ? { text: p } : p;
      return {
        cells: [...[...init.text].map((ch) => ({ ch })), { ch: '\r', mark: true }],
        style: init.style ?? 'Normal',
        outlineLevel: init.outlineLevel ?? 10,
        list: init.listString !== undefined ? { listString: init.listString, level: init.listLevel ?? 0 } : undefined,
        inTable: init.inTable ?? false,
      };
    });
  }

  /** Word.run: a fresh request context; pending commands are flushed (one more sync) at the end. */
  run = async <T>(batch: (context: WordContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.pending()) await context.sync();
    return result;
  };

  // ---- inspection helpers for tests (not part of the Word API) ----

  /** Text as displayed with tracked changes applied (deletions hidden). */
  text(): string[] {
    return this.paragraphs.map((p) => visible(p.cells));
  }
  /** Text if every tracked change were rejected. */
  textIfRejected(): string[] {
    return this.paragraphs.map((p) => p.cells.filter((c) => !c.mark && c.ins === undefined).map((c) => c.ch).join(''));
  }
  /** Text if every tracked change were accepted. */
  textIfAccepted(): string[] {
    return this.text();
  }
  trackedChanges(): FakeTrackedChangeInfo[] {
    const out: FakeTrackedChangeInfo[] = [];
    this.paragraphs.forEach((p, paragraph) => {
      for (const change of changesIn(p.cells, this.changes)) {
        out.push({ ...change, paragraph, text: changeText(p.cells, change.id) });
      }
    });
    return out;
  }
  /** A paragraph as runs of plain, inserted and deleted text (for the demo's document view). */
  segments(paragraph: number): { text: string; kind: 'plain' | 'ins' | 'del' }[] {
    const out: { text: string; kind: 'plain' | 'ins' | 'del' }[] = [];
    for (const c of this.paragraphs[paragraph].cells) {
      if (c.mark) continue;
      const kind = c.del !== undefined ? 'del' : c.ins !== undefined ? 'ins' : 'plain';
      const last = out[out.length - 1];
      if (last && last.kind === kind) last.text += c.ch;
      else out.push({ text: c.ch, kind });
    }
    return out;
  }
  acceptAll(): void {
    for (const c of this.trackedChanges()) this.decide(c.id, true);
  }
  rejectAll(): void {
    for (const c of this.trackedChanges()) this.decide(c.id, false);
  }
  commentList(): { content: string; author: string; paragraph: number; text: string }[] {
    return this.comments.map((c) => ({
      content: c.content,
      author: c.author,
      paragraph: this.paragraphs.indexOf(c.span.para),
      text: spanText(c.span),
    }));
  }
  /** A tracked change made by someone else, as if a colleague had edited with tracking on. */
  humanEdit(paragraph: number, start: number, end: number, insert: string, author = 'Colleague'): void {
    const para = this.paragraphs[paragraph];
    const cells = visibleCells(para);
    const span: Span = { para, from: cells[start] ?? lastCell(para), to: cells[end] ?? lastCell(para) };
    const saved = [this.user, this.changeTrackingMode] as const;
    this.user = author;
    this.changeTrackingMode = 'TrackAll';
    this.insert(span, insert, 'Replace');
    [this.user, this.changeTrackingMode] = saved;
  }
  /** The user typing without tracking (what makes a finding stale). */
  userTypes(paragraph: number, start: number, end: number, insert: string): void {
    const para = this.paragraphs[paragraph];
    const cells = visibleCells(para);
    const span: Span = { para, from: cells[start] ?? lastCell(para), to: cells[end] ?? lastCell(para) };
    const saved = this.changeTrackingMode;
    this.changeTrackingMode = 'Off';
    this.insert(span, insert, 'Replace');
    this.changeTrackingMode = saved;
  }
  selectText(paragraph: number, start: number, end: number): void {
    const para = this.paragraphs[paragraph];
    const cells = visibleCells(para);
    this.selection = { para, from: cells[start] ?? lastCell(para), to: cells[end] ?? lastCell(para) };
  }
  selectionText(): string | undefined {
    return this.selection ? spanText(this.selection) : undefined;
  }

  // ---- semantics used by the proxies ----

  /** The text Office.js reports for these cells: without tracked deletions, unless this Word keeps them. */
  readText(cells: readonly Cell[]): string {
    return this.deletedTextInText ? cells.filter((c) => !c.mark).map((c) => c.ch).join('') : visible(cells);
  }

  paragraphSpan(para: Para, location: WordRangeLocation = 'Whole'): Span {
    const first = para.cells[0];
    const mark = lastCell(para);
    if (location === 'Start') return { para, from: first, to: first };
    if (location === 'End' || location === 'After') return { para, from: mark, to: mark };
    if (location === 'Before') return { para, from: first, to: first };
    return { para, from: first, to: mark };
  }

  search(span: Span, raw: string, options: WordSearchOptions = {}): Span[] {
    if (raw.length === 0 || raw.length > WORD_SEARCH_LIMIT) {
      throw new FakeWordError('SearchStringInvalidOrTooLong', `search string of ${raw.length} characters`);
    }
    if (options.matchWildcards) throw new FakeWordError('NotImplemented', 'wildcards are not modelled');
    const needle = unescapeSearch(raw);
    const { cells, index } = spanCells(span);
    const shown = cells.filter((c) => c.del === undefined && !c.mark);
    const hay = shown.map((c) => c.ch).join('');
    const fold = (s: string) => (options.matchCase ? s : s.toLocaleLowerCase());
    const h = fold(hay);
    const n = fold(needle);
    const hits: Span[] = [];
    for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) {
      const fromCell = shown[i];
      const lastShown = shown[i + n.length - 1];
      const to = span.para.cells[span.para.cells.indexOf(lastShown) + 1];
      hits.push({ para: span.para, from: fromCell, to });
    }
    void index;
    return hits;
  }

  insert(span: Span, text: string, location: WordInsertLocation): Span {
    const { para } = span;
    const tracking = this.changeTrackingMode !== 'Off';
    let before: Cell;
    if (location === 'Replace') {
      this.remove(span, tracking);
      before = span.to;
    } else if (location === 'Start' || location === 'Before') {
      before = span.from;
    } else {
      before = span.to;
    }
    if (text.length === 0) return { para, from: before, to: before };
    const id = tracking ? this.newChange('Added') : undefined;
    const cells: Cell[] = [...text].map((ch) => (id === undefined ? { ch } : { ch, ins: id }));
    para.cells.splice(para.cells.indexOf(before), 0, ...cells);
    return { para, from: cells[0], to: before };
  }

  /** Delete a span: under tracking, marks words deleted (own tracked insertions simply vanish). */
  private remove(span: Span, tracking: boolean): void {
    const { cells } = spanCells(span);
    let deletion: number | undefined;
    for (const cell of cells) {
      if (cell.mark || cell.del !== undefined) continue;
      if (!tracking || (cell.ins !== undefined && this.changes.get(cell.ins)?.author === this.user)) {
        span.para.cells.splice(span.para.cells.indexOf(cell), 1);
      } else {
        deletion ??= this.newChange('Deleted');
        cell.del = deletion;
      }
    }
    // A span whose first cell vanished starts where its end is.
    if (!span.para.cells.includes(span.from)) span.from = span.to;
  }

  addComment(span: Span, content: string): FakeComment {
    const comment: FakeComment = {
      id: this.nextId++,
      content,
      author: this.user,
      paragraph: this.paragraphs.indexOf(span.para),
      text: spanText(span),
      span: { ...span },
    };
    this.comments.push(comment);
    return comment;
  }

  changesInSpan(span: Span): Change[] {
    return changesIn(spanCells(span).cells, this.changes);
  }

  changeText(span: Span, id: number): string {
    return changeText(span.para.cells, id);
  }

  decide(id: number, accept: boolean): void {
    const change = this.changes.get(id);
    if (!change) return;
    for (const para of this.paragraphs) {
      for (const cell of [...para.cells]) {
        if (change.type === 'Added' && cell.ins === id) {
          if (accept) delete cell.ins;
          else para.cells.splice(para.cells.indexOf(cell), 1);
        }
        if (change.type === 'Deleted' && cell.del === id) {
          if (accept) para.cells.splice(para.cells.indexOf(cell), 1);
          else delete cell.del;
        }
      }
    }
    this.changes.delete(id);
  }

  private newChange(type: Change['type']): number {
    const id = this.nextId++;
    this.changes.set(id, { id, type, author: this.user });
    return id;
  }
}

function lastCell(para: Para): Cell {
  return para.cells[para.cells.length - 1];
}

function visible(cells: readonly Cell[]): string {
  return cells.filter((c) => !c.mark && c.del === undefined).map((c) => c.ch).join('');
}

function visibleCells(para: Para): Cell[] {
  return para.cells.filter((c) => !c.mark && c.del === undefined);
}

function spanCells(span: Span): { cells: Cell[]; index: number } {
  const all = span.para.cells;
  let a = all.indexOf(span.from);
  let b = all.indexOf(span.to);
  if (a < 0 || b < 0) throw new FakeWordError('InvalidArgument', 'the range no longer exists in the document');
  if (b < a) [a, b] = [b, a];
  return { cells: all.slice(a, b), index: a };
}

function spanText(span: Span): string {
  return visible(spanCells(span).cells);
}

function changesIn(cells: readonly Cell[], changes: Map<number, Change>): Change[] {
  const ids = new Set<number>();
  for (const c of cells) {
    if (c.ins !== undefined) ids.add(c.ins);
    if (c.del !== undefined) ids.add(c.del);
  }
  return [...ids].map((id) => changes.get(id)).filter((c): c is Change => c !== undefined);
}

function changeText(cells: readonly Cell[], id: number): string {
  return cells.filter((c) => c.ins === id || c.del === id).map((c) => c.ch).join('');
}

function unescapeSearch(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '^') {
      const next = raw[i + 1];
      if (next === '^') {
        out += '^';
        i++;
        continue;
      }
      throw new FakeWordError('NotImplemented', `special search code ^${next ?? ''} is not modelled`);
    }
    out += raw[i];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The request context and its proxy objects: queued commands, loads, null objects.

class FakeContext implements WordContext {
  private queue: (() => void)[] = [];
  readonly document: WordDocument;
  constructor(readonly doc: FakeWordDocument) {
    this.document = new DocumentProxy(this);
  }
  enqueue(command: () => void): void {
    this.queue.push(command);
  }
  pending(): boolean {
    return this.queue.length > 0;
  }
  async sync(): Promise<void> {
    this.doc.syncCount++;
    const queue = this.queue;
    this.queue = [];
    // Office.js runs the batch in order and stops at the first failing command.
    for (const command of queue) command();
  }
}

/** Base of every proxy: resolved when its creating command runs; loaded properties snapshotted. */
abstract class Proxy<T> {
  protected resolvedValue: T | null | undefined;
  private resolved = false;
  private loaded?: Record<string, unknown>;
  constructor(
    protected readonly ctx: FakeContext,
    resolve?: () => T | null,
  ) {
    if (resolve) ctx.enqueue(() => this.set(resolve()));
  }
  set(value: T | null): void {
    this.resolvedValue = value;
    this.resolved = true;
  }
  protected get v(): T {
    if (!this.resolved) throw new FakeWordError('GeneralException', 'object used before the command creating it ran');
    if (this.resolvedValue === null || this.resolvedValue === undefined) throw new FakeWordError('ItemNotFound', 'the object is a null object');
    return this.resolvedValue;
  }
  get isNullObject(): boolean {
    if (!this.loaded) throw new FakeWordError('PropertyNotLoaded', 'isNullObject: call load() and context.sync() first');
    return this.resolvedValue === null;
  }
  load(propertyNames: string): this {
    const names = propertyNames.split(',').map((s) => s.trim().replace(/^items\//, '')).filter((s) => s && s !== 'items');
    this.ctx.enqueue(() => {
      const snapshot: Record<string, unknown> = {};
      if (this.resolvedValue !== null && this.resolvedValue !== undefined) {
        for (const name of names) snapshot[name] = this.read(name);
      }
      this.loaded = { ...this.loaded, ...snapshot };
      this.afterLoad(names);
    });
    return this;
  }
  protected abstract read(name: string): unknown;
  protected afterLoad(names: string[]): void {
    void names;
  }
  protected prop<V>(name: string): V {
    if (!this.loaded || !(name in this.loaded)) {
      throw new FakeWordError('PropertyNotLoaded', `${name}: call load("${name}") and context.sync() first`);
    }
    return this.loaded[name] as V;
  }
  /** Mark as loaded without a queued load (items of a loaded collection). */
  preload(snapshot: Record<string, unknown>): void {
    this.loaded = { ...this.loaded, ...snapshot };
  }
}

class ClientResult<T> implements WordClientResult<T> {
  private result?: { value: T };
  put(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw new FakeWordError('PropertyNotLoaded', 'ClientResult read before context.sync()');
    return this.result.value;
  }
}

class DocumentProxy extends Proxy<FakeWordDocument> implements WordDocument {
  readonly body: { paragraphs: WordParagraphCollection; getComments(): WordCommentCollection; getTrackedChanges(): WordTrackedChangeCollection };
  readonly settings: WordSettingCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.set(ctx.doc);
    this.body = {
      paragraphs: new ParagraphCollectionProxy(ctx),
      getComments: () => new ItemCollectionProxy(ctx, () => [...ctx.doc.comments], (c) => new CommentProxy(c)),
      getTrackedChanges: () => trackedChangesOf(ctx, () => ctx.doc.paragraphs.map((p) => ctx.doc.paragraphSpan(p))),
    };
    this.settings = new SettingsProxy(ctx);
  }
  protected read(name: string): unknown {
    if (name === 'changeTrackingMode') return this.v.changeTrackingMode;
    throw new FakeWordError('InvalidArgument', `document.${name} is not modelled`);
  }
  get changeTrackingMode(): WordTrackingMode {
    return this.prop('changeTrackingMode');
  }
  set changeTrackingMode(mode: WordTrackingMode) {
    this.ctx.enqueue(() => {
      this.v.changeTrackingMode = mode;
    });
  }
  getSelection(): WordRange {
    return new RangeProxy(this.ctx, () => {
      const doc = this.v;
      return doc.selection ? { ...doc.selection } : doc.paragraphSpan(doc.paragraphs[0], 'Start');
    });
  }
}

class ParagraphCollectionProxy extends Proxy<Para[]> implements WordParagraphCollection {
  private list?: ParagraphProxy[];
  constructor(ctx: FakeContext) {
    super(ctx);
    this.set(ctx.doc.paragraphs);
  }
  protected read(): unknown {
    return true;
  }
  protected override afterLoad(names: string[]): void {
    this.list = this.v.map((para) => {
      const proxy = new ParagraphProxy(this.ctx, para);
      const snapshot: Record<string, unknown> = {};
      for (const name of names) snapshot[name] = proxy.readNow(name);
      proxy.preload(snapshot);
      return proxy;
    });
  }
  get items(): WordParagraph[] {
    if (!this.list) throw new FakeWordError('PropertyNotLoaded', 'items: call paragraphs.load() and context.sync() first');
    return this.list;
  }
}

class ParagraphProxy extends Proxy<Para> implements WordParagraph {
  constructor(ctx: FakeContext, para: Para) {
    super(ctx);
    this.set(para);
  }
  readNow(name: string): unknown {
    return this.read(name);
  }
  protected read(name: string): unknown {
    const p = this.v;
    switch (name) {
      case 'text':
        return this.ctx.doc.readText(p.cells);
      case 'style':
        return p.style;
      case 'outlineLevel':
        return p.outlineLevel;
      case 'isListItem':
        return p.list !== undefined;
      case 'tableNestingLevel':
        return p.inTable ? 1 : 0;
      default:
        throw new FakeWordError('InvalidArgument', `paragraph.${name} is not modelled`);
    }
  }
  get text(): string {
    return this.prop('text');
  }
  get style(): string {
    return this.prop('style');
  }
  get outlineLevel(): number {
    return this.prop('outlineLevel');
  }
  get isListItem(): boolean {
    return this.prop('isListItem');
  }
  get tableNestingLevel(): number {
    return this.prop('tableNestingLevel');
  }
  get listItemOrNullObject(): WordListItem {
    return new ListItemProxy(this.ctx, () => this.v.list ?? null);
  }
  getRange(location: WordRangeLocation = 'Whole'): WordRange {
    return new RangeProxy(this.ctx, () => this.ctx.doc.paragraphSpan(this.v, location));
  }
  search(text: string, options?: WordSearchOptions): WordRangeCollection {
    return new RangeCollectionProxy(this.ctx, () => this.ctx.doc.search(this.ctx.doc.paragraphSpan(this.v), text, options));
  }
}

class ListItemProxy extends Proxy<{ listString: string; level: number }> implements WordListItem {
  protected read(name: string): unknown {
    if (name === 'listString') return this.v.listString;
    if (name === 'level') return this.v.level;
    throw new FakeWordError('InvalidArgument', `listItem.${name} is not modelled`);
  }
  get listString(): string {
    return this.prop('listString');
  }
  get level(): number {
    return this.prop('level');
  }
}

class RangeCollectionProxy extends Proxy<Span[]> implements WordRangeCollection {
  private list?: RangeProxy[];
  protected read(): unknown {
    return true;
  }
  protected override afterLoad(names: string[]): void {
    this.list = (this.resolvedValue ?? []).map((span) => {
      const proxy = new RangeProxy(this.ctx);
      proxy.set(span);
      const snapshot: Record<string, unknown> = {};
      for (const name of names) if (name === 'text') snapshot.text = this.ctx.doc.readText(spanCells(span).cells);
      proxy.preload(snapshot);
      return proxy;
    });
  }
  get items(): WordRange[] {
    if (!this.list) throw new FakeWordError('PropertyNotLoaded', 'items: call load() and context.sync() first');
    return this.list;
  }
  getFirstOrNullObject(): WordRange {
    return new RangeProxy(this.ctx, () => (this.resolvedValue === null ? null : (this.v[0] ?? null)));
  }
}

class RangeProxy extends Proxy<Span> implements WordRange {
  private get doc(): FakeWordDocument {
    return this.ctx.doc;
  }
  protected read(name: string): unknown {
    if (name === 'text') return this.doc.readText(spanCells(this.v).cells);
    throw new FakeWordError('InvalidArgument', `range.${name} is not modelled`);
  }
  get text(): string {
    return this.prop('text');
  }
  /** Null objects propagate through chained calls, as Office.js does for *OrNullObject results. */
  private derive(f: (span: Span) => Span | null): RangeProxy {
    return new RangeProxy(this.ctx, () => (this.resolvedValue === null ? null : f(this.v)));
  }
  search(text: string, options?: WordSearchOptions): WordRangeCollection {
    return new RangeCollectionProxy(this.ctx, () => (this.resolvedValue === null ? null : this.doc.search(this.v, text, options)));
  }
  getRange(location: WordRangeLocation = 'Whole'): WordRange {
    return this.derive((s) => {
      if (location === 'Start' || location === 'Before') return { para: s.para, from: s.from, to: s.from };
      if (location === 'End' || location === 'After') return { para: s.para, from: s.to, to: s.to };
      return { ...s };
    });
  }
  expandTo(range: WordRange): WordRange {
    const other = range as RangeProxy;
    return new RangeProxy(this.ctx, () => {
      if (this.resolvedValue === null || other.resolvedValue === null) return null;
      const a = this.v;
      const b = other.v;
      if (a.para !== b.para) throw new FakeWordError('NotImplemented', 'ranges across paragraphs are not modelled');
      const cells = a.para.cells;
      const from = cells.indexOf(a.from) <= cells.indexOf(b.from) ? a.from : b.from;
      const to = cells.indexOf(a.to) >= cells.indexOf(b.to) ? a.to : b.to;
      return { para: a.para, from, to };
    });
  }
  insertText(text: string, location: WordInsertLocation): WordRange {
    return this.derive((s) => this.doc.insert(s, text, location));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.doc.insert(this.v, '', 'Replace');
    });
  }
  insertComment(content: string): WordComment {
    return new CommentProxy(this.ctx, () => this.doc.addComment(this.v, content));
  }
  select(): void {
    this.ctx.enqueue(() => {
      this.doc.selection = { ...this.v };
    });
  }
  compareLocationWith(range: WordRange): WordClientResult<string> {
    const result = new ClientResult<string>();
    const other = range as RangeProxy;
    this.ctx.enqueue(() => result.put(compare(this.v, other.v)));
    return result;
  }
  getTrackedChanges(): WordTrackedChangeCollection {
    return trackedChangesOf(this.ctx, () => [this.v]);
  }
}

/**
 * Range.getTrackedChanges() and Body.getTrackedChanges() (WordApi 1.6; learn.microsoft.com:
 * "Word.TrackedChangeCollection class"): the changes in these spans, in document order. A Word
 * without WordApi 1.6 has no such method: the batch fails like an unknown API call.
 */
function trackedChangesOf(ctx: FakeContext, spans: () => Span[]): WordTrackedChangeCollection {
  return new ItemCollectionProxy(
    ctx,
    () => {
      if (!ctx.doc.wordApi16) throw new FakeWordError('ApiNotFound', 'getTrackedChanges needs WordApi 1.6');
      return spans().flatMap((span) => ctx.doc.changesInSpan(span).map((c) => ({ ...c, text: ctx.doc.changeText(span, c.id) })));
    },
    (c) => new TrackedChangeProxy(c),
  );
}

/** Word.LocationRelation of two spans (paragraph order first). */
function compare(a: Span, b: Span): string {
  const doc = a.para.cells;
  if (a.para !== b.para) return 'Unrelated';
  const [a0, a1, b0, b1] = [doc.indexOf(a.from), doc.indexOf(a.to), doc.indexOf(b.from), doc.indexOf(b.to)];
  if (a0 === b0 && a1 === b1) return 'Equal';
  if (a0 <= b0 && a1 >= b1) return 'Contains';
  if (a0 >= b0 && a1 <= b1) return 'Inside';
  if (a1 <= b0) return a1 === b0 ? 'AdjacentBefore' : 'Before';
  if (a0 >= b1) return a0 === b1 ? 'AdjacentAfter' : 'After';
  return a0 < b0 ? 'OverlapsBefore' : 'OverlapsAfter';
}

type ChangeView = Change & { text: string };

/** A collection whose `items` are readable after load + sync, each item snapshotted with the loaded names. */
class ItemCollectionProxy<T, P extends ItemProxy<T>> extends Proxy<T[]> {
  private list?: P[];
  constructor(
    ctx: FakeContext,
    resolve: () => T[] | null,
    private readonly item: (ctx: FakeContext) => P,
  ) {
    super(ctx, resolve);
  }
  protected read(): unknown {
    return true;
  }
  protected override afterLoad(names: string[]): void {
    this.list = this.v.map((value) => {
      const proxy = this.item(this.ctx);
      proxy.set(value);
      const snapshot: Record<string, unknown> = {};
      for (const name of names) snapshot[name] = proxy.readNow(name);
      proxy.preload(snapshot);
      return proxy;
    });
  }
  get items(): P[] {
    if (!this.list) throw new FakeWordError('PropertyNotLoaded', 'items: call load() and context.sync() first');
    return this.list;
  }
}

abstract class ItemProxy<T> extends Proxy<T> {
  readNow(name: string): unknown {
    return this.read(name);
  }
}

class TrackedChangeProxy extends ItemProxy<ChangeView> implements WordTrackedChange {
  protected read(name: string): unknown {
    const c = this.v;
    if (name === 'type') return c.type;
    if (name === 'text') return c.text;
    if (name === 'author') return c.author;
    throw new FakeWordError('InvalidArgument', `trackedChange.${name} is not modelled`);
  }
  get type(): string {
    return this.prop('type');
  }
  get text(): string {
    return this.prop('text');
  }
  get author(): string {
    return this.prop('author');
  }
  accept(): void {
    this.ctx.enqueue(() => this.ctx.doc.decide(this.v.id, true));
  }
  reject(): void {
    this.ctx.enqueue(() => this.ctx.doc.decide(this.v.id, false));
  }
}

/**
 * Body.getComments() and Word.Comment as WordApi 1.4 has them: `content` (plain text), getRange()
 * (the commented words) and delete(). learn.microsoft.com: "Word JavaScript API requirement set 1.4".
 */
class CommentProxy extends ItemProxy<FakeComment> implements WordComment {
  protected read(name: string): unknown {
    if (name === 'content') return this.v.content;
    if (name === 'authorName') return this.v.author;
    throw new FakeWordError('InvalidArgument', `comment.${name} is not modelled`);
  }
  get content(): string {
    return this.prop('content');
  }
  getRange(): WordRange {
    return new RangeProxy(this.ctx, () => ({ ...this.v.span }));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const list = this.ctx.doc.comments;
      const at = list.indexOf(this.v);
      if (at >= 0) list.splice(at, 1);
    });
  }
}

class SettingsProxy implements WordSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown): WordSetting {
    const proxy = new SettingProxy(this.ctx, () => {
      // Word keeps settings as JSON: what comes back is a copy.
      this.ctx.doc.settings.set(key, JSON.parse(JSON.stringify(value)));
      return { value };
    });
    return proxy;
  }
  getItemOrNullObject(key: string): WordSetting {
    return new SettingProxy(this.ctx, () => (this.ctx.doc.settings.has(key) ? { value: this.ctx.doc.settings.get(key) } : null));
  }
}

class SettingProxy extends Proxy<{ value: unknown }> implements WordSetting {
  protected read(name: string): unknown {
    if (name === 'value') return this.v.value;
    throw new FakeWordError('InvalidArgument', `setting.${name} is not modelled`);
  }
  get value(): unknown {
    return this.prop('value');
  }
}
