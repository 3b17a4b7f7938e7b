/**
 * DocModel: the host-neutral view of a document. The .docx host and the Word host both read a
 * document into this shape; everything downstream (parser, checks, plan) sees only this.
 */

export interface DocParagraph {
  /** 0-based index among all body paragraphs in document order, empty ones included. */
  index: number;
  /**
   * The paragraph's current visible text: tracked insertions in, tracked deletions out,
   * WITHOUT the automatic list label (that is `listLabel`). Offsets of findings refer to this.
   */
  text: string;
  /** Style id or name as the host knows it (e.g. "Heading1", "Normal"); undefined if none. */
  style?: string;
  /** Outline level 0..8 from the paragraph or its style; undefined for body text. */
  outlineLevel?: number;
  /** The label Word renders for automatic numbering ("1.", "1)", "2.3."), if any. */
  listLabel?: string;
  /** Numbering level (ilvl) of an automatically numbered paragraph. */
  listLevel?: number;
  /** Numbering instance id (numId) of an automatically numbered paragraph. */
  listId?: string;
  /** True when the paragraph sits in a table cell. */
  inTable?: boolean;
  /** True when the paragraph already carries tracked changes made by someone. */
  hasTrackedChanges?: boolean;
}

export interface DocModel {
  paragraphs: DocParagraph[];
  /** Where it came from (file path, "word", "demo"), for reports only. */
  source?: string;
}

/** A text range inside one paragraph; `end` is exclusive. */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

/** Build a DocModel from plain lines (tests, samples, the CLI's .txt input). */
export function docFromLines(lines: readonly string[], source?: string): DocModel {
  return { paragraphs: lines.map((text, index) => ({ index, text })), source };
}
