/**
 * A server without a model key reviews the units it is sent with the local engine. What the client
 * sends (norms, quotes, headings) must be enough to rebuild the act's structure: the server must not
 * report numbering gaps or missing articles that exist in the document it never saw whole.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../src/corpus/index';
import { reviewLocal } from '../../src/engine/local';
import { readDocx } from '../../src/hosts/docx/read';
import { buildReviewRequest, reviewRequestSchema } from '../../src/protocol/review';
import { reviewUnitsLocally } from '../../src/server/local-fallback';

const EVAL = path.resolve(__dirname, '..', '..', '..', 'shared', 'eval');
const key = (f: { ruleId: string; anchor: { paragraph: number; start: number } }) => `${f.ruleId}|${f.anchor.paragraph}|${f.anchor.start}`;

test.each(['dev-ru-new-law', 'dev-kk-bylaw', 'dev-ru-amending', 'dev-ru-clean-control'])('%s: the server finds nothing the full local review does not', async (id) => {
  const doc = await readDocx(readFileSync(path.join(EVAL, `${id}.docx`)));
  const corpus = loadCorpus();
  const local = reviewLocal(doc.model, { corpus });
  const request = reviewRequestSchema().parse(JSON.parse(JSON.stringify(buildReviewRequest(local.act))));
  const server = await reviewUnitsLocally(request as never, corpus);
  const known = new Set(local.findings.map(key));
  expect(server.map(key).filter((k) => !known.has(k))).toEqual([]);
});
