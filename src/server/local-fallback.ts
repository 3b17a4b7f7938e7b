/**
 * The local engine on the server, for when no API key is configured: the review use case over the
 * wire units, put back at their paragraph indexes (other paragraphs empty). Only findings on text
 * the client sent come back: the rest would anchor in paragraphs it does not know.
 */
import { isEmptyDocumentError } from '../app/errors';
import { reviewDocument, type DocumentSource } from '../app/review';
import type { DocModel } from '../core/document';
import type { Finding } from '../core/finding';
import type { Rule } from '../checks/rule';
import type { CorpusIndex } from '../corpus/types';
import { reviewLocal } from '../engine/local';
import { unitIdOf, type ReviewRequest } from '../protocol/review';

export async function reviewUnitsLocally(request: ReviewRequest, corpus?: CorpusIndex, rules?: readonly Rule[]): Promise<Finding[]> {
  try {
    const sent = new Map(request.units.map((u) => [u.paragraph, u]));
    const { findings } = await reviewDocument(unitsAsDocument(request), {
      local: reviewLocal,
      corpus,
      rules,
      paragraphs: new Set(sent.keys()),
      report: false,
    });
    // Unit ids are the client's: this parse of the bare units may number them otherwise.
    return findings.map(({ unitId: _ours, ...f }) => ({ ...f, ...unitIdOf(sent.get(f.anchor.paragraph)!) }));
  } catch (error) {
    // Units of blank text: nothing to review is no finding, not a failure of the engine.
    if (isEmptyDocumentError(error)) return [];
    throw error;
  }
}

function unitsAsDocument(request: ReviewRequest): DocumentSource {
  return {
    path: 'server',
    async read(): Promise<DocModel> {
      const last = Math.max(...request.units.map((u) => u.paragraph));
      const paragraphs: DocModel['paragraphs'] = Array.from({ length: last + 1 }, (_, index) => ({ index, text: '' }));
      for (const unit of request.units) paragraphs[unit.paragraph] = { index: unit.paragraph, text: unit.text };
      if (request.title) {
        // The title is not a unit; it helps the parser tell the kind of act when there is room before the body.
        const first = request.units.reduce((min, u) => Math.min(min, u.paragraph), last);
        if (first > 0 && !paragraphs[0]!.text) paragraphs[0] = { index: 0, text: request.title };
      }
      return { paragraphs, source: 'server' };
    },
  };
}
