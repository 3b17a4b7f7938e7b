import { main } from '../../src/cli/main';
import { allRules } from '../../src/checks/index';
import { CATEGORIES } from '../../src/core/finding';

async function run(...argv: string[]) {
  let stdout = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: () => undefined });
  return { code, stdout };
}

test('zan rules --json lists every rule with its category, severity and a description', async () => {
  const r = await run('rules', '--json');
  expect(r.code).toBe(0);
  const rows = JSON.parse(r.stdout) as Array<{ id: string; category: string; description: string; languages: string[] }>;
  expect(rows.map((x) => x.id).sort()).toEqual(allRules.map((x) => x.meta.id).sort());
  for (const row of rows) {
    expect(CATEGORIES).toContain(row.category);
    expect(row.id.startsWith(`${row.category}/`)).toBe(true);
    expect(row.description.length).toBeGreaterThan(10);
    expect(row.languages).toEqual(expect.arrayContaining(['ru', 'kk']));
  }
});

test('every rule has messages in ru, kk and en, and rule ids are unique', () => {
  expect(new Set(allRules.map((r) => r.meta.id)).size).toBe(allRules.length);
  for (const rule of allRules)
    for (const [id, m] of Object.entries(rule.meta.messages)) {
      expect({ rule: rule.meta.id, id, ru: !!m.ru, kk: !!m.kk, en: !!m.en }).toEqual({ rule: rule.meta.id, id, ru: true, kk: true, en: true });
    }
});

test('zan rules prints a readable catalogue', async () => {
  const r = await run('rules');
  expect(r.stdout).toMatch(/structure\/numbering\s+\[structure, error/);
  expect(r.stdout).toMatch(new RegExp(`${allRules.length} rules\\n$`));
});
