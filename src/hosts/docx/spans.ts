/**
 * One pass over the text of document.xml that finds where each body paragraph sits, whether it is in
 * a table cell, and that start and end tags pair up. The reader parses only the paragraphs (in
 * batches) instead of building a DOM of the whole part, and the writer splices the paragraphs it
 * changed and leaves every other byte of the part as it was.
 */

export interface ParagraphSpan {
  start: number;
  end: number;
  inTable: boolean;
}

export interface BodyScan {
  /** Every `<{prefix}:p>` element that is not inside another one, in document order. */
  paragraphs: ParagraphSpan[];
  /** The root's children include `<{prefix}:body>`. */
  hasBody: boolean;
  /** The root element's start tag, as written (its namespace declarations bind the paragraphs). */
  rootTag: string;
  rootName: string;
}

// A start or empty tag: name, attributes with quoted values (which may contain '>'), optional '/'.
const TAG = /<([^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/y;

/** Thrown when the tags do not nest: the caller names the part (a `corrupt` DocxError). */
export class TagStructureError extends Error {}

/** Scans `xml`, whose paragraph, cell and body elements carry the prefix of its root element. */
export function scanBody(xml: string): BodyScan {
  let [pName, tcName, bodyName] = ['', '', ''];
  const out: BodyScan = { paragraphs: [], hasBody: false, rootTag: '', rootName: '' };
  const open: string[] = [];
  let inP = 0;
  let inTc = 0;
  let start = -1;
  const fail = (what: string, at: number): never => {
    throw new TagStructureError(`${what} at character ${at}`);
  };
  for (let i = xml.indexOf('<'); i >= 0; ) {
    let j: number;
    if (xml.startsWith('<!--', i)) j = xml.indexOf('-->', i) + 3;
    else if (xml.startsWith('<![CDATA[', i)) j = xml.indexOf(']]>', i) + 3;
    else if (xml.startsWith('<?', i)) j = xml.indexOf('?>', i) + 2;
    else if (xml[i + 1] === '/') {
      j = xml.indexOf('>', i) + 1;
      if (j <= 0) break;
      const name = xml.slice(i + 2, j - 1).trim();
      if (open.pop() !== name) fail(`the end tag </${name}> closes no open element of that name`, i);
      if (name === pName && --inP === 0) out.paragraphs.push({ start, end: j, inTable: inTc > 0 });
      else if (name === tcName) inTc--;
    } else {
      TAG.lastIndex = i;
      const m = TAG.exec(xml);
      if (!m) fail('an unreadable tag', i);
      j = TAG.lastIndex;
      const name = m![1];
      const empty = m![2] === '/';
      if (!open.length) {
        if (out.rootName) fail('a second root element', i);
        out.rootTag = empty ? `${xml.slice(i, j - 2)}>` : xml.slice(i, j);
        out.rootName = name;
        const colon = name.indexOf(':');
        const q = (local: string): string => (colon > 0 ? `${name.slice(0, colon + 1)}${local}` : local);
        [pName, tcName, bodyName] = [q('p'), q('tc'), q('body')];
      } else if (open.length === 1 && name === bodyName) out.hasBody = true;
      if (name === pName) {
        if (inP === 0) start = i;
        if (empty) {
          if (inP === 0) out.paragraphs.push({ start: i, end: j, inTable: inTc > 0 });
        } else inP++;
      } else if (name === tcName && !empty) inTc++;
      if (!empty) open.push(name);
    }
    if (j <= 0) fail('an unclosed comment, CDATA section or instruction', i);
    i = xml.indexOf('<', j);
  }
  if (open.length) fail(`<${open[open.length - 1]}> is never closed`, xml.length);
  return out;
}
