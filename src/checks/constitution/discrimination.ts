/**
 * constitution/discrimination: a right, benefit or access made to depend on nationality, race,
 * origin, religion or sex ("субсидии предоставляются гражданам казахской национальности",
 * "в зависимости от вероисповедания", "ұлтына қарай басымдық беріледі", "тегіне байланысты
 * шектеледі"). No one may be discriminated against on these grounds (Constitution 2026, art. 16
 * p. 2; 1995: 14.2), and the rights of art. 16 may not be restricted at all (art. 41 p. 3). The
 * standard guarantee "независимо от национальности …" / "ұлтына … қарамастан" is not reported.
 */
import type { Rule } from '../rule';
import { normTexts } from '../lexicon/segments';
import { sentenceBody } from '../lexicon/sentences';
import { matchesIn, SP, WB, WE } from '../lexicon/words';
import { courtPractice } from './courtPractice';


/** Grounds of art. 16 p. 2 ("пола" only after "по признаку", "в зависимости от": it is also "floor"). */
const RU_GROUND = new RegExp(
  [
    `(?:[\\p{L}]+(?:ской|цкой)${SP})?национальност[\\p{L}]*`,
    `(?:национальной|этнической|расовой|религиозной)${SP}принадлежност[\\p{L}]*`,
    `рас(?:ы|е|ой)`,
    `вероисповедани[\\p{L}]*`,
    `отношени[\\p{L}]*${SP}к${SP}религии`,
    `религиозных${SP}убеждени[\\p{L}]*`,
    // Origin of a person, not of a thing ("молодняков естественного происхождения").
    `(?<!(?:естественного|растительного|животного|искусственного|природного|минерального|техногенного|неизвестного)${SP})(?:социального${SP})?происхождени[\\p{L}]*`,
    `(?:по${SP}признаку|в${SP}зависимости${SP}от)${SP}пола`,
  ].map((p) => `${WB}${p}${WE}`).join('|'),
  'giu',
);
const KK_GROUND = new RegExp(
  [`ұлт(?:ына|ының|тығына)`, `ұлттық${SP}(?:тиесілі[\\p{L}]*|тегіне|белгісіне)`, `(?:шығу${SP})?тегіне`, `нәсіл(?:іне|інің)`, `жыныс(?:ына|ының)`, `дінге${SP}көзқарас[\\p{L}]*`, `діни${SP}(?:көзқарас|наным)[\\p{L}]*`, `нанымына`]
    .map((p) => `${WB}${p}${WE}`)
    .join('|'),
  'giu',
);
/** The ground decides something: only, preference, dependence, refusal, restriction. */
const RU_DIFFERENCE = /(?<![\p{L}])(?:только|исключительно|лишь|преимуществ|в[\s\u00a0]+первую[\s\u00a0]+очередь|первоочередн|приоритет|дифференцир|в[\s\u00a0]+зависимости[\s\u00a0]+от|с[\s\u00a0]+учетом|не[\s\u00a0]+(?:допуска|принима|могут|может|предоставля)|отказ|огранич|запрещ)|(?:ской|цкой)[\s\u00a0]+национальност/iu;
const KK_DIFFERENCE = /(?<![\p{L}])(?:қарай|байланысты|тек|ғана|басымдық|бірінші[\s\u00a0]+кезекте|кезектен[\s\u00a0]+тыс|артықшылық|саралан|шектел|шектеу|жіберілмейді|қабылданбайды|тыйым|бас[\s\u00a0]+тарт)/iu;
/** The guarantee of equality itself ("Запрещаются любые формы ограничения прав … по мотивам …"), or a sanction for acts against it ("… по признаку их отношения к религии … – наказывается"). */
const RU_EQUALITY = /независимо[\s\u00a0]+от|вне[\s\u00a0]+зависимости|без[\s\u00a0]+(?:какой-либо[\s\u00a0]+)?(?:различи|дискриминац)|дискриминац|наказыва(?:ется|ются)|запрещают?ся[\s\u00a0]+(?:любые[\s\u00a0]+)?(?:формы[\s\u00a0]+)?ограничени/iu;
const KK_EQUALITY = /қарамастан|кемсіт|жазаланады/iu;
/**
 * The person's own choice decides ("по его заявлению", "по желанию граждан", "өз өтініші бойынша"):
 * an option given to the person, not a difference the state makes.
 */
const RU_OWN_CHOICE = /(?<![\p{L}])по[\s\u00a0]+(?:(?:его|ее|её|их|своему|собственному|личному)[\s\u00a0]+)?(?:(?:[\p{L}]+[\s\u00a0]+)?(?:заявлению|желанию|просьбе|выбору|усмотрению))(?![\p{L}])|(?<![\p{L}])с[\s\u00a0]+(?:его|ее|её|их)[\s\u00a0]+согласия/iu;
const KK_OWN_CHOICE = /(?<![\p{L}])(?:өз[\s\u00a0]+)?(?:өтініші|қалауы|тілегі|таңдауы)[\s\u00a0]+бойынша|(?<![\p{L}])(?:өз[\s\u00a0]+)?келісімімен/iu;
/** Origin is a ground only of a person: the sentence must name one ("происхождения … отходов" is not). */
const RU_PERSON = /(?<![\p{L}])(?:граждан|лиц(?:а|о|ам|ами|ах|у)?(?![\p{L}])|человек|ребен|ребён|дет(?:и|ей|ям|ьми)|работник|кандидат|заявител|претендент|получател|супруг|родител|студент|учащ|поступающ|служащ|член)/iu;
const KK_PERSON = /(?<![\p{L}])(?:азамат|адам|тұлға|бала|қызметкер|үміткер|өтініш\s*беруш|алушы|ата-ана|ерлі-зайып|студент|оқушы|мүше)/iu;
const ORIGIN = /^(?:социального[\s\u00a0]+)?происхождени|^(?:шығу[\s\u00a0]+)?тегіне/iu;

const TRIGGER = /национальн|расов|рас[ыео]|вероисповед|религи|происхожд|пола|ұлт|тег|нәсіл|жыныс|дін|наным/iu;

export const discrimination: Rule = {
  meta: {
    id: 'constitution/discrimination',
    category: 'constitution',
    defaultSeverity: 'warning',
    languages: ['ru', 'kk'],
    docs: {
      description: 'A right, benefit or access depends on nationality, race, origin, religion or sex.',
      basis: 'Конституция РК 2026, ст. 16 п. 2 (1995: ст. 14 п. 2) – запрет дискриминации; ст. 41 п. 3',
    },
    messages: {
      discrimination: {
        ru: 'Норма ставит права или доступ к благу в зависимость от признака «{quote}» – это дискриминация, которая запрещена. Исключите признак или замените его объективным критерием, не связанным с личностью.',
        kk: 'Норма құқықтарды немесе игілікке қолжетімділікті «{quote}» белгісіне тәуелді етеді – бұл тыйым салынған кемсітушілік. Белгіні алып тастаңыз немесе оны тұлғаға байланысты емес объективті өлшемшартпен ауыстырыңыз.',
        en: 'The norm makes rights or access depend on "{quote}": this is discrimination, which is prohibited. Remove the ground or replace it with an objective criterion unrelated to the person.',
      },
    },
    rationale: {
      ru: 'Никто не может подвергаться дискриминации по мотивам происхождения, пола, расы, национальности, языка, отношения к религии, убеждений и иным обстоятельствам (п. 2 ст. 16 Конституции 2026 г.); права по ст. 16 не подлежат ограничению ни в каких случаях (п. 3 ст. 41).',
      kk: 'Ешкімді тегіне, жынысына, нәсіліне, ұлтына, тіліне, дінге көзқарасына, нанымына және өзге жағдаяттарға байланысты кемсітуге болмайды (2026 жылғы Конституцияның 16-бабының 2-тармағы); 16-баптағы құқықтар ешбір жағдайда шектелмейді (41-баптың 3-тармағы).',
      en: 'No one may be discriminated against by origin, sex, race, nationality, language, attitude to religion, beliefs or other circumstances (Constitution 2026, art. 16.2); the rights of art. 16 may never be restricted (art. 41.3).',
    },
  },
  check(context) {
    const kk = context.language === 'kk';
    for (const p of normTexts(context.act)) {
      if (!TRIGGER.test(p.text)) continue;
      const done = new Set<number>();
      for (const m of matchesIn(kk ? KK_GROUND : RU_GROUND, p.text)) {
        const s = sentenceBody(p.text, m.start);
        if (done.has(s.start)) continue;
        const sentence = p.text.slice(s.start, s.end);
        if ((kk ? KK_EQUALITY : RU_EQUALITY).test(sentence) || !(kk ? KK_DIFFERENCE : RU_DIFFERENCE).test(sentence)) continue;
        if ((kk ? KK_OWN_CHOICE : RU_OWN_CHOICE).test(sentence)) continue;
        if (ORIGIN.test(m.text) && !(kk ? KK_PERSON : RU_PERSON).test(sentence)) continue;
        done.add(s.start);
        context.report({
          messageId: 'discrimination',
          data: { quote: m.text },
          range: { paragraph: p.paragraph, start: m.start, end: m.end },
          citations: ['const2026:16.2', 'const2026:41.3', ...courtPractice(context.corpus, 'дискриминация равенство национальность происхождение', '16')],
        });
      }
    }
  },
};
