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
import { extractFigures, type Figure, type FigureKind } from '../../core/align/figures';
import type { Rule } from '../rule';

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
    // Only tied clauses can conflict: index them by the units they refer to, and by their own address.
    const byRef = new Map<string, number[]>();
    const byAddress = new Map<string, number[]>();
    const byOpening = new Map<string, number[]>();
    clauses.forEach((c, k) => {
      for (const r of c.refs) push(byRef, r, k);
      push(byAddress, c.address, k);
      if (c.opening) push(byOpening, c.opening, k);
    });
    for (let j = 0; j < clauses.length; j++) {
      const later = clauses[j];
      const candidates = new Set<number>();
      for (const r of later.refs) for (const k of [...(byRef.get(r) ?? []), ...(byAddress.get(r) ?? [])]) candidates.add(k);
      // A forward reference ("срок, указанный в пункте 5") ties the earlier clause to this one too.
      for (const k of byRef.get(later.address) ?? []) candidates.add(k);
      if (later.opening) for (const k of byOpening.get(later.opening) ?? []) candidates.add(k);
      const earlierOnes = [...candidates].filter((k) => k < j).sort((x, y) => x - y);
      const earlier = earlierOnes.map((k) => clauses[k]).find((c) => conflicting(c, later));
      if (!earlier) continue;
      const text = (c: Clause) => context.act.doc.paragraphs[c.paragraph].text.slice(c.figure.start, c.figure.end);
      context.report({
        messageId: 'values',
        data: { later: text(later), earlier: text(earlier), earlierUnit: context.act.units[earlier.unitId]?.path ?? '' },
        range: { paragraph: later.paragraph, start: later.figure.start, end: later.figure.end },
        unitId: later.unitId,
        citations: ['lla:24.3'],
      });
    }
  },
};

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function conflicting(a: Clause, b: Clause): boolean {
  if (a.figure.kind !== b.figure.kind || a.figure.value === b.figure.value) return false;
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
  for (const r of act.crossReferences) {
    if (r.inPreface) continue;
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
  act.doc.paragraphs.forEach((p, index) => {
    const info = act.paragraphs[index];
    if (!info?.unitId) return;
    // The draft's own norms, and paragraphs wholly inside a quoted wording that are its own units.
    const quoted = info.role === 'quote' && info.quote !== undefined && info.unitId.startsWith(`q${info.quote}/`);
    if (!quoted && (info.role !== 'norm' || info.quote !== undefined)) return;
    // A clause that neither refers nor is referred to cannot be tied to another one (see `conflicting`): skip it early.
    const own = (refsByParagraph.get(index) ?? []).filter((r) => !quoted || r.startsWith(`q${info.quote}:`));
    const address = (quoted ? `q${info.quote}:` : '') + unitAddressKey(info.unitId);
    if (EXCLUDED_UNIT.test(p.text)) return;
    const opening = openingOf(p.text, act.language);
    if (!own.length && !referred.has(address) && !(opening && /\/i[^/]+$/.test(address))) return;
    const notes = [...p.text.matchAll(/\([^()]*\)/g)].filter((m) => AMENDMENT_NOTE.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
    const figures = extractFigures(p.text, act.language).filter((f) => COMPARED.has(f.kind) && !notes.some(([s, e]) => f.start >= s && f.end <= e));
    if (figures.length === 0) return;
    const refs = new Set(own);
    const exception = EXCEPTION.test(p.text);
    for (const figure of figures) {
      const increment = isIncrement(p.text, figure, act.language);
      out.push({ paragraph: index, unitId: info.unitId, figure: { ...figure, increment }, stems: contentStems(clauseAround(p.text, figure), act.language), refs, address, exception, opening });
    }
  });
  return out;
}

/** The subject an item opens with: its first two content stems, when the item is one sentence that opens with a noun (no "В случае …", "При …"). */
function openingOf(text: string, language: Language): string | undefined {
  const body = text.replace(/^\s*\d+(?:-\d+)*[.)]\s*/u, '');
  if (/\.\s+\p{Lu}/u.test(body)) return undefined;
  if (/^(?:в|во|при|по|если|для|с|со|на|после|до|осы|егер)\s/iu.test(body)) return undefined;
  const stems = [...contentStems(body.split(/[,;:]/u)[0] ?? '', language)].slice(0, 2);
  // A body as the subject ("Уполномоченный орган …", "Уәкілетті орган …") does many things with many deadlines.
  if (stems.length < 2 || stems.some((x) => ACTOR_STEMS.has(x))) return undefined;
  return stems.join(' ');
}
const ACTOR_STEMS = new Set([
  'уполн', 'орган', 'местн', 'госуд', 'минис', 'комис', 'акима', 'акимы', 'инспе', 'лицен', 'услуг', 'комит', 'депар', 'служб', 'прави', 'госко', 'корпо',
  'уәкіл', 'мемле', 'жергі', 'әкімд', 'әкімі', 'коміт', 'үкіме', 'қызме',
]);

/** An excluded unit kept for its number ("19) исключен Законом РК от …", "алып тасталды"): no norm in it. */
const EXCLUDED_UNIT = /^\s*(?:\d+(?:-\d+)*[.)]\s*)?(?:исключен|утратил[аио]?\s+силу|алып\s+тасталды|алынып\s+тасталды|күші\s+жойылды)/iu;
/** Words that carve an exception or a special case out of a rule. */
const EXCEPTION = /(?:^|[^\p{L}])(?:за\s+исключением|кроме\s+случаев|кроме|не\s+распространя\p{L}*|в\s+особых\s+случаях|қоспағанда|тыс\s+жағдайларда|қолданылмайды)(?![\p{L}])/iu;
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
  return id
    .split('/')
    .filter((s) => /^[ais]/.test(s))
    .join('/');
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

/** Words that carry no subject: legal scaffolding and the measure words themselves. */
const STOP = new Set([
  // ru
  'течен', 'пункт', 'подпу', 'стать', 'насто', 'закон', 'кодек', 'указа', 'преду', 'устан', 'соотв', 'поряд', 'случа', 'также', 'более', 'менее',
  'позде', 'часов', 'часа', 'дней', 'рабоч', 'кален', 'месяц', 'проце', 'месяч', 'расче', 'показ', 'годах', 'число', 'котор', 'могут', 'может',
  'респу', 'казах', 'иными', 'иных', 'други', 'этого', 'таких', 'такой', 'после', 'срока', 'сроки', 'срок', 'свыше',
  // kk
  'ішінд', 'тарма', 'бабын', 'бабы', 'осы', 'заңны', 'заңда', 'сәйке', 'көзде', 'белгі', 'тәрті', 'жағда', 'кемін', 'кешік', 'сағат', 'күнні', 'жұмыс',
  'күнті', 'айлық', 'есепт', 'пайыз', 'бапты', 'тарма', 'қазақ', 'респу', 'бастап', 'кейін', 'дейін', 'мерзі',
]);

function contentStems(text: string, language: Language): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w.length < 4) continue;
    const stem = w.slice(0, language === 'kk' ? 5 : 5);
    if (STOP.has(stem) || STOP.has(w)) continue;
    out.add(stem);
  }
  return out;
}

/** Share of the shorter clause's content words found in the other (a provision and a right restating it differ in length). */
export function overlap(a: Set<string>, b: Set<string>, minSize = 3): number {
  if (a.size < minSize || b.size < minSize) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / Math.min(a.size, b.size);
}
