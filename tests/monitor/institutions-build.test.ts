import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const script = path.join(repoRoot, 'scripts', 'build-institutions.ts');
const sharedCorpus = path.resolve(repoRoot, '..', 'shared', 'corpus');
const committed = path.join(repoRoot, 'src', 'monitor', 'data', 'institutions.json');

describe('the institutions table (scripts/build-institutions.ts)', () => {
  test('is what the script builds from the corpus, byte for byte, each row with 2026 provisions in both languages', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'zan-inst-')), 'institutions.json');
    execFileSync(tsx, [script, sharedCorpus, out], { cwd: repoRoot, stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
    const table = JSON.parse(readFileSync(out, 'utf8'));
    expect(table.rows.map((r: { id: string }) => r.id)).toEqual(['parliament', 'senate', 'mazhilis', 'chambers', 'deputy']);
    for (const row of table.rows) for (const p of row.provisions) expect(p.ru && p.kk).toBeTruthy();
    expect(table.rows[0].provisions[1]).toMatchObject({ place: '95.1', ru: expect.stringContaining('прекращает свои полномочия с 1 июля 2026 года') });
  }, 60_000);
});
