/** Package parts by name and relationship: XML parts read and parsed, relationships resolved. */
import type JSZip from 'jszip';
import { REL_BASE_STRICT, REL_BASE_TRANSITIONAL, childElements } from './ooxml';
import { parseXml } from './safeXml';
import { readPartText } from './zipReader';

export interface XmlPart {
  path: string;
  /** The part's text as stored, BOM removed. */
  text: string;
  /** True when the stored bytes started with a UTF-8 byte-order mark (kept on write). */
  bom: boolean;
  dom: Document;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export async function readXmlPart(zip: JSZip, path: string, source: string): Promise<XmlPart | undefined> {
  const raw = await readPartText(zip, path, source);
  if (!raw) return undefined;
  return { path, text: raw.text, bom: raw.bom, dom: parseXml(raw.text, path, source) };
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relsPathFor(partPath: string): string {
  const i = partPath.lastIndexOf('/');
  return `${partPath.slice(0, i + 1)}_rels/${partPath.slice(i + 1)}.rels`;
}

/** Resolve a relationship target against the folder of the source part (no leading slash in zip paths). */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function parseRelationships(dom: Document | undefined): Relationship[] {
  if (!dom?.documentElement) return [];
  return childElements(dom.documentElement)
    .filter((e) => e.localName === 'Relationship')
    .map((e) => ({
      id: e.getAttribute('Id') ?? '',
      type: e.getAttribute('Type') ?? '',
      target: e.getAttribute('Target') ?? '',
      external: e.getAttribute('TargetMode') === 'External',
    }));
}

/** A relationship whose type ends in `/kind` under either the transitional or the strict base. */
export function findRel(rels: Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => r.type === `${REL_BASE_TRANSITIONAL}/${kind}` || r.type === `${REL_BASE_STRICT}/${kind}`);
}

/** The relationship-type base a package uses, judged by its officeDocument relationship. */
export function relBaseOf(rels: Relationship[]): string {
  return rels.some((r) => r.type.startsWith(REL_BASE_STRICT)) ? REL_BASE_STRICT : REL_BASE_TRANSITIONAL;
}
