import { readFileSync } from 'fs';
import path from 'path';
import { validateManifestXml } from '../../scripts/validate-manifest';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline validation)', () => {
  it('is valid: structure, element order, https URLs, WordApi 1.4, ribbon button on Review', () => {
    const { problems, facts } = validateManifestXml(manifest);
    expect(problems).toEqual([]);
    expect(facts.minWordApi).toBe('1.4');
    expect(facts.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  });

  it('points only at files the build produces (pane, commands page, support page, icons of the size they are named)', () => {
    const { facts } = validateManifestXml(manifest);
    const files = facts.urls.filter((u) => u !== 'https://localhost:3000').map((u) => new URL(u).pathname.slice(1));
    for (const f of files) {
      if (f.startsWith('assets/')) {
        const png = readFileSync(path.join(ROOT, f));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // IHDR: width and height at bytes 16..23.
        const size = Number(/icon-(\d+)\.png$/.exec(f)![1]);
        expect([f, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([f, size, size]);
      } else expect(['taskpane.html', 'commands.html', 'support.html']).toContain(f);
    }
    expect(files).toContain('support.html');
    // The support page is shipped (webpack copies it) and speaks the three languages.
    const support = readFileSync(path.join(ROOT, 'src', 'taskpane', 'support.html'), 'utf8');
    for (const lang of ['ru', 'kk', 'en']) expect(support).toContain(`<section id="${lang}" lang="${lang}">`);
    expect(readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8')).toContain("to: 'support.html'");
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
    expect(validateManifestXml(manifest.replace('id="TabReview"', 'id="TabHome"')).problems).toEqual(['no ribbon group on the Review tab (OfficeTab id="TabReview")']);
    expect(validateManifestXml(manifest.replace(/<bt:Image size="20" resid="Icon.20x20"\/>/, '<bt:Image size="25" resid="Icon.20x20"/>')).problems).toEqual([
      'icon sizes not allowed: 25',
      'icon without sizes 20',
    ]);
    expect(validateManifestXml(manifest.replace('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>')).problems).toEqual([
      'SupportUrl points at the task pane itself: give it a support page',
    ]);
  });
});
