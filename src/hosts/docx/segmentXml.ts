/** Segments of cut runs as XML: our w:del around deleted slices, cut w:t kept with its attributes. */
import { COMMENT_AUTHOR } from '../../core/plan-types';
import { isElement } from './ooxml';
import type { Part, Segment } from './runSegments';
import { escapeAttr, escapeText, serializeNode } from './xml';

export interface WriterNames {
  /** WordprocessingML namespace and the prefix the document binds it to. */
  w: string;
  prefix: string;
  /** Date stamped on every revision. */
  date: string;
}

/** Inside w:del, text is w:delText and field code w:delInstrText. */
const DELETED_NAMES = new Map([
  ['t', 'delText'],
  ['instrText', 'delInstrText'],
]);

export function segmentXml(seg: Segment, names: WriterNames): string {
  const del = seg.del;
  let s = seg.before.join('');
  if (del?.first === seg) s += `<${names.prefix}:del ${names.prefix}:id="${escapeAttr(del.id)}" ${names.prefix}:author="${escapeAttr(COMMENT_AUTHOR)}" ${names.prefix}:date="${escapeAttr(names.date)}">`;
  let inner = '';
  if (seg.index > 0) {
    const rPr = childElement(seg.run, 'rPr');
    if (rPr) inner += serializeNode(rPr);
  }
  for (const part of seg.parts) inner += partXml(part, del !== undefined, names);
  s += inner ? `${openTag(seg.run)}${inner}</${seg.run.nodeName}>` : `${openTag(seg.run).slice(0, -1)}/>`;
  if (del?.last === seg) s += `</${names.prefix}:del>`;
  for (let k = 0; k <= seg.afterOurs.length; k++) {
    const marks = seg.afterSlots[k];
    if (marks) for (let i = marks.length - 1; i >= 0; i--) s += marks[i];
    if (k < seg.afterOurs.length) s += seg.afterOurs[k].xml;
  }
  return s;
}

/** A run child as written: cut text keeps its element and attributes (with xml:space="preserve"); inside w:del, w:t is w:delText. */
function partXml(part: Part, deleted: boolean, names: WriterNames): string {
  const node = part.node;
  if (!isElement(node)) return serializeNode(node);
  const renamed = deleted && node.namespaceURI === names.w ? DELETED_NAMES.get(node.localName) : undefined;
  if (part.text === undefined && !renamed) return serializeNode(node);
  const name = renamed ? `${names.prefix}:${renamed}` : node.nodeName;
  let attrs = '';
  let preserve = part.text === undefined;
  for (let i = 0; i < node.attributes.length; i++) {
    const a = node.attributes[i];
    const value = a.name === 'xml:space' && part.text !== undefined ? 'preserve' : a.value;
    if (a.name === 'xml:space') preserve = true;
    attrs += ` ${a.name}="${escapeAttr(value)}"`;
  }
  if (!preserve) attrs += ' xml:space="preserve"';
  let inner = '';
  if (part.text !== undefined) inner = escapeText(part.text);
  else for (let c: Node | null = node.firstChild; c; c = c.nextSibling) inner += serializeNode(c);
  return inner ? `<${name}${attrs}>${inner}</${name}>` : `<${name}${attrs}/>`;
}

export function openTag(el: Element): string {
  let s = `<${el.nodeName}`;
  for (let i = 0; i < el.attributes.length; i++) s += ` ${el.attributes[i].name}="${escapeAttr(el.attributes[i].value)}"`;
  return `${s}>`;
}

/** An element serialized without the children named in `drop` (revision marks in a copied w:rPr). */
export function serializeWithout(el: Element, drop: ReadonlySet<string>): string {
  let inner = '';
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) if (!(isElement(c) && drop.has(c.localName))) inner += serializeNode(c);
  return inner ? `${openTag(el)}${inner}</${el.nodeName}>` : `${openTag(el).slice(0, -1)}/>`;
}

export function childElement(el: Element, local: string): Element | undefined {
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) if (isElement(c) && c.localName === local) return c;
  return undefined;
}
