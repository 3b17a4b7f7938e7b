/**
 * LibreOffice as an independent reader of the .docx files we write: convert with
 * `soffice --headless --convert-to` (a fresh profile per process, or parallel runs silently lose
 * output), then read the flat ODF to see which tracked changes and comments LibreOffice recognised
 * and what text it shows with every change rejected or accepted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

export class LibreOfficeError extends Error {
  override name = 'LibreOfficeError';
}

const SOFFICE = process.env.SOFFICE ?? 'soffice';
let available: boolean | undefined;

/** True when `soffice` can be started here. */
export function libreOfficeAvailable(): boolean {
  if (available === undefined) {
    const r = spawnSync(SOFFICE, ['--version'], { timeout: 30000, encoding: 'utf8' });
    available = r.status === 0 && /LibreOffice/.test(r.stdout ?? '');
  }
  return available;
}

export type LibreOfficeFormat = 'fodt' | 'docx' | 'txt';

const FILTERS: Record<LibreOfficeFormat, string> = { fodt: 'fodt', docx: 'docx:MS Word 2007 XML', txt: 'txt:Text (encoded):UTF8' };

/**
 * Convert several files in one soffice process (it is ~1 s per start). Returns the converted bytes
 * by input name; a file LibreOffice could not convert is missing from the map.
 */
export async function convertManyWithLibreOffice(
  inputs: Array<{ name: string; data: Uint8Array }>,
  to: LibreOfficeFormat,
  options: { timeoutMs?: number } = {},
): Promise<Map<string, Buffer>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zan-lo-'));
  try {
    const inDir = path.join(dir, 'in');
    const outDir = path.join(dir, 'out');
    await fs.mkdir(inDir);
    await fs.mkdir(outDir);
    const files: string[] = [];
    for (const input of inputs) {
      if (!/^[\w.-]+\.docx$/.test(input.name)) throw new LibreOfficeError(`unsafe file name for conversion: ${input.name}`);
      const file = path.join(inDir, input.name);
      await fs.writeFile(file, input.data);
      files.push(file);
    }
    const timeoutMs = options.timeoutMs ?? 30000 + 5000 * inputs.length;
    await run(
      SOFFICE,
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', FILTERS[to], '--outdir', outDir, ...files],
      timeoutMs,
    );
    const out = new Map<string, Buffer>();
    for (const input of inputs) {
      const converted = path.join(outDir, input.name.replace(/\.docx$/, `.${to}`));
      try {
        out.set(input.name, await fs.readFile(converted));
      } catch {
        // not converted: the caller reports which one
      }
    }
    return out;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Convert one .docx; throws a LibreOfficeError naming the file when LibreOffice gives nothing back. */
export async function convertWithLibreOffice(data: Uint8Array, to: LibreOfficeFormat, name = 'document.docx'): Promise<Buffer> {
  const out = (await convertManyWithLibreOffice([{ name, data }], to)).get(name);
  if (!out) throw new LibreOfficeError(`LibreOffice could not convert ${name} to ${to}`);
  return out;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Own process group, so a hung soffice.bin is stopped with its launcher.
    const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', () => undefined);
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new LibreOfficeError(`soffice did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new LibreOfficeError(`soffice could not be started (${e.message}); install libreoffice-writer-nogui`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new LibreOfficeError(`soffice exited with ${code}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
};

export interface LibreOfficeParagraph {
  /** Text with every tracked change rejected. */
  original: string;
  /** Text with every tracked change accepted (what LibreOffice shows). */
  accepted: string;
}

export interface FodtAnalysis {
  paragraphs: LibreOfficeParagraph[];
  insertions: number;
  deletions: number;
  annotations: number;
  byAuthor: Record<string, { insertions: number; deletions: number; annotations: number }>;
}

/** Read a flat ODF text document: tracked changes, annotations and the text of every body paragraph. */
export function analyzeFodt(xml: string): FodtAnalysis {
  const dom = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const result: FodtAnalysis = { paragraphs: [], insertions: 0, deletions: 0, annotations: 0, byAuthor: {} };
  const of = (a: string) => (result.byAuthor[a] ??= { insertions: 0, deletions: 0, annotations: 0 });
  const regions = new Map<string, { kind: string; deletedText: string }>();
  const officeText = dom.getElementsByTagNameNS(NS.office, 'text')[0];
  if (!officeText) return result;

  for (const region of Array.from(dom.getElementsByTagNameNS(NS.text, 'changed-region'))) {
    const id = region.getAttributeNS(NS.text, 'id') || region.getAttribute('xml:id') || '';
    const change = Array.from(region.childNodes).find((n) => n.nodeType === 1) as Element | undefined;
    if (!change) continue;
    const author = change.getElementsByTagNameNS(NS.dc, 'creator')[0]?.textContent ?? '';
    const kind = change.localName;
    if (kind === 'insertion') {
      result.insertions++;
      of(author).insertions++;
    } else if (kind === 'deletion') {
      result.deletions++;
      of(author).deletions++;
    }
    const deletedParas = Array.from(change.getElementsByTagNameNS(NS.text, 'p')).map((p) => inline(p, regions).original);
    regions.set(id, { kind, deletedText: deletedParas.join('\n') });
  }
  for (const a of Array.from(officeText.getElementsByTagNameNS(NS.office, 'annotation'))) {
    result.annotations++;
    of(a.getElementsByTagNameNS(NS.dc, 'creator')[0]?.textContent ?? '').annotations++;
  }

  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI === NS.text && (e.localName === 'p' || e.localName === 'h')) result.paragraphs.push(inline(e, regions));
      else if (e.localName === 'tracked-changes' || e.localName === 'sequence-decls' || e.localName === 'annotation' || e.localName === 'frame') continue;
      else visit(e);
    }
  };
  visit(officeText);
  return result;
}

function inline(p: Element, regions: Map<string, { kind: string; deletedText: string }>): LibreOfficeParagraph {
  let original = '';
  let accepted = '';
  const active: string[] = [];
  const kindOf = (id: string) => regions.get(id)?.kind;
  const add = (s: string) => {
    const inIns = active.some((id) => kindOf(id) === 'insertion');
    const inDel = active.some((id) => kindOf(id) === 'deletion');
    if (!inIns) original += s;
    if (!inDel) accepted += s;
  };
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        add((c as Text).data.replace(/[\r\n\t]+/g, ' ').replace(/ {2,}/g, ' '));
        continue;
      }
      if (c.nodeType !== 1) continue;
      const e = c as Element;
      const name = e.localName;
      if (e.namespaceURI === NS.office && name === 'annotation') continue;
      if (name === 'note' || name === 'frame' || name === 'tracked-changes') continue;
      if (name === 's') add(' '.repeat(Number(e.getAttributeNS(NS.text, 'c') || 1)));
      else if (name === 'tab') add('\t');
      else if (name === 'line-break') add('\n');
      else if (name === 'change-start') active.push(e.getAttributeNS(NS.text, 'change-id') ?? '');
      else if (name === 'change-end') {
        const id = e.getAttributeNS(NS.text, 'change-id') ?? '';
        const i = active.lastIndexOf(id);
        if (i >= 0) active.splice(i, 1);
      } else if (name === 'change') original += regions.get(e.getAttributeNS(NS.text, 'change-id') ?? '')?.deletedText ?? '';
      else walk(e);
    }
  };
  walk(p);
  return { original, accepted };
}

/** Convert to flat ODF and analyse it. */
export async function libreOfficeView(data: Uint8Array, name = 'document.docx'): Promise<FodtAnalysis> {
  return analyzeFodt((await convertWithLibreOffice(data, 'fodt', name)).toString('utf8'));
}
