/**
 * Transitional and entry-into-force articles ("Переходные положения", "Порядок введения в действие
 * настоящего Кодекса", "Өтпелі ережелер"): they speak of the law as it was and of units that may
 * since have expired.
 */
import type { Act } from '../../core/act/types';

const TRANSITIONAL_HEADING = /введени[ея]\s+в\s+действие|вступлени[ея]\s+в\s+силу|переходн\p{L}*\s+положени|применени[ея]\s+отдельных\s+норм|қолданысқа\s+енгізу|өтпелі\s+ережелер/iu;

/** True when the unit `unitId` lies in an article whose heading makes it transitional. */
export function inTransitionalArticle(act: Act, unitId: string | undefined): boolean {
  if (!unitId) return false;
  // A body unit's id starts with its article's ("a324/i2/s3").
  const unit = act.units[unitId.split('/')[0]];
  return unit?.kind === 'article' && !!unit.heading && TRANSITIONAL_HEADING.test(unit.heading);
}
