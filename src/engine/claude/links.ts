/**
 * The conflict pre-pass: links clauses of different articles that set a value for the same thing
 * (a deadline, an amount, an age, a percentage, a competent body) or that refer to each other
 * ("статьей 7 настоящего Закона", "осы Заңның 7-бабы"). Linked clauses travel with the batch as
 * context, so a clash between articles in different batches is seen; a clause's cache key includes
 * its linked clauses' text, so editing one side re-reviews the other. Deterministic, no model.
 */
import { detectLanguage, type Language } from '../../core/language';
import { stem } from '../../core/text/stem';
import type { ReviewUnit } from '../../protocol/review';

export type ValueKind = 'deadline' | 'amount' | 'age' | 'percentage' | 'body';

/** Value mentions by kind; each pattern needs a number (or a named body) to count as "setting" a value. */
const VALUE_PATTERNS: Record<ValueKind, RegExp> = {
  deadline: /(?<![\p{L}\d])(?:\d+|один\S*|дв\S*|тр[её]\S*|пят\S*|десят\S*|пятнадцат\S*|двадцат\S*|тридцат\S*|шестидесят\S*|бір|екі|үш|бес|он|он бес|жиырма|отыз|алпыс)\s+(?:рабоч\S*\s+|календарн\S*\s+|жұмыс\s+|күнтізбелік\s+)?(?:дн(?:ей|я|ь)|месяц\S*|лет|год\S*|час\S*|күн\S*|ай\S*|жыл\S*|сағат\S*)/giu,
  amount: /\d[\d\s]*(?:-?кратн\S*|-?еселенген)?\s*(?:мрп|аек|месячн\S* расчетн\S* показател\S*|айлық есептік көрсеткіш\S*|тенге|теңге)/giu,
  age: /(?:возраст\S*|жас\S*)[^.;]{0,30}?\d+|\d+\s*(?:лет|жас\S*)\s*(?:возраст\S*)?/giu,
  percentage: /\d+(?:[.,]\d+)?\s*(?:%|процент\S*|пайыз\S*)/giu,
  body: /(?:уполномоченн\S* орган\S*|местн\S* исполнительн\S* орган\S*|уәкілетті орган\S*|жергілікті атқарушы орган\S*|правительств\S*|үкімет\S*)/giu,
};

/** Words too common in legal text to say two clauses are about the same thing. */
const COMMON = new Set(
  'настоящего закона статьи пункта порядке установленном случае случаях республики казахстан соответствии которые которых является являются осуществляет орган органа органом уполномоченный уполномоченного течение рабочих календарных осы заңның бабының тармағының тәртіппен сәйкес қазақстан республикасының уәкілетті органы жағдайда рассматривается рассматривает осуществляется устанавливается определяется ішінде қаралады қарайды туралы сәйкес табылады мүмкін күннен бастап дейін кейін'.split(' '),
);

const WORD = /[a-zа-яёәғқңөұүһі]{5,}/giu;

export interface ClauseLinks {
  /** Clauses of other articles linked to this paragraph, strongest first. */
  of(paragraph: number): ReviewUnit[];
}

const MAX_LINKS = 3;
/** Shared content stems for two value-setting clauses to be about the same thing. */
const MIN_SHARED = 2;
/** Share of the clauses a stem may appear in and still mark a subject. */
const RARE_SHARE = 0.1;

export function valueKindsOf(text: string): Set<ValueKind> {
  const kinds = new Set<ValueKind>();
  for (const [kind, pattern] of Object.entries(VALUE_PATTERNS) as [ValueKind, RegExp][]) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) kinds.add(kind);
  }
  return kinds;
}

/** Stems of a clause's rarer words: case forms of one word ("заявления", "заявление") are one stem. */
function topicOf(text: string, language: Language): Set<string> {
  return new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => !COMMON.has(w)).map((w) => stem(w, language)));
}

/** Article numbers this clause refers to within the same act. */
export function referencedArticles(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/стать(?:я|и|е|ей|ю|ями|ях)\s+(\d+(?:-\d+)?)\s+настоящего/giu)) out.add(m[1]!);
  for (const m of text.matchAll(/осы\s+\S+\s+(\d+(?:-\d+)?)-?\s*(?:баб|бап)/giu)) out.add(m[1]!);
  return [...out];
}

export function linkClauses(units: readonly ReviewUnit[]): ClauseLinks {
  const groupOf = (u: ReviewUnit): string => u.group ?? u.id.split('/')[0]!;
  const byGroup = new Map<string, ReviewUnit[]>();
  for (const u of units) byGroup.set(groupOf(u), [...(byGroup.get(groupOf(u)) ?? []), u]);
  // A stem in many clauses is the act's boilerplate ("решение", "обращение"), not a shared subject.
  const language = detectLanguage(units.map((u) => u.text).join('\n'));
  const topics = units.map((u) => topicOf(u.text, language));
  const df = new Map<string, number>();
  for (const t of topics) for (const s of t) df.set(s, (df.get(s) ?? 0) + 1);
  const maxDf = Math.max(2, Math.ceil(units.length * RARE_SHARE));
  const facts = units.map((u, i) => ({ unit: u, kinds: valueKindsOf(u.text), topic: new Set([...topics[i]!].filter((s) => df.get(s)! <= maxDf)) }));
  const scored = new Map<number, Map<number, number>>();
  const add = (a: ReviewUnit, b: ReviewUnit, score: number): void => {
    if (groupOf(a) === groupOf(b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const row = scored.get(x.paragraph) ?? new Map<number, number>();
      row.set(y.paragraph, Math.max(row.get(y.paragraph) ?? 0, score));
      scored.set(x.paragraph, row);
    }
  };
  // Same kind of value, same subject (shared content stems).
  for (let i = 0; i < facts.length; i++) {
    const a = facts[i]!;
    if (a.kinds.size === 0) continue;
    for (let j = i + 1; j < facts.length; j++) {
      const b = facts[j]!;
      if (![...a.kinds].some((k) => b.kinds.has(k))) continue;
      let shared = 0;
      for (const s of a.topic) if (b.topic.has(s)) shared++;
      if (shared >= MIN_SHARED) add(a.unit, b.unit, shared);
    }
  }
  // References: the clause and the referred article's clauses (an article is `a<N>` in the act's ids).
  for (const u of units) {
    for (const article of referencedArticles(u.text)) {
      for (const target of byGroup.get(`a${article}`) ?? []) add(u, target, 10);
    }
  }
  const byParagraph = new Map(units.map((u) => [u.paragraph, u]));
  return {
    of(paragraph) {
      const row = scored.get(paragraph);
      if (!row) return [];
      return [...row.entries()]
        .sort((x, y) => y[1] - x[1] || x[0] - y[0])
        .slice(0, MAX_LINKS)
        .map(([p]) => byParagraph.get(p)!)
        .filter(Boolean);
    },
  };
}
