/**
 * For each normative resolution of the Constitutional Court in the corpus, the norms of a swept act
 * nearest to the norm the Court reviewed: a norm found unconstitutional, or constitutional only
 * in an interpretation, may live on in other acts in the same words. Two sources:
 *  - the act's own editorial note under a norm names the resolution (the official edition places
 *    it under the norm the Court reviewed): that norm, score 1;
 *  - search over the act's provisions (items; articles without items) by the reviewed norm's
 *    weighted terms (cosine), for acts in the language of the reviewed text.
 * Candidates only: `warning` at most (the Court's verdict on one norm is not a verdict on another),
 * `info` when the Court found the reviewed norm constitutional.
 */
import type { Act, Unit } from '../core/act/types';
import { loadCorpus } from '../corpus/index';
import { terms } from '../corpus/text';
import { legalBackground, type Outcome, type QueryIndex, type ResolutionQuery } from './resolutionQueries';

export interface ResolutionCandidate {
  number: string;
  date: string;
  outcome?: Outcome;
  holding: string;
  reviewed: string;
  /** Cosine similarity to the reviewed norm, or 1 for the norm the act's note names. */
  score: number;
  /** The act's own note names this resolution under the norm. */
  byNote: boolean;
  /** The corpus holds the resolution (it can be cited); false for one known only from the act's note. */
  inCorpus: boolean;
  unitId: string;
  /** The paragraph of the provision that shares most with the reviewed norm. */
  paragraph: number;
}

export interface ProvisionText {
  unit: Unit;
  paragraphs: number[];
}

/** Items, and articles without items (their parts): the units a Court resolution reviews. */
export function actProvisions(act: Act): ProvisionText[] {
  const out: ProvisionText[] = [];
  const norms = (from: number, to: number) => {
    const ps: number[] = [];
    for (let i = from; i <= to; i++) if (act.paragraphs[i]?.role === 'norm') ps.push(i);
    return ps;
  };
  for (const unit of Object.values(act.units)) {
    if (unit.quote !== undefined || unit.excluded) continue;
    const isItem = unit.kind === 'item';
    const articleWithoutItems = unit.kind === 'article' && !unit.children.some((c) => c.kind === 'item');
    if (!isItem && !articleWithoutItems) continue;
    const paragraphs = norms(unit.paragraph, unit.lastParagraph);
    if (paragraphs.length) out.push({ unit, paragraphs });
  }
  return out;
}

/** The top `perResolution` candidates of one act for each resolution, above `minScore`. */
export function nearestNorms(act: Act, index: QueryIndex, options: { minScore?: number; perResolution?: number } = {}): ResolutionCandidate[] {
  const minScore = options.minScore ?? MIN_SCORE;
  const perResolution = options.perResolution ?? 5;
  const { queries } = index;
  const byNumber = new Map<string, ResolutionQuery>();
  for (const q of queries) if (!byNumber.has(q.number)) byNumber.set(q.number, q);
  const out: ResolutionCandidate[] = [...notedNorms(act, byNumber)];
  // A provision is ranked once per resolution: the act's own note wins over the search.
  const noted = new Set(out.map((c) => `${c.number}|${c.unitId}`));
  if (!queries.some((q) => q.language === act.language)) return out;

  const bg = legalBackground();
  const paraTerms = new Map<number, Set<string>>();
  const termsOf = (i: number) => {
    let t = paraTerms.get(i);
    if (!t) paraTerms.set(i, (t = new Set(terms(act.doc.paragraphs[i].text, act.language))));
    return t;
  };
  const best = new Map<string, ResolutionCandidate[]>();
  for (const p of actProvisions(act)) {
    const all = new Set<string>();
    for (const i of p.paragraphs) for (const t of termsOf(i)) all.add(t);
    let norm2 = 0;
    const dots = new Map<number, number>();
    for (const t of all) {
      norm2 += bg.idf(t) ** 2;
      for (const { query, weight2 } of index.postings.get(t) ?? []) dots.set(query, (dots.get(query) ?? 0) + weight2);
    }
    if (!norm2) continue;
    const norm = Math.sqrt(norm2);
    for (const [query, dot] of dots) {
      const q = queries[query];
      const score = dot / (q.norm * norm);
      if (score < minScore || q.language !== act.language || noted.has(`${q.number}|${p.unit.id}`)) continue;
      const list = best.get(q.number) ?? [];
      const existing = list.find((c) => c.unitId === p.unit.id);
      if (existing && existing.score >= score) continue;
      const candidate: ResolutionCandidate = {
        number: q.number,
        date: q.date,
        ...(q.outcome ? { outcome: q.outcome } : {}),
        holding: q.holding,
        reviewed: q.reviewed,
        score,
        byNote: false,
        inCorpus: true,
        unitId: p.unit.id,
        paragraph: bestParagraph(p.paragraphs, termsOf, q),
      };
      best.set(q.number, [...list.filter((c) => c !== existing), candidate]);
    }
  }
  for (const list of best.values()) out.push(...list.sort((a, b) => b.score - a.score).slice(0, perResolution));
  return out;
}

/** Below this a provision shares only the common words of its field with the reviewed norm. */
export const MIN_SCORE = 0.5;

function bestParagraph(paragraphs: number[], termsOf: (i: number) => Set<string>, q: ResolutionQuery): number {
  let best = paragraphs[0];
  let bestWeight = -1;
  for (const i of paragraphs) {
    let w = 0;
    for (const t of termsOf(i)) w += q.weights.get(t) ?? 0;
    if (w > bestWeight) [best, bestWeight] = [i, w];
  }
  return best;
}

const RESOLUTION_NOTE =
  /(?:Конституционного\s+Суда|Конституциялық\s+Сотының)[^№]{0,80}№\s*(\d+)\s*-\s*Н[ПҚ]/u;

/** The verdict as the note words it, for resolutions the corpus knows only by number and date. */
function outcomeOfNote(text: string): Outcome | undefined {
  if (/истолковани|түсіндірме/u.test(text)) return 'constitutional_with_interpretation';
  if (/не\s+соответствующ|сәйкес\s+емес/u.test(text)) return 'unconstitutional';
  if (/соответствующ|сәйкес\s+деп/u.test(text)) return 'constitutional';
  return undefined;
}

/** Norms under which the act's own notes name a resolution of the corpus. */
function notedNorms(act: Act, byNumber: Map<string, ResolutionQuery>): ResolutionCandidate[] {
  const corpus = loadCorpus();
  const out: ResolutionCandidate[] = [];
  act.paragraphs.forEach((info, i) => {
    if (info.role !== 'note') return;
    const text = act.doc.paragraphs[i].text;
    const m = RESOLUTION_NOTE.exec(text);
    if (!m) return;
    const number = `${m[1]}-НП`;
    // A resolution the corpus lacks is still reported, from the act's own official note: its
    // verdict and date are the note's words, and nothing is cited that the corpus cannot confirm.
    const record = corpus.resolution(number);
    const inCorpus = record?.body === 'cc';
    const q = byNumber.get(number);
    const outcome = (inCorpus ? (record!.outcome as Outcome | undefined) : undefined) ?? outcomeOfNote(text);
    const date = inCorpus ? record!.date : /(\d{2}\.\d{2}\.\d{4})/.exec(text)?.[1] ?? '';
    // The unit the note names ("пункт 4) части восьмой статьи 72"), else the norm just above the note.
    const named = unitNamedByNote(act, text, i);
    let j = named ? firstNorm(act, named) : i - 1;
    if (!named) while (j >= 0 && act.paragraphs[j].role !== 'norm') j--;
    const unitId = named?.id ?? (j >= 0 ? act.paragraphs[j].unitId : undefined);
    if (!unitId || out.some((c) => c.number === number && c.unitId === unitId)) return;
    out.push({
      number,
      date,
      ...(outcome ? { outcome } : {}),
      // Without a summary in the corpus, the note itself is the holding.
      holding: (inCorpus && record!.summary) || text,
      inCorpus,
      reviewed: q?.reviewed ?? '',
      score: 1,
      byNote: true,
      unitId,
      paragraph: j,
    });
  });
  return out;
}

const ORDINALS = ['перв', 'втор', 'трет', 'четвер', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'];

/**
 * The article, item (a code's part) and subitem a note names, looked up in the act. Russian names
 * the article after its units ("подпункт 10) пункта 1 статьи 14"); a Kazakh note of the database
 * names only the units of the article it stands in ("1-тармақтың … 2) тармақшалары"), or the
 * article first ("8-бабының 1-тармағы"). The article is the nearest such one above the note.
 */
export function unitNamedByNote(act: Act, text: string, noteParagraph: number): Unit | undefined {
  const afterNumber = text.slice((/№\s*\d+\s*-\s*Н[ПҚ]/u.exec(text)?.index ?? 0) + 1);
  const kk = act.language === 'kk';
  let article = kk
    ? /^[^.]*?(\d+(?:-\d+)*)-ба[пб]\p{L}*(?=[^.]*?-тармақ)/u.exec(afterNumber.split(/-тармақ/u)[0] + '-тармақ')?.[1]
    : /стать(?:и|я|ей|ю|е)\s+(\d+(?:-\d+)*)/u.exec(afterNumber)?.[1];
  const ordinal = /(?:част\p{L}*|пункт\p{L}*)\s+(перв|втор|трет|четвер|пят|шест|седьм|восьм|девят|десят)\p{L}*/u.exec(afterNumber)?.[1];
  const item = kk
    ? /(\d+(?:-\d+)*)-тармақ/u.exec(afterNumber)?.[1]
    : (/(?:пункт\p{L}*|част\p{L}*)\s+(\d+(?:-\d+)*)(?![\d)])/u.exec(afterNumber)?.[1] ?? (ordinal ? String(ORDINALS.indexOf(ordinal) + 1) : undefined));
  const subitem = kk
    ? /(\d+(?:-\d+)*)\)\s+(?:және\s+\d+\)\s+)?тармақша/u.exec(afterNumber)?.[1]
    : /(?:подпункт\p{L}*|пункт\p{L}*)\s+(\d+(?:-\d+)*)\)/u.exec(afterNumber)?.[1];
  let found: Unit | undefined;
  if (!article && kk && (item || subitem)) {
    // The article the note stands in: the last one that begins above it.
    found = articlesOf(act).filter((u) => u.paragraph <= noteParagraph).pop();
    article = found?.number;
  }
  if (!article) return undefined;
  if (!found) found = articlesOf(act).filter((u) => u.number === article && u.paragraph <= noteParagraph).pop();
  if (!found) return undefined;
  const itemUnit = item ? found.children.find((c) => (c.kind === 'item' || c.kind === 'part') && c.number === item) : undefined;
  const base = itemUnit ?? found;
  return (subitem ? descendant(base, (u) => u.kind === 'subitem' && u.number === subitem) : undefined) ?? base;
}

const articleCache = new WeakMap<Act, Unit[]>();

/** The act's own articles in document order (not those of quoted wordings). */
function articlesOf(act: Act): Unit[] {
  let list = articleCache.get(act);
  if (!list) {
    list = Object.values(act.units).filter((u) => u.kind === 'article' && u.quote === undefined).sort((a, b) => a.paragraph - b.paragraph);
    articleCache.set(act, list);
  }
  return list;
}

function descendant(unit: Unit, test: (u: Unit) => boolean): Unit | undefined {
  for (const c of unit.children) {
    if (test(c)) return c;
    const d = descendant(c, test);
    if (d) return d;
  }
  return undefined;
}

function firstNorm(act: Act, unit: Unit): number {
  for (let i = unit.paragraph; i <= unit.lastParagraph; i++) if (act.paragraphs[i]?.role === 'norm') return i;
  return unit.paragraph;
}
