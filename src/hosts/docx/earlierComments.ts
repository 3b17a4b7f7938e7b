/**
 * Our own comments from an earlier review of the same document, so a re-review does not say the
 * same thing twice on the same paragraph. Human comments are never looked at.
 */
import { COMMENT_AUTHOR } from '../../core/plan-types';
import { attr } from './ooxml';
import { findRel, resolveTarget } from './package';
import { parseXml } from './safeXml';
import { readPartText } from './zipReader';
import type { DocxDocument } from './read';

/** What makes two comment texts the same: whitespace folded. */
export function commentKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Our earlier comments in the document: their text (whitespace folded) → their w:ids. */
export async function zanCommentsByText(doc: DocxDocument): Promise<Map<string, string[]>> {
  const byText = new Map<string, string[]>();
  const rel = findRel(doc.documentRels, 'comments');
  const path = rel && !rel.external ? resolveTarget(doc.document.path, rel.target) : undefined;
  const part = path ? await readPartText(doc.zip, path, doc.source) : undefined;
  if (!part || !path) return byText;
  const dom = parseXml(part.text, path, doc.source);
  const w = dom.documentElement.namespaceURI ?? doc.w;
  for (const c of Array.from(dom.getElementsByTagNameNS(w, 'comment'))) {
    if (attr(c, w, 'author') !== COMMENT_AUTHOR) continue;
    const text = Array.from(c.getElementsByTagNameNS(w, 'p'))
      .map((p) => Array.from(p.getElementsByTagNameNS(w, 't')).map((t) => t.textContent ?? '').join(''))
      .join('\n');
    const key = commentKey(text);
    byText.set(key, [...(byText.get(key) ?? []), attr(c, w, 'id') ?? '']);
  }
  return byText;
}

/** The ids of the comments whose ranges start in paragraph `p`. */
export function commentIdsIn(p: Element, w: string): Set<string> {
  return new Set(Array.from(p.getElementsByTagNameNS(w, 'commentRangeStart')).map((el) => attr(el, w, 'id') ?? ''));
}
