import type { Act, ExternalReference } from './types';

export function findExternalReferences(act: Act): ExternalReference[] {
  void act;
  return [];
}
