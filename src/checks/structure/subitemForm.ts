/**
 * Subitems are labelled "1)", not "1.": a list that an item opens with ":" and numbers "1.", "2."
 * is a list of subitems in the wrong form. Law "On Legal Acts" art. 23 p. 5.
 * The parser nests such lines as subitems (Unit.itemForm); the fix is mechanical on a typed label.
 */
import type { Unit } from '../../core/act/types';
import type { Rule } from '../rule';
import { unitAnchor } from './anchors';

export const subitemFormRule: Rule = {
  meta: {
    id: 'structure/subitem-form',
    category: 'structure',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    fixable: true,
    docs: { description: 'Subitems numbered like items ("1." instead of "1)").', basis: 'Закон «О правовых актах», ст. 23 п. 5' },
    messages: {
      itemForm: {
        ru: 'Подпункт обозначен как пункт («{label}»): нумерация подпунктов обозначается цифрой со скобкой – «{fixed}».',
        kk: 'Тармақша тармақ ретінде белгіленген («{label}»): тармақшалар жақшасы бар цифрмен белгіленеді – «{fixed}».',
        en: 'A subitem is labelled like an item ("{label}"): subitems take a number with a bracket – "{fixed}".',
      },
    },
    rationale: {
      ru: 'Нумерация подпунктов в пунктах обозначается арабскими цифрами со скобкой: 1), 2), 3).',
      kk: 'Тармақтардағы тармақшалар жақшасы бар араб цифрларымен нөмірленеді: 1), 2), 3).',
      en: 'Subitems within items are numbered with arabic numerals and a bracket: 1), 2), 3).',
    },
  },
  check(context): void {
    const { act } = context;
    const visit = (units: readonly Unit[]): void => {
      for (const u of units) {
        if (u.kind === 'subitem' && u.itemForm) {
          const fixed = `${u.number})`;
          const label = u.labelText ?? `${u.number}.`;
          context.report({
            messageId: 'itemForm',
            data: { label, fixed },
            range: unitAnchor(act, u),
            unitId: u.id,
            // Only a typed label can be replaced; Word's automatic label is changed in the list style.
            replacement: u.label ? fixed : undefined,
            citations: ['lla:23.5'],
          });
        }
        visit(u.children);
      }
    };
    visit(act.body);
    if (act.preface) visit(act.preface);
    for (const roots of act.appendices ?? []) visit(roots);
  },
};
