/**
 * Click → first local finding on a 200-article act, each run in a process of its own so that
 * nothing run before it has warmed the engine: `cold`, Review clicked as soon as the engine's chunk
 * and the corpus are loaded; `warmed`, after the warm-up the pane runs when idle after its first
 * paint (src/taskpane/localWarmUp.ts). `npx tsx bench/pane-first-finding.ts cold|warmed` prints
 * one JSON line; bench/pane.ts runs both.
 */
import { loadCorpus } from '../src/corpus/index';
import { reviewLocal } from '../src/engine/local';
import { FakeWordDocument } from '../src/hosts/word/fake/fakeWord';
import { WordHost } from '../src/hosts/word/host';
import { warmLocalEngine } from '../src/taskpane/localWarmUp';
import { reviewModules, ReviewSession } from '../src/taskpane/session';

/** A draft law of `paragraphs` paragraphs: articles of two items, a vague term and a reference in each. */
export function act(paragraphs: number): string[] {
  const out = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О порядке рассмотрения обращений'];
  for (let a = 1; out.length < paragraphs; a++) {
    out.push(`Статья ${a}. Рассмотрение обращений вида ${a}`);
    out.push(`1. Уполномоченный орган рассматривает обращение в разумный срок.`);
    out.push(`2. Решение принимается в соответствии с пунктом 1 настоящей статьи и т.д.`);
  }
  return out.slice(0, paragraphs);
}

export interface FirstFinding {
  mode: 'cold' | 'warmed';
  paragraphs: number;
  /** Click to the first finding shown, ms (undefined: the review found nothing). */
  first?: number;
  /** Click to the end of the local review, ms. */
  total: number;
  findings: number;
}

async function measure(mode: FirstFinding['mode']): Promise<FirstFinding> {
  const lines = act(2 + 200 * 3);
  const word = new FakeWordDocument(lines);
  const host = new WordHost({ run: word.run, trackedChangesApi: true });
  // The pane, when idle after its first paint, fetches the use case's chunk and warms the engine up (engines.ts prepareLocalEngine).
  if (mode === 'warmed') {
    await reviewModules();
    warmLocalEngine();
  } else loadCorpus();
  const session = new ReviewSession({ host, local: async (doc) => reviewLocal(doc, { corpus: loadCorpus() }), language: () => 'ru' });
  const t = performance.now();
  let first: number | undefined;
  session.subscribe(() => {
    if (first === undefined && session.getState().findings.length > 0) first = performance.now() - t;
  });
  await session.review();
  return { mode, paragraphs: lines.length, first, total: performance.now() - t, findings: session.getState().findings.length };
}

if (require.main === module) {
  const mode = process.argv[2];
  if (mode !== 'cold' && mode !== 'warmed') {
    process.stderr.write('usage: tsx bench/pane-first-finding.ts cold|warmed\n');
    process.exit(2);
  }
  void measure(mode).then((r) => process.stdout.write(`${JSON.stringify(r)}\n`));
}
