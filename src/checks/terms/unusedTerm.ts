/**
 * A defined term must be used in the act; a definition nobody uses is dead text (and often a
 * sign the text says something else). Use counts in any inflected form, through the short form
 * introduced in the definition itself, and inside other terms' definitions.
 * Law "On Legal Acts" art. 23 p. 7 (terms are explained where they are used).
 */
import type { Act } from '../../core/act/types';
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
    // A phrase looked for in every paragraph (a term unused, or used only where it is defined)
    // costs the act's length: after many such, the paragraphs are indexed once by the first
    // letters of their words, and the later phrases look only where a word starts like theirs
    // (else many unused definitions would cost definitions × paragraphs).
    let visited = 0;
    let byPrefix: Map<string, number[]> | undefined;
    const scans = new Map<string, Scan>();
    const nextParagraph = (f: Phrase, scan: Scan): number | undefined => {
      if (!byPrefix && visited > FULL_SCANS * paragraphs) byPrefix = indexByWordStart(act);
      if (byPrefix) {
        if (!scan.candidates) {
          scan.candidates = candidatesOf(byPrefix, f, paragraphs);
          scan.at = 0;
          while (scan.at < scan.candidates.length && scan.candidates[scan.at] < scan.next) scan.at++;
        }
        if (scan.at! >= scan.candidates.length) return undefined;
        const p = scan.candidates[scan.at!++];
        scan.next = p + 1;
        return p;
      }
      if (scan.next >= paragraphs) return undefined;
      visited++;
      return scan.next++;
    };
    const usedOutside = (f: Phrase, from: number, to: number): boolean => {
      const key = JSON.stringify([f.starts, f.caseSensitive && f.words]);
      let scan = scans.get(key);
      if (!scan) {
        scan = { next: 0, hits: [] };
        scans.set(key, scan);
      }
      if (scan.hits.some((p) => p < from || p > to)) return true;
      for (let p = nextParagraph(f, scan); p !== undefined; p = nextParagraph(f, scan)) {
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

/** Letters of a word's start that index the paragraphs (stems are 3 letters or more, but for words of one or two). */
const PREFIX = 3;
/**
 * Paragraph visits (counted in whole-act scans) before the paragraphs are indexed: a scan tests a
 * paragraph with `includes`, the index tokenises all of them, so it pays only after many scans (the
 * Labour Code makes more than 16: terms used only where they are defined).
 */
const FULL_SCANS = 64;

/** Where one phrase's look through the paragraphs stands: the next paragraph, the hits so far. */
interface Scan {
  next: number;
  hits: number[];
  /** Once indexed: the paragraphs that can hold the phrase, in order, and the place in them. */
  candidates?: readonly number[];
  at?: number;
}

/** The paragraphs holding a word, by the word's first PREFIX letters (folded), each list in order. */
function indexByWordStart(act: Act): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>();
  for (let p = 0; p < act.doc.paragraphs.length; p++) {
    for (const tok of paragraphTokens(act, p) ?? []) {
      if (tok.folded.length < PREFIX) continue;
      const key = tok.folded.slice(0, PREFIX);
      const list = byPrefix.get(key);
      if (!list) byPrefix.set(key, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }
  return byPrefix;
}

/** The paragraphs whose words may begin the phrase, in order (all, when a start is shorter than the index's). */
function candidatesOf(byPrefix: ReadonlyMap<string, number[]>, f: Phrase, paragraphs: number): readonly number[] {
  const first = f.starts[0]?.[0];
  if (first === undefined) return [];
  if (first.some((s) => s.length < PREFIX)) return Array.from({ length: paragraphs }, (_, p) => p);
  return [...new Set(first.flatMap((s) => byPrefix.get(s.slice(0, PREFIX)) ?? []))].sort((a, b) => a - b);
}

