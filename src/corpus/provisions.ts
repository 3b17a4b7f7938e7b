/**
 * Addressable provisions of an article-structured text (the Constitution, the Law "On Legal Acts"):
 * the article, each item (пункт / тармақ) and each subitem (подпункт / тармақша), keyed the way
 * corpus ids write them: "41", "41.1", "60.3(4)", "46(11)" (subitem of an article without items).
 */

export interface ProvisionKey {
  article: string;
  item?: string;
  subitem?: string;
}

export interface Provision extends ProvisionKey {
  key: string;
  /** Full text per language (an item includes its parts and subitems, numbered). */
  text: string[];
  /** The provision's own paragraphs only (an item without its subitems), per language; for search. */
  own: string[];
  /** Text of the item a subitem belongs to (its lead-in), per language. */
  lead?: string[];
}

export interface SourceParagraph {
  n: string | null;
  parent: string | null;
  /** One text per language, in a fixed order chosen by the caller. */
  texts: readonly string[];
}

const NUMBER = /^\d+(?:-\d+)?$/;
const SUBITEM = /^(\d+(?:-\d+)?)\)$/;

export function provisionKey(k: ProvisionKey): string {
  return `${k.article}${k.item ? `.${k.item}` : ''}${k.subitem ? `(${k.subitem})` : ''}`;
}

/**
 * Parses "41", "41.1", "60.3(4)", "46(11)" and the concordance's spellings "60.3.4)", "46.11)",
 * "72.1.4" into a key; undefined when it is not a provision address.
 */
export function parseProvisionKey(text: string, opts: { bareThirdIsSubitem?: boolean } = {}): ProvisionKey | undefined {
  const t = text.trim().replace(/\s+/g, '');
  const n = '(\\d+(?:-\\d+)?)';
  let m = new RegExp(`^${n}(?:\\.${n})?(?:\\(${n}\\))?$`).exec(t);
  if (m) return { article: m[1], item: m[2], subitem: m[3] };
  m = new RegExp(`^${n}\\.${n}\\.${n}\\)$`).exec(t);
  if (m) return { article: m[1], item: m[2], subitem: m[3] };
  m = new RegExp(`^${n}\\.${n}\\)$`).exec(t);
  if (m) return { article: m[1], subitem: m[2] };
  if (opts.bareThirdIsSubitem) {
    m = new RegExp(`^${n}\\.${n}\\.${n}$`).exec(t);
    if (m) return { article: m[1], item: m[2], subitem: m[3] };
  }
  return undefined;
}

/** Builds every addressable provision of one article. `languages` = number of texts per paragraph. */
export function articleProvisions(article: string, paragraphs: SourceParagraph[], languages: number): Provision[] {
  const langs = Array.from({ length: languages }, (_, i) => i);
  const items = new Map<string, { own: string[][]; subs: Map<string, string[]>; all: string[][] }>();
  const articleSubs = new Map<string, string[]>();
  const articleLines: string[][] = langs.map(() => []);
  const itemOf = (n: string) => {
    let it = items.get(n);
    if (!it) {
      it = { own: langs.map(() => []), subs: new Map(), all: langs.map(() => []) };
      items.set(n, it);
    }
    return it;
  };

  for (const p of paragraphs) {
    const sub = p.n ? SUBITEM.exec(p.n) : null;
    if (p.n && NUMBER.test(p.n)) {
      const it = itemOf(p.n);
      langs.forEach((l) => {
        it.own[l].push(p.texts[l]);
        it.all[l].push(p.texts[l]);
        articleLines[l].push(`${p.n}. ${p.texts[l]}`);
      });
    } else if (sub) {
      const subText = p.texts.slice();
      if (p.parent) {
        const it = itemOf(p.parent);
        it.subs.set(sub[1], subText);
        langs.forEach((l) => it.all[l].push(`${p.n} ${p.texts[l]}`));
      } else {
        articleSubs.set(sub[1], subText);
      }
      langs.forEach((l) => articleLines[l].push(`${p.n} ${p.texts[l]}`));
    } else {
      if (p.parent && items.has(p.parent)) {
        const it = itemOf(p.parent);
        langs.forEach((l) => {
          it.own[l].push(p.texts[l]);
          it.all[l].push(p.texts[l]);
        });
      }
      langs.forEach((l) => articleLines[l].push(p.texts[l]));
    }
  }

  const out: Provision[] = [];
  const articleText = langs.map((l) => articleLines[l].join('\n'));
  out.push({ key: article, article, text: articleText, own: articleText });
  for (const [n, it] of items) {
    const own = langs.map((l) => it.own[l].join('\n'));
    out.push({ key: provisionKey({ article, item: n }), article, item: n, text: langs.map((l) => it.all[l].join('\n')), own });
    for (const [s, texts] of it.subs) {
      out.push({ key: provisionKey({ article, item: n, subitem: s }), article, item: n, subitem: s, text: texts.slice(), own: texts.slice(), lead: own });
    }
  }
  for (const [s, texts] of articleSubs) {
    out.push({ key: provisionKey({ article, subitem: s }), article, subitem: s, text: texts.slice(), own: texts.slice() });
  }
  return out;
}
