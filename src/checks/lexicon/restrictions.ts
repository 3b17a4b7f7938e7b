/**
 * Restrictions of rights put into an act of a body: a sentence that speaks of a restriction or a
 * prohibition and has it set ("устанавливается", "вводятся", "белгіленеді", "енгізіледі") by an
 * order or decision of a body ("приказом лицензиара", "қала әкімінің шешімімен"). Read by
 * constitution/rights-by-bylaw, which reports it, and by anticorruption/blanket-delegation, which
 * leaves such a sentence to it (one defect, one finding).
 */
import type { Language } from '../../core/language';
import { KK_BODY_GEN } from './bodies';
import { type Match, matchesIn, SP, WB, WE } from './words';


const RU_INSTRUMENT = new RegExp(
  `${WB}(?:приказ(?:ом|ами)|решени(?:ем|ями)|постановлени(?:ем|ями)|акт(?:ом|ами)|правилами)${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:органа|органов|министра|министерства|акимата|акима|руководителя|председателя|Правительства|ведомства|комиссии|комитета|департамента|инспекции|агентства|службы|лицензиара|услугодателя)${WE}`,
  'giu',
);
const RU_SETTING = /(?:устанавлива|вводя|вводи|определя|утвержда)(?:ется|ются|ться|тся)|(?<![\p{L}])(?:установлен|введен|определен|утвержден)[аоы]?(?![\p{L}])/iu;
const RU_RESTRICTION = /(?<![\p{L}])(?:ограничени|запрет|запрещ)[\p{L}]*/iu;
const KK_INSTRUMENT = new RegExp(`${WB}${KK_BODY_GEN}${SP}(?:бұйрығымен|шешімімен|қаулысымен|актісімен|өкімімен|(?:бұйрығы|шешімі|қаулысы|актісі|өкімі)${SP}(?:бойынша|негізінде))${WE}`, 'giu');
const KK_RESTRICTION = /(?<![\p{L}])(?:шектеу|шектел|тыйым)[\p{L}]*/iu;
const KK_SETTING = /(?:белгілен|енгізіл|айқындал|бекітіл|салын)/iu;

/** The instruments of a body that set a restriction in `sentence` (offsets within it). */
export function restrictionsByOrder(sentence: string, language: Language): Match[] {
  const kk = language === 'kk';
  if (!(kk ? KK_RESTRICTION : RU_RESTRICTION).test(sentence) || !(kk ? KK_SETTING : RU_SETTING).test(sentence)) return [];
  return matchesIn(kk ? KK_INSTRUMENT : RU_INSTRUMENT, sentence);
}
