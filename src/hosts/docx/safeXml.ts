/** XML parsed strictly: a DOCTYPE or ENTITY is refused before any parser sees the text, so no entity is ever expanded. */
import { DOMParser } from '@xmldom/xmldom';
import { docxError } from './errors';

/** Markup that could declare or expand an entity: refused wherever it appears. */
export const UNSAFE_XML = /<!DOCTYPE|<!ENTITY/i;

/**
 * Elements nested deeper than this are refused before parsing: the walks over a part recurse, and
 * Word's own deepest nesting (tables in tables, content controls) stays well under a hundred.
 */
export const MAX_XML_DEPTH = 1000;

/** Parse XML text strictly; refuses DOCTYPE/ENTITY and absurd nesting before the parser sees anything. */
export function parseXml(text: string, path: string, source: string): Document {
  refuseUnsafeXml(text, path, source);
  return parseCheckedXml(text, path, source);
}

/** Refuses a DOCTYPE/ENTITY or absurd nesting anywhere in the text of a part. */
export function refuseUnsafeXml(text: string, path: string, source: string): void {
  if (UNSAFE_XML.test(text)) throw docxError('unsafe-xml', source, path);
  if (nestingDepth(text, MAX_XML_DEPTH) > MAX_XML_DEPTH) {
    throw docxError('unsupported', source, `part ${path} nests elements more than ${MAX_XML_DEPTH} levels deep`);
  }
}

/** Parse XML strictly: only for text cut from a part that refuseUnsafeXml already passed. */
export function parseCheckedXml(text: string, path: string, source: string): Document {
  try {
    const dom = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    if (!dom.documentElement) throw new Error('no root element');
    return dom as unknown as Document;
  } catch (e) {
    throw docxError('corrupt', source, `part ${path} is not well-formed XML: ${firstLine((e as Error).message)}`);
  }
}

/**
 * The deepest element nesting of XML text, in one pass (stops counting once past `limit`). Comments,
 * CDATA and processing instructions are skipped; a ">" inside a quoted attribute value does not end a tag.
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = text.indexOf('<'); i >= 0 && i < n; i = text.indexOf('<', i)) {
    const next = text[i + 1];
    if (next === '!' || next === '?') {
      const close = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const end = text.indexOf(close, i + 2);
      i = end < 0 ? n : end + close.length;
      continue;
    }
    if (next === '/') {
      depth--;
      i += 2;
      continue;
    }
    let j = i + 1;
    let quote = '';
    for (; j < n; j++) {
      const c = text[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    if (text[j - 1] !== '/' && ++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
    i = j + 1;
  }
  return max;
}

function firstLine(s: string): string {
  return s.split('\n')[0].slice(0, 160);
}
