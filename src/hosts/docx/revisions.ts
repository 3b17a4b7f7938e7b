/**
 * Views of a .docx under its tracked changes, per body paragraph: 'current' (as shown), 'original'
 * (every tracked change rejected) and 'accepted' (every tracked change accepted); and counts of
 * comments, insertions and deletions by author. Used to check the writer's invariants.
 */
import { docxError } from './errors';
import { W_STRICT, W_TRANSITIONAL, attr, firstChild, isEl } from './ooxml';
import { findRel, parseRelationships, readXmlPart, relsPathFor, resolveTarget } from './package';
import { openZip } from './zipReader';
import { collectBodyParagraphs } from './read';
import { layoutParagraph, newFieldState } from './text';

export type RevisionView = 'current' | 'original' | 'accepted';

export interface RevisionCounts {
  comments: number;
  insertions: number;
  deletions: number;
  byAuthor: Record<string, { comments: number; insertions: number; deletions: number }>;
}

async function openMain(data: Uint8Array, source: string) {
  const zip = await openZip(data, source);
  const rootRels = parseRelationships((await readXmlPart(zip, '_rels/.rels', source))?.dom);
  const officeRel = findRel(rootRels, 'officeDocument');
  const path = officeRel ? resolveTarget('', officeRel.target) : 'word/document.xml';
  const part = await readXmlPart(zip, path, source);
  if (!part) throw docxError('missing-document', source);
  const root = part.dom.documentElement;
  const w = root.namespaceURI;
  if (w !== W_TRANSITIONAL && w !== W_STRICT) throw docxError('not-docx', source);
  const body = firstChild(root, w, 'body');
  if (!body) throw docxError('missing-document', source);
  return { zip, part, w, body };
}

/** The text of every body paragraph under the given view (same paragraphs and offsets as readDocx). */
export async function paragraphTexts(data: Uint8Array, view: RevisionView, source = 'the document'): Promise<string[]> {
  const { w, body } = await openMain(data, source);
  const paras: Array<{ p: Element; inTable: boolean }> = [];
  collectBodyParagraphs(body, w, false, paras);
  const fields = newFieldState();
  return paras.map(({ p }) => layoutParagraph(p, w, view === 'original' ? 'original' : 'current', fields).text);
}

/** Comments (from the comments part) and w:ins / w:del elements in the body, by author. */
export async function countRevisions(data: Uint8Array, source = 'the document'): Promise<RevisionCounts> {
  const { zip, part, w, body } = await openMain(data, source);
  const counts: RevisionCounts = { comments: 0, insertions: 0, deletions: 0, byAuthor: {} };
  const of = (author: string) => (counts.byAuthor[author] ??= { comments: 0, insertions: 0, deletions: 0 });
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI === w && (e.localName === 'ins' || e.localName === 'del')) {
        const author = attr(e, w, 'author') ?? '';
        if (e.localName === 'ins') {
          counts.insertions++;
          of(author).insertions++;
        } else {
          counts.deletions++;
          of(author).deletions++;
        }
      }
      visit(e);
    }
  };
  visit(body);
  const rels = parseRelationships((await readXmlPart(zip, relsPathFor(part.path), source))?.dom);
  const rel = findRel(rels, 'comments');
  if (rel) {
    const comments = await readXmlPart(zip, resolveTarget(part.path, rel.target), source);
    for (let c = comments?.dom.documentElement.firstChild; c; c = c.nextSibling) {
      if (!isEl(c, w, 'comment')) continue;
      counts.comments++;
      of(attr(c, w, 'author') ?? '').comments++;
    }
  }
  return counts;
}
