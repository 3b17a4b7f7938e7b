/**
 * Where each body paragraph sits in the source text of document.xml, so the writer can splice only
 * the paragraphs it changed and leave every other byte of the part as it was.
 */

export interface Span {
  start: number;
  end: number;
}

// A start or empty tag: name, attributes with quoted values (which may contain '>'), optional '/'.
const TAG = /<([^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/y;

/** Spans of every `<{prefix}:p>` element that is not inside another one, in document order. */
export function topLevelParagraphSpans(xml: string, prefix: string | null): Span[] {
  const pName = prefix ? `${prefix}:p` : 'p';
  const out: Span[] = [];
  let depth = 0;
  let start = -1;
  let i = xml.indexOf('<');
  while (i >= 0) {
    let j: number;
    if (xml.startsWith('<!--', i)) j = xml.indexOf('-->', i) + 3;
    else if (xml.startsWith('<![CDATA[', i)) j = xml.indexOf(']]>', i) + 3;
    else if (xml.startsWith('<?', i)) j = xml.indexOf('?>', i) + 2;
    else if (xml[i + 1] === '/') {
      j = xml.indexOf('>', i) + 1;
      if (j <= 0) break;
      if (xml.slice(i + 2, j - 1).trim() === pName) {
        depth--;
        if (depth === 0) out.push({ start, end: j });
      }
    } else {
      TAG.lastIndex = i;
      const m = TAG.exec(xml);
      if (!m) throw new Error(`unreadable tag at ${i}`);
      j = TAG.lastIndex;
      if (m[1] === pName) {
        if (depth === 0) start = i;
        if (m[2]) {
          if (depth === 0) out.push({ start: i, end: j });
        } else depth++;
      }
    }
    if (j <= 0) break;
    i = xml.indexOf('<', j);
  }
  return out;
}
