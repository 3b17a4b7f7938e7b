/**
 * constitution/retroactive-burden: a norm that imposes duties or liability reaches relations or
 * offences that arose before it took effect ("распространяются на отношения, возникшие до введения
 * в действие", "совершенные до введения ее в действие", "имеет обратную силу", "кері күші бар",
 * "қолданысқа енгізілгенге дейін туындаған қатынастарға қолданылады"). Laws imposing new duties,
 * worsening a position or establishing or aggravating liability have no retroactive force
 * (Constitution 2026, art. 5 p. 5; Law "On Legal Acts", art. 43 pp. 3–4). Retroactivity that
 * relieves or improves is allowed and not reported. Inside a quoted new wording the whole quoted
 * article is read for the burden (a note to an offence of the Administrative Code).
 */
import type { Act } from '../../core/act/types';
import type { Rule } from '../rule';
import { normTexts, type NormText } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB } from '../lexicon/words';
import { courtPractice } from './courtPractice';

const RU = new RegExp(
  [
    `распространя(?:ется|ются)${SP}(?:также${SP}|в${SP}том${SP}числе${SP})?на${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:отношения|правоотношения|нарушения|правонарушения|деяния|действия|случаи|лиц[\\p{L}]*|обязательства|сделки|[\\p{L}-]+)[^.;]{0,80}?(?:(?:возникш|совершенн|допущенн|имевш|наступивш|заключенн|начат)[\\p{L}]*|[\\p{L}]+(?:нн|вш|т)(?:ые|ие|ый|ий|ая|ое|ых|их))${SP}до${SP}(?:дня${SP})?(?:(?:ее|его|их)${SP})?(?:введения|вступления)(?:${SP}(?:ее|его|их))?(?:${SP}настоящ[\\p{L}]*${SP}[\\p{L}]+)?${SP}в${SP}(?:действие|силу)(?:${SP}настоящ[\\p{L}]*${SP}[\\p{L}]+)?`,
    `(?:имеет|имеют)${SP}обратную${SP}силу`,
    `придае?тся${SP}обратная${SP}сила`,
    `применя(?:ется|ются)${SP}(?:(?:также|и|в${SP}том${SP}числе)${SP})?(?:к|за|в${SP}отношении)${SP}(?:[\\p{L}-]+${SP}){0,3}?(?:отношени|правоотношени|нарушени|правонарушени|деяни|договор|обязательств)[\\p{L}]*[^.;]{0,80}?(?:возникш|совершенн|допущенн|заключенн)[\\p{L}]*${SP}до${SP}(?:дня${SP})?(?:введения|вступления)[^.;]{0,40}?в${SP}(?:действие|силу)`,
  ].map((p) => `${WB}${p}`).join('|'),
  'giu',
);
const KK = new RegExp(
  [
    `кері${SP}күші${SP}(?:бар|болады)`,
    `кері${SP}күш${SP}беріледі`,
    `(?:қолданысқа${SP}енгізілгенге|қолданысқа${SP}енгізілген${SP}күнге|күшіне${SP}енгенге|күшіне${SP}енген${SP}күнге)${SP}дейін${SP}(?:туындаған|жасалған|пайда${SP}болған|басталған)${SP}(?:[\\p{L}-]+${SP}){0,2}?(?:қатынастарға|құқықтық${SP}қатынастарға|құқық${SP}бұзушылықтарға|бұзушылықтарға|әрекеттерге|іс-әрекеттерге|жағдайларға)${SP}(?:да${SP})?(?:қолданылады|таралады)`,
    // "… дейін жасалған бұзушылықтар үшін де салынады", "… дейін төленген жәрдемақылар бойынша да туындайды":
    // a participle of the past, then "да/де" (also) and the burden's verb.
    `(?:қолданысқа${SP}енгізілгенге|қолданысқа${SP}енгізілген${SP}күнге|күшіне${SP}енгенге|күшіне${SP}енген${SP}күнге)${SP}дейін${SP}[\\p{L}]+(?:ған|ген|қан|кен)${SP}(?:[\\p{L}-]+${SP}){1,3}?(?:да|де|та|те)${SP}(?:қолданылады|таралады|салынады|туындайды|жүктеледі|өндіріледі|қолданылуға${SP}тиіс)`,
  ].map((p) => `${WB}${p}`).join('|'),
  'giu',
);
const LIABILITY = /ответственност|нарушени|правонарушени|штраф|взыскани|санкци|наказани|влечет|жауапкершілік|жауаптылық|бұзушылық|айыппұл|жаза|әкеп\s+соғады/iu;
const DUTY = /обязанност|обязан|требовани|запрет|налог|сбор|міндет|талап|тыйым|салық|алым/iu;
/** Retroactivity in favour of the person is allowed (art. 43 p. 2 of the Law "On Legal Acts"). */
const RELIEF = /улучша|смягча|отменя|освобожд|льгот|жақсарт|жеңілдет|босат|жойса/iu;

/** The text the burden is read from: the sentence, or the whole quoted wording it stands in. */
function context(act: Act, p: NormText, sentence: string): string {
  const q = act.paragraphs[p.paragraph]?.quote;
  if (!p.inQuote || q === undefined) return sentence;
  const quote = act.quotes[q];
  if (!quote) return sentence;
  const parts: string[] = [];
  for (let i = quote.start.paragraph; i <= quote.end.paragraph; i++) parts.push(act.doc.paragraphs[i]?.text ?? '');
  return parts.join('\n');
}

/** Cheap pre-test: paragraphs without these stems cannot match (keeps a whole code under the time budget). */
const TRIGGER = /распростран|обратн|применя|кері[\s\u00a0]+күш|дейін/iu;

export const retroactiveBurden: Rule = {
  meta: {
    id: 'constitution/retroactive-burden',
    category: 'constitution',
    defaultSeverity: 'error',
    languages: ['ru', 'kk'],
    docs: {
      description: 'Duties or liability given retroactive force ("распространяются на отношения, возникшие до введения в действие", "кері күші бар").',
      basis: 'Конституция РК 2026, ст. 5 п. 5 (1995: ст. 77 п. 3 пп. 5)); Закон «О правовых актах», ст. 43 пп. 3–4',
    },
    messages: {
      retroactive: {
        ru: 'Обратная сила норм, устанавливающих обязанности или ответственность («{quote}»): такие законы обратной силы не имеют. Исключите распространение на отношения (деяния), возникшие до введения в действие, или ограничьте его нормами, улучшающими положение лиц.',
        kk: 'Міндеттер немесе жауаптылық белгілейтін нормаларға кері күш берілген («{quote}»): мұндай заңдардың кері күші болмайды. Қолданысқа енгізілгенге дейін туындаған қатынастарға (әрекеттерге) қолдануды алып тастаңыз немесе оны адамдардың жағдайын жақсартатын нормалармен шектеңіз.',
        en: 'Duties or liability are given retroactive force ("{quote}"); such laws cannot apply retroactively. Remove the retroactive reach or limit it to provisions that improve the position of persons.',
      },
    },
    rationale: {
      ru: 'Законы, возлагающие новые обязанности на граждан или ухудшающие их положение, а также устанавливающие или усиливающие ответственность, обратной силы не имеют (п. 5 ст. 5 Конституции 2026 г.; пп. 5) п. 3 ст. 77 Конституции 1995 г.; пп. 3–4 ст. 43 Закона «О правовых актах»).',
      kk: 'Азаматтарға жаңа міндеттер жүктейтін немесе олардың жағдайын нашарлататын, сондай-ақ жауаптылықты белгілейтін немесе күшейтетін заңдардың кері күші болмайды (2026 жылғы Конституцияның 5-бабының 5-тармағы; 1995 жылғы Конституцияның 77-бабы 3-тармағының 5) тармақшасы; «Құқықтық актілер туралы» Заңның 43-бабының 3–4-тармақтары).',
      en: 'Laws imposing new duties or worsening the position of citizens, or establishing or aggravating liability, have no retroactive force (Constitution 2026, art. 5.5; 1995: 77.3(5); Law "On Legal Acts", art. 43.3–4).',
    },
  },
  check(ctx) {
    const act = ctx.act;
    for (const p of normTexts(act)) {
      if (!TRIGGER.test(p.text)) continue;
      for (const m of matchesIn(act.language === 'kk' ? KK : RU, p.text)) {
        const s = sentenceBody(p.text, m.start);
        const sentence = p.text.slice(s.start, s.end);
        if (RELIEF.test(sentence)) continue;
        const around = context(act, p, sentence);
        const liability = LIABILITY.test(around);
        const duty = DUTY.test(around);
        if (!liability && !duty) continue;
        const quote = m.text.replace(/[\s\u00a0]+$/u, '');
        ctx.report({
          messageId: 'retroactive',
          data: { quote },
          range: { paragraph: p.paragraph, start: m.start, end: m.start + quote.length },
          citations: [
            'const2026:5.5',
            ...(liability ? ['lla:43.4'] : []),
            ...(duty ? ['lla:43.3'] : []),
            ...courtPractice(ctx.corpus, 'обратная сила закона устанавливающего ответственность', '5'),
          ],
        });
      }
    }
  },
};
