/**
 * Short forms "(далее – X)" / "(бұдан әрі – X)": introduced once, before their first use, and then
 * used (Law "On Legal Acts" art. 24 p. 6: an abbreviation is decoded in the text itself).
 * An acronym or a capitalised short form is looked for with its case ("Реестр" is not "реестр");
 * a lower-case one in any case. Use before the introduction is checked for acronyms and
 * capitalised forms only: an ordinary word ("оператор") may well appear earlier in its plain sense.
 */
import type { Abbreviation } from '../../core/act/types';
import type { Rule } from '../rule';
import { isAcronym, isConsolidatedEdition, mayHold, occurrences, paragraphTokens, phrase } from './wordForms';

function distinctive(short: string): boolean {
  return isAcronym(short) || /^\p{Lu}/u.test(short);
}

export const abbreviationUseRule: Rule = {
  meta: {
    id: 'terms/abbreviation-use',
    category: 'terms',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: { description: 'Abbreviation used before it is introduced, introduced twice, or never used.', basis: 'Закон «О правовых актах», ст. 24 п. 6' },
    messages: {
      usedBefore: {
        ru: 'Сокращение «{short}» использовано до его введения (расшифровка дана ниже – {intro}). Введите сокращение при первом упоминании.',
        kk: '«{short}» қысқартуы енгізілгенге дейін пайдаланылған (толық жазылуы төменде – {intro}). Қысқартуды алғаш атағанда енгізіңіз.',
        en: 'The abbreviation "{short}" is used before it is introduced (it is decoded later, in {intro}). Introduce it where it first appears.',
      },
      twice: {
        ru: 'Сокращение «{short}» вводится повторно (впервые – {first}). Уберите повторное «(далее – …)».',
        kk: '«{short}» қысқартуы қайта енгізілген (алғаш – {first}). Қайталанған «(бұдан әрі – …)» алып тастаңыз.',
        en: 'The abbreviation "{short}" is introduced again (first in {first}). Remove the repeated "(hereinafter …)".',
      },
      unused: {
        ru: 'Сокращение «{short}» введено, но далее в тексте не используется. Используйте сокращение или уберите «(далее – …)».',
        kk: '«{short}» қысқартуы енгізілген, бірақ мәтінде әрі қарай пайдаланылмайды. Қысқартуды пайдаланыңыз немесе «(бұдан әрі – …)» алып тастаңыз.',
        en: 'The abbreviation "{short}" is introduced but never used afterwards. Use it or remove the "(hereinafter …)".',
      },
    },
    rationale: {
      ru: 'Сокращение наименования допускается с расшифровкой его значения в самом тексте акта – при первом упоминании.',
      kk: 'Атауды қысқартуға оның мағынасын акт мәтінінің өзінде – алғаш аталғанда – түсіндіре отырып жол беріледі.',
      en: 'A short form is allowed when it is decoded in the text itself, where it first appears.',
    },
  },
  check(context): void {
    const { act } = context;
    const first = new Map<string, Abbreviation>();
    const pathOf = (p: number): string => {
      const id = act.paragraphs[p]?.unitId;
      return (id && act.units[id]?.path) || `¶${p + 1}`;
    };
    for (const a of act.abbreviations) {
      // Short forms inside quoted wordings belong to the amended act.
      if (act.paragraphs[a.range.paragraph].role === 'quote') continue;
      const key = a.short;
      const earlier = first.get(key);
      if (earlier) {
        context.report({ messageId: 'twice', data: { short: a.short, first: pathOf(earlier.range.paragraph) }, range: a.introRange, citations: ['lla:24.6'] });
        continue;
      }
      first.set(key, a);
      const form = phrase(a.short, act.language, distinctive(a.short));
      if (!form.starts.length) continue;
      // Used before? Only an acronym tells: a capitalised short form ("Конституционный Суд") is
      // usually the start of the full name itself.
      if (isAcronym(a.short)) {
        let early: { paragraph: number; start: number; end: number } | undefined;
        for (let p = 0; p <= a.range.paragraph && !early; p++) {
          if (!mayHold(act, p, form)) continue;
          const hit = occurrences(paragraphTokens(act, p)!, form).find((o) => p < a.range.paragraph || o.end <= a.introRange.start);
          if (hit) early = { paragraph: p, ...hit };
        }
        if (early) {
          context.report({
            messageId: 'usedBefore',
            data: { short: a.short, intro: pathOf(a.range.paragraph) },
            range: early,
            citations: ['lla:24.6'],
          });
          continue;
        }
      }
      // Used after?
      let used = false;
      for (let p = a.range.paragraph; p < act.doc.paragraphs.length && !used; p++) {
        if (!mayHold(act, p, form)) continue;
        used = occurrences(paragraphTokens(act, p)!, form).some((o) => p > a.range.paragraph || o.start >= a.introRange.end);
      }
      if (!used) {
        context.report({ messageId: 'unused', data: { short: a.short }, range: a.introRange, severity: isConsolidatedEdition(act) ? 'info' : 'warning', citations: ['lla:24.6'] });
      }
    }
  },
};
