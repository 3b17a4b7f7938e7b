/**
 * A defined term must be used in the act; a definition nobody uses is dead text (and often a
 * sign the text says something else). Use counts in any inflected form, through the short form
 * introduced in the definition itself, and inside other terms' definitions.
 * Law "On Legal Acts" art. 23 p. 7 (terms are explained where they are used).
 */
import type { Rule } from '../rule';
import { isAcronym, isConsolidatedEdition, mayHold, occurrences, paragraphTokens, phrase, type Phrase } from './wordForms';

export const unusedTermRule: Rule = {
  meta: {
    id: 'terms/unused-term',
    category: 'terms',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: { description: 'A defined term is never used in the act.', basis: 'Закон «О правовых актах», ст. 23 п. 7' },
    messages: {
      unused: {
        ru: 'Термин «{term}» определен, но в тексте акта не используется. Исключите определение или используйте термин.',
        kk: '«{term}» ұғымы анықталған, бірақ акт мәтінінде пайдаланылмайды. Анықтаманы алып тастаңыз немесе ұғымды пайдаланыңыз.',
        en: 'The term "{term}" is defined but never used in the act. Remove the definition or use the term.',
      },
    },
    rationale: {
      ru: 'Статья (пункт) с определениями разъясняет смысл терминов, используемых в нормативном правовом акте.',
      kk: 'Анықтамалар берілген бап (тармақ) нормативтік құқықтық актіде пайдаланылатын терминдердің мағынасын түсіндіреді.',
      en: 'The definitions article (item) explains the terms the act uses.',
    },
  },
  check(context): void {
    const { act } = context;
    const paragraphs = act.doc.paragraphs.length;
    // Each phrase's paragraphs are scanned once, in order, lazily, and the hits kept: an act (or a
    // consolidated code) defining the same words in many places asks the same question many times.
    // A used term is found after a few paragraphs; only a paragraph whose text holds the start of
    // the phrase's first word is tokenised (tokenising a whole code was most of this rule's time).
    const scans = new Map<string, { next: number; hits: number[] }>();
    const usedOutside = (f: Phrase, from: number, to: number): boolean => {
      const key = JSON.stringify([f.starts, f.caseSensitive && f.words]);
      let scan = scans.get(key);
      if (!scan) {
        scan = { next: 0, hits: [] };
        scans.set(key, scan);
      }
      if (scan.hits.some((p) => p < from || p > to)) return true;
      while (scan.next < paragraphs) {
        const p = scan.next++;
        if (!mayHold(act, p, f) || occurrences(paragraphTokens(act, p)!, f).length === 0) continue;
        scan.hits.push(p);
        if (p < from || p > to) return true;
      }
      return false;
    };
    // Abbreviations by paragraph, so each definition looks only at its own unit's paragraphs.
    const abbreviationsAt = new Map<number, typeof act.abbreviations>();
    for (const a of act.abbreviations) {
      const list = abbreviationsAt.get(a.range.paragraph);
      if (list) list.push(a);
      else abbreviationsAt.set(a.range.paragraph, [a]);
    }
    for (const d of act.definitions) {
      const unit = act.units[d.unitId];
      const from = unit?.paragraph ?? d.range.paragraph;
      const to = unit?.lastParagraph ?? d.range.paragraph;
      const forms = [phrase(d.term, act.language)];
      for (let p = from; p <= to; p++) {
        for (const a of abbreviationsAt.get(p) ?? []) forms.push(phrase(a.short, act.language, isAcronym(a.short) || /^\p{Lu}/u.test(a.short)));
      }
      const used = forms.some((f) => usedOutside(f, from, to));
      if (!used) {
        context.report({
          messageId: 'unused',
          data: { term: d.term },
          range: d.range,
          unitId: d.unitId,
          severity: isConsolidatedEdition(act) ? 'info' : undefined,
          citations: ['lla:23.7'],
        });
      }
    }
  },
};
