/**
 * The subset of the Word JavaScript API (Office.js) that the Word host uses, as structural types.
 * Real `Word.RequestContext` objects satisfy it; so does the in-memory fake (./fake), which lets the
 * host run unchanged in tests, in the plain-browser demo and in the end-to-end test.
 * Requirement sets: everything here is WordApi 1.4 or lower, except tracked changes (WordApi 1.6).
 */

export type WordRangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';
export type WordInsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';
export type WordTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export interface WordClientResult<T> {
  readonly value: T;
}

export interface WordSearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
}

interface Loadable {
  /** Queues a load; values are readable only after `context.sync()`. */
  load(propertyNames: string): unknown;
}

export interface WordRangeCollection extends Loadable {
  readonly items: WordRange[];
  getFirstOrNullObject(): WordRange;
}

/** Word.Comment (WordApi 1.4: content, getRange(), delete()). */
export interface WordComment {
  readonly content: string;
  getRange(): WordRange;
  delete(): void;
}

export interface WordCommentCollection extends Loadable {
  readonly items: WordComment[];
}

/**
 * Word.TrackedChange (WordApi 1.6): author, date, text, type ("Added" | "Deleted" | "Formatted" |
 * "None"), accept(), reject(), getRange("Whole" | "Start" | "End"). learn.microsoft.com:
 * "Word.TrackedChange class". The author is the Word user's name, never the add-in's.
 */
export interface WordTrackedChange {
  readonly type: string;
  readonly text: string;
  readonly author: string;
  accept(): void;
  reject(): void;
}

export interface WordTrackedChangeCollection extends Loadable {
  readonly items: WordTrackedChange[];
}

export interface WordRange extends Loadable {
  readonly text: string;
  readonly isNullObject: boolean;
  search(text: string, options?: WordSearchOptions): WordRangeCollection;
  getRange(location?: WordRangeLocation): WordRange;
  expandTo(range: WordRange): WordRange;
  insertText(text: string, location: WordInsertLocation): WordRange;
  delete(): void;
  insertComment(text: string): WordComment;
  select(): void;
  compareLocationWith(range: WordRange): WordClientResult<string>;
  /** WordApi 1.6 */
  getTrackedChanges(): WordTrackedChangeCollection;
}

export interface WordListItem extends Loadable {
  readonly isNullObject: boolean;
  readonly listString: string;
  readonly level: number;
}

export interface WordParagraph extends Loadable {
  readonly text: string;
  readonly style: string;
  /** 1..9 for headings, 10 for body text. */
  readonly outlineLevel: number;
  readonly isListItem: boolean;
  readonly tableNestingLevel: number;
  readonly listItemOrNullObject: WordListItem;
  getRange(location?: WordRangeLocation): WordRange;
  search(text: string, options?: WordSearchOptions): WordRangeCollection;
}

export interface WordParagraphCollection extends Loadable {
  readonly items: WordParagraph[];
}

export interface WordSetting extends Loadable {
  readonly isNullObject: boolean;
  readonly value: unknown;
}

export interface WordSettingCollection {
  add(key: string, value: unknown): WordSetting;
  getItemOrNullObject(key: string): WordSetting;
}

export interface WordBody {
  readonly paragraphs: WordParagraphCollection;
  /** WordApi 1.4 */
  getComments(): WordCommentCollection;
  /** WordApi 1.6 */
  getTrackedChanges(): WordTrackedChangeCollection;
}

export interface WordDocument extends Loadable {
  readonly body: WordBody;
  changeTrackingMode: WordTrackingMode;
  readonly settings: WordSettingCollection;
  getSelection(): WordRange;
}

export interface WordContext {
  readonly document: WordDocument;
  sync(): Promise<void>;
}

/** `Word.run` or the fake's equivalent. */
export type WordRun = <T>(batch: (context: WordContext) => Promise<T>) => Promise<T>;
