/** Human paths of units in the draft's language: "ст. 5 п. 2 пп. 3)" / "5-бап 2-тармақ 3) тармақша". */
import type { Language } from '../language';
import type { UnitKind } from './types';

export function pathSegment(kind: UnitKind, number: string, lang: Language): string {
  if (lang === 'kk') {
    switch (kind) {
      case 'section':
        return `${number}-бөлім`;
      case 'chapter':
        return `${number}-тарау`;
      case 'paragraph':
        return `${number}-параграф`;
      case 'article':
        return `${number}-бап`;
      case 'item':
        return `${number}-тармақ`;
      case 'subitem':
        return `${number}) тармақша`;
      case 'part':
        return `${number}-бөлік`;
    }
  }
  switch (kind) {
    case 'section':
      return `разд. ${number}`;
    case 'chapter':
      return `гл. ${number}`;
    case 'paragraph':
      return `§ ${number}`;
    case 'article':
      return `ст. ${number}`;
    case 'item':
      return `п. ${number}`;
    case 'subitem':
      return `пп. ${number})`;
    case 'part':
      return `ч. ${number}`;
  }
}

/** Short id segment of a unit: "a5", "i2", "s3", "p2", "c2", "r1", "g1". */
export function idSegment(kind: UnitKind, number: string): string {
  return `${ID_LETTER[kind]}${number}`;
}

const ID_LETTER: Readonly<Record<UnitKind, string>> = { section: 'r', chapter: 'c', paragraph: 'g', article: 'a', item: 'i', subitem: 's', part: 'p' };
