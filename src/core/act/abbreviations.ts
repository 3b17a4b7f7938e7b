import type { Act, Abbreviation } from './types';

export function findAbbreviations(act: Act): Abbreviation[] {
  void act;
  return [];
}
