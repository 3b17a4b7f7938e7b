/**
 * The built-in local engine: parse + every deterministic rule, no model, no network.
 * Runs the same in the CLI, the server and the Word pane.
 */
import { parseAct } from '../core/act/parse';
import { isAct, type Act } from '../core/act/types';
import type { DocModel } from '../core/document';
import type { Category, Finding, Severity } from '../core/finding';
import { allRules } from '../checks/index';
import { runRules, type RuleNotRun } from '../checks/runner';
import type { Rule } from '../checks/rule';
import type { CorpusIndex } from '../corpus/types';

export interface LocalReviewOptions {
  corpus?: CorpusIndex;
  /** The paired document (kk for ru, ru for kk) for bilingual checks. */
  pair?: DocModel | Act;
  categories?: readonly Category[];
  rules?: readonly Rule[];
  ruleSettings?: Record<string, Severity | 'off'>;
  onRule?: (ruleId: string, millis: number, findings: number) => void;
}

export interface LocalReview {
  act: Act;
  pair?: Act;
  findings: Finding[];
  /** Rules that gave up on this act (a paragraph far beyond any real act); empty when all ran. */
  notRun: RuleNotRun[];
}

export function reviewLocal(doc: DocModel | Act, options: LocalReviewOptions = {}): LocalReview {
  const act = isAct(doc) ? doc : parseAct(doc);
  const pair = options.pair ? (isAct(options.pair) ? options.pair : parseAct(options.pair)) : undefined;
  let rules = options.rules ?? allRules;
  if (options.categories) rules = rules.filter((r) => options.categories!.includes(r.meta.category));
  const notRun: RuleNotRun[] = [];
  // The rules memoize per act in WeakMaps keyed on the object they are given (tokens, segments: about
  // 150 MB at the Labour Code × 25). They get shallow copies of their own, so all of it can be
  // collected once they are done, while the caller keeps (and writes from) the act itself.
  const findings = runRules({ ...act }, {
    rules,
    corpus: options.corpus,
    pair: pair ? { ...pair } : undefined,
    ruleSettings: options.ruleSettings,
    onRule: options.onRule,
    onRuleNotRun: (r) => notRun.push(r),
  });
  return { act, pair, findings, notRun };
}
