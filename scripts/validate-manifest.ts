/**
 * Offline check of manifest.xml (the online validator, `office-addin-manifest validate`, needs the
 * network): structure, element order of the OfficeApp schema, https URLs, requirement sets, the
 * ribbon button and its resources. `tsx scripts/validate-manifest.ts [--online]`.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';

/** Order of OfficeApp's children in the TaskPaneApp schema (those this manifest may use). */
export const OFFICEAPP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
  'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
];
/** Ribbon icon sizes the add-in only manifest allows (16, 32, 80 required). */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions'];

function children(e: Element): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}
function all(root: Element, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (c.localName === localName) out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

export interface ManifestFacts {
  sourceLocation?: string;
  minWordApi?: string;
  urls: string[];
}

/** Problems found (empty when valid) and a few facts for callers. */
export function validateManifestXml(xml: string): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const errors: string[] = [];
  let root: Element | null = null;
  try {
    // xmldom throws on fatal errors and reports the rest through onError.
    const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
    root = doc.documentElement as unknown as Element | null;
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  if (errors.length || !root) return { problems: [`not well-formed XML: ${errors.join('; ')}`], facts: { urls: [] } };
  if (root.localName !== 'OfficeApp') problems.push(`root element is ${root.localName}, expected OfficeApp`);
  if (root.getAttribute('xsi:type') !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp');

  const names = children(root).map((c) => c.localName ?? '');
  for (const r of REQUIRED) if (!names.includes(r)) problems.push(`missing <${r}>`);
  const unknown = names.filter((n) => !OFFICEAPP_ORDER.includes(n));
  if (unknown.length) problems.push(`unexpected elements: ${unknown.join(', ')}`);
  const positions = names.filter((n) => OFFICEAPP_ORDER.includes(n)).map((n) => OFFICEAPP_ORDER.indexOf(n));
  positions.forEach((p, i) => {
    if (i > 0 && p < positions[i - 1]) problems.push(`<${OFFICEAPP_ORDER[p]}> must come before <${OFFICEAPP_ORDER[positions[i - 1]]}>`);
  });

  const text = (name: string) => children(root).find((c) => c.localName === name)?.textContent?.trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text('Id') ?? '')) problems.push('<Id> must be a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(text('Version') ?? '')) problems.push('<Version> must be n.n.n.n');
  if (text('Permissions') !== 'ReadWriteDocument') problems.push('<Permissions> must be ReadWriteDocument (the add-in writes comments and tracked changes)');
  const hosts = all(root, 'Host').filter((h) => h.parentNode && (h.parentNode as Element).localName === 'Hosts' && (h.parentNode.parentNode as Element).localName === 'OfficeApp');
  if (!hosts.some((h) => h.getAttribute('Name') === 'Document')) problems.push('<Hosts> must name Document (Word)');

  const sets = all(root, 'Set').filter((s) => s.getAttribute('Name') === 'WordApi');
  const minWordApi = sets[0]?.getAttribute('MinVersion') ?? undefined;
  if (!minWordApi || Number(minWordApi) < 1.4) problems.push('Requirements must ask for WordApi 1.4 or later');

  const urls: string[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      const v = c.getAttribute('DefaultValue');
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      if (c.localName === 'AppDomain' && c.textContent) urls.push(c.textContent.trim());
      walk(c);
    }
  };
  walk(root);
  for (const u of urls) if (!u.startsWith('https://')) problems.push(`URL must use https: ${u}`);
  const sourceLocation = all(root, 'SourceLocation')[0]?.getAttribute('DefaultValue') ?? undefined;
  if (!sourceLocation) problems.push('missing <DefaultSettings><SourceLocation>');

  // Ribbon: a button on the Review tab (where Word's checking tools are) that shows the task pane.
  const tab = all(root, 'OfficeTab').find((t) => t.getAttribute('id') === 'TabReview');
  if (!tab) problems.push('no ribbon group on the Review tab (OfficeTab id="TabReview")');
  const button = all(root, 'Control').find((c) => c.getAttribute('xsi:type') === 'Button');
  if (!button || !all(button, 'Action').some((a) => a.getAttribute('xsi:type') === 'ShowTaskpane')) problems.push('no ribbon button with a ShowTaskpane action');
  // Icons (learn.microsoft.com, "Icon element" of the add-in only manifest): 16, 32 and 80 are
  // required; 20, 24, 40, 48 and 64 are the only other sizes. We ship all eight, for every DPI.
  for (const icon of all(root, 'Icon')) {
    const sizes = all(icon, 'Image').map((i) => Number(i.getAttribute('size')));
    const odd = sizes.filter((n) => !ICON_SIZES.includes(n));
    if (odd.length) problems.push(`icon sizes not allowed: ${odd.join(', ')}`);
    const missing = ICON_SIZES.filter((n) => !sizes.includes(n));
    if (missing.length) problems.push(`icon without sizes ${missing.join(', ')}`);
  }
  // Support and "learn more" pages are help pages, not the pane itself.
  const supportUrl = all(root, 'SupportUrl')[0]?.getAttribute('DefaultValue');
  const learnMore = all(root, 'Url').find((u) => u.getAttribute('id') === 'GetStarted.LearnMoreUrl')?.getAttribute('DefaultValue');
  for (const [name, url] of [['SupportUrl', supportUrl], ['LearnMoreUrl', learnMore]] as const) {
    if (url && url === sourceLocation) problems.push(`${name} points at the task pane itself: give it a support page`);
  }
  const defined = new Set(all(root, 'Image').concat(all(root, 'Url'), all(root, 'String')).map((e) => e.getAttribute('id')).filter(Boolean));
  const used = new Set<string>();
  const collect = (e: Element) => {
    for (const c of children(e)) {
      const r = c.getAttribute('resid');
      if (r) used.add(r);
      collect(c);
    }
  };
  collect(root);
  for (const r of used) if (!defined.has(r)) problems.push(`resid "${r}" is not defined in <Resources>`);
  return { problems, facts: { sourceLocation, minWordApi, urls } };
}

if (require.main === module) {
  const file = path.resolve(process.argv.find((a) => a.endsWith('.xml')) ?? 'manifest.xml');
  const { problems } = validateManifestXml(readFileSync(file, 'utf8'));
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`${file}: valid (offline checks)`);
  if (process.argv.includes('--online')) {
    // Microsoft's validation service: needs the network, so it is optional.
    execFileSync('npx', ['--yes', 'office-addin-manifest', 'validate', file], { stdio: 'inherit' });
  }
}
