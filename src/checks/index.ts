/** Every rule of the local engine. Add a rule here to run it. */
import type { Category } from '../core/finding';
import { bilingualParity } from './bilingual/bilingual';
import type { Rule } from './rule';
import { openListMarker } from './technique/openListMarker';

export const allRules: Rule[] = [bilingualParity, openListMarker];

export function rulesByCategory(categories: readonly Category[]): Rule[] {
  return allRules.filter((r) => categories.includes(r.meta.category));
}
