/** XML text helpers: escaping, run content from a string, and a serializer that keeps prefixes as read. */
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './ooxml';

// XML 1.0 forbids most C0 controls; a suggestion or comment must never make the part unreadable.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** U+FFFE and U+FFFF as UTF-8 bytes read one per character (how package parts are scanned). */
const INVALID_AS_LATIN1 = /\xEF\xBF[\xBE\xBF]/;

/**
 * The first code point XML 1.0 forbids in `text` (raw, or written as a character reference such as
 * &#1;, which XML forbids alike), or undefined. Works on decoded text and on UTF-8 read as latin1.
 */
export function forbiddenXmlChar(text: string): number | undefined {
  const raw = new RegExp(INVALID_XML_CHARS.source).exec(text);
  if (raw) return raw[0].codePointAt(0);
  if (INVALID_AS_LATIN1.test(text)) return text.includes('\xEF\xBF\xBE') ? 0xfffe : 0xffff;
  for (const m of text.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const cp = m[1]![0] === 'x' || m[1]![0] === 'X' ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    if (!isXmlChar(cp)) return cp;
  }
  return undefined;
}

/** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
export function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export function cleanXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHARS, '');
}

export function escapeText(s: string): string {
  return cleanXmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * The content of a run for `text`: tabs become w:tab, line breaks w:br, the rest w:t (or w:delText)
 * with xml:space="preserve", so reading it back gives `text` exactly.
 */
export function runContentXml(text: string, textElement: 't' | 'delText', prefix = 'w'): string {
  const p = prefix ? `${prefix}:` : '';
  let out = '';
  for (const piece of cleanXmlChars(text).replace(/\r\n?/g, '\n').split(/([\t\n])/)) {
    if (piece === '') continue;
    if (piece === '\t') out += `<${p}tab/>`;
    else if (piece === '\n') out += `<${p}br/>`;
    else out += `<${p}${textElement} xml:space="preserve">${escapeText(piece)}</${p}${textElement}>`;
  }
  return out;
}

/**
 * Serialize a DOM subtree with the prefixes and attribute order it was read with. Namespace
 * declarations are written only where the source had them (as attributes), so a paragraph cut out
 * of document.xml and spliced back in stays bound to the root's declarations.
 */
export function serializeNode(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeText((node as CharacterData).data);
  if (node.nodeType === CDATA_SECTION_NODE) return `<![CDATA[${(node as CharacterData).data}]]>`;
  if (node.nodeType === 8) return `<!--${(node as CharacterData).data}-->`;
  if (node.nodeType === 7) {
    const pi = node as ProcessingInstruction;
    return `<?${pi.target} ${pi.data}?>`;
  }
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  let s = `<${el.nodeName}`;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes[i];
    s += ` ${a.name}="${escapeAttr(a.value)}"`;
  }
  if (!el.firstChild) return `${s}/>`;
  s += '>';
  for (let c: Node | null = el.firstChild; c; c = c.nextSibling) s += serializeNode(c);
  return `${s}</${el.nodeName}>`;
}

/** Part text as it is stored: with the UTF-8 byte-order mark when the part had one. */
export function withBom(text: string, bom: boolean): string {
  return bom ? `\uFEFF${text}` : text;
}
