/**
 * One term, one definition: a term defined twice in the same act (Law "On Legal Acts" art. 23 p. 7,
 * art. 24 p. 3: a text open to different readings).
 */
import type { Rule } from '../rule';
import { fold } from '../../core/text/fold';

export const duplicateDefinitionRule: Rule = {
  meta: {
    id: 'terms/duplicate-definition',
    category: 'terms',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: { description: 'The same term is defined twice.', basis: 'Закон «О правовых актах», ст. 23 п. 7, ст. 24 п. 3' },
    messages: {
      duplicate: {
        ru: 'Термин «{term}» определен повторно (первое определение – {first}). Оставьте одно определение.',
        kk: '«{term}» ұғымы қайта анықталған (алғашқы анықтама – {first}). Бір анықтама қалдырыңыз.',
        en: 'The term "{term}" is defined again (first definition: {first}). Keep one definition.',
      },
    },
    rationale: {
      ru: 'Текст акта должен иметь четкий и не подлежащий различному толкованию смысл: один термин – одно определение.',
      kk: 'Акт мәтінінің мағынасы нақты және әртүрлі түсіндірілмейтін болуы тиіс: бір ұғым – бір анықтама.',
      en: 'The text must be clear and not open to different readings: one term, one definition.',
    },
  },
  check(context): void {
    const { act } = context;
    const seen = new Map<string, string>();
    for (const d of act.definitions) {
      const key = fold(d.term).replace(/\s+/g, ' ');
      const first = seen.get(key);
      if (first !== undefined) {
        context.report({ messageId: 'duplicate', data: { term: d.term, first }, range: d.range, unitId: d.unitId, citations: ['lla:23.7', 'lla:24.3'] });
      } else seen.set(key, act.units[d.unitId]?.path ?? '');
    }
  },
};
