import { readFileSync } from 'fs';
import path from 'path';
import { validateManifestXml } from '../../scripts/validate-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline validation)', () => {
  it('is valid: structure, element order, https URLs, WordApi 1.4, ribbon button on Home', () => {
    const { problems, facts } = validateManifestXml(manifest);
    expect(problems).toEqual([]);
    expect(facts.minWordApi).toBe('1.4');
    expect(facts.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('points only at files the build produces (pane, commands page, icons)', () => {
    const { facts } = validateManifestXml(manifest);
    const files = facts.urls.filter((u) => u !== 'https://localhost:3000').map((u) => new URL(u).pathname.slice(1));
    for (const f of files) {
      if (f.startsWith('assets/')) expect(readFileSync(path.join(ROOT, f)).subarray(1, 4).toString()).toBe('PNG');
      else expect(['taskpane.html', 'commands.html']).toContain(f);
    }
  });

  it('catches the mistakes it is meant to catch', () => {
    const swapped = manifest.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1');
    expect(validateManifestXml(swapped).problems).toEqual([expect.stringContaining('<Version> must come before <ProviderName>')]);
    expect(validateManifestXml(manifest.replace('Name="WordApi" MinVersion="1.4"', 'Name="WordApi" MinVersion="1.3"')).problems).toEqual(['Requirements must ask for WordApi 1.4 or later']);
    expect(validateManifestXml(manifest.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html')).problems).toEqual([
      'URL must use https: http://localhost:3000/commands.html',
    ]);
    expect(validateManifestXml(manifest.replace('<Permissions>ReadWriteDocument', '<Permissions>ReadDocument')).problems).toHaveLength(1);
    expect(validateManifestXml(manifest.replace('resid="Taskpane.Url"', 'resid="Nope.Url"')).problems).toEqual(['resid "Nope.Url" is not defined in <Resources>']);
    expect(validateManifestXml('<OfficeApp>').problems[0]).toMatch(/not well-formed/);
  });
});
