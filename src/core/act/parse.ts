import type { DocModel } from '../document';
import type { Act } from './types';

/** Parse a document into an Act. (Being written: see the parser work in progress.) */
export function parseAct(doc: DocModel): Act {
  void doc;
  throw new Error('parseAct: not written yet');
}
