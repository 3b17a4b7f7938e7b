/** Every rule of the local engine. Add a rule here to run it. */
import type { Category } from '../core/finding';
import { bilingualParity } from './bilingual/bilingual';
import type { Rule } from './rule';

export const allRules: Rule[] = [bilingualParity];

export function rulesByCategory(categories: readonly Category[]): Rule[] {
  return allRules.filter((r) => categories.includes(r.meta.category));
}
