/** Paragraph styles: the basedOn chain gives outline levels and list numbering to paragraphs. */
import { attr, childElements, firstChild, isEl } from './ooxml';

export interface StyleInfo {
  id: string;
  name?: string;
  type?: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  isDefault: boolean;
}

export class StyleSheet {
  private readonly styles = new Map<string, StyleInfo>();
  readonly defaultParagraphStyle?: string;

  constructor(dom: Document | undefined, w: string) {
    let def: string | undefined;
    const root = dom?.documentElement;
    if (root) {
      for (const el of childElements(root)) {
        if (!isEl(el, w, 'style')) continue;
        const id = attr(el, w, 'styleId');
        if (!id) continue;
        const pPr = firstChild(el, w, 'pPr');
        const numPr = firstChild(pPr, w, 'numPr');
        const outline = attr(firstChild(pPr, w, 'outlineLvl'), w, 'val');
        const ilvl = attr(firstChild(numPr, w, 'ilvl'), w, 'val');
        const info: StyleInfo = {
          id,
          name: attr(firstChild(el, w, 'name'), w, 'val'),
          type: attr(el, w, 'type'),
          basedOn: attr(firstChild(el, w, 'basedOn'), w, 'val'),
          outlineLevel: outline !== undefined ? Number(outline) : undefined,
          numId: attr(firstChild(numPr, w, 'numId'), w, 'val'),
          ilvl: ilvl !== undefined ? Number(ilvl) : undefined,
          isDefault: ['1', 'true', 'on'].includes(attr(el, w, 'default') ?? ''),
        };
        this.styles.set(id, info);
        if (info.isDefault && info.type === 'paragraph') def = id;
      }
    }
    this.defaultParagraphStyle = def;
  }

  has(id: string): boolean {
    return this.styles.has(id);
  }

  get(id: string): StyleInfo | undefined {
    return this.styles.get(id);
  }

  /** The style and its ancestors, nearest first; cycles in basedOn are cut. */
  chain(id: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    let cur = id ?? this.defaultParagraphStyle;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      out.push(s);
      cur = s.basedOn;
    }
    return out;
  }

  /** Outline level 0..8 from the chain, or from the built-in heading styles ("heading 1" → 0). */
  outlineLevel(id: string | undefined): number | undefined {
    for (const s of this.chain(id)) {
      if (s.outlineLevel !== undefined) return s.outlineLevel;
      const builtIn = /^heading ([1-9])$/i.exec(s.name ?? '') ?? /^Heading([1-9])$/.exec(s.id);
      if (builtIn) return Number(builtIn[1]) - 1;
    }
    if (id && !this.styles.has(id)) {
      const m = /^Heading([1-9])$/.exec(id);
      if (m) return Number(m[1]) - 1;
    }
    return undefined;
  }

  /** Numbering given by the style chain: the nearest numId, and the nearest ilvl. */
  numbering(id: string | undefined): { numId?: string; ilvl?: number } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const s of this.chain(id)) {
      if (numId === undefined && s.numId !== undefined) numId = s.numId;
      if (ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
    }
    return { numId, ilvl };
  }

  /** The numbering style a w:numStyleLink names, for its numId. */
  numIdOfNumberingStyle(id: string): string | undefined {
    return this.styles.get(id)?.numId;
  }
}
