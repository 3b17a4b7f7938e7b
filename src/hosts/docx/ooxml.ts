/** Namespaces and small DOM helpers for WordprocessingML (transitional and strict alike). */

export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Relationship type bases: `${base}/officeDocument`, `${base}/comments`, ... */
export const REL_BASE_TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_BASE_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

export const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** True when `node` is the element {ns}local. */
export function isEl(node: Node | null | undefined, ns: string, local: string): node is Element {
  return isElement(node) && node.localName === local && node.namespaceURI === ns;
}

export function childElements(el: Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
}

export function firstChild(el: Node | null | undefined, ns: string, local: string): Element | undefined {
  if (!el) return undefined;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isEl(c, ns, local)) return c;
  return undefined;
}

/** The w:val (or any ns-qualified local attribute) of an element, tolerant of prefix choice. */
export function attr(el: Element | null | undefined, ns: string, local: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(ns, local);
  if (v !== null && v !== '') return v;
  // Some producers write unqualified attributes; Word reads them.
  const plain = el.getAttribute(local);
  return plain === null || plain === '' ? (v === '' ? '' : undefined) : plain;
}

/** Concatenated character data of an element (text + CDATA), no markup. */
export function textContent(el: Node): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) s += (c as CharacterData).data;
    else if (isElement(c)) s += textContent(c);
  }
  return s;
}

/** Word's on/off properties: present without val, or val not false/0/off, means on. */
export function isOn(el: Element | undefined, ns: string): boolean {
  if (!el) return false;
  const v = attr(el, ns, 'val');
  return v === undefined || !['false', '0', 'off'].includes(v);
}
