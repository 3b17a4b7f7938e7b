/** Every rule of the local engine. Add a rule here to run it. */
import type { Category } from '../core/finding';
import { bilingualParity } from './bilingual/bilingual';
import { externalReference } from './reference/reference';
import { constitutionEdition } from './reference/constitutionEdition';
import { internalConflict } from './conflict/conflict';
import { missingTargetRule } from './crossref/missingTarget';
import type { Rule } from './rule';
import { declarativeNorm } from './technique/declarativeNorm';
import { personalDataWithoutConsent } from './constitution/personalDataWithoutConsent';
import { rightsByBylaw } from './constitution/rightsByBylaw';
import { paymentBelowLaw } from './constitution/paymentBelowLaw';
import { retroactiveBurden } from './constitution/retroactiveBurden';
import { extrajudicialTaking } from './constitution/extrajudicialTaking';
import { noCourtAppeal } from './constitution/noCourtAppeal';
import { censorship } from './constitution/censorship';
import { discrimination } from './constitution/discrimination';
import { blanketDelegation } from './anticorruption/blanketDelegation';
import { openListOfDocuments } from './anticorruption/openListOfDocuments';
import { openListOfPersons } from './anticorruption/openListOfPersons';
import { vagueWording } from './anticorruption/vagueWording';
import { selfSetDeadline } from './anticorruption/selfSetDeadline';
import { refusalWithoutGrounds } from './anticorruption/refusalWithoutGrounds';
import { discretion } from './anticorruption/discretion';
import { openListMarker } from './technique/openListMarker';
import { entryIntoForceRule } from './structure/entryIntoForce';
import { numberingRule } from './structure/numbering';
import { subitemFormRule } from './structure/subitemForm';
import { abbreviationUseRule } from './terms/abbreviationUse';
import { duplicateDefinitionRule } from './terms/duplicateDefinition';
import { unusedTermRule } from './terms/unusedTerm';

export const allRules: Rule[] = [
  bilingualParity,
  externalReference,
  constitutionEdition,
  internalConflict,
  numberingRule,
  subitemFormRule,
  entryIntoForceRule,
  missingTargetRule,
  unusedTermRule,
  duplicateDefinitionRule,
  abbreviationUseRule,
  openListMarker,
  discretion,
  vagueWording,
  selfSetDeadline,
  refusalWithoutGrounds,
  openListOfDocuments,
  openListOfPersons,
  blanketDelegation,
  noCourtAppeal,
  extrajudicialTaking,
  retroactiveBurden,
  paymentBelowLaw,
  rightsByBylaw,
  personalDataWithoutConsent,
  censorship,
  discrimination,
  declarativeNorm,
];

export function rulesByCategory(categories: readonly Category[]): Rule[] {
  return allRules.filter((r) => categories.includes(r.meta.category));
}
