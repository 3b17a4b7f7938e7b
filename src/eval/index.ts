/** The eval scorer: what `zan eval DIR` runs. */
export { expectedFileSchema, parseExpectedFile, EvalInputError, isEvalInputError, type ExpectedFile, type ExpectedFinding } from './expected';
export { scoreReport, locateExpected, matchesExpected, ratio, type Score, type ScoreOptions, type Ratio, type CategoryScore } from './score';
export { runEval, totals, type EvalResult, type DraftResult, type ReviewFunction, type RunEvalOptions } from './run';
export { formatEvalTable, type FormatOptions } from './format';
