/**
 * The local engine on the server, for when no API key is configured: the wire units are put back
 * at their paragraph indexes (other paragraphs empty) and the deterministic rules run over them.
 */
import type { DocModel } from '../core/document';
import type { Finding } from '../core/finding';
import type { Rule } from '../checks/rule';
import type { CorpusIndex } from '../corpus/types';
import { reviewLocal } from '../engine/local';
import { unitIdOf, type ReviewRequest } from '../protocol/review';

export function reviewUnitsLocally(request: ReviewRequest, corpus?: CorpusIndex, rules?: readonly Rule[]): Finding[] {
  const last = Math.max(...request.units.map((u) => u.paragraph));
  const paragraphs: DocModel['paragraphs'] = Array.from({ length: last + 1 }, (_, index) => ({ index, text: '' }));
  for (const unit of request.units) paragraphs[unit.paragraph] = { index: unit.paragraph, text: unit.text };
  if (request.title) {
    // The title is not a unit; it helps the parser tell the kind of act when there is room before the body.
    const first = request.units.reduce((min, u) => Math.min(min, u.paragraph), last);
    if (first > 0 && !paragraphs[0]!.text) paragraphs[0] = { index: 0, text: request.title };
  }
  const sent = new Map(request.units.map((u) => [u.paragraph, u]));
  const { findings } = reviewLocal({ paragraphs, source: 'server' }, { corpus, ...(rules ? { rules } : {}) });
  // Only findings on text the client sent: the rest would anchor in paragraphs it does not know.
  // Unit ids are the client's: this parse of the bare units may number them otherwise.
  return findings
    .filter((f) => sent.has(f.anchor.paragraph))
    .map(({ unitId: _ours, ...f }) => ({ ...f, ...unitIdOf(sent.get(f.anchor.paragraph)!) }));
}
