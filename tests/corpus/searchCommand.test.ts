import { runSearch } from '../../src/cli/searchCommand';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runSearch(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

describe('zan search', () => {
  it('prints a readable table: rank, score, label with the 1995 number, id, excerpt', async () => {
    const { code, out, err } = await run('Решение является окончательным и обжалованию не подлежит', '--limit', '3');
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^1\.\s+\d+\.\d\d {2}Конституция РК 2026, ст\. 12 п\. 2 \(1995: ст\. 13 п\. 2\)$/);
    expect(lines[1]).toMatch(/const2026:12\.2/);
    expect(lines[2]).toMatch(/судебную защиту/);
    expect(out.match(/^\d\. /gm)).toHaveLength(3);
  });

  it('labels hits in Kazakh for a Kazakh clause and shows resolution numbers and dates', async () => {
    const kk = await run('Шешім түпкілікті болып табылады және шағымдануға жатпайды', '--limit=1');
    expect(kk.out).toMatch(/ҚР 2026 Конституциясы, 12-бап 2-тармақ/);
    const res = await run('мирных собраний отказ в проведении', '--kind', 'resolution', '--limit', '3');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/от 20\.01\.2025 № 61-НП/);
    expect(res.out).toMatch(/2026: ст\. .*34/);
  });

  it('prints JSON with --json', async () => {
    const { code, out } = await run('сбор в размере, установленном уполномоченным органом', '--json', '--kind', 'constitution', '--limit', '2');
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.language).toBe('ru');
    expect(parsed.corpusVersion).toMatch(/^corpus-/);
    expect(parsed.hits).toHaveLength(2);
    expect(parsed.hits[0]).toMatchObject({ id: 'const2026:60.3(4)', kind: 'constitution', article: '60', item: '3', subitem: '4' });
    expect(typeof parsed.hits[0].score).toBe('number');
  });

  it('exits 1 with a message when nothing matches', async () => {
    const { code, out } = await run('qwertyuiop');
    expect(code).toBe(1);
    expect(out).toBe('Ничего не найдено.\n');
  });

  it.each([
    [[], /give the clause text/],
    [['текст', '--limit', '0'], /--limit must be a whole number from 1 to 100, got "0"/],
    [['текст', '--limit', 'abc'], /--limit must be a whole number/],
    [['текст', '--limit'], /--limit needs a value/],
    [['текст', '--kind', 'law'], /unknown --kind "law"; use constitution, resolution, legal-acts-law/],
    [['текст', '--verbose'], /unknown option --verbose/],
  ])('rejects bad arguments %j with exit 2 and a clear message', async (argv, message) => {
    const { code, out, err } = await run(...(argv as string[]));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toMatch(/Usage: zan search/);
  });

  it('prints usage with --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: zan search/);
  });
});
