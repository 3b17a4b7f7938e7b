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

test('the server names units by the client\'s ids, which the pane groups by, though it parses them otherwise', async () => {
  // Word's automatic numbering is not sent: the server reads the items as parts of the article.
  const lines = ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О стоянках', 'Статья 1. Стоянки', 'Владелец стоянки принимает транспорт в разумный срок.', 'Владелец представляет документы: паспорт, справка и т.д.'];
  const doc = { paragraphs: lines.map((text, index) => ({ index, text, ...(index > 2 ? { listLabel: `${index - 2}.`, listLevel: 0, listId: '1' } : {}) })) };
  const corpus = loadCorpus();
  const local = reviewLocal(doc, { corpus });
  expect(local.act.paragraphs[3]!.unitId).toBe('a1/i1');
  const request = reviewRequestSchema().parse(JSON.parse(JSON.stringify(buildReviewRequest(local.act))));
  const server = await reviewUnitsLocally(request as never, corpus);
  expect(server.find((f) => f.ruleId === 'technique/open-list-marker')?.unitId).toBe('a1/i2');
  expect(server.map((f) => f.unitId)).toEqual(server.map((f) => local.act.paragraphs[f.anchor.paragraph]!.unitId));
});
