/**
 * A new law (code, bylaw) says when it enters into force: "Настоящий Закон вводится в действие …"
 * / "Осы Заң … қолданысқа енгізіледі". Law "On Legal Acts" art. 42 p. 3–4.
 */
import type { Act, Unit } from '../../core/act/types';
import type { Rule } from '../rule';
import { unitAnchor } from './anchors';

const ENTRY_INTO_FORCE = /вводится\s+в\s+действие|вводятся\s+в\s+действие|вступает\s+в\s+силу|введения\s+в\s+действие\s+настоящего|қолданысқа\s+енгізіледі|қолданысқа\s+енгізілсін|күшіне\s+енеді|қолданысқа\s+енгізу\s+тәртібі/iu;

export function hasEntryIntoForce(act: Act): boolean {
  return act.doc.paragraphs.some((p, i) => {
    const role = act.paragraphs[i].role;
    return (role === 'norm' || role === 'heading') && ENTRY_INTO_FORCE.test(p.text);
  });
}

function lastUnit(units: readonly Unit[]): Unit | undefined {
  let last: Unit | undefined;
  for (const u of units) {
    if (u.kind !== 'part' && (!last || u.paragraph > last.paragraph)) last = u;
  }
  return last;
}

export const entryIntoForceRule: Rule = {
  meta: {
    id: 'structure/entry-into-force',
    category: 'structure',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: { description: 'A new act without an entry-into-force provision.', basis: 'Закон «О правовых актах», ст. 42 п. 3–4' },
    messages: {
      missing: {
        ru: 'В проекте нет нормы о введении в действие. Добавьте заключительную статью (пункт): «Настоящий … вводится в действие …».',
        kk: 'Жобада қолданысқа енгізу туралы норма жоқ. Қорытынды бап (тармақ) қосыңыз: «Осы … қолданысқа енгізіледі».',
        en: 'The draft has no entry-into-force provision. Add a final article (item): "This … enters into force …".',
      },
    },
    rationale: {
      ru: 'Нормативные правовые акты вводятся в действие в установленные сроки; акт или акт о введении его в действие указывает эти сроки.',
      kk: 'Нормативтік құқықтық актілер белгіленген мерзімде қолданысқа енгізіледі; бұл мерзімдер актіде көрсетіледі.',
      en: 'Legal acts enter into force within set terms, which the act (or an act on its entry into force) states.',
    },
  },
  check(context): void {
    const { act } = context;
    if (act.kind === 'unknown') return;
    const top = act.preface ?? act.body;
    if (!top.length || hasEntryIntoForce(act)) return;
    // Anchor on the last top-level unit's innermost last heading (the last article of the act).
    let unit = lastUnit(top);
    while (unit && unit.kind !== 'article' && unit.kind !== 'item' && unit.children.length) unit = lastUnit(unit.children);
    if (!unit) return;
    context.report({ messageId: 'missing', range: unitAnchor(act, unit), unitId: unit.id, citations: ['lla:42.3', 'lla:42.4'] });
  },
};
