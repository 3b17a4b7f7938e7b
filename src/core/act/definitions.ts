import type { Act, Definition } from './types';

export function findDefinitions(act: Act): Definition[] {
  void act;
  return [];
}
