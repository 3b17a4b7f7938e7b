/**
 * Many random replacements on real law paragraphs built with runs split and styled in varying
 * ways: the reject-all view must always be the input, the accept-all view the suggestion.
 */
import type { Hunk, PlannedComment, ReviewPlan } from '../../src/core/plan-types';
import { buildDocx, type BuildRun } from '../../src/hosts/docx/build';
import { readDocx } from '../../src/hosts/docx/read';
import { applyPlan } from '../../src/hosts/docx/write';
import { appliedHunks, revisionInvariants } from '../support/revisions';
import { corpusLines } from './fixtures';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['обязан', 'вправе', 'в течение десяти рабочих дней', 'міндетті', 'құқылы', '«Закон»', '', 'x', ' ', '—', 'тармақ\t2', 'жаңа\nжол'];

/** Split a text into runs at random points (often at word edges) with random formatting. */
function randomRuns(text: string, rnd: () => number): BuildRun[] {
  const cuts = new Set<number>();
  const n = Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) cuts.add(Math.floor(rnd() * text.length));
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && rnd() < 0.15) cuts.add(rnd() < 0.5 ? i : i + 1);
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const runs: BuildRun[] = [];
  let at = 0;
  for (const c of [...points, text.length]) {
    if (c <= at) continue;
    runs.push({ text: text.slice(at, c), bold: rnd() < 0.3, italic: rnd() < 0.3, underline: rnd() < 0.15, size: rnd() < 0.2 ? 12 : undefined, font: rnd() < 0.1 ? 'Arial' : undefined });
    at = c;
  }
  return runs;
}

/** Word-boundary offsets of a text (starts and ends of words), plus 0 and the end. */
function edges(text: string): number[] {
  const out = new Set([0, text.length]);
  for (const m of text.matchAll(/\S+/g)) {
    out.add(m.index!);
    out.add(m.index! + m[0].length);
  }
  return [...out].sort((a, b) => a - b);
}

function randomPlan(texts: string[], rnd: () => number): ReviewPlan {
  const hunks: Hunk[] = [];
  const comments: PlannedComment[] = [];
  let id = 0;
  texts.forEach((text, p) => {
    if (!text || rnd() < 0.3) return;
    const e = edges(text);
    let cursor = 0;
    const count = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < count; k++) {
      const candidates = e.filter((x) => x >= cursor);
      if (!candidates.length) break;
      const start = candidates[Math.floor(rnd() * Math.min(candidates.length, 8))];
      const kind = rnd();
      const rest = e.filter((x) => x >= start);
      const end = kind < 0.25 ? start : rest[Math.min(rest.length - 1, Math.floor(rnd() * 4))]; // pure insertion, or a few words
      // Sometimes cut inside a word, to exercise splits inside one w:t.
      const s2 = rnd() < 0.2 && end - start > 2 ? start + 1 : start;
      const inserted = kind > 0.85 ? '' : WORDS[Math.floor(rnd() * WORDS.length)];
      if (s2 === end && inserted === '') continue;
      const findingId = `f${id++}`;
      hunks.push({ paragraph: p, start: s2, end, deleted: text.slice(s2, end), inserted, findingId });
      if (rnd() < 0.5 && end > s2) comments.push({ paragraph: p, start: s2, end, quote: text.slice(s2, end), text: `[Zan] ${findingId}`, findingId });
      else if (rnd() < 0.3 && end < text.length) {
        const cEnd = Math.min(text.length, end + 1 + Math.floor(rnd() * 10));
        comments.push({ paragraph: p, start: end, end: cEnd, quote: text.slice(end, cEnd), text: `[Zan] note`, findingId: `c${id++}` });
      }
      cursor = rnd() < 0.4 ? end : end + 1; // adjacent changes too (an insertion right after a replacement)
    }
  });
  return { hunks, comments, skipped: [], findings: [] };
}

describe('writer invariants under random replacements on real laws', () => {
  it.each([
    ['peaceful-assemblies-ru', 11],
    ['peaceful-assemblies-kk', 23],
  ] as const)('%s (seed %d)', async (name, seed) => {
    const rnd = prng(seed);
    const lines = corpusLines(name).slice(0, 120);
    let applied = 0;
    for (let round = 0; round < 6; round++) {
      const input = await buildDocx(lines.map((text) => ({ text, runs: text ? randomRuns(text, rnd) : undefined })));
      const doc = await readDocx(input);
      expect(doc.model.paragraphs.map((p) => p.text)).toEqual(lines);
      const p = randomPlan(lines, rnd);
      const { data, result } = await applyPlan(doc, p, { date: new Date(0) });
      expect(result.stale).toEqual([]);
      expect(result.skipped).toEqual([]);
      const hunks = appliedHunks(p, result);
      applied += hunks.length;
      const inv = await revisionInvariants(input, data, hunks);
      expect(inv.original).toEqual(inv.expectedOriginal);
      expect(inv.accepted).toEqual(inv.expectedAccepted);
    }
    expect(applied).toBeGreaterThan(200);
  });
});
