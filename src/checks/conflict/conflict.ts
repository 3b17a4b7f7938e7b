/**
 * conflict/internal-values: two provisions of one draft that set different values (deadline,
 * amount, age, percentage) for the same thing. A norm must have one meaning (Law "On Legal Acts",
 * art. 24 p. 3). "The same thing" is judged conservatively, because a false conflict costs more
 * than a missed one: the two clauses must measure the same kind of quantity, share most of their
 * content words, and be tied either by an explicit reference (one clause refers to the other's
 * unit, or both refer to the same unit: "документов, указанных в пункте 1 статьи 14") or by
 * near-identical wording. The later clause is reported; the message names the earlier one.
 */
import type { Act } from '../../core/act/types';
import type { Language } from '../../core/language';
import { stem } from '../../core/text/stem';
import { extractFigures, type Figure, type FigureKind } from '../../core/align/figures';
import type { Rule } from '../rule';
import { predicateOf, qualifiesReferredThing, subjectPhrase } from './predicate';

/** Kinds of quantity whose two different values for one subject contradict each other. */
const COMPARED: ReadonlySet<FigureKind> = new Set(['minute', 'hour', 'day', 'week', 'month', 'year', 'percent', 'mrp', 'tenge']);

/**
 * Similarity of the two clauses' content words needed, on top of a reference tie. Without a tie
 * nothing is reported: in real laws, near-identical clauses with different deadlines are usually
 * parallel procedures (a notice of a picket vs an application for a march), not contradictions.
 */
const TIED_SIMILARITY = 0.6;

export interface Clause {
  paragraph: number;
  unitId: string;
  figure: Figure & { increment?: boolean };
  /** Stems of the content words of the sentence part holding the figure. */
  stems: Set<string>;
  /** Units this paragraph refers to ("a14/i1"). */
  refs: Set<string>;
  /** The clause's own address as a reference would write it ("a14/i2"; parts dropped). */
  address: string;
  /** The clause carves out an exception or a special case ("за исключением", "кроме", "қоспағанда"). */
  exception?: boolean;
  /** First two content stems of the unit's text: its subject ("Разрешение на перезахоронение …"). */
  opening?: string;
  /** What is done with the measured thing (predicate.ts); no bucket without one. */
  predicate?: string;
  /** The clause qualifies a thing another unit defines (predicate.ts): a special case of it. */
  special?: boolean;
  /** Stems of the clause's subject phrase before the figure, references left out. */
  subject: Set<string>;
}

export const internalConflict: Rule = {
  meta: {
    id: 'conflict/internal-values',
    category: 'conflict',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Two provisions of the draft set different deadlines, amounts, ages or percentages for the same procedure.',
      basis: 'Закон «О правовых актах», ст. 24 п. 3',
    },
    messages: {
      values: {
        ru: 'Значение «{later}» противоречит значению «{earlier}», установленному в {earlierUnit} для того же случая.',
        kk: '«{later}» мәні осы жағдай үшін {earlierUnit} белгіленген «{earlier}» мәніне қайшы келеді.',
        en: 'The value «{later}» contradicts «{earlier}» set in {earlierUnit} for the same case.',
      },
    },
    rationale: {
      ru: 'Норма должна иметь четкий и не подлежащий различному толкованию смысл; два разных значения для одной процедуры не позволяют применить ни одно из них.',
      kk: 'Норманың мағынасы айқын және әртүрлі түсіндірілмейтін болуға тиіс; бір рәсім үшін екі түрлі мән олардың ешқайсысын қолдануға мүмкіндік бермейді.',
      en: 'A norm must have a clear meaning not open to different readings; two values for one procedure leave neither applicable.',
    },
  },
  check(context) {
    const clauses = collectClauses(context.act);
    // Bucket the clauses by what they measure (the unit that ties them, or the subject an item opens
    // with; the predicate; the kind of quantity) and compare only inside a bucket: linear in the
    // number of provisions, and two values meet only when they measure the same thing.
    const buckets = new Map<string, number[]>();
    const reported = new Set<number>();
    clauses.forEach((later, j) => {
      for (const key of bucketKeys(later)) {
        const bucket = buckets.get(key);
        if (!bucket) {
          buckets.set(key, [j]);
          continue;
        }
        if (!reported.has(j)) {
          // The earliest clauses of the bucket with another value (a bounded number: one value each).
          const earlier = bucket.map((k) => clauses[k]).find((c) => c.paragraph < later.paragraph && conflicting(c, later));
          if (earlier) {
            reported.add(j);
            report(context, later, earlier);
          }
        }
        if (bucket.length < MAX_PER_BUCKET && !bucket.some((k) => clauses[k].figure.value === later.figure.value)) bucket.push(j);
      }
    });
  },
};

/** Clauses kept per bucket to compare with (one per distinct value): keeps the rule linear. */
const MAX_PER_BUCKET = 4;

function report(context: Parameters<Rule['check']>[0], later: Clause, earlier: Clause): void {
  const text = (c: Clause) => context.act.doc.paragraphs[c.paragraph].text.slice(c.figure.start, c.figure.end);
  context.report({
    messageId: 'values',
    data: { later: text(later), earlier: text(earlier), earlierUnit: context.act.units[earlier.unitId]?.path ?? '' },
    range: { paragraph: later.paragraph, start: later.figure.start, end: later.figure.end },
    unitId: later.unitId,
    citations: ['lla:24.3'],
  });
}

/**
 * The buckets of a clause: each unit it refers to and its own address (a clause naming a unit meets
 * the clauses of that unit and the others naming it), and the subject its item opens with, within
 * its article; each with the predicate class and the kind of quantity.
 */
function bucketKeys(c: Clause): string[] {
  if (!c.predicate) return [];
  const what = `|${c.predicate}|${c.figure.kind}|${c.figure.qualifier ?? ''}`;
  const keys = [...c.refs, c.address].map((r) => `r:${r}${what}`);
  const article = /^(?:q\d+:)?a[^/]+(?=\/i)/.exec(c.address)?.[0];
  if (c.opening && article) keys.push(`o:${article}:${c.opening}${what}`);
  return keys;
}

export function conflicting(a: Clause, b: Clause): boolean {
  if (a.figure.kind !== b.figure.kind || a.figure.value === b.figure.value) return false;
  if (a.predicate !== b.predicate) return false;
  // A special case of the other clause's thing ("Деяние, предусмотренное частью первой, совершенное группой лиц").
  if (a.special || b.special) return false;
  // One unit (its parts) or sibling units of one list set values for different cases on purpose:
  // "при нормальных родах – семьдесят дней; при осложненных – …".
  if (a.address === b.address || (isSubitem(a.address) && isSubitem(b.address) && parentOf(a.address) === parentOf(b.address))) return false;
  if ((a.figure.qualifier ?? '') !== (b.figure.qualifier ?? '')) return false;
  // A general rule with a carved-out exception, and the special rule for that exception, differ on
  // purpose ("не менее десяти рабочих дней, за исключением проектов, указанных в …" / "по проектам,
  // указанным в …, срок составляет три рабочих дня").
  if (a.exception || b.exception) return false;
  // Tied = both clauses count from the same referred unit ("документов, указанных в пункте 1 статьи 14"),
  // or one names the other's unit ("Заявление, предусмотренное пунктом 1 статьи 7, рассматривается в
  // течение пятнадцати рабочих дней" after "рассматривает заявление в течение десяти рабочих дней").
  // A value built on the other one is no second value: an increment or extension ("более чем на 4
  // часа", "продлевается на пять рабочих дней", "бес жұмыс күніне ұзартылады") is left alone.
  const shared = [...a.refs].some((r) => b.refs.has(r));
  const direct = a.refs.has(b.address) || b.refs.has(a.address);
  if (!shared && !(direct && !a.figure.increment && !b.figure.increment)) return sameSubjectInArticle(a, b);
  // A clause naming the other's unit must speak of that unit's thing: "Применение насилия … по
  // мотивам, которые указаны в части первой" is another deed than the one of part one. (Clauses
  // counting from one third unit may name both sides of one act: "выдает" / "вправе получить".)
  if (direct && !shared) for (const x of b.subject) if (!a.stems.has(x) && !a.subject.has(x)) return false;
  // Clauses counting from one unit whose subjects are of one kind ("Применение насилия, не опасного …"
  // / "Применение насилия, опасного …") speak of one thing only when their subjects are the same.
  if (shared && [...a.subject].some((x) => b.subject.has(x)) && !sameSet(a.subject, b.subject)) return false;
  // A clause naming the other's unit lets the reference stand for its subject ("Договор,
  // предусмотренный пунктом 2 статьи 7, заключается на срок …"): two content words may do.
  return overlap(a.stems, b.stems, direct ? 2 : 3) >= TIED_SIMILARITY;
}

/**
 * Two items of one article that open with the same subject ("2. Разрешение на перезахоронение
 * выдается … в течение трех рабочих дней" / "4. Разрешение на перезахоронение оформляется … не
 * позднее десяти рабочих дней") and otherwise read alike give two values for one thing. Items of
 * one article only, never subitems of a list, never increments, and their wording must overlap.
 */
function sameSubjectInArticle(a: Clause, b: Clause): boolean {
  if (!a.opening || a.opening !== b.opening || isSubitem(a.address) || isSubitem(b.address)) return false;
  if (a.figure.increment || b.figure.increment) return false;
  const article = (x: string) => /^(?:q\d+:)?a[^/]+(?=\/i)/.exec(x)?.[0];
  if (!article(a.address) || article(a.address) !== article(b.address)) return false;
  return overlap(a.stems, b.stems, 3) >= 0.5;
}

/** "на пять рабочих дней", "более чем на 4 часа", "сверх", kk "бес жұмыс күніне" (dative): a figure added to another. */
function isIncrement(text: string, f: Figure, language: Language): boolean {
  const before = text.slice(Math.max(0, f.start - 30), f.start).toLowerCase();
  if (language === 'ru') return /(?:^|\s)(?:на|сверх|дополнительно)\s*$/u.test(before);
  const measure = text.slice(f.start, f.end).toLowerCase().split(/\s+/).pop() ?? '';
  const after = text.slice(f.end, f.end + 30).toLowerCase();
  return /(?:ға|ге|қа|ке|на|не)$/u.test(measure) || /^\s*(?:артық|ұзарт|қосымша)/u.test(after);
}

export function collectClauses(act: Act): Clause[] {
  const out: Clause[] = [];
  const refsByParagraph = new Map<number, string[]>();
  const referred = new Set<string>();
  const refRanges = new Map<number, Array<[number, number]>>();
  for (const r of act.crossReferences) {
    if (r.inPreface) continue;
    push(refRanges, r.range.paragraph, [r.range.start, r.range.end]);
    const list = refsByParagraph.get(r.range.paragraph) ?? [];
    // A reference inside a quoted new wording names a unit of the amended act: keyed by its quote,
    // so it ties only clauses of the same wording (a whole new article and its own items).
    const prefix = r.quote === undefined ? '' : `q${r.quote}:`;
    for (const t of r.targets) {
      list.push(prefix + addressKey(t));
      referred.add(prefix + addressKey(t));
    }
    refsByParagraph.set(r.range.paragraph, list);
  }
  // Three passes, each on fewer paragraphs: the cheap tests of a paragraph; its figures; and the
  // clause's words (predicate, subject, stems) only for a paragraph that shares a bucket's rough
  // key (a unit it refers to or its own address, or its article; and the kind of quantity) with
  // another paragraph. One alone under all its keys is compared with no clause (see `check`).
  // Paragraphs of one unit share its address.
  const addressOfUnit = new Map<string, string>();
  const candidates: Array<{ index: number; unitId: string; own: string[]; address: string; tied: boolean; figures: Figure[] }> = [];
  act.doc.paragraphs.forEach((p, index) => {
    const info = act.paragraphs[index];
    if (!info?.unitId) return;
    // The draft's own norms, and paragraphs wholly inside a quoted wording that are its own units.
    const quoted = info.role === 'quote' && info.quote !== undefined && info.unitId.startsWith(`q${info.quote}/`);
    if (!quoted && (info.role !== 'norm' || info.quote !== undefined)) return;
    // A clause that neither refers nor is referred to cannot be tied to another one (see `conflicting`): skip it early.
    const own = (refsByParagraph.get(index) ?? []).filter((r) => !quoted || r.startsWith(`q${info.quote}:`));
    let key = addressOfUnit.get(info.unitId);
    if (key === undefined) addressOfUnit.set(info.unitId, (key = unitAddressKey(info.unitId)));
    const address = (quoted ? `q${info.quote}:` : '') + key;
    if (EXCLUDED_UNIT.test(p.text)) return;
    // An untied clause can meet another only as an item that opens with its subject (sameSubjectInArticle).
    const tied = own.length > 0 || referred.has(address);
    if (!tied && (!/\/i[^/]+$/.test(address) || !mayOpenWithSubject(p.text))) return;
    let figures = extractFigures(p.text, act.language).filter((f) => COMPARED.has(f.kind));
    if (figures.length === 0) return;
    const notes = [...p.text.matchAll(/\([^()]*\)/g)].filter((m) => AMENDMENT_NOTE.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
    figures = figures.filter((f) => !notes.some(([s, e]) => f.start >= s && f.end <= e));
    if (figures.length === 0) return;
    candidates.push({ index, unitId: info.unitId, own, address, tied, figures });
  });
  const roughKeys = (c: (typeof candidates)[number]): string[] => {
    const article = /^(?:q\d+:)?a[^/]+(?=\/i)/.exec(c.address)?.[0];
    return c.figures.flatMap((f) => {
      const what = `|${f.kind}|${f.qualifier ?? ''}`;
      return [...c.own.map((r) => `r:${r}${what}`), `r:${c.address}${what}`, ...(article ? [`o:${article}${what}`] : [])];
    });
  };
  const paragraphsUnder = new Map<string, number>();
  for (const c of candidates) for (const key of new Set(roughKeys(c))) paragraphsUnder.set(key, (paragraphsUnder.get(key) ?? 0) + 1);
  for (const { index, unitId, own, address, tied, figures } of candidates) {
    if (!roughKeys({ index, unitId, own, address, tied, figures }).some((key) => paragraphsUnder.get(key)! > 1)) continue;
    const p = act.doc.paragraphs[index];
    // The opening (subject words, stems) is read last: most paragraphs hold no compared value.
    const opening = openingOf(p.text, act.language);
    if (!tied && !opening) continue;
    const refs = new Set(own);
    const exception = EXCEPTION.test(p.text);
    const special = qualifiesReferredThing(p.text, act.language);
    for (const figure of figures) {
      const increment = isIncrement(p.text, figure, act.language);
      const { text: clause, at } = sentenceAround(p.text, figure);
      const predicate = predicateOf(clause, at, act.language);
      const head = subjectPhrase(clause.slice(0, at), act.language);
      const subject = contentStems(blankRanges(head, refRanges.get(index) ?? [], p.text.indexOf(clause)), act.language);
      out.push({ paragraph: index, unitId, figure: { ...figure, increment }, stems: contentStems(clauseAround(p.text, figure), act.language), refs, address, exception, opening, predicate, special, subject });
    }
  }
  return out;
}

/** The item's body after its label. */
function bodyOf(text: string): string {
  // A slice, not a copy of the paragraph: this runs on every item of a code.
  const label = ITEM_LABEL.exec(text);
  return label ? text.slice(label[0].length) : text;
}
const ITEM_LABEL = /^\s*\d{1,9}(?:-\d{1,9}){0,9}[.)]\s*/u;

/** The cheap half of openingOf: one sentence that opens with no preposition or condition. */
function mayOpenWithSubject(text: string): boolean {
  const body = bodyOf(text);
  return !/^(?:в|во|при|по|если|для|с|со|на|после|до|осы|егер)\s/iu.test(body) && !/\.\s+\p{Lu}/u.test(body);
}

/** The subject an item opens with: the content stems of its subject phrase (predicate.ts), when the item is one sentence that opens with a noun (no "В случае …", "При …"). */
function openingOf(text: string, language: Language): string | undefined {
  if (!mayOpenWithSubject(text)) return undefined;
  const body = bodyOf(text);
  const words = distinctStems(contentWords(subjectPhrase(body, language)), language);
  // A body as the subject ("Уполномоченный орган …", "Уәкілетті орган …") does many things with many deadlines.
  if (words.length < 2 || words.slice(0, 2).some(([w]) => ACTOR_STARTS.has(w.slice(0, 5)))) return undefined;
  return words.map(([, s]) => s).join(' ');
}
/** Beginnings (5 letters) of words that name a body. */
const ACTOR_STARTS = new Set([
  'уполн', 'орган', 'местн', 'госуд', 'минис', 'комис', 'акима', 'акимы', 'инспе', 'лицен', 'услуг', 'комит', 'депар', 'служб', 'прави', 'госко', 'корпо',
  'уәкіл', 'мемле', 'жергі', 'әкімд', 'әкімі', 'коміт', 'үкіме', 'қызме',
]);

/** An excluded unit kept for its number ("19) исключен Законом РК от …", "алып тасталды"): no norm in it. */
const EXCLUDED_UNIT = /^\s*(?:\d+(?:-\d+)*[.)]\s*)?(?:исключен|утратил[аио]?\s+силу|алып\s+тасталды|алынып\s+тасталды|күші\s+жойылды)/iu;
/** Words that carve an exception or a special case out of a rule ("если иное не предусмотрено" leaves room for one). */
const EXCEPTION = /(?:^|[^\p{L}])(?:за\s+исключением|если\s+иное\s+не|кроме\s+случаев|кроме|не\s+распространя\p{L}*|в\s+особых\s+случаях|қоспағанда|тыс\s+жағдайларда|қолданылмайды)(?![\p{L}])/iu;
/** "(вводится в действие по истечении десяти …)" inside an amendment note is about the amending act. */
const AMENDMENT_NOTE = /вводится\s+в\s+действие|қолданысқа\s+енгізіледі/iu;

function addressKey(t: { article?: string; item?: string; subitem?: string }): string {
  return [t.article && `a${t.article}`, t.item && `i${t.item}`, t.subitem && `s${t.subitem}`].filter(Boolean).join('/');
}

function isSubitem(address: string): boolean {
  return /(^|\/)s[^/]*$/.test(address);
}

function parentOf(address: string): string {
  return address.includes('/') ? address.slice(0, address.lastIndexOf('/')) : '';
}

/** "a14/i2/p2" → "a14/i2" (the address a reference would use), "c2/a5" style ids keep their article part. */
function unitAddressKey(id: string): string {
  let out = '';
  for (const s of id.split('/')) if (s[0] === 'a' || s[0] === 'i' || s[0] === 's') out = out ? `${out}/${s}` : s;
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The text with the given paragraph ranges (shifted by `offset`) blanked out. */
function blankRanges(text: string, ranges: ReadonlyArray<[number, number]>, offset: number): string {
  let out = text;
  for (const [s, e] of ranges) {
    const from = Math.max(0, s - offset);
    const to = Math.min(text.length, e - offset);
    if (to > from) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out.replace(/(?:предусмотренн|указанн|установленн|определенн|көрсетілген|көзделген)\p{L}*/gu, (w) => ' '.repeat(w.length));
}

/** The sentence part holding the figure (between ";" or sentence ends), and the figure's offset in it. */
function sentenceAround(text: string, f: Figure): { text: string; at: number } {
  const before = text.slice(0, f.start);
  const m = /(?:[;]|\.\s)[^;]*$/.exec(before);
  const from = m ? m.index + 1 : 0;
  const stop = text.slice(f.end).search(/;|\.(\s|$)/);
  return { text: text.slice(from, stop < 0 ? text.length : f.end + stop), at: f.start - from };
}

/** The part of the sentence holding the figure: between the nearest ";" or sentence end on each side. */
function clauseAround(text: string, f: Figure): string {
  const before = text.slice(0, f.start);
  const after = text.slice(f.end);
  const from = Math.max(before.lastIndexOf(';'), before.search(/\.\s[^.]*$/) >= 0 ? before.search(/\.\s[^.]*$/) : -1) + 1;
  const stop = after.search(/;|\.(\s|$)/);
  // The figure's own words ("двадцати четырех часов") are what differs: leave them out.
  return `${text.slice(from, f.start)} ${text.slice(f.end, stop < 0 ? text.length : f.end + stop)}`;
}

/** Beginnings (5 letters, or whole shorter words) of words that carry no subject: legal scaffolding and the measure words themselves. */
const STOP = new Set([
  // ru
  'течен', 'пункт', 'подпу', 'стать', 'насто', 'закон', 'кодек', 'указа', 'преду', 'устан', 'соотв', 'поряд', 'случа', 'также', 'более', 'менее',
  'позде', 'часов', 'часа', 'дней', 'рабоч', 'кален', 'месяц', 'проце', 'месяч', 'расче', 'показ', 'годах', 'число', 'котор', 'могут', 'может',
  'респу', 'казах', 'иными', 'иных', 'други', 'этого', 'таких', 'такой', 'после', 'срока', 'сроки', 'срок', 'свыше',
  // kk
  'ішінд', 'тарма', 'бабын', 'бабы', 'осы', 'заңны', 'заңда', 'сәйке', 'көзде', 'белгі', 'тәрті', 'жағда', 'кемін', 'кешік', 'сағат', 'күнні', 'жұмыс',
  'күнті', 'айлық', 'есепт', 'пайыз', 'бапты', 'тарма', 'қазақ', 'респу', 'бастап', 'кейін', 'дейін', 'мерзі',
]);

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** The words of a clause that can carry its subject, lower case, in order. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  // A negation belongs to its word: "не опасного" is the opposite of "опасного".
  for (const m of text.toLowerCase().replace(/(?<!\p{L})(не)\s+(?=\p{L})/gu, '$1').matchAll(/\p{L}{1,64}/gu)) {
    const w = m[0];
    if (w.length < 4 || STOP.has(w.slice(0, 5)) || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

/** Each word with its stem, the first word of each stem only. */
function distinctStems(words: readonly string[], language: Language): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const w of words) {
    const s = stem(w, language);
    if (!seen.has(s)) out.push([w, s]);
    seen.add(s);
  }
  return out;
}

function contentStems(text: string, language: Language): Set<string> {
  return new Set(contentWords(text).map((w) => stem(w, language)));
}

/** Share of the shorter clause's content words found in the other (a provision and a right restating it differ in length). */
export function overlap(a: Set<string>, b: Set<string>, minSize = 3): number {
  if (a.size < minSize || b.size < minSize) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / Math.min(a.size, b.size);
}
