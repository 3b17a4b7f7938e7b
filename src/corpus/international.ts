/**
 * International instruments (../shared/corpus/international, built by `npm run corpus`): the
 * treaty paragraphs by citation id ("iccpr:17.1", "uncac:13.1(d)(i)", "udhr:12", "venice-rol:II.B.3"),
 * their labels in Russian and Kazakh, whether Kazakhstan is a party, and the search documents
 * (Russian and Kazakh search words, since the treaty texts are stored in English, the UDHR aside).
 */
import type { Citation } from '../core/finding';
import type { Language } from '../core/language';
import type { InternationalData } from './data-types';

/** Short names as drafters write them; ECHR marked as comparison only (Kazakhstan is not a party). */
const SHORT: Record<string, { ru: string; kk: string }> = {
  iccpr: { ru: 'МПГПП', kk: 'АСҚХП' },
  icescr: { ru: 'МПЭСКП', kk: 'ЭӘМҚХП' },
  uncac: { ru: 'Конвенция ООН против коррупции', kk: 'БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясы' },
  aarhus: { ru: 'Орхусская конвенция', kk: 'Орхус конвенциясы' },
  crpd: { ru: 'Конвенция о правах лиц с инвалидностью', kk: 'Мүгедектігі бар адамдардың құқықтары туралы конвенция' },
  echr: { ru: 'ЕКПЧ (для сравнения: РК не участвует)', kk: 'АҚЕК (салыстыру үшін: ҚР қатысушы емес)' },
  udhr: { ru: 'Всеобщая декларация прав человека', kk: 'Адам құқықтарының жалпыға бірдей декларациясы' },
  'venice-rol': { ru: 'Контрольный список Венецианской комиссии', kk: 'Венеция комиссиясының бақылау тізімі' },
};

export interface InternationalParagraph {
  id: string;
  instrument: string;
  /** The article ("17") or Checklist section ("II.B") whose search words the paragraph shares. */
  group: string;
  texts: { language: string; text: string }[];
}

export class InternationalCorpus {
  private readonly paragraphs = new Map<string, InternationalParagraph>();
  private readonly instruments: Map<string, InternationalData['instruments'][number]>;
  readonly hints: Map<string, { ru: string[]; kk: string[] }>;

  constructor(data: InternationalData) {
    this.instruments = new Map(data.instruments.map((i) => [i.id, i]));
    this.hints = new Map(data.hints.map((h) => [h.id, { ru: h.ru, kk: h.kk }]));
    for (const [id, instrument, language, text] of data.paras) {
      const p = this.paragraphs.get(id) ?? { id, instrument, group: groupOf(id), texts: [] };
      p.texts.push({ language, text });
      this.paragraphs.set(id, p);
    }
  }

  all(): InternationalParagraph[] {
    return [...this.paragraphs.values()];
  }

  paragraph(id: string): InternationalParagraph | undefined {
    return this.paragraphs.get(id.trim());
  }

  /** Whether the instrument is a treaty Kazakhstan ratified. */
  isParty(instrument: string): boolean {
    return this.instruments.get(instrument)?.party ?? false;
  }

  cite(id: string, language: Language): Citation | undefined {
    const p = this.paragraph(id);
    if (!p) return undefined;
    const name = SHORT[p.instrument]?.[language] ?? this.instruments.get(p.instrument)?.en ?? p.instrument;
    return { id: p.id, label: `${name}, ${placeLabel(p.id.slice(p.instrument.length + 1), p.instrument, language)}` };
  }
}

/** "iccpr:14.3(g)" → "iccpr:14"; "venice-rol:II.B.3" → "venice-rol:II.B". */
function groupOf(id: string): string {
  const [instrument, rest = ''] = id.split(':') as [string, string?];
  if (instrument === 'venice-rol') return `${instrument}:${rest.split('.').slice(0, 2).join('.')}`;
  return `${instrument}:${/^\d+/.exec(rest)?.[0] ?? rest}`;
}

function placeLabel(rest: string, instrument: string, language: Language): string {
  if (instrument === 'venice-rol') return rest;
  const m = /^(\d+)(?:\.(\d+))?((?:\([a-z]+\))*)$/.exec(rest);
  if (!m) return rest;
  const [, article, paragraph, sub] = m;
  if (language === 'kk') return [`${article}-бап`, paragraph ? `${paragraph}-тармақ` : '', sub ? `${sub} тармақша` : ''].filter(Boolean).join(' ');
  return [`ст. ${article}`, paragraph ? `п. ${paragraph}` : '', sub ? `пп. ${sub}` : ''].filter(Boolean).join(' ');
}
