/**
 * The layers hold: no module imports itself round a cycle, nothing outside src/server reaches into
 * the server (the pane, the CLI and the Claude engine share src/protocol instead), and no source
 * file grows past what a reader can hold (500 lines; the fake Word, a test double, excepted).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const files = sources(SRC);
const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');

/** Relative imports of a file, resolved to files (static, type-only and dynamic alike). */
function importsOf(file: string): string[] {
  // Comments may show an import ("`await import('../corpus')`"); only code counts.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => files.includes(c));
    if (hit) out.push(hit);
  }
  return out;
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

/** Strongly connected components of more than one module (or a module importing itself). */
function cycles(): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(rel(w));
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  return found;
}

test('no import cycles in src', () => {
  expect(cycles()).toEqual([]);
});

test('nothing outside src/server imports src/server', () => {
  const offending = [...graph].flatMap(([from, to]) =>
    rel(from).startsWith('server/') ? [] : to.filter((t) => rel(t).startsWith('server/')).map((t) => `${rel(from)} → ${rel(t)}`),
  );
  expect(offending).toEqual([]);
});

test('no source file over 500 lines but the fake Word', () => {
  const long = files
    .filter((f) => !rel(f).startsWith('hosts/word/fake/'))
    .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 500);
  expect(long).toEqual([]);
});
