/** What the CLI and the JSON report say about the model's share of a review. */
import { modelLine } from '../../src/cli/serverReview';
import { jsonReportSchema, modelSummaryOf } from '../../src/report/json';
import { emptyDropped, type ReviewSummary } from '../../src/protocol/review';

const summary: ReviewSummary = {
  engine: 'model',
  model: 'claude-sonnet-5-5',
  findings: 4,
  units: 150,
  batches: 13,
  calls: 16,
  retries: 1,
  cacheHits: 0,
  cacheMisses: 50,
  usage: { input_tokens: 1000, cache_creation_input_tokens: 9000, cache_read_input_tokens: 108000, output_tokens: 21000 },
  dropped: emptyDropped(),
  failedBatches: 2,
  millis: 6000,
  articles: 50,
  checkedArticles: 47,
  unchecked: [
    { group: 'a7', path: 'ст. 7', paragraphs: [20, 21], reason: 'max_tokens' },
    { group: 'a12', path: 'ст. 12', paragraphs: [40], reason: 'refusal' },
    { group: 'a13', path: 'ст. 13', paragraphs: [41], reason: 'max_tokens' },
  ],
};

test('the CLI line counts checked articles and says why the others were not checked', () => {
  expect(modelLine(summary)).toBe('model: 47 of 50 articles checked, 3 not checked (2 max_tokens, 1 refusal): ст. 7; ст. 12; ст. 13');
  expect(modelLine({ ...summary, checkedArticles: 50, unchecked: [] })).toBe('model: 50 of 50 articles checked');
  expect(modelLine({ ...summary, engine: 'local', model: undefined })).toBeUndefined();
});

test('summary.model of the JSON report: articles, checked, failed, calls and tokens', () => {
  const model = modelSummaryOf(summary)!;
  expect(model).toEqual({ model: 'claude-sonnet-5-5', articles: 50, checked: 47, failed: 3, calls: 16, inputTokens: 10000, cachedTokens: 108000, outputTokens: 21000 });
  expect(jsonReportSchema.shape.summary.shape.model.safeParse(model).success).toBe(true);
  expect(modelSummaryOf({ ...summary, engine: 'local', model: undefined })).toBeUndefined();
});
