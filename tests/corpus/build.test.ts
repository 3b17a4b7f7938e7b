import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const sharedCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const dataDir = path.join(repoRoot, 'src', 'corpus', 'data');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const script = path.join(repoRoot, 'scripts', 'build-corpus-index.ts');

describe('npm run corpus (scripts/build-corpus-index.ts)', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'zan-corpus-'));
    execFileSync(tsx, [script, sharedCorpus, out], { cwd: repoRoot, stdio: 'pipe' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reproduces the committed data files byte for byte (run `npm run corpus` after the corpus changes)', () => {
    const committed = readdirSync(dataDir).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const f of committed) {
      expect({ file: f, same: readFileSync(path.join(out, f)).equals(readFileSync(path.join(dataDir, f))) }).toEqual({ file: f, same: true });
    }
  });

  it('records every source with its hash and provenance, and keeps the data compact', () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const files = manifest.sources.map((s: { file: string }) => s.file);
    expect(files).toEqual(expect.arrayContaining([
      'constitution/constitution_2026_ru.json',
      'constitution/concordance_1995_2026.json',
      'cc_resolutions/cc_resolutions_2023_2025.json',
      'legal_acts_law/law_on_legal_acts_ru.json',
      'registry/acts_registry.json',
      'scripts/corpus-supplement-acts.json',
    ]));
    for (const s of manifest.sources) {
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.origin).toBeTruthy();
      expect(path.isAbsolute(s.file)).toBe(false);
    }
    const total = Object.values(manifest.files as Record<string, { bytes: number }>).reduce((n, f) => n + f.bytes, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
    expect(manifest.counts).toMatchObject({ constitution2026Articles: 96, concordanceEntries: 102 });
  });

  it('fails with a clear message when the corpus directory is missing', () => {
    const r = spawnSync(tsx, [script, path.join(out, 'no-such-corpus'), path.join(out, 'x')], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Corpus file not found: .*no-such-corpus.*Pass the corpus directory/);
  });
});
