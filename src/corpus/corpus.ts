/**
 * The corpus index over the generated data: lookups, citation labels and verification, search.
 * Pure (the data is passed in), so it runs in the CLI, the server and the Word pane alike.
 */
import type { Citation } from '../core/finding';
import type { Language } from '../core/language';
import { ActsRegistry } from './acts';
import { buildConcordance, type Concordance } from './concordance';
import type { ConstitutionArticleData, CorpusData, LawArticleData, ResolutionData } from './data-types';
import { actLabel, constitutionLabel, legalActsLawLabel, resolutionLabel } from './labels';
import { articleProvisions, parseProvisionKey, provisionKey, type Provision, type ProvisionKey } from './provisions';
import { InternationalCorpus } from './international';
import { CorpusSearch } from './search';
import type { ConstitutionProvision, CorpusIndex, CourtResolution, RegistryAct, SearchHit } from './types';

const URL_2026 = { ru: 'https://zan.gov.kz/client/#!/doc/223244/rus', kk: 'https://zan.gov.kz/client/#!/doc/223244/kaz' };
const URL_1995 = { ru: 'https://adilet.zan.kz/rus/docs/K950001000_', kk: 'https://adilet.zan.kz/kaz/docs/K950001000_' };
const URL_LLA = { ru: 'https://adilet.zan.kz/rus/docs/Z1600000480', kk: 'https://adilet.zan.kz/kaz/docs/Z1600000480' };

/** A provision of the Law "On Legal Acts" (Russian text, ed. 09.01.2026; Kazakh for the 2021 key articles). */
export interface LegalActsLawProvision {
  id: string;
  article: string;
  item?: string;
  subitem?: string;
  title: string;
  text: { ru: string; kk?: string };
}

function constitutionMap(articles: ConstitutionArticleData[]): Map<string, Provision> {
  const map = new Map<string, Provision>();
  for (const a of articles) {
    if (a.st === 'excluded') continue;
    const ps = a.p.map(([n, parent, ru, kk]) => ({ n, parent, texts: [ru, kk] }));
    for (const p of articleProvisions(a.a, ps, 2)) map.set(p.key, p);
  }
  return map;
}

function lawMap(articles: LawArticleData[]): Map<string, Provision> {
  const map = new Map<string, Provision>();
  for (const a of articles) {
    if (a.st === 'excluded') continue;
    const ps = a.p.map(([n, parent, text]) => ({ n, parent, texts: [text] }));
    for (const p of articleProvisions(a.a, ps, 1)) map.set(p.key, p);
  }
  return map;
}

/** "61-НП", "№ 61-НП", "61", "61-нп", "№61-НҚ" → "61-НП"; Council numbers ("2/1") unchanged. */
export function normalizeResolutionNumber(number: string): string {
  const t = number.replace(/№/g, '').replace(/\s+/g, '').toUpperCase().replace(/-?Н[ПҚ]$/, '');
  return /^\d+$/.test(t) ? `${t}-НП` : t;
}

function keyFromArgs(article: string, item?: string, subitem?: string): string {
  return provisionKey({
    article: article.trim(),
    item: item?.trim() || undefined,
    subitem: subitem?.trim().replace(/\)$/, '') || undefined,
  });
}

export class Corpus implements CorpusIndex {
  readonly version: string;
  private readonly c2026: Map<string, Provision>;
  private readonly c1995: Map<string, Provision>;
  private readonly llaRu: Map<string, Provision>;
  private readonly llaKk: Map<string, Provision>;
  private readonly llaTitles: Map<string, { ru: string; kk?: string }>;
  private readonly concordance: Concordance;
  private readonly resolutionsByNumber = new Map<string, CourtResolution>();
  private readonly resolutionsById = new Map<string, CourtResolution>();
  private readonly registry: ActsRegistry;
  readonly international?: InternationalCorpus;
  private searchIndex?: CorpusSearch;

  constructor(private readonly data: CorpusData) {
    this.version = data.version;
    this.c2026 = constitutionMap(data.constitution.c2026);
    this.c1995 = constitutionMap(data.constitution.c1995);
    this.concordance = buildConcordance(data.constitution.concordance);
    this.llaRu = lawMap(data.legalActsLaw.ru);
    this.llaKk = lawMap(data.legalActsLaw.kk);
    this.llaTitles = new Map(data.legalActsLaw.ru.map((a) => [a.a, { ru: a.t }]));
    for (const a of data.legalActsLaw.kk) {
      const t = this.llaTitles.get(a.a);
      if (t) t.kk = a.t;
    }
    for (const r of data.resolutions) this.addResolution(r);
    this.registry = new ActsRegistry(data.registry);
    if (data.international) this.international = new InternationalCorpus(data.international);
  }

  private addResolution(r: ResolutionData): void {
    const articles2026 = new Set<string>();
    for (const place of r.a95) {
      const k = parseProvisionKey(place, { bareThirdIsSubitem: true });
      if (!k) continue;
      const item = k.item ? (k.subitem ? `${k.item}(${k.subitem})` : k.item) : k.subitem ? `${k.subitem})` : undefined;
      for (const to of this.concordance.to2026(k.article, item)) articles2026.add(parseProvisionKey(to)?.article ?? to);
    }
    const id = r.c === 'cc' ? `cc:${r.n}` : `ccouncil:${r.d.slice(-4)}-${r.n}`;
    const res: CourtResolution = {
      id,
      number: r.n,
      date: r.d,
      summary: r.s,
      articles2026: [...articles2026].sort((a, b) => parseInt(a, 10) - parseInt(b, 10)),
      articles1995: r.a95.slice(),
      ...(r.u ? { url: r.u } : {}),
      body: r.c,
      ...(r.o ? { outcome: r.o } : {}),
    };
    this.resolutionsById.set(id, res);
    const key = r.c === 'cc' ? normalizeResolutionNumber(r.n) : r.n;
    if (!this.resolutionsByNumber.has(key)) this.resolutionsByNumber.set(key, res);
  }

  // ---- Constitution ----

  constitution(article: string, item?: string, subitem?: string): ConstitutionProvision | undefined {
    const key = keyFromArgs(article, item, subitem);
    const p = this.c2026.get(key);
    if (!p) return undefined;
    const from1995 = this.concordance.to1995(key);
    return {
      id: `const2026:${key}`,
      article: p.article,
      ...(p.item ? { item: p.item } : {}),
      ...(p.subitem ? { subitem: p.subitem } : {}),
      text: { ru: p.text[0], kk: p.text[1] },
      ...(from1995.length ? { from1995 } : {}),
    };
  }

  /** A provision of the 1995 Constitution (ceased 01.07.2026), with its 2026 places. */
  constitution1995(article: string, item?: string, subitem?: string): (ConstitutionProvision & { to2026: string[] }) | undefined {
    const key = keyFromArgs(article, item, subitem);
    const p = this.c1995.get(key);
    if (!p) return undefined;
    return {
      id: `const1995:${key}`,
      article: p.article,
      ...(p.item ? { item: p.item } : {}),
      ...(p.subitem ? { subitem: p.subitem } : {}),
      text: { ru: p.text[0], kk: p.text[1] },
      to2026: this.from1995(p.article, p.item ? (p.subitem ? `${p.item}(${p.subitem})` : p.item) : p.subitem ? `${p.subitem})` : undefined),
    };
  }

  from1995(article: string, item?: string): string[] {
    const a = article.trim();
    if (item) {
      const k = parseProvisionKey(`${a}.${item.trim()}`) ?? parseProvisionKey(`${a}${item.trim()}`) ?? parseProvisionKey(`${a}(${item.trim().replace(/\)$/, '')})`);
      if (!k || !this.c1995.has(provisionKey(k))) return [];
    } else if (!this.c1995.has(a) && !this.data.constitution.concordance.some((e) => e.f === a)) {
      return [];
    }
    return this.concordance.to2026(a, item);
  }

  // ---- Resolutions ----

  resolution(number: string): CourtResolution | undefined {
    const t = number.trim();
    return this.resolutionsById.get(t) ?? this.resolutionsByNumber.get(normalizeResolutionNumber(t.replace(/^cc:/, '')));
  }

  /** Every resolution in the corpus (Constitutional Court, then Council). */
  resolutions(): CourtResolution[] {
    return [...this.resolutionsById.values()];
  }

  // ---- Law "On Legal Acts" ----

  legalActsLaw(article: string, item?: string, subitem?: string): LegalActsLawProvision | undefined {
    const key = keyFromArgs(article, item, subitem);
    const p = this.llaRu.get(key);
    if (!p) return undefined;
    const kk = this.llaKk.get(key);
    return {
      id: `lla:${key}`,
      article: p.article,
      ...(p.item ? { item: p.item } : {}),
      ...(p.subitem ? { subitem: p.subitem } : {}),
      title: this.llaTitles.get(p.article)?.ru ?? '',
      text: { ru: p.text[0], ...(kk ? { kk: kk.text[0] } : {}) },
    };
  }

  // ---- Registry ----

  findActs(query: { title?: string; type?: string; date?: string; number?: string }): RegistryAct[] {
    return this.registry.find(query);
  }

  act(id: string): RegistryAct | undefined {
    return this.registry.get(id);
  }

  // ---- Citations ----

  cite(id: string, language: Language): Citation | undefined {
    const m = /^([a-z0-9-]+):(.+)$/.exec(id.trim());
    if (!m) return undefined;
    const [, scheme, rest] = m;
    switch (scheme) {
      case 'const2026': {
        const k = parseProvisionKey(rest);
        const key = k && provisionKey(k);
        if (!key || !this.c2026.has(key)) return undefined;
        const earlier = this.concordance.to1995(key).map((p) => parseProvisionKey(p)!).filter(Boolean);
        return { id: `const2026:${key}`, label: constitutionLabel(2026, k, language, earlier), url: URL_2026[language] };
      }
      case 'const1995': {
        const k = parseProvisionKey(rest);
        const key = k && provisionKey(k);
        if (!key || !this.c1995.has(key)) return undefined;
        return { id: `const1995:${key}`, label: constitutionLabel(1995, k, language), url: URL_1995[language] };
      }
      case 'cc':
      case 'ccouncil': {
        const r = scheme === 'cc' ? this.resolutionsByNumber.get(normalizeResolutionNumber(rest)) : this.resolutionsById.get(id.trim());
        if (!r || (scheme === 'cc' && r.body !== 'cc')) return undefined;
        const url = r.url && language === 'kk' ? r.url.replace('/rus/', '/kaz/') : r.url;
        return { id: r.id, label: resolutionLabel(r.body ?? 'cc', r.number, r.date, language), ...(url ? { url } : {}) };
      }
      case 'lla': {
        const k = parseProvisionKey(rest);
        const key = k && provisionKey(k);
        // Excluded articles are not in the map: an excluded norm cannot be a legal basis.
        if (!key || !this.llaRu.has(key)) return undefined;
        return { id: `lla:${key}`, label: legalActsLawLabel(k, language), url: URL_LLA[language] };
      }
      case 'act': {
        const act = this.registry.get(id.trim());
        if (!act) return undefined;
        return { id: act.id, label: actLabel(act, language), ...(act.url ? { url: act.url } : {}) };
      }
      default:
        return this.international?.cite(id, language);
    }
  }

  /** Every stored text of a source (all its languages), for checking a quote word for word. */
  sourceTexts(id: string): string[] {
    const intl = this.international?.paragraph(id);
    if (intl) return intl.texts.map((t) => t.text);
    const m = /^const2026:(.+)$/.exec(id.trim());
    const k = m ? parseProvisionKey(m[1]!) : undefined;
    const p = k ? this.c2026.get(provisionKey(k)) : undefined;
    return p ? [...p.text] : [];
  }

  // ---- Search ----

  search(text: string, options: { limit?: number; kinds?: SearchHit['kind'][] } = {}): SearchHit[] {
    return this.prepareSearch().search(text, options);
  }

  /** The search index, built on the first call (it stems every text of the corpus). */
  prepareSearch(): CorpusSearch {
    this.searchIndex ??= new CorpusSearch({
      c2026: this.c2026,
      to1995: (key) => this.concordance.to1995(key),
      resolutions: this.data.resolutions.map((r) => ({ data: r, resolution: this.resolution(r.c === 'cc' ? r.n : `ccouncil:${r.d.slice(-4)}-${r.n}`)! })),
      llaRu: this.llaRu,
      llaKk: this.llaKk,
      llaTitles: this.llaTitles,
      hints: this.data.hints,
      resolutionPlaces: (r) => this.resolutionItemPlaces(r),
      international: this.international,
    });
    return this.searchIndex;
  }

  /**
   * Prepares the search index now (otherwise on the first search), and runs a few searches of each
   * kind so the first review does not pay for the engine's first, slow passes over the code.
   */
  warmUp(): void {
    this.prepareSearch();
    const samples = ['Уполномоченный орган рассматривает заявление и принимает решение в течение десяти рабочих дней.', 'Уәкілетті орган өтінішті қарайды және он жұмыс күні ішінде шешім қабылдайды.'];
    for (let round = 0; round < 60; round++) for (const text of samples) for (const kind of ['constitution', 'resolution', 'legal-acts-law', 'international'] as const) this.search(text, { kinds: [kind], limit: 3 });
  }

  /** 2026 item-level places of a resolution's item-level 1995 annotations (for search expansion). */
  private resolutionItemPlaces(r: ResolutionData): string[] {
    const out = new Set<string>();
    for (const place of r.a95) {
      const k = parseProvisionKey(place, { bareThirdIsSubitem: true });
      if (!k || (!k.item && !k.subitem)) continue;
      const item = k.item ? (k.subitem ? `${k.item}(${k.subitem})` : k.item) : `${k.subitem})`;
      for (const to of this.concordance.to2026(k.article, item)) if (/[.(]/.test(to)) out.add(to);
    }
    return [...out];
  }
}

export type { ProvisionKey };
